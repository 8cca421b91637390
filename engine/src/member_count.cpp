#include "member_count.h"

#include <fmt/format.h>

namespace chibo {

std::optional<int> member_count(std::string_view s) {
  int n = 0;
  int digits = 0;
  int group = 0;  // digits since the start or the last separator
  bool grouped = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '.' || c == ' ') {
      if (group == 0 || (grouped && group != 3) || (!grouped && group > 3)) return std::nullopt;
      grouped = true;
      group = 0;
      continue;
    }
    if (c < '0' || c > '9' || ++digits > 9) return std::nullopt;
    n = n * 10 + (c - '0');
    ++group;
  }
  if (digits == 0 || (grouped && group != 3)) return std::nullopt;
  return n;
}

std::string member_count_mend(std::string_view s) {
  std::size_t end = 0;
  while (end < s.size() && s[end] >= '0' && s[end] <= '9') ++end;
  if (end == 0 || end == s.size()) return "";
  std::size_t word = end;
  while (word < s.size() && s[word] == ' ') ++word;
  const char c = word < s.size() ? s[word] : '\0';
  const bool letter = (c & 0x80) != 0 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (!letter) return "";
  return fmt::format("; hãy chỉ ghi con số: '{}'", s.substr(0, end));
}

}  // namespace chibo
