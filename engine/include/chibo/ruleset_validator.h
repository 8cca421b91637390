// Semantic checks of a loaded ruleset, all of them in one pass.
//
// The loader has checked shapes; this checks meaning: duplicate ids, band
// tables that are unsorted, overlap or leave gaps, points above maxima,
// groups that cannot reach (or exceed) their maximum, criteria that do not
// add up to the scale, grade bands that do not cover 0..scale, names that
// refer to nothing. Expressions are checked when compiling (compiled_ruleset.h).
#pragma once

#include <string>

#include "chibo/diagnostic.h"
#include "chibo/ruleset.h"

namespace chibo {

void validate_ruleset(const Ruleset& ruleset, Diagnostics& diags);

// Names a ruleset may not use for its own inputs, derived values or criteria:
// they are given by every meeting record or computed by the engine.
bool is_reserved_name(const std::string& name);

// The error for a tie-break key `mean:NAME` whose NAME gives no number; what
// says what it gives ("input 'x' has type date"). The validator says it of an
// input; the compiler of a derived value, whose type its expression decides.
std::string mean_of_no_number(const std::string& key, const std::string& what);

}  // namespace chibo
