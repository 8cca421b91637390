// Running a ruleset's embedded examples: each example record is checked and
// scored like a real one, and its expected total, grade, points or rejection
// compared with what the ruleset gives. A province that edits its ruleset
// runs these to see that it still scores what it meant.
#pragma once

#include "chibo/compiled_ruleset.h"
#include "chibo/diagnostic.h"

namespace chibo {

struct ExampleCounts {
  int passed = 0, failed = 0;
};

// Every mismatch becomes an error at the example's line in diags.
ExampleCounts run_examples(const CompiledRuleset& ruleset, Diagnostics& diags);

}  // namespace chibo
