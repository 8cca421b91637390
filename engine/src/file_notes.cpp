#include "file_notes.h"

#include <fmt/format.h>

#include "chibo/number_format.h"
#include "utf8.h"

namespace chibo {
namespace {

// Excel's name of column c (from 0): A, ..., Z, AA, ... (as
// RecordChecker::extra_cells_hint names a cell's).
std::string letters(std::size_t c) {
  std::string name;
  for (++c; c > 0; c = (c - 1) / 26)
    name.insert(name.begin(), static_cast<char>('A' + (c - 1) % 26));
  return name;
}

}  // namespace

void FileNotes::header(int line, std::vector<std::size_t> unnamed) {
  header_line_ = line;
  unnamed_.clear();
  for (const std::size_t c : unnamed) unnamed_.push_back({c, 0, {}});
  unnamed_left_ = unnamed_.size();
}

void FileNotes::row(const FieldList& values, int line) {
  for (Unnamed& u : unnamed_) {
    if (u.line > 0 || u.column >= values.size()) continue;
    const std::string_view text = trim_invisible(values[u.column], true);
    if (text.empty()) continue;
    u.line = line;
    u.text = utf8_start(text, 60);  // a note: its start
    --unnamed_left_;
  }
}

std::vector<Diagnostic> FileNotes::take(const std::string& file, std::span<const Input> inputs) {
  std::vector<Diagnostic> out;
  if (month_first_line_ > 0 && either_way_ > 0) {
    const std::string these =
        either_way_ == 1
            ? std::string(
                  "bản ghi ở dòng này có ngày mà ngày và tháng đều không quá 12: ngày đó "
                  "được đọc là ngày/tháng/năm, có thể sai")
            : fmt::format(
                  "{} bản ghi có ngày mà ngày và tháng đều không quá 12 (bản ghi đầu ở dòng này): "
                  "các ngày đó được đọc là ngày/tháng/năm, có thể sai",
                  format_count(either_way_));
    out.push_back({{file, either_way_line_, 0},
                   Severity::Warning,
                   fmt::format("tệp có ngày ghi theo kiểu tháng/ngày/năm (dòng {}, bị loại; máy "
                               "tính đặt định dạng ngày kiểu Mỹ?); {}: hãy xem lại các ngày của "
                               "tệp và ghi DD/MM/YYYY hoặc YYYY-MM-DD",
                               month_first_line_, these)});
  }
  if (fraction_line_ > 0 && ones_ > 0 && static_cast<std::size_t>(one_input_) < inputs.size()) {
    const Input& in = inputs[static_cast<std::size_t>(one_input_)];
    const std::string others =
        ones_ == 1 ? std::string()
                   : fmt::format(" (và {} bản ghi khác cũng vậy)", format_count(ones_ - 1));
    out.push_back(
        {{file, one_line_, 0},
         Severity::Warning,
         fmt::format("tỷ lệ '{}' ({}) ghi '1' ở dòng này{} được chấm là 1%, nhưng tệp có tỷ lệ "
                     "viết dạng số thập phân (dòng {}, bị loại): nếu '1' là 100% (ô Excel định "
                     "dạng General), hãy ghi 100; nếu đúng là 1%, hãy ghi '1%'",
                     in.id, in.label, others, fraction_line_)});
  }
  std::string said;
  int first = 0;
  std::size_t count = 0;
  for (const Unnamed& u : unnamed_) {
    if (u.line == 0) continue;
    if (first == 0 || u.line < first) first = u.line;
  }
  for (const Unnamed& u : unnamed_) {
    if (u.line == 0) continue;
    said += fmt::format("{}cột thứ {} (cột {}) có giá trị '{}'", count++ == 0 ? "" : ", ",
                        u.column + 1, letters(u.column), u.text);
    if (u.line != first) said += fmt::format(" ở dòng {}", u.line);
  }
  if (count > 0) {
    const char* those = count == 1 ? "cột đó" : "các cột đó";
    out.push_back({{file, first, 0},
                   Severity::Warning,
                   fmt::format("{0} nhưng dòng tiêu đề (dòng {1}) không ghi tên {2}: giá trị ở "
                               "{2} bị bỏ qua, không được đọc; hãy ghi tên cột ở dòng tiêu đề, "
                               "hoặc xóa giá trị nếu không dùng",
                               said, header_line_, those)});
  }
  *this = FileNotes();
  return out;
}

}  // namespace chibo
