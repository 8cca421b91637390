#include "chibo/unlisted_cells.h"

#include <catch2/catch.hpp>

#include "date.h"
#include "rollup_fixture.h"

using namespace chibo;
using namespace chibo::testing;

namespace {

using Lines = std::vector<std::string>;

// Each cell as the note after the accounting lines reads it: its id, count,
// first record's place and hint.
Lines summary(const std::vector<UnlistedCells::Cell>& cells) {
  Lines out;
  for (const UnlistedCells::Cell& c : cells) {
    out.push_back(c.id + " " + std::to_string(c.records) +
                  (c.faulty > 0 ? " (" + std::to_string(c.faulty) + " faulty)" : "") + " " +
                  c.first.file + ":" + std::to_string(c.first.line) + " '" +
                  UnlistedCells::hint(c) + "'");
  }
  return out;
}

const std::string kNewCell = ": có lẽ là chi bộ chưa có trong danh sách";

}  // namespace

TEST_CASE("a cell typed wrong is offered the listed cell free in that month") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"CP-TT-01", UnitType::Residential},
                            {"CP-TT-09", UnitType::Residential},
                            {"CP-XY-77", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  CHECK(keep(*r, store, "CP-TT-09", "2024-02-12", "90") == "");
  UnlistedCells unlisted;
  CHECK(unlisted.add("CP-TT-99", 2024, 1, 10, MeetingKind::Regular, {"q1.csv", 4, 0}) == 0);
  // Its thematic meeting: CP-TT-09 has none.
  CHECK(unlisted.add("CP-TT-99", 2024, 2, 20, MeetingKind::Thematic, {"q1.csv", 9, 0}) == 0);
  CHECK(unlisted.add("XYZ", 2024, 1, 10, MeetingKind::Regular, {"q1.csv", 5, 0}) == 1);
  CHECK(summary(unlisted.judge(store, units)) ==
        Lines{"CP-TT-99 2 q1.csv:4 'có phải là 'CP-TT-09'?'", "XYZ 1 q1.csv:5 ''"});
}

TEST_CASE("a listed cell with its own meeting that month is named and not offered") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"CP-TT-01", UnitType::Residential},
                            {"CP-TT-02", UnitType::Residential},
                            {"CP-TT-03", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  for (const char* cell : {"CP-TT-01", "CP-TT-02"}) {
    CHECK(keep(*r, store, cell, "2024-01-10", "90") == "");
    CHECK(keep(*r, store, cell, "2024-02-10", "90") == "");
    CHECK(keep(*r, store, cell, "2024-02-20", "90", "thematic") == "");
  }
  CHECK(keep(*r, store, "CP-TT-03", "2024-01-10", "90") == "");
  UnlistedCells unlisted;
  // A new cell, CP-TT-04: every cell one edit away met in January; the
  // first of them is named, with its meeting in the way of the first record.
  unlisted.add("CP-TT-04", 2024, 1, 10, MeetingKind::Regular, {"q1.csv", 7, 0});
  // CP-TT-03 did not meet in February, nor anyone in a thematic January
  // meeting: the cell is judged whole, no neighbour offered for a month.
  unlisted.add("CP-TT-04", 2024, 2, 10, MeetingKind::Regular, {"q1.csv", 8, 0});
  unlisted.add("CP-TT-04", 2024, 2, 20, MeetingKind::Thematic, {"q1.csv", 9, 0});
  unlisted.add("CP-TT-04", 2024, 1, 15, MeetingKind::Thematic, {"q1.csv", 10, 0});
  // A slip as near to each: the one free in February is offered.
  unlisted.add("CP-TT-0x", 2024, 2, 10, MeetingKind::Regular, {"q1.csv", 11, 0});
  CHECK(summary(unlisted.judge(store, units)) ==
        Lines{"CP-TT-04 4 q1.csv:7 'mã gần giống 'CP-TT-01' nhưng chi bộ đó đã có bản ghi sinh "
              "hoạt thường kỳ tháng 1/2024 (m.csv:2)" +
                  kNewCell + "'",
              "CP-TT-0x 1 q1.csv:11 'có phải là 'CP-TT-03'?'"});
}

