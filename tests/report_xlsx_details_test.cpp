// The workbook's "Chi tiết" sheet (report_xlsx_details.cpp): every meeting
// of the period, a row each, with every criterion's points.
#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "report_fixture.h"
#include "report_xlsx_book.h"
#include "report_xlsx_fixture.h"
#include "temp_dir.h"

using namespace chibo;
using namespace chibo::testing;

// A criterion left off a meeting's sheet (an item that does not apply,
// rescaled, and a group of such items alone) is an empty cell, as in score's
// csv; one that applies and scored 0 is 0.
TEST_CASE("Chi tiết leaves a criterion left off a meeting's sheet empty") {
  ReportDistrict d;
  d.r = compile_text(left_off_ruleset(true));
  REQUIRE(d.r);
  d.units = make_units({{"A", UnitType::Residential}});
  d.store = std::make_unique<MeetingStore>(*d.r, d.units, std::vector<int>{}, true);
  REQUIRE(keep(*d.r, *d.store, "A", "2024-01-10", "72") == "");
  REQUIRE(keep(*d.r, *d.store, "A", "2024-02-20", "81", "thematic", "40") == "");
  d.ranking = rank_cells(*d.r, d.units, *d.store, Period{2024, 1}, GroupBy::None);
  d.summary = summarize(d.ranking, d.units, ruleset_of(*d.r).grades.size());
  TempDir dir;
  XlsxBook b = open_book(dir.path("report.xlsx"), d.input(), false);
  REQUIRE(b.book != nullptr);
  add_details_sheet(b, d.input());
  // Each meeting's total, then its criteria (after the eight columns of
  // every meeting: g, cd, a), each after a '|', nothing for no cell.
  lxw_worksheet* ws = STAILQ_FIRST(b.book->worksheets);
  std::vector<std::string> rows;
  for (lxw_row_t r = 1; r <= 2; ++r) {
    std::string row;
    for (const int col : {5, 8, 9, 10}) {
      lxw_row* cells = lxw_worksheet_find_row(ws, r);
      lxw_cell* cell =
          cells ? lxw_worksheet_find_cell_in_row(cells, static_cast<lxw_col_t>(col)) : nullptr;
      row += cell == nullptr             ? "|"
             : cell->type == NUMBER_CELL ? fmt::format("|{}", cell->u.number)
                                         : "|?";
    }
    rows.push_back(row);
  }
  CHECK(rows == std::vector<std::string>{"|80|||72", "|81|0|0|81"});
  REQUIRE(workbook_close(b.book) == LXW_NO_ERROR);
}

// Every column of a meeting's row: its cell, name and base, the month, the
// kind, the total and grade, its file and line, then the criteria (label and
// id); a meeting of another quarter is not listed, a base cell's base is
// empty (it is its own). The rows go in the ranking's order, as its cells do.
TEST_CASE("Chi tiết: a row a meeting of the period, every column") {
  ReportDistrict d = report_district();
  add_base_cell(d);
  REQUIRE(keep(*d.r, *d.store, "A", "2024-02-10", "95", "thematic", "100", "thang-2.csv") == "");
  REQUIRE(keep(*d.r, *d.store, "A", "2024-04-10", "70") == "");  // quarter II
  REQUIRE(keep(*d.r, *d.store, "E", "2024-03-10", "62,5") == "");
  d.ranking = rank_cells(*d.r, d.units, *d.store, Period{2024, 1}, GroupBy::None);
  d.summary = summarize(d.ranking, d.units, ruleset_of(*d.r).grades.size());
  CHECK(sheet_written(d.input(), add_details_sheet) ==
        std::vector<std::string>{
            "|Chi bộ|Tên|Đảng bộ cơ sở|Tháng|Loại|Tổng điểm|Xếp loại|Nguồn|A (a)",
            "|E|Chi bộ cơ sở E||03/2024|thường kỳ|62.5|Trung bình|m.csv:2|62.5",
            "|A|Chi bộ A|Đảng bộ xã Một|02/2024|chuyên đề|95|Tốt|thang-2.csv:2|95"});
}

// A base whose name another base of the list shares: with its id, as on
// "Xếp hạng" (two bases' rows read as one's).
TEST_CASE("Chi tiết: a base's name another shares is given with its id") {
  ReportDistrict d = report_district();
  namesake_base(d);
  const std::vector<std::string> rows = sheet_written(d.input(), add_details_sheet);
  REQUIRE(rows.size() == 9);
  CHECK(rows[1] == "|A|Chi bộ A|Đảng bộ xã Một (DB1)|01/2024|thường kỳ|95|Tốt|m.csv:2|95");
  CHECK(rows[7] == "|C|Chi bộ C|Đảng bộ xã Một (DB2)|01/2024|thường kỳ|95|Tốt|m.csv:2|95");
}
