// The writers behind make_score_writer (score_writer.h), one file each.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "chibo/score_writer.h"

namespace chibo {

std::unique_ptr<ScoreWriter> make_json_writer(const CompiledRuleset& r, std::ostream& out);
std::unique_ptr<ScoreWriter> make_table_writer(const CompiledRuleset& r, std::ostream& out);

// Criterion ids of every form, each once, in sheet order.
std::vector<std::string> criterion_columns(const CompiledRuleset& r);

}  // namespace chibo
