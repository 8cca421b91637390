// Removed words: what a use of something a tailoring removed is told.
//
// A tailored ruleset's `remove: [inputs.x, grades.tb]` takes things out of
// its base, but the base may still use them: an expression, a grade's
// at_max, a veto's at_most, the roll-up, an example, a tie-break key. Each
// such use is an error at the use, saying where the thing went and what
// to do: a use that can be named (criteria, grades, derived, checks) is
// removed or overridden too; one in a section whose parts cannot be named
// (vetoes, rollup, ranking, examples) is mended by writing that section in
// the tailoring, which replaces the base's whole.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "chibo/ruleset.h"

namespace chibo {

// Why SECTION.ID is not there when a tailoring removed it ("'inputs.x' was
// removed ('remove' in tinh.yaml, line 8): remove or override what uses it
// too"), for the message about a use of it; "" when none did. used_in: the
// section the use is in when a tailoring cannot name its parts ("vetoes",
// "rollup", "ranking", "examples"), which the message then says to write.
std::string removed_words(const Ruleset& r, const std::string& section, const std::string& id,
                          const char* used_in = nullptr);

// The ids a tailoring removed from the sections expressions read (inputs,
// derived, criteria), each with removed_words' message: what an expression
// that still names one is told.
std::vector<std::pair<std::string, std::string>> removed_names(const Ruleset& r);

}  // namespace chibo
