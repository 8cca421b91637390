// The checks of a ruleset's roll-up (quarter and year): every grade it names
// is one of the ruleset's, or said as removed by a tailoring; count rules
// listed from the best grade down, counting 0 to 12 meetings.
#pragma once

#include <string>
#include <vector>

#include "chibo/diagnostic.h"
#include "chibo/ruleset.h"
#include "removed_words.h"

namespace chibo {

// grade_ids: the ruleset's grades, checked (none when they are at fault:
// then no name is checked).
void check_rollup(const Ruleset& r, const std::vector<std::string>& grade_ids, Diagnostics& diags);

// name ("" for none) is one of grade_ids; else said at where, as what
// ("'at_most'") names it, with where a tailoring's removal took it and
// what to do about use (veto_use(k), rollup_use(period, k): removed_words).
void check_grade_name(const Ruleset& r, const std::vector<std::string>& grade_ids,
                      const std::string& name, const Location& where, const char* what,
                      const RemovedUse& use, Diagnostics& diags);

// "; did you mean ...?" for a name that is no grade, or, for a grade's
// label written in its place, "; 'Khá' is the label of grade 'kha': write
// its id"; "" when neither.
std::string grade_name_hint(const Ruleset& r, const std::vector<std::string>& grade_ids,
                            const std::string& name);

}  // namespace chibo
