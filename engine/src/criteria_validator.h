// The checks of a ruleset's sheets (forms) as a tree: each meeting kind
// scored by exactly one form, every criterion's id claimed, each item's rule
// (item_rule_validator.h), each group's items adding up to its maximum, and
// each form's criteria to the scale. A sum wrong in a base ruleset is said
// where the file linted can mend it (its own part, its 'remove' or its
// 'extends'), not at the base's line.
#pragma once

#include <string>
#include <vector>

#include "chibo/diagnostic.h"
#include "chibo/ruleset.h"
#include "id_claims.h"

namespace chibo {

// A bonus item, or a group of bonus items only (none other): outside the scale.
bool all_bonus(const Criterion& c);

// Returns every criterion's id (items and groups, of every form), for the
// names grades give.
std::vector<std::string> check_forms(const Ruleset& r, IdClaims& ids, Diagnostics& diags);

}  // namespace chibo
