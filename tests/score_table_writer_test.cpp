// The table writer of `chibo score` (score_table_writer.cpp): one line a
// meeting for people, the groups' columns named in a legend.
#include "score_writers.h"

#include <sstream>

#include <catch2/catch.hpp>

#include "score_writer_fixture.h"

using chibo::testing::compile_text;
using chibo::testing::kTwoFormsRuleset;
using chibo::testing::score_fields;
using chibo::testing::write;
using chibo::testing::write_not_applicable;

TEST_CASE("table: decimal comma, group columns") {
  // The day as people write it; the groups' columns by id, named under the table.
  CHECK(write(chibo::OutputFormat::Table, {"45,5", "100"}) ==
        "Chi bộ  Ngày        Loại       Tổng điểm  Xếp loại     g\n"
        "C1      15/03/2024  thường kỳ      27,30  Kém       27,3\n"
        "C1      15/03/2024  thường kỳ     100,00  Đạt        100\n"
        "\n"
        "Các cột điểm:\n"
        "  g: Nhóm (tối đa 100 điểm)\n");
}

// A ruleset with a form for each kind of meeting: every form's groups are
// columns ("-" where the meeting's form has none), the legend says which kind
// has each.
TEST_CASE("table: the groups of every form, each kind's named in the legend") {
  auto r = compile_text(kTwoFormsRuleset);
  REQUIRE(r);
  std::ostringstream out;
  auto w = chibo::make_score_writer(chibo::OutputFormat::Table, *r, out);
  for (const char* kind : {"regular", "thematic"}) {
    auto s = score_fields(*r, {{"ok", "có"}, {"kind", kind}});
    REQUIRE(s.ok);
    chibo::MeetingRecord rec;
    rec.cell_id = "C1";
    rec.date = 19797;  // 2024-03-15
    rec.kind =
        std::string(kind) == "regular" ? chibo::MeetingKind::Regular : chibo::MeetingKind::Thematic;
    w->write(rec, s.score);
  }
  w->finish();
  CHECK(out.str() ==
        "Chi bộ  Ngày        Loại       Tổng điểm  Xếp loại   a   c   b\n"
        "C1      15/03/2024  thường kỳ     100,00  Đạt       80  20   -\n"
        "C1      15/03/2024  chuyên đề     100,00  Đạt        -  40  60\n"
        "\n"
        "Các cột điểm:\n"
        "  a: A (tối đa 80 điểm; chỉ ở sinh hoạt thường kỳ)\n"
        "  c: C (tối đa 40 điểm)\n"
        "  b: B (tối đa 60 điểm; chỉ ở sinh hoạt chuyên đề)\n");
}

