// Form steps: what score_meeting's loops read of a compiled form, laid out
// once its nodes are compiled. Each node's NodeStep (its points, slot and
// parent beside the others, not inside a CompiledNode of hundreds of bytes),
// the blank score copied into every meeting's, the sheet's full maximum, and
// whether its points add up in integers (CompiledForm::whole).
#pragma once

#include "compiled_ruleset_data.h"

namespace chibo {

// Fills form's steps, blank, blank_number, full_max and whole from its
// nodes (form.nodes compiled, form.steps and form.blank empty); slot_count:
// the ruleset's slots so far (a `when` read from a slot past them is scored
// by score_item).
void lay_out_steps(CompiledForm& form, int slot_count);

}  // namespace chibo
