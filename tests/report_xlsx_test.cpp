#include "chibo/report_xlsx.h"

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string>
#include <vector>

#include "chibo/report_text.h"
#include "chibo/score_writer.h"
#include "rank_rows.h"
#include "report_fixture.h"
#include "report_xlsx_book.h"
#include "report_xlsx_fixture.h"
#include "temp_dir.h"

using namespace chibo;
using namespace chibo::testing;

TEST_CASE("a table longer than a sheet goes on to numbered sheets, each with its header") {
  ReportDistrict d = report_district();
  TempDir dir;
  XlsxBook b = open_book(dir.path("report.xlsx"), d.input(), false);
  REQUIRE(b.book != nullptr);
  b.max_rows = 3;  // the header and two rows a sheet
  // The quarter's eight meetings in ranking order: A's three (95), B's three
  // (80), C's two (95); the total is column 5.
  add_details_sheet(b, d.input());
  std::vector<SheetSeen> sheets = sheets_of(b.book, 5);
  REQUIRE(sheets.size() == 4);
  CHECK(sheets[0].name == "Chi tiết");
  CHECK(sheets[1].name == "Chi tiết (2)");
  CHECK(sheets[2].name == "Chi tiết (3)");
  CHECK(sheets[3].name == "Chi tiết (4)");
  std::vector<double> totals;
  for (const SheetSeen& s : sheets) {
    CHECK(s.header);
    CHECK(s.last_row == 2);
    totals.insert(totals.end(), s.numbers.begin(), s.numbers.end());
  }
  CHECK(totals == std::vector<double>{95, 95, 95, 80, 80, 80, 95, 95});
  REQUIRE(workbook_close(b.book) == LXW_NO_ERROR);
}

TEST_CASE("the previous period and the changes of score and rank are numbers") {
  // They were text ("+15,00"), which Excel neither sorts nor adds up.
  ReportDistrict d = report_district();
  quarter(*d.r, *d.store, "A", 2024, 2, {"80", "80", "80"});
  quarter(*d.r, *d.store, "B", 2024, 2, {"95", "95", "95"});
  quarter(*d.r, *d.store, "C", 2024, 2, {"95", "95", "95"});
  d.ranking = rank_cells(*d.r, d.units, *d.store, Period{2024, 2}, GroupBy::None);
  TempDir dir;
  XlsxBook b = open_book(dir.path("report.xlsx"), d.input(), false);
  REQUIRE(b.book != nullptr);
  add_ranking_sheet(b, d.input());
  const std::vector<std::string> header = ranking_rows(
      *d.r, d.ranking, [](Rational v) { return v.to_string(); }, false)[0];
  // The sheet's columns: the text's "Kỳ trước: điểm (hạng)" is two there, a score and a rank.
  const auto split =
      std::find(header.begin(), header.end(), "Kỳ trước: điểm (hạng)") - header.begin();
  auto column = [&](const std::string& name) {
    auto at = std::find(header.begin(), header.end(), name);
    REQUIRE(at != header.end());
    return static_cast<lxw_col_t>(at - header.begin() + 1);  // past the split
  };
  // B and C 95 (rank 1, B was 2nd with 80, C 3rd with 63.33), A 80 (was 1st with 95).
  CHECK(sheets_of(b.book, static_cast<lxw_col_t>(split))[0].numbers ==
        std::vector<double>{80, 63.33, 95});
  CHECK(sheets_of(b.book, static_cast<lxw_col_t>(split + 1))[0].numbers ==
        std::vector<double>{2, 3, 1});
  CHECK(sheets_of(b.book, column("Thay đổi điểm"))[0].numbers ==
        std::vector<double>{15, 31.67, -15});
  CHECK(sheets_of(b.book, column("Thay đổi hạng"))[0].numbers == std::vector<double>{1, 2, -2});
  REQUIRE(workbook_close(b.book) == LXW_NO_ERROR);
}

TEST_CASE("a table that fits a sheet, or is empty, keeps one sheet") {
  ReportDistrict d = report_district();
  TempDir dir;
  XlsxBook b = open_book(dir.path("report.xlsx"), d.input(), false);
  REQUIRE(b.book != nullptr);
  b.max_rows = 2;  // the header and the one rejected record: exactly full
  add_rejected_sheet(b, d.input());
  {
    SheetTable empty(b, "Trống", {"Cột"}, {10});
    empty.finish();
  }
  std::vector<SheetSeen> sheets = sheets_of(b.book, 1);
  REQUIRE(sheets.size() == 2);
  CHECK(sheets[0].name == "Bị loại");
  CHECK(sheets[0].last_row == 1);
  CHECK(sheets[0].numbers == std::vector<double>{7});  // its line
  CHECK(sheets[1].name == "Trống");
  CHECK(sheets[1].header);
  CHECK(sheets[1].last_row == 0);
  REQUIRE(workbook_close(b.book) == LXW_NO_ERROR);
}