TEST_CASE("the meeting named is the earliest in the way when none is in the first record's") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"CP-TT-01", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  CHECK(keep(*r, store, "CP-TT-01", "2024-02-20", "90", "thematic", "100", "b.csv") == "");
  CHECK(keep(*r, store, "CP-TT-01", "2024-01-10", "90", "regular", "100", "a.csv") == "");
  UnlistedCells unlisted;
  unlisted.add("CP-TT-07", 2024, 3, 5, MeetingKind::Regular, {"q1.csv", 2, 0});  // free
  unlisted.add("CP-TT-07", 2024, 2, 20, MeetingKind::Thematic, {"q1.csv", 3, 0});
  unlisted.add("CP-TT-07", 2024, 1, 8, MeetingKind::Regular, {"q1.csv", 4, 0});
  // Records of one month and day again are one meeting to judge (kept once).
  for (int line = 5; line < 1000; ++line) {
    unlisted.add("CP-TT-07", 2024, 3, 5, MeetingKind::Regular, {"q1.csv", line, 0});
  }
  CHECK(summary(unlisted.judge(store, units)) ==
        Lines{"CP-TT-07 998 q1.csv:2 'mã gần giống 'CP-TT-01' nhưng chi bộ đó đã có bản ghi sinh "
              "hoạt thường kỳ tháng 1/2024 (a.csv:2)" +
              kNewCell + "'"});
}

TEST_CASE("unlisted cells come out in the order first read and counted with the first record") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"CP-01", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  UnlistedCells unlisted;
  CHECK(unlisted.empty());
  CHECK(unlisted.judge(store, units).empty());
  CHECK(unlisted.add("LS-02", 2024, 1, 10, MeetingKind::Regular, {"a.csv", 3, 0}) == 0);
  CHECK(unlisted.add("LS-01", 2024, 1, 10, MeetingKind::Regular, {"a.csv", 4, 0}) == 1);
  CHECK(unlisted.add("LS-02", 2024, 2, 10, MeetingKind::Regular, {"b.csv", 3, 0}) == 0);
  CHECK_FALSE(unlisted.empty());
  CHECK(summary(unlisted.judge(store, units)) == Lines{"LS-02 2 a.csv:3 ''", "LS-01 1 a.csv:4 ''"});
}

TEST_CASE("a thematic meeting stands in the way on its own day only") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"CP-TT-01", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  CHECK(keep(*r, store, "CP-TT-01", "2024-03-18", "90", "thematic") == "");
  UnlistedCells unlisted;
  unlisted.add("CP-TT-001", 2024, 3, 23, MeetingKind::Thematic,
               {"q1.csv", 4, 0});  // kept if renamed
  unlisted.add("CP-TT-011", 2024, 3, 18, MeetingKind::Thematic, {"q1.csv", 5, 0});  // refused
  CHECK(summary(unlisted.judge(store, units)) ==
        Lines{"CP-TT-001 1 q1.csv:4 'có phải là 'CP-TT-01'?'",
              "CP-TT-011 1 q1.csv:5 'mã gần giống 'CP-TT-01' nhưng chi bộ đó đã có bản ghi sinh "
              "hoạt chuyên đề ngày 18/03/2024 (m.csv:2)" +
                  kNewCell + "'"});
}

