// The checks of one item's own rule, apart from the ruleset around it: its
// points against its maximum and 0, a band table's rows (each, their order,
// gaps and overlaps, and its top and bottom against the input it reads), a
// proportional rule's range, a deduction's floor, a rule's points.
// ruleset_validator.cpp checks the rest (ids, sums, grades, examples).
#pragma once

#include <vector>

#include "chibo/diagnostic.h"
#include "chibo/ruleset.h"

namespace chibo {

// c: an item (not a group); inputs: the ruleset's, for the input a band
// table reads.
void check_item_rule(const Criterion& c, const std::vector<Input>& inputs, Diagnostics& diags);

}  // namespace chibo
