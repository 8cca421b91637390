// The checks of a ruleset's ranking.tie_break keys: each one known (total,
// grade, worst_month, best_month, count:GRADE, mean:INPUT), or said as
// removed by a tailoring; a mean: of an input with a number in every record.
#pragma once

#include <string>
#include <vector>

#include "chibo/diagnostic.h"
#include "chibo/ruleset.h"

namespace chibo {

// grade_ids: the ruleset's grades, checked (none when they are at fault).
void check_tie_break(const Ruleset& r, const std::vector<std::string>& grade_ids,
                     Diagnostics& diags);

}  // namespace chibo
