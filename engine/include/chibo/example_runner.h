// Running a ruleset's embedded examples: each example record is checked and
// scored like a real one, and its expected total, grade, points or rejection
// compared with what the ruleset gives. A province that edits its ruleset
// runs these to see that it still scores what it meant.
#pragma once

#include <string>
#include <vector>

#include "chibo/compiled_ruleset.h"
#include "chibo/diagnostic.h"
#include "chibo/ruleset.h"

namespace chibo {

struct ExampleCounts {
  int passed = 0, failed = 0;
  // Each failed example's errors, in the examples' order: chibo test counts
  // once a failure it said for another file (a base's example that each of
  // its tailorings fails the same way).
  std::vector<Diagnostics> failures;
};

// How the examples a tailoring takes from its base, failing, are said.
enum class BaseExamples {
  // Each mismatch at its line in the base (chibo test, which shows each
  // example's reason), and a warning at the tailoring's 'extends' saying
  // where to mend them.
  EachSaid,
  // One error at 'extends' with their count and the first's reason (chibo
  // lint): the base's examples fail for the tailoring's changes, often
  // a dozen of them, all mended in one place.
  Summed,
};

// Every mismatch becomes an error at the example's line in diags (but the
// base's examples of a tailoring, Summed). A base's example that fails is
// run in the file it is written in too (read again from there), so that one
// failing there already is not said to fail for the tailoring's changes.
ExampleCounts run_examples(const CompiledRuleset& ruleset, Diagnostics& diags,
                           BaseExamples base = BaseExamples::EachSaid);

// An example's record as a YAML meeting's keys and values: cell_id
// ("example"), date (the start of the effective period when it gives none)
// and kind (the first kind scored, likewise), then its record's own, in order.
struct ExampleFields {
  std::vector<std::string> names, values;
};
ExampleFields example_fields(const CompiledRuleset& ruleset, const Example& ex);

}  // namespace chibo
