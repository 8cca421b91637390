// The writers behind make_score_writer (score_writer.h), one file each.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "chibo/score_writer.h"

namespace chibo {

std::unique_ptr<ScoreWriter> make_json_writer(const CompiledRuleset& r, std::ostream& out);
// The table's columns are as wide as the widest cell of its first
// held_rows meetings, and widened from a later, wider one on: its memory
// does not grow with the meetings.
inline constexpr std::size_t kTableHeldRows = 10'000;
std::unique_ptr<ScoreWriter> make_table_writer(const CompiledRuleset& r, std::ostream& out,
                                               std::size_t held_rows = kTableHeldRows);

// Criterion ids of every form, each once, in sheet order.
std::vector<std::string> criterion_columns(const CompiledRuleset& r);

}  // namespace chibo
