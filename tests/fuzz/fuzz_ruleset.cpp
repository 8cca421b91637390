// libFuzzer target: a ruleset file through loading, validation and compiling,
// then its embedded examples. Any input gives diagnostics, never a crash.
#include <cstddef>
#include <cstdint>

#include "chibo/compiled_ruleset.h"
#include "chibo/example_runner.h"
#include "fuzz_input_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string path = chibo::fuzzing::input_file(data, size, ".yaml");
  chibo::Diagnostics diags;
  auto compiled = chibo::load_compiled_ruleset(path, diags);
  // A ruleset compiles exactly when nothing was an error.
  if ((compiled != nullptr) == diags.has_errors()) __builtin_trap();
  if (compiled) chibo::run_examples(*compiled, diags);
  return 0;
}
