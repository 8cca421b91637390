// Reads the criteria tree (groups -> items with their rules) and forms.
#pragma once

#include <vector>

#include "chibo/diagnostic.h"
#include "chibo/ruleset.h"
#include "doc.h"

namespace chibo {

std::vector<Criterion> load_criteria(const DocNode& list, Diagnostics& diags);
std::vector<Form> load_forms(const DocNode& list, Diagnostics& diags);
std::optional<NotApplicable> not_applicable_of(const DocNode& node, Diagnostics& diags);

}  // namespace chibo