TEST_CASE("streamed, as `chibo report` writes it, the table goes on to numbered sheets") {
  ReportDistrict d = report_district();
  TempDir dir;
  XlsxBook b = open_book(dir.path("report.xlsx"), d.input());  // streamed
  REQUIRE(b.book != nullptr);
  b.max_rows = 3;
  add_details_sheet(b, d.input());
  // Streamed, the rows are in the temporary files by now: the names and
  // the last rows are what is left to look at.
  std::vector<SheetSeen> sheets = sheets_of(b.book, 5);
  REQUIRE(sheets.size() == 4);
  CHECK(sheets[3].name == "Chi tiết (4)");
  for (const SheetSeen& s : sheets) CHECK(s.last_row == 2);
  CHECK(b.refused == 0);
  REQUIRE(workbook_close(b.book) == LXW_NO_ERROR);
}

TEST_CASE("a cell libxlsxwriter refuses is counted, not lost without a word") {
  ReportDistrict d = report_district();
  TempDir dir;
  XlsxBook b = open_book(dir.path("report.xlsx"), d.input());
  REQUIRE(b.book != nullptr);
  SheetTable table(b, "Bảng", {"Cột"}, {10});
  table.next_row();
  table.put(0, "trong bảng");
  table.put(20000, "quá cột cuối của Excel (16.384 cột)");
  table.finish();
  CHECK(b.refused == 1);
  REQUIRE(workbook_close(b.book) == LXW_NO_ERROR);
}

TEST_CASE("a cell's text: no character XML refuses, and at most 32,000 characters") {
  CHECK(chibo::cell_text("Chi bộ Tân Lập") == "Chi bộ Tân Lập");
  // U+FFFE and U+FFFF are no characters to XML: the sheet would not open.
  CHECK(chibo::cell_text("Công an \uFFFE \uFFFF") == "Công an \\uFFFE \\uFFFF");
  CHECK(chibo::cell_text("a\x01"
                         "b") == "a\\x01b");
  // Excel holds 32,767 characters a cell (libxlsxwriter refused the cell,
  // and the workbook failed): the rest is counted, not lost without a word.
  const std::string at_most(32000, 'x');
  CHECK(chibo::cell_text(at_most) == at_most);
  std::string longer;
  for (int i = 0; i < 40000; ++i) longer += "Ữ";
  std::string cut;
  for (int i = 0; i < 32000; ++i) cut += "Ữ";
  CHECK(chibo::cell_text(longer) == cut + " … [+8000 ký tự]");
  // A letter past U+FFFF is two of Excel's units.
  std::string emoji;
  for (int i = 0; i < 20000; ++i) emoji += "😀";
  std::string emoji_cut;
  for (int i = 0; i < 16000; ++i) emoji_cut += "😀";
  CHECK(chibo::cell_text(emoji) == emoji_cut + " … [+8000 ký tự]");
  // Never within an escape: "\x01" at the cut goes whole to the rest.
  const std::string escaped = std::string(31998, 'a') + "\x01" + "bbb";
  CHECK(chibo::cell_text(escaped) == std::string(31998, 'a') + " … [+7 ký tự]");
}

// A ruleset that trims zeros writes 63,3 and 95 and 33,3% and 0%: each
// number takes the format of the decimals its text has, where every number
// had the ruleset's one decimal ("95.0", "0.0%": the sheet said 64,0% where
// the summary above it said 64%).
TEST_CASE("under trim_zeros each number's format has the decimals its text has") {
  ReportDistrict d;
  d.r = compile_text(points_ruleset("  missing_month: zero\n  quarter: {by: mean}\n",
                                    "presentation: {decimals: 1, trim_zeros: yes}\n"));
  REQUIRE(d.r);
  d.units = make_units(
      {{"A", UnitType::Residential}, {"B", UnitType::School}, {"C", UnitType::Residential}});
  d.store = std::make_unique<MeetingStore>(*d.r, d.units, std::vector<int>{}, true);
  quarter(*d.r, *d.store, "A", 2024, 1, {"95", "95", "95"});
  quarter(*d.r, *d.store, "B", 2024, 1, {"80.5", "80.5", "80.5"});
  quarter(*d.r, *d.store, "C", 2024, 1, {"95", "95", ""});
  d.ranking = rank_cells(*d.r, d.units, *d.store, Period{2024, 1}, GroupBy::None);
  d.summary = summarize(d.ranking, d.units, ruleset_of(*d.r).grades.size());
  TempDir dir;
  XlsxBook b = open_book(dir.path("report.xlsx"), d.input(), false);
  REQUIRE(b.book != nullptr);
  add_ranking_sheet(b, d.input());
  add_summary_sheet(b, d.input());
  auto seen = [](lxw_worksheet* ws, lxw_row_t r, lxw_col_t c) {
    lxw_row* row = lxw_worksheet_find_row(ws, r);
    lxw_cell* cell = row ? lxw_worksheet_find_cell_in_row(row, c) : nullptr;
    if (cell == nullptr || cell->type != NUMBER_CELL) return std::string("?");
    return fmt::format("{} {}", cell->u.number, cell->format ? cell->format->num_format : "");
  };
  lxw_worksheet* ranking = STAILQ_FIRST(b.book->worksheets);
  // Scores, column 5: 95, 80,5, 63,3.
  CHECK(seen(ranking, 1, 5) == "95 0");
  CHECK(seen(ranking, 2, 5) == "80.5 0.0");
  CHECK(seen(ranking, 3, 5) == "63.3 0.0");
  // The summary's first table: Tốt 1/3 (33,3%) in column 6, Kém 0/3 (0%) in column 9.
  lxw_worksheet* summary = STAILQ_NEXT(ranking, list_pointers);
  const auto table = static_cast<lxw_row_t>(2 + report_paragraphs(d.input()).size() + 2);
  CHECK(seen(summary, table, 6) == "0.333 0.0%");
  CHECK(seen(summary, table, 9) == "0 0%");
  REQUIRE(workbook_close(b.book) == LXW_NO_ERROR);
  // Without trim_zeros, one format of the ruleset's decimals, as before.
  ReportDistrict plain = report_district();
  XlsxBook p = open_book(dir.path("plain.xlsx"), plain.input(), false);
  REQUIRE(p.book != nullptr);
  add_ranking_sheet(p, plain.input());
  CHECK(seen(STAILQ_FIRST(p.book->worksheets), 1, 5) == "95 0.00");
  REQUIRE(workbook_close(p.book) == LXW_NO_ERROR);
}

