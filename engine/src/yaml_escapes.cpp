#include "yaml_escapes.h"

#include "utf8.h"

namespace chibo {

std::optional<std::string> escapes_as_utf8(std::string_view value) {
  std::optional<std::size_t> bad = find_invalid_utf8(value);
  if (!bad) return std::nullopt;
  std::string out;
  std::string_view rest = value;
  for (; bad; bad = find_invalid_utf8(rest)) {
    out.append(rest.substr(0, *bad));
    const auto b = static_cast<unsigned char>(rest[*bad]);
    if (b >= 0x80 && b <= 0xBF) out += '\xC2';
    out += rest[*bad];
    rest.remove_prefix(*bad + 1);
  }
  out.append(rest);
  return out;
}

}  // namespace chibo
