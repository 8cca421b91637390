// Loading a ruleset file: YAML -> extends flattened -> the plain model.
//
// Every problem of shape (unknown keys, wrong kinds of value, missing fields)
// is collected in diags; semantic checks come after, in validate_ruleset
// (ruleset_validator.h). Expressions are kept as text here.
#pragma once

#include <optional>
#include <string>

#include "chibo/diagnostic.h"
#include "chibo/ruleset.h"

namespace chibo {

// nullopt only when the file cannot be read as YAML at all; otherwise a model
// is returned even with errors in diags, so that validation can add its own.
std::optional<Ruleset> load_ruleset(const std::string& path, Diagnostics& diags);

// The effective ruleset after `extends`, as YAML text (for `chibo resolve`).
std::optional<std::string> resolve_ruleset(const std::string& path, Diagnostics& diags);

}  // namespace chibo
