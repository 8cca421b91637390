#include "header_row.h"

#include <algorithm>

#include <fmt/format.h>

#include "units_header.h"
#include "utf8.h"

namespace chibo {

bool names_key_column(std::string_view cell, const std::vector<std::string>& names) {
  // Longer than any column's name: not folded (a note, a title).
  if (cell.size() > 64) return false;
  const std::string_view name = trim_invisible(cell);
  if (name.empty()) return false;
  const std::string folded = fold_case(one_space_between_words(to_nfc(name)));
  return std::find(names.begin(), names.end(), folded) != names.end();
}

bool line_cell_names(std::string_view line, const std::vector<std::string>& names) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i < line.size() && line[i] != ';' && line[i] != ',' && line[i] != '\t') continue;
    std::string_view cell = line.substr(start, i - start);
    start = i + 1;
    while (!cell.empty() && (cell.front() == ' ' || cell.front() == '"')) cell.remove_prefix(1);
    while (!cell.empty() && (cell.back() == ' ' || cell.back() == '"' || cell.back() == '\r')) {
      cell.remove_suffix(1);
    }
    if (names_key_column(cell, names)) return true;
  }
  return false;
}

bool line_names_key_column(std::string_view line) {
  // The records' names anywhere in the line, as before; a units list's only
  // as a whole cell ("id" and "Mã" are in many a title's words).
  const std::string folded = fold_case(line);
  return folded.find("cell_id") != std::string::npos ||
         folded.find("mã chi bộ") != std::string::npos || line_cell_names(line, unit_key_column());
}

std::size_t read_to_header(CsvReader& reader, const std::vector<std::string>& names,
                           std::vector<CsvRecord>& ahead) {
  ahead.clear();
  CsvRecord record;
  while (ahead.size() < kHeaderSearchRows && reader.next(record)) {
    ahead.push_back(record);
    if (names_key_column_in(record.fields, names)) return ahead.size() - 1;
  }
  return 0;
}

std::size_t rows_with_text(const std::vector<CsvRecord>& ahead, std::size_t n) {
  return static_cast<std::size_t>(
      std::count_if(ahead.begin(), ahead.begin() + static_cast<std::ptrdiff_t>(n),
                    [](const CsvRecord& r) { return !r.fields.blank(); }));
}

std::string rows_above_header(int header_line, std::size_t rows, const char* what) {
  return fmt::format(
      "dòng tiêu đề là dòng {}: {} dòng có chữ ở trên nó (tên bảng...) không phải {}, không đọc",
      header_line, rows, what);
}

}  // namespace chibo
