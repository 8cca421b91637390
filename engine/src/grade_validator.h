// The checks of a ruleset's grades and vetoes: grades listed from the
// highest 'from' down to 0, within the scale, their 'at_max' naming criteria
// (none a bonus, which lies outside the scale, nor a group with one); vetoes
// naming grades, and no condition that could change no grade (a veto down to
// the highest grade, a condition on the lowest).
#pragma once

#include <string>
#include <vector>

#include "chibo/diagnostic.h"
#include "chibo/ruleset.h"

namespace chibo {

// criteria_ids: every criterion's (check_forms). Returns the grades' ids,
// none when there is no grade.
std::vector<std::string> check_grades(const Ruleset& r,
                                      const std::vector<std::string>& criteria_ids,
                                      Diagnostics& diags);

// The bonus item, or group of bonus items only, that 'id' names in any of
// r's forms, which check_grades refuses in a grade's 'at_max'; or null.
const Criterion* bonus_in_at_max(const Ruleset& r, const std::string& id);

// grade_ids: as check_grades returned.
void check_vetoes(const Ruleset& r, const std::vector<std::string>& grade_ids, Diagnostics& diags);

}  // namespace chibo