TEST_CASE(
    "an id in other capitals is the listed cell's: cells as near are offered together or not "
    "at all when many") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"CP-TT-01", UnitType::Residential},
                            {"CP-TT-05", UnitType::Residential},
                            {"CP-TT-15", UnitType::Residential},
                            {"CP-XX-01", UnitType::Residential},
                            {"CP-XX-02", UnitType::Residential},
                            {"CP-XX-03", UnitType::Residential},
                            {"CP-XX-04", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  CHECK(keep(*r, store, "CP-TT-01", "2024-01-10", "90") == "");
  UnlistedCells unlisted;
  // Its month taken: the listed cell all the same, with the meeting in the way.
  unlisted.add("cp-tt-01", 2024, 1, 12, MeetingKind::Regular, {"q1.csv", 4, 0});
  unlisted.add("cp-tt-01", 2024, 2, 12, MeetingKind::Regular, {"q1.csv", 5, 0});
  // Nothing in its way.
  unlisted.add("Cp-Tt-01", 2024, 2, 12, MeetingKind::Regular, {"q1.csv", 6, 0});
  unlisted.add("CP-TT-x5", 2024, 1, 12, MeetingKind::Regular, {"q1.csv", 7, 0});
  unlisted.add("CP-XX-0", 2024, 1, 12, MeetingKind::Regular, {"q1.csv", 8, 0});  // near four
  const std::string same = "có phải là 'CP-TT-01' (chỉ khác chữ hoa, chữ thường)?";
  // Both spellings are offered CP-TT-01, each told of the other (both met
  // in February: renamed, one would clash).
  CHECK(summary(unlisted.judge(store, units)) ==
        Lines{"cp-tt-01 2 q1.csv:4 '" + same +
                  "; chi bộ đó đã có bản ghi sinh hoạt thường kỳ tháng 1/2024 (m.csv:2); "
                  "'CP-TT-01' cũng được gợi ý cho 'Cp-Tt-01', có bản ghi sinh hoạt cùng kỳ với "
                  "mã này (thường kỳ tháng 2/2024): chỉ một trong hai mã đó có thể là 'CP-TT-01''",
              "Cp-Tt-01 1 q1.csv:6 '" + same +
                  "; 'CP-TT-01' cũng được gợi ý cho 'cp-tt-01', có bản ghi sinh hoạt cùng kỳ với "
                  "mã này (thường kỳ tháng 2/2024): chỉ một trong hai mã đó có thể là 'CP-TT-01''",
              "CP-TT-x5 1 q1.csv:7 'có phải là 'CP-TT-05' hay 'CP-TT-15'?'",
              "CP-XX-0 1 q1.csv:8 ''"});
}

TEST_CASE("a record rejected for a fault of its own counts with its cell and is judged as one") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"CP-TT-01", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  CHECK(keep(*r, store, "CP-TT-01", "2024-02-10", "90") == "");
  UnlistedCells unlisted;
  // Its first record (a bad yes/no value) is of February, when CP-TT-01 met.
  CHECK(unlisted.add_faulty("CP-TT-07", days_from_civil({2024, 2, 3}), MeetingKind::Regular,
                            {"q1.csv", 2, 0}) == 0);
  CHECK(unlisted.add("CP-TT-07", 2024, 3, 5, MeetingKind::Regular, {"q1.csv", 3, 0}) == 0);
  // A cell whose every record had a fault of its own: named all the same.
  CHECK(unlisted.add_faulty("CP-TT-08", days_from_civil({2024, 3, 1}), MeetingKind::Thematic,
                            {"q1.csv", 4, 0}) == 1);
  CHECK(summary(unlisted.judge(store, units)) ==
        Lines{"CP-TT-07 2 (1 faulty) q1.csv:2 'mã gần giống 'CP-TT-01' nhưng chi bộ đó đã có bản "
              "ghi sinh hoạt thường kỳ tháng 2/2024 (m.csv:2)" +
                  kNewCell + "'",
              "CP-TT-08 1 (1 faulty) q1.csv:4 'có phải là 'CP-TT-01'?'"});
}