// shown() divides the rounded value's numerator by its denominator, where it
// wrote the text and parsed it back: the same double for every value (both
// are the nearest to the one rational), the text's past 2^53.
TEST_CASE("a shown number is the double of the text the ruleset's machine form writes") {
  ReportDistrict d = report_district();
  const CompiledRuleset& r = *d.r;
  auto parsed = [&](Rational v) {
    const std::string text = machine_number(r, v);
    double out = 0;
    std::from_chars(text.data(), text.data() + text.size(), out);
    return out;
  };
  for (const Rational v :
       {Rational(0), Rational(95), Rational::make(2472, 25).value(),
        Rational::make(1075, 12).value(), Rational::make(-5, 3).value(),
        Rational::make(-1, 1000).value(), Rational::make(1, 3).value(),
        Rational::make(200000000001, 7).value(), Rational::make(INT64_MAX, 3).value(),
        Rational::make(INT64_MIN + 1, 1).value()}) {
    INFO(machine_number(r, v));
    CHECK(shown(r, v) == parsed(v));
  }
  CHECK(shown(r, Rational::make(2472, 25).value()) == 98.88);
}

// Units left out of the list: said under "Xếp hạng"'s table, as under
// rank's, a blank row after its last (outside the filter, which a sort would
// move it in with); nothing when none was.
TEST_CASE("Xếp hạng says under its table the units the list left out") {
  ReportDistrict d = report_district();
  const std::vector<std::string> whole = sheet_written(d.input(), add_ranking_sheet);
  CHECK(whole.size() == 4);  // the header and three cells
  d.units.left_out = {{"DB2", 12}, {"DB2-01", 13}};
  const std::vector<std::string> rows = sheet_written(d.input(), add_ranking_sheet);
  REQUIRE(rows.size() == 6);
  CHECK(std::vector<std::string>(rows.begin(), rows.begin() + 4) == whole);
  CHECK(rows[4] == "|||||||||");
  CHECK(rows[5] ==
        "|2 đơn vị của danh sách bị loại vì lỗi trong danh sách, không có trong bảng này||||||||");
  // The filter covers the table alone.
  TempDir dir;
  XlsxBook b = open_book(dir.path("report.xlsx"), d.input(), false);
  REQUIRE(b.book != nullptr);
  add_ranking_sheet(b, d.input());
  lxw_worksheet* ws = STAILQ_FIRST(b.book->worksheets);
  CHECK(ws->autofilter.last_row == 3);
  REQUIRE(workbook_close(b.book) == LXW_NO_ERROR);
  // A sheet full to its last row: the line on one of its own, after its header.
  XlsxBook full = open_book(dir.path("full.xlsx"), d.input(), false);
  REQUIRE(full.book != nullptr);
  full.max_rows = 4;  // the header and the three cells
  add_ranking_sheet(full, d.input());
  const std::vector<SheetSeen> sheets = sheets_of(full.book, 0);
  REQUIRE(sheets.size() == 2);
  CHECK(sheets[1].name == "Xếp hạng (2)");
  CHECK(sheet_text(full.book, 0) == whole);
  CHECK(sheet_text(full.book, 1) == std::vector<std::string>{whole[0], rows[4], rows[5]});
  REQUIRE(workbook_close(full.book) == LXW_NO_ERROR);
}
