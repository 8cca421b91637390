#include "json_text.h"

#include <fmt/format.h>

namespace chibo {

void append_json_quoted(std::string& out, std::string_view s) {
  out += '"';
  std::size_t plain = 0;  // where the bytes not appended yet start
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + plain, i - plain);
    plain = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<int>(c));
    }
  }
  out.append(s.data() + plain, s.size() - plain);
  out += '"';
}

std::string json_quote(std::string_view s) {
  std::string out;
  append_json_quoted(out, s);
  return out;
}

}  // namespace chibo