TEST_CASE("another committee's cells are not offered for a cell of a committee of its own") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"CP-TN-01", UnitType::Residential},
                            {"CP-DN-01", UnitType::Enterprise},
                            {"CP-TT-01", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  UnlistedCells unlisted;
  // Two slips from CP-TN-01 (the rule was a third of the length: 2).
  unlisted.add("CP-BP-01", 2024, 3, 5, MeetingKind::Regular, {"q1.csv", 2, 0});
  // One slip from CP-DN-01, but CP-DP names two cells the list lacks: a
  // base committee left out of the list, not a slip.
  unlisted.add("CP-DP-01", 2024, 3, 5, MeetingKind::Regular, {"q1.csv", 3, 0});
  unlisted.add("CP-DP-02", 2024, 3, 5, MeetingKind::Regular, {"q1.csv", 4, 0});
  // A committee of no other cell, one slip from CP-TT: a slip.
  unlisted.add("CP-TY-01", 2024, 3, 5, MeetingKind::Regular, {"q1.csv", 5, 0});
  // Written with O for 0 and a space: CP-TT-01 itself.
  unlisted.add("CP-TT-O1 ", 2024, 3, 5, MeetingKind::Regular, {"q1.csv", 6, 0});
  CHECK(summary(unlisted.judge(store, units)) ==
        Lines{"CP-BP-01 1 q1.csv:2 ''", "CP-DP-01 1 q1.csv:3 ''", "CP-DP-02 1 q1.csv:4 ''",
              "CP-TY-01 1 q1.csv:5 'có phải là 'CP-TN-01' hay 'CP-TT-01'?; 'CP-TT-01' cũng được "
              "gợi ý cho 'CP-TT-O1 ', có bản ghi sinh hoạt cùng kỳ với mã này (thường kỳ tháng "
              "3/2024): chỉ một trong hai mã đó có thể là 'CP-TT-01''",
              "CP-TT-O1  1 q1.csv:6 'có phải là 'CP-TT-01'?; 'CP-TT-01' cũng được gợi ý cho "
              "'CP-TY-01', có bản ghi sinh hoạt cùng kỳ với mã này (thường kỳ tháng 3/2024): chỉ "
              "một trong hai mã đó có thể là 'CP-TT-01''"});
}

// A free listed cell near several unlisted ones was offered to each as if to
// it alone: renamed as told, their meetings of one month clashed.
TEST_CASE("a listed cell offered to several unlisted cells is said so in each hint") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"CP-TT-01", UnitType::Residential},
                            {"CP-TT-09", UnitType::Residential},
                            {"CP-TT-12", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  CHECK(keep(*r, store, "CP-TT-01", "2024-01-10", "90") == "");
  UnlistedCells unlisted;
  // Each one slip from CP-TT-09 (O for 0 is no slip: the same id).
  // Each in a month of its own: each may be CP-TT-09, in its month.
  // (CP-TT-0 in January, when CP-TT-01, one slip away too, met.)
  unlisted.add("CP-TT-O9", 2024, 2, 10, MeetingKind::Regular, {"q1.csv", 2, 0});
  unlisted.add("CP-TT-90", 2024, 3, 12, MeetingKind::Regular, {"q1.csv", 3, 0});
  unlisted.add("CP-TT-9", 2024, 4, 14, MeetingKind::Regular, {"q1.csv", 4, 0});
  unlisted.add("CP-TT-099", 2024, 5, 15, MeetingKind::Regular, {"q1.csv", 5, 0});
  unlisted.add("CP-TT-0", 2024, 1, 16, MeetingKind::Regular, {"q1.csv", 6, 0});
  // Offered to it alone: no more said.
  unlisted.add("CP-TT-13", 2024, 1, 16, MeetingKind::Regular, {"q1.csv", 7, 0});
  CHECK(summary(unlisted.judge(store, units)) ==
        Lines{"CP-TT-O9 1 q1.csv:2 'có phải là 'CP-TT-09'?; 'CP-TT-09' cũng được gợi ý cho "
              "'CP-TT-90', 'CP-TT-9', 'CP-TT-099' và 1 mã khác'",
              "CP-TT-90 1 q1.csv:3 'có phải là 'CP-TT-09'?; 'CP-TT-09' cũng được gợi ý cho "
              "'CP-TT-O9', 'CP-TT-9', 'CP-TT-099' và 1 mã khác'",
              "CP-TT-9 1 q1.csv:4 'có phải là 'CP-TT-09'?; 'CP-TT-09' cũng được gợi ý cho "
              "'CP-TT-O9', 'CP-TT-90', 'CP-TT-099' và 1 mã khác'",
              "CP-TT-099 1 q1.csv:5 'có phải là 'CP-TT-09'?; 'CP-TT-09' cũng được gợi ý cho "
              "'CP-TT-O9', 'CP-TT-90', 'CP-TT-9' và 1 mã khác'",
              "CP-TT-0 1 q1.csv:6 'có phải là 'CP-TT-09'?; 'CP-TT-09' cũng được gợi ý cho "
              "'CP-TT-O9', 'CP-TT-90', 'CP-TT-9' và 1 mã khác'",
              "CP-TT-13 1 q1.csv:7 'có phải là 'CP-TT-12'?'"});
}

