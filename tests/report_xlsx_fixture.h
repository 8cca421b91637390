// What the workbook's tests share (report_xlsx_test.cpp and a test file for
// each of its sheets' sources): what a sheet holds, read from libxlsxwriter's
// own model before the book is closed (a book not streamed keeps its cells).
#pragma once

#include <xlsxwriter.h>

#include <fmt/format.h>

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "report_xlsx_book.h"
#include "temp_dir.h"

namespace chibo::testing {

// What a sheet holds, read from libxlsxwriter's own model before the book
// is closed: its name, its last row, and the numbers of one column.
struct SheetSeen {
  std::string name;
  unsigned last_row = 0;
  bool header = false;          // a text in row 0, column 0
  std::vector<double> numbers;  // column `col`, rows 1 to the last
};

inline std::vector<SheetSeen> sheets_of(lxw_workbook* book, lxw_col_t col) {
  std::vector<SheetSeen> out;
  lxw_worksheet* ws = nullptr;
  STAILQ_FOREACH(ws, book->worksheets, list_pointers) {
    SheetSeen seen{ws->name, ws->dim_rowmax, false, {}};
    lxw_row* first = lxw_worksheet_find_row(ws, 0);
    lxw_cell* corner = first ? lxw_worksheet_find_cell_in_row(first, 0) : nullptr;
    seen.header = corner != nullptr && corner->type == STRING_CELL;
    for (lxw_row_t r = 1; r <= ws->dim_rowmax; ++r) {
      lxw_row* row = lxw_worksheet_find_row(ws, r);
      lxw_cell* cell = row ? lxw_worksheet_find_cell_in_row(row, col) : nullptr;
      if (cell != nullptr && cell->type == NUMBER_CELL) seen.numbers.push_back(cell->u.number);
    }
    out.push_back(seen);
  }
  return out;
}

// The cells of the sheet at index (from 0) as text, a row a line from row 0
// to its last: each cell after a '|', a number as fmt writes it (15, 63.33),
// nothing for a cell not written or blank (a merged range's after its first).
inline std::vector<std::string> sheet_text(lxw_workbook* book, std::size_t index) {
  lxw_worksheet* ws = nullptr;
  std::size_t at = 0;
  STAILQ_FOREACH(ws, book->worksheets, list_pointers) {
    if (at++ == index) break;
  }
  std::vector<std::string> out;
  if (ws == nullptr) return out;
  for (lxw_row_t r = 0; r <= ws->dim_rowmax; ++r) {
    std::string line;
    lxw_row* row = lxw_worksheet_find_row(ws, r);
    for (lxw_col_t c = 0; c <= ws->dim_colmax; ++c) {
      lxw_cell* cell = row ? lxw_worksheet_find_cell_in_row(row, c) : nullptr;
      line += '|';
      if (cell == nullptr) continue;
      if (cell->type == NUMBER_CELL) {
        line += fmt::format("{}", cell->u.number);
      } else if (cell->type == STRING_CELL && cell->sst_string != nullptr) {
        line += cell->sst_string;
      } else if (cell->type == INLINE_STRING_CELL) {
        line += cell->u.string;
      } else if (cell->type != BLANK_CELL) {
        line += '?';
      }
    }
    out.push_back(line);
  }
  return out;
}

// The sheet that add (add_summary_sheet, ...) makes of in, as sheet_text
// gives it, in a workbook of its own (not streamed).
inline std::vector<std::string> sheet_written(const ReportInput& in,
                                              void (*add)(XlsxBook&, const ReportInput&)) {
  TempDir dir;
  XlsxBook b = open_book(dir.path("report.xlsx"), in, false);
  REQUIRE(b.book != nullptr);
  add(b, in);
  std::vector<std::string> text = sheet_text(b.book, 0);
  REQUIRE(workbook_close(b.book) == LXW_NO_ERROR);
  return text;
}

}  // namespace chibo::testing
