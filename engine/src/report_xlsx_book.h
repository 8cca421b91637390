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
  lxw_format* wrap = nullptr;      // paragraphs of the summary
  lxw_format* score = nullptr;     // "0.00" with the ruleset's decimals
  lxw_format* share = nullptr;     // "0.00%"
  std::vector<lxw_format*> grade;  // fill per grade, parallel to the ruleset's grades
};

XlsxBook open_book(const std::string& path, const ReportInput& in);

// A4 landscape, fitted to the page width, header row `header_row` repeated
// on every page, frozen below it, with a filter over the table.
void finish_table(lxw_worksheet* sheet, int header_row, int last_row, int last_col);

void put(lxw_worksheet* s, int row, int col, const std::string& text, lxw_format* f = nullptr);
void put(lxw_worksheet* s, int row, int col, double number, lxw_format* f = nullptr);
void widths(lxw_worksheet* s, const std::vector<double>& columns);

// A number as the ruleset shows it, rounded as shown ("93.71" -> 93.71), so
// the cell holds what the reader sees and what `rank --format csv` writes.
double shown(const CompiledRuleset& r, const Rational& value);
// count/cells as a fraction (0.7813 for 78,13%), rounded as the ruleset shows it.
double shown_share(const CompiledRuleset& r, int count, int cells);

// The sheets (report_xlsx_sheets.cpp, report_xlsx_details.cpp).
void add_summary_sheet(XlsxBook& b, const ReportInput& in);
void add_details_sheet(XlsxBook& b, const ReportInput& in);
void add_audit_sheet(XlsxBook& b, const ReportInput& in);
void add_rejected_sheet(XlsxBook& b, const ReportInput& in);

}  // namespace chibo
