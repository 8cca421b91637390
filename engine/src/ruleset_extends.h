// Tailoring: a ruleset that `extends` another, flattened into one document.
//
// A child file names its base (`extends: ../trung-uong/hd12.yaml`, relative
// to the child) and then says what differs:
//   - any top-level key (title, grades, presentation, ...) replaces the base's;
//     `id` is required (without one the result was the base's id and version);
//   - `override: {criteria.ID: {max: 20}, inputs.ID: {...}, derived.ID: "expr"}`
//     changes fields of something that exists in the base;
//   - `remove: [criteria.ID, inputs.ID, ...]` deletes it;
//   - `add: {criteria.GROUP: [items], criteria: [groups], inputs: {...}, ...}`
//     appends new things.
// Every override and removal must name something in the base, and chains of
// extends must not loop: both are reported at the line that says it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chibo/diagnostic.h"
#include "chibo/ruleset.h"
#include "doc.h"

namespace chibo {

// Reads path and everything it extends; the result has no extends, override,
// remove or add keys left. nullopt when any file is unusable.
// What each file's `remove` took out goes to removed, the files it
// extends (nearest first, as `extends` names them) to bases, and where
// path's own `extends` names its base to extends_where, when given.
std::optional<DocNode> read_resolved_ruleset(const std::string& path, Diagnostics& diags,
                                             std::vector<Removal>* removed = nullptr,
                                             std::vector<std::string>* bases = nullptr,
                                             Location* extends_where = nullptr);

}  // namespace chibo
