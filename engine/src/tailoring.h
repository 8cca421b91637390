// Tailoring: one file's `override`, `remove` and `add` (and its other
// top-level keys) applied to its base, already resolved (ruleset_extends.h
// reads the chain of files and calls this once a file).
//
// Every override and removal must name something in the base: a name that
// names nothing is an error at the line that says it, with a "did you mean".
// A thing overridden is moved to the override's place, so that what is
// wrong with it is said where the author changed it.
#pragma once

#include <string>
#include <vector>

#include "chibo/diagnostic.h"
#include "chibo/ruleset.h"
#include "doc.h"

namespace chibo {

// base with child's keys applied (child's extends, override, remove and add
// left out of the result). What child's `remove` took out, and the options
// its overrides of choice inputs left out, go to removed when given.
DocNode apply_tailoring(const DocNode& base, const std::string& base_file, const DocNode& child,
                        Diagnostics& diags, std::vector<Removal>* removed);

}  // namespace chibo
