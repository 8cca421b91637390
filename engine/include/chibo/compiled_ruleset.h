// CompiledRuleset: a validated ruleset turned into the immutable form that
// scoring runs. Expressions are parsed, type-checked and bound to value slots
// once; scoring then does no name lookups and has no error paths but
// division by zero and overflow in a ruleset's own arithmetic.
#pragma once

#include <memory>

#include "chibo/diagnostic.h"
#include "chibo/ruleset.h"

namespace chibo {

struct CompiledRuleset;  // defined in engine/src/compiled_ruleset_data.h

// Compiles; every expression problem (syntax, unknown names with "did you
// mean", type errors, cycles between derived values) goes to diags. nullptr
// when there were any errors, from here or already in diags.
std::shared_ptr<const CompiledRuleset> compile_ruleset(Ruleset ruleset, Diagnostics& diags);

const Ruleset& ruleset_of(const CompiledRuleset& compiled);

// load -> validate -> compile, the whole pipeline for one file.
std::shared_ptr<const CompiledRuleset> load_compiled_ruleset(const std::string& path,
                                                             Diagnostics& diags);

}  // namespace chibo
