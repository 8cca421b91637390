// libFuzzer target: the expression parser on any text.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "expression.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<chibo::ExprError> errors;
  auto parsed = chibo::ParsedExpression::parse(text, errors);
  // Either a tree or at least one error, never both and never neither.
  if (parsed.has_value() == !errors.empty()) __builtin_trap();
  return 0;
}
