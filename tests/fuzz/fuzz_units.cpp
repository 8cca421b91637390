// libFuzzer target: a units list (CSV) through loading and checking.
#include <cstddef>
#include <cstdint>

#include "chibo/units.h"
#include "fuzz_input_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string path = chibo::fuzzing::input_file(data, size, ".csv");
  chibo::Diagnostics diags;
  auto units = chibo::load_units(path, diags);
  if (!units) return 0;
  // Every unit kept is findable by its id, and a cell's base is in the list.
  for (const chibo::Unit& u : units->units) {
    if (units->find(u.id) != &u) __builtin_trap();
  }
  for (const chibo::Unit* cell : units->cells()) {
    if (units->base_of(*cell) == nullptr) __builtin_trap();
  }
  return 0;
}