// A total rescaled for an item that does not apply is not its columns' sum:
// said once under the table, only when one such is written.
TEST_CASE("table: a total other than its columns' sum is said under the legend") {
  auto r = compile_text(
      "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
      "scale: 100\ninputs:\n  ok: {type: yesno, label: Đạt}\n"
      "criteria:\n  - id: g\n    label: G\n    items:\n"
      "      - {id: a, label: A, max: 20, when: ok, applies_when: month == 3, "
      "not_applicable: rescale}\n"
      "      - {id: b, label: B, max: 80, formula: 60}\n"
      "grades:\n  - {id: dat, label: Đạt, from: 50}\n  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(r);
  auto table = [&](int date, const std::string& day) {
    std::ostringstream out;
    auto w = chibo::make_score_writer(chibo::OutputFormat::Table, *r, out);
    auto s = score_fields(*r, {{"ok", "có"}, {"date", day}});
    REQUIRE(s.ok);
    chibo::MeetingRecord rec;
    rec.cell_id = "C1";
    rec.date = date;
    w->write(rec, s.score);
    w->finish();
    return out.str();
  };
  // 2024-04-01: a does not apply, 60 of 80 -> 75.
  const std::string april = table(19814, "2024-04-01");
  CHECK(april.find("C1      01/04/2024  thường kỳ      75,00  Đạt       60\n") !=
        std::string::npos);
  CHECK(april.find("\nTổng điểm có thể khác tổng các cột: điểm các tiêu chí được áp dụng được "
                   "quy đổi theo thang 100 khi có tiêu chí không áp dụng, và tổng không vượt 100 "
                   "(chibo explain cho biết từng bước).\n") != std::string::npos);
  CHECK(table(19797, "2024-03-15").find("Tổng điểm có thể khác") ==
        std::string::npos);  // 2024-03-15: applies
}

TEST_CASE("table: a group left off the sheet is '-', as one the sheet has not") {
  CHECK(write_not_applicable(chibo::OutputFormat::Table) ==
        "Chi bộ  Ngày        Loại       Tổng điểm  Xếp loại   g  h  rest\n"
        "C1      01/04/2024  thường kỳ      75,00  Đạt       10  -    50\n"
        "C1      15/03/2024  thường kỳ      50,00  Đạt        0  0    50\n"
        "\n"
        "Các cột điểm:\n"
        "  g: G (tối đa 30 điểm)\n"
        "  h: H (tối đa 10 điểm)\n"
        "  rest: Rest (tối đa 60 điểm)\n"
        "Tổng điểm có thể khác tổng các cột: điểm các tiêu chí được áp dụng được quy đổi theo "
        "thang 100 khi có tiêu chí không áp dụng, và tổng không vượt 100 (chibo explain cho biết "
        "từng bước).\n");
}

// A row's cells travel between format() and write_formatted() each as its
// length, ':' and its bytes: a cell id of digits and colons is one cell still.
TEST_CASE("table: a cell id of digits and colons is kept whole") {
  CHECK(write(chibo::OutputFormat::Table, {"100"}, "12:3:4") ==
        "Chi bộ  Ngày        Loại       Tổng điểm  Xếp loại    g\n"
        "12:3:4  15/03/2024  thường kỳ     100,00  Đạt       100\n"
        "\n"
        "Các cột điểm:\n"
        "  g: Nhóm (tối đa 100 điểm)\n");
}

// Top-level items are columns as groups are; a bonus past the scale is cut
// to it, and that total too is said to be other than its columns' sum.
TEST_CASE("table: a total capped at the scale is said under the legend") {
  auto r = compile_text(
      "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
      "scale: 100\ninputs:\n  ok: {type: yesno, label: Đạt}\n"
      "criteria:\n  - {id: a, label: A, max: 100, when: ok}\n"
      "  - {id: t, label: Thưởng, bonus: {cap: 5, rules: [{when: ok, points: 5, reason: R}]}}\n"
      "grades:\n  - {id: dat, label: Đạt, from: 50}\n  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(r);
  std::ostringstream out;
  auto w = chibo::make_table_writer(*r, out);
  auto s = score_fields(*r, {{"ok", "có"}});
  REQUIRE(s.ok);
  chibo::MeetingRecord rec;
  rec.cell_id = "C1";
  rec.date = 19797;  // 2024-03-15
  w->write(rec, s.score);
  w->finish();
  CHECK(out.str() ==
        "Chi bộ  Ngày        Loại       Tổng điểm  Xếp loại    a  t\n"
        "C1      15/03/2024  thường kỳ     100,00  Đạt       100  5\n"
        "\n"
        "Các cột điểm:\n"
        "  a: A (tối đa 100 điểm)\n"
        "  t: Thưởng (tối đa 5 điểm)\n"
        "Tổng điểm có thể khác tổng các cột: điểm các tiêu chí được áp dụng được quy đổi theo "
        "thang 100 khi có tiêu chí không áp dụng, và tổng không vượt 100 (chibo explain cho biết "
        "từng bước).\n");
}

// Past its held rows the table writes each meeting as it comes, its memory
// not growing with the file (the nation's took 2.3 GB kept whole): the
// columns as wide as the rows held, widened from a wider cell on.
TEST_CASE("table: past the rows held, each meeting is written as it comes") {
  auto r = compile_text(chibo::testing::kWriterRuleset);
  REQUIRE(r);
  auto table = [&](std::size_t held_rows) {
    std::ostringstream out;
    auto w = chibo::make_table_writer(*r, out, held_rows);
    for (const char* cell : {"C1", "C2", "CB-LONGER", "C4"}) {
      auto s = score_fields(*r, {{"done", "100"}, {"cell_id", cell}});
      REQUIRE(s.ok);
      chibo::MeetingRecord rec;
      rec.cell_id = cell;
      rec.date = 19797;  // 2024-03-15
      w->write(rec, s.score);
    }
    w->finish();
    return out.str();
  };
  const std::string legend = "\nCác cột điểm:\n  g: Nhóm (tối đa 100 điểm)\n";
  CHECK(table(2) ==
        "Chi bộ  Ngày        Loại       Tổng điểm  Xếp loại    g\n"
        "C1      15/03/2024  thường kỳ     100,00  Đạt       100\n"
        "C2      15/03/2024  thường kỳ     100,00  Đạt       100\n"
        "CB-LONGER  15/03/2024  thường kỳ     100,00  Đạt       100\n"
        "C4         15/03/2024  thường kỳ     100,00  Đạt       100\n" +
            legend);
  // Held whole (fewer meetings than kTableHeldRows): every row as wide.
  CHECK(table(chibo::kTableHeldRows) ==
        "Chi bộ     Ngày        Loại       Tổng điểm  Xếp loại    g\n"
        "C1         15/03/2024  thường kỳ     100,00  Đạt       100\n"
        "C2         15/03/2024  thường kỳ     100,00  Đạt       100\n"
        "CB-LONGER  15/03/2024  thường kỳ     100,00  Đạt       100\n"
        "C4         15/03/2024  thường kỳ     100,00  Đạt       100\n" +
            legend);
}
