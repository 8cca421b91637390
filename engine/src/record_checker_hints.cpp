// RecordChecker's hints for a row already rejected, apart from
// record_checker.cpp as they run only then: the column whose decimal comma
// split a comma-separated row (92,5 read as two cells), found by checking
// the row with each pair of neighbouring numbers joined; what to write for a
// regular meeting combined with a thematic one; the cells of a row past its
// header's columns; a row that repeats the header.
#include <algorithm>

#include <fmt/format.h>

#include "chibo/record_checker.h"
#include "compiled_ruleset_data.h"
#include "input_value.h"
#include "meeting_kind.h"
#include "typed_keys.h"
#include "utf8.h"

namespace chibo {

const char* RecordChecker::merged_hint() const {
  if (each_record_) return "";
  return " (ô gộp với ô ở dòng trên trong Excel? tệp CSV chỉ giữ giá trị ở dòng đầu của ô gộp: "
         "hãy bỏ gộp ô và ghi giá trị ở mỗi dòng, hoặc đọc thẳng tệp .xlsx)";
}

std::string RecordChecker::extra_cells_hint(std::span<const std::string_view> values) const {
  // Excel's name of column c (from 0): A, ..., Z, AA, ...
  auto letters = [](std::size_t c) {
    std::string name;
    for (++c; c > 0; c = (c - 1) / 26)
      name.insert(name.begin(), static_cast<char>('A' + (c - 1) % 26));
    return name;
  };
  for (std::size_t c = columns_.size(); c < values.size(); ++c) {
    std::string_view text = trim_spaces(values[c]);
    if (text.empty()) continue;
    text = utf8_start(text, 60);  // a note: its start
    return fmt::format(
        " (ô thứ {} (cột {}), ngoài các cột của dòng tiêu đề (đến cột {}), có '{}': hãy xóa giá "
        "trị đó hoặc ghi tên cột cho nó ở dòng tiêu đề; trong tệp CSV, ô có dấu phân cách bên "
        "trong phải đặt trong ngoặc kép)",
        c + 1, letters(c), letters(columns_.size() - 1), text);
  }
  return " (các ô thừa ở cuối dòng đều trống: dòng có dấu phân cách thừa ở cuối, hay một ô có "
         "dấu phân cách bên trong, không đặt trong ngoặc kép, làm lệch các cột?)";
}

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

// "thường kỳ kết hợp chuyên đề" was refused with the two kinds to choose
// from, and "chuyên đề", the one a secretary then chose, made the month
// read as one without its regular meeting.
std::string RecordChecker::kind_hint(std::string_view text) const {
  const std::string bare = bare_id(fold_case(text));
  auto has = [&bare](std::string_view word) { return bare.find(word) != std::string::npos; };
  if (!has("ket_hop") && !((has("thuong_ky") || has("thuong_ki")) && has("chuyen_de"))) {
    // Typed with the Vietnamese keyboard off: "chuyeen ddeef", "thu7o7ng2 ky2".
    return typed_keys_hint(text, [](const std::string& letters) {
      return parse_kind(letters) ? std::optional(letters) : std::nullopt;
    });
  }
  std::string hint =
      "; sinh hoạt thường kỳ kết hợp chuyên đề là loại thường kỳ: hãy ghi 'thường kỳ'";
  const std::string_view combined = trim_spaces(ruleset_.model.rollup.counts_as_thematic.text);
  for (const Input& in : ruleset_.model.inputs) {
    if (in.id == combined && in.type == InputType::YesNo) {
      hint += fmt::format(" và ghi 'có' ở {} '{}' ({})", missing_word(), in.id, in.label);
    }
  }
  return hint;
}

// Two months' files joined into one (copied one under the other, or
// `copy a.csv+b.csv`): the second's header row is a row of the first, where
// every column said it held no value of its kind (3.9 KB of message).
bool RecordChecker::repeats_header(std::span<const std::string_view> values) const {
  if (values.size() != names_.size() || values.empty()) return false;
  for (std::size_t c = 0; c < values.size(); ++c) {
    std::string_view v = trim_invisible(values[c]);  // as bind() reads the names
    // The second file's own byte order mark (Excel's CSV UTF-8), now mid-file.
    if (c == 0 && v.starts_with("\xEF\xBB\xBF")) v = trim_spaces(v.substr(3));
    if (v != names_[c] && to_nfc(v) != names_[c]) return false;
  }
  return true;
}

}  // namespace chibo
