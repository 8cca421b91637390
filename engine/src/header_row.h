// Finding a table's header under a title: a sheet (a workbook's, or one
// saved as CSV) may have its title, the office's name, a date above its
// table. The header is the first of its first kHeaderSearchRows rows with a
// cell naming the table's key column (records: cell_id; units: id, Mã, Mã
// đơn vị); the rows above it are said (rows_above_header) and not read.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "csv_reader.h"

namespace chibo {

inline constexpr std::size_t kHeaderSearchRows = 20;

// Whether cell reads one of names, spaces around it apart, in any capitals.
// names: folded (fold_case).
bool names_key_column(std::string_view cell, const std::vector<std::string>& names);

// Whether one of a CSV line's cells, split at every ';', ',' and tab (the
// separator is not known yet), spaces and quotes around it apart, names one
// of names (folded, as names_key_column takes them).
bool line_cell_names(std::string_view line, const std::vector<std::string>& names);

// Whether a CSV file's line names a table's key column: the records'
// ("cell_id" or "Mã chi bộ" in any capitals, anywhere in it) or a units
// list's (a cell reading "id", "Mã" or "Mã đơn vị", unit_key_column): the
// table's header, which tells the separator when a title above it has one of
// its own ("Tháng 3, 2024" read as a file of commas).
bool line_names_key_column(std::string_view line);

// Whether one of cells (a FieldList, a row's strings) names one of names.
template <class Cells>
bool names_key_column_in(const Cells& cells, const std::vector<std::string>& names) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (names_key_column(cells[i], names)) return true;
  }
  return false;
}

// Reads reader's first records into ahead, to the first of the first
// kHeaderSearchRows naming one of names (then the last of ahead). Returns
// which of ahead is the header: that one, or 0 when none names it (the
// first record is then the header, as it nearly always is; the others in
// ahead are rows after it).
std::size_t read_to_header(CsvReader& reader, const std::vector<std::string>& names,
                           std::vector<CsvRecord>& ahead);

// How many of the first n of ahead hold text (a row of separators alone,
// ";;;;", holds none): the rows above a header, as rows_above_header says.
std::size_t rows_with_text(const std::vector<CsvRecord>& ahead, std::size_t n);

// What is said of the rows above a header that is not the first row (a
// title): how many, and that they are no what ("bản ghi", "đơn vị").
std::string rows_above_header(int header_line, std::size_t rows, const char* what);

}  // namespace chibo