// Two ids hinted at one listed cell for one month: renamed both, one
// meeting of the month is kept; each hint said so of the listed cell alone.
TEST_CASE("a listed cell offered to several ids of one month says only one can be it") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"CP-TN-01", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  UnlistedCells unlisted;
  unlisted.add("CP-TN-1", 2024, 3, 5, MeetingKind::Regular, {"q1.csv", 2, 0});
  unlisted.add("CP-TN-01x", 2024, 3, 12, MeetingKind::Regular, {"q1.csv", 3, 0});
  unlisted.add("CP-TN-O1", 2024, 2, 6, MeetingKind::Regular, {"q1.csv", 4, 0});  // February
  unlisted.add("CP-TN-01x", 2024, 1, 9, MeetingKind::Thematic, {"q1.csv", 5, 0});
  unlisted.add("CP-TN-O1", 2024, 1, 9, MeetingKind::Thematic, {"q1.csv", 6, 0});
  CHECK(summary(unlisted.judge(store, units)) ==
        Lines{"CP-TN-1 1 q1.csv:2 'có phải là 'CP-TN-01'?; 'CP-TN-01' cũng được gợi ý cho "
              "'CP-TN-01x', 'CP-TN-O1'; 'CP-TN-01x' có bản ghi sinh hoạt cùng kỳ với mã này "
              "(thường kỳ tháng 3/2024): chỉ một trong hai mã đó có thể là 'CP-TN-01''",
              // Both others clash with it, the first in time on a thematic meeting's day.
              "CP-TN-01x 2 q1.csv:3 'có phải là 'CP-TN-01'?; 'CP-TN-01' cũng được gợi ý cho "
              "'CP-TN-1', 'CP-TN-O1', có bản ghi sinh hoạt cùng kỳ với mã này (chuyên đề ngày "
              "09/01/2024): chỉ một trong các mã đó có thể là 'CP-TN-01''",
              "CP-TN-O1 2 q1.csv:4 'có phải là 'CP-TN-01'?; 'CP-TN-01' cũng được gợi ý cho "
              "'CP-TN-1', 'CP-TN-01x'; 'CP-TN-01x' có bản ghi sinh hoạt cùng kỳ với mã này "
              "(chuyên đề ngày 09/01/2024): chỉ một trong hai mã đó có thể là 'CP-TN-01''"});
}

TEST_CASE("a units list is told wrong when most cells named are not in it") {
  CHECK(units_list_looks_wrong(1, 0));
  CHECK(units_list_looks_wrong(262894, 1));
  CHECK(units_list_looks_wrong(4000, 3999));
  CHECK_FALSE(units_list_looks_wrong(4000, 4000));
  CHECK_FALSE(units_list_looks_wrong(13, 17));  // a base committee left out
  CHECK_FALSE(units_list_looks_wrong(0, 0));
}
