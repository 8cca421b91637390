// The JSON layout of write_ranking (rank_writer.h), in its own file.
#pragma once

#include <ostream>

#include "chibo/rank_writer.h"

namespace chibo {

void write_ranking_json(std::ostream& out, const CompiledRuleset& r, const Ranking& ranking,
                        const DistrictSummary& summary);

}  // namespace chibo
