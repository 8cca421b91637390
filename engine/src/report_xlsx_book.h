// The parts of the workbook writer shared by its sheets: the open workbook,
// its formats, and the print set-up every sheet gets.
#pragma once

#include <xlsxwriter.h>

#include <string>
#include <vector>

#include "chibo/report_input.h"

namespace chibo {

struct XlsxBook {
  lxw_workbook* book = nullptr;
  lxw_format* header = nullptr;  // bold, filled, wrapped, bordered
  lxw_format* title = nullptr;
  lxw_format* wrap = nullptr;  // paragraphs of the summary
  // Number formats by the decimals shown, [0] to [the ruleset's decimals]:
  // "0.00" (a score), "0.00%" (a share), "+0.00;-0.00;0.00" (a change of
  // score). A number takes the last, or, when the ruleset trims zeros, the
  // one of as many decimals as its text has ("93,5", "90", "64%"), as the
  // summary and every other output write it (it was "93,50", "64,00%").
  std::vector<lxw_format*> scores, shares, changes;
  bool trim_zeros = false;
  lxw_format* score(double shown) const { return of_decimals(scores, shown, 0); }
  lxw_format* share(double fraction) const { return of_decimals(shares, fraction, 2); }
  lxw_format* change(double shown) const { return of_decimals(changes, shown, 0); }
  lxw_format* moved = nullptr;     // "+0;-0;0": a change of rank
  lxw_format* day = nullptr;       // "dd/mm/yyyy": a date, stored as Excel's day number
  std::vector<lxw_format*> grade;  // fill per grade, parallel to the ruleset's grades
  // The rows a sheet holds, its header among them: Excel's 1,048,576 (tests
  // make it small; at least 2).
  int max_rows = LXW_ROW_MAX;
  // Cells of a SheetTable that libxlsxwriter refused (a row written out of
  // order when streamed, a row or column past the sheet's): the workbook is
  // then reported as not written, not handed over short.
  std::size_t refused = 0;

 private:
  // formats[d] for the fewest decimals d that show value (times 10^shift):
  // the value is rounded to the last's already (shown(), shown_share()).
  lxw_format* of_decimals(const std::vector<lxw_format*>& formats, double value, int shift) const;
};

// A table with one header row and any number of rows, on as many sheets as
// it takes: the rows past a sheet's last go on to "<name> (2)", "<name> (3)"
// and so on, each with the header, the widths and finish_table's set-up.
// Excel holds 1,048,576 rows a sheet and libxlsxwriter drops a cell past
// them without a word: the nation's year, 4 million meetings, fills four
// sheets of details.
class SheetTable {
 public:
  SheetTable(XlsxBook& b, std::string name, std::vector<std::string> header,
             std::vector<double> widths);
  // The cells put after it go on a new row.
  void next_row();
  void put(int col, const std::string& text, lxw_format* f = nullptr);
  void put(int col, double number, lxw_format* f = nullptr);
  // A line under the table, after its last row and a blank one, on its last
  // sheet, as rank's totals line under its table: outside the filter's
  // range, which a sort would otherwise move it in. After the last row,
  // before finish().
  void note(const std::string& text);
  // Sets up the last sheet (the others were set up as they filled).
  void finish();

 private:
  void start_sheet();

  XlsxBook& b_;
  std::string name_;
  std::vector<std::string> header_;
  std::vector<double> widths_;
  lxw_worksheet* sheet_ = nullptr;
  int sheets_ = 0;
  int row_ = 0;  // the row being written on sheet_ (0: the header)
};

// streamed: libxlsxwriter's constant_memory mode, each row written out to a
// temporary file when the next one starts, so that a sheet of a million rows
// takes no memory (the nation's details were 20 GB and growing), every
// sheet written top to bottom; strings are then kept in their cells, not in
// a shared table. false: every cell kept in memory until the book is closed
// (tests look at them there).
XlsxBook open_book(const std::string& path, const ReportInput& in, bool streamed = true);

// A4 landscape, fitted to the page width, header row `header_row` repeated
// on every page, frozen below it, with a filter over the table.
void finish_table(lxw_worksheet* sheet, int header_row, int last_row, int last_col);

// Text as a cell can hold it: escaped as messages are (one_line: no control,
// stray byte, or U+FFFE/U+FFFF, which no XML may hold: one in a unit's name
// broke every sheet naming it), and at most Excel's 32,767 characters: a
// longer one (a unit's name 40,000 long made the whole workbook fail) cut,
// saying how many characters more it had. put() writes every text so.
std::string cell_text(const std::string& text);
lxw_error put(lxw_worksheet* s, int row, int col, const std::string& text, lxw_format* f = nullptr);
lxw_error put(lxw_worksheet* s, int row, int col, double number, lxw_format* f = nullptr);
void widths(lxw_worksheet* s, const std::vector<double>& columns);

// A number as the ruleset shows it, rounded as shown ("93.71" -> 93.71), so
// the cell holds what the reader sees and what `rank --format csv` writes.
double shown(const CompiledRuleset& r, const Rational& value);
// count/cells as a fraction (0.7813 for 78,13%), rounded as the ruleset shows it.
double shown_share(const CompiledRuleset& r, int count, int cells);

// The sheets (report_xlsx_sheets.cpp, report_xlsx_details.cpp).
void add_ranking_sheet(XlsxBook& b, const ReportInput& in);
void add_summary_sheet(XlsxBook& b, const ReportInput& in);
void add_details_sheet(XlsxBook& b, const ReportInput& in);
void add_audit_sheet(XlsxBook& b, const ReportInput& in);
void add_rejected_sheet(XlsxBook& b, const ReportInput& in);

}  // namespace chibo
