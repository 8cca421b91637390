// RecordChecker's hint for a comma-separated row of one cell too many: the
// column whose decimal comma split it (92,5 read as two cells), found by
// checking the row with each pair of neighbouring numbers joined. Apart
// from record_checker.cpp: it runs only for rows already rejected.
#include <algorithm>

#include <fmt/format.h>

#include "chibo/record_checker.h"
#include "input_value.h"

namespace chibo {

std::string RecordChecker::decimal_comma_hint(std::span<const std::string_view> values,
                                              const Location& where) const {
  if (values.size() != columns_.size() + 1) return "";
  auto digits = [](std::string_view s) {
    s = trim_spaces(s);
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  std::optional<std::size_t> found;
  std::vector<std::string_view> merged;
  std::string joined;
  MeetingRecord scratch;
  std::string why;
  // Each try checks the row again: a hostile row of thousands of numbers
  // gets the general hint after 64 tries, not a square of the work.
  int tries = 0;
  for (std::size_t i = 0; i + 1 < values.size(); ++i) {
    if (!digits(values[i]) || !digits(values[i + 1])) continue;
    if (++tries > 64) return "";
    joined = fmt::format("{},{}", trim_spaces(values[i]), trim_spaces(values[i + 1]));
    merged.assign(values.begin(), values.end());
    merged[i] = joined;
    merged.erase(merged.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    if (!check(merged, where, scratch, why)) continue;
    if (found) return "";  // two places would do: none named
    found = i;
  }
  if (!found) return "";
  const std::string_view whole = trim_spaces(values[*found]);
  const std::string_view part = trim_spaces(values[*found + 1]);
  return fmt::format(
      " (cột '{2}' có lẽ là {0},{1}, viết dấu phẩy trong tệp phân cách bằng dấu phẩy nên thành "
      "hai ô '{0}' và '{1}': hãy viết {0}.{1}, đặt trong ngoặc kép \"{0},{1}\", hoặc lưu tệp phân "
      "cách bằng dấu ;)",
      whole, part, names_[*found]);
}

}  // namespace chibo
