#include "rank_rows.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "rollup_fixture.h"

using namespace chibo;
using namespace chibo::testing;

// A change in score from a previous period barely met is said to be one.
TEST_CASE("a ranked cell's notes add the previous period's missing months") {
  auto zero = compile_text(points_ruleset("  missing_month: zero\n  quarter: {by: mean}\n"));
  REQUIRE(zero);
  RankedCell c;
  c.now.counted = 1;  // a month held (a cell with none is not graded: its own note)
  c.previous_missing.add(2);
  CHECK(ranked_cell_notes(*zero, c) == "");  // no previous rank: nothing compared
  c.previous_rank = 3;
  CHECK(ranked_cell_notes(*zero, c) == "kỳ trước thiếu tháng 2");
  c.previous_missing.add(3);
  c.now.missing_months.add(5);
  CHECK(ranked_cell_notes(*zero, c) == "thiếu tháng 5 (tính 0 điểm); kỳ trước thiếu tháng 2, 3");
}

TEST_CASE("a cell's notes: missing months by the ruleset's policy, rejected ones, thematic") {
  CellPeriod c;
  c.counted = 1;  // a month held (a cell with none is not graded: its own note)
  auto zero = compile_text(points_ruleset("  missing_month: zero\n  quarter: {by: mean}\n"));
  REQUIRE(zero);
  CHECK(cell_notes(*zero, c) == "");
  c.missing_months.add(2);
  c.missing_months.add(3);
  CHECK(cell_notes(*zero, c) == "thiếu tháng 2, 3 (tính 0 điểm)");
  // A month whose record was rejected: mended by correcting the record.
  c.rejected_missing_months.add(3);
  CHECK(cell_notes(*zero, c) == "thiếu tháng 2, 3 (tính 0 điểm; tháng 3 có bản ghi nhưng bị loại)");
  // A month with a thematic meeting alone (none of the rejected ones): said after them.
  c.thematic_only_months.add(2);
  CHECK(cell_notes(*zero, c) ==
        "thiếu tháng 2, 3 (tính 0 điểm; tháng 3 có bản ghi nhưng bị loại; tháng 2 chỉ có sinh hoạt "
        "chuyên đề)");
  c.thematic_only_months = {};
  c.rejected_missing_months.add(2);
  auto exclude = compile_text(points_ruleset("  missing_month: exclude\n  quarter: {by: mean}\n"));
  REQUIRE(exclude);
  CHECK(cell_notes(*exclude, c) ==
        "thiếu tháng 2, 3 (không tính vào điểm bình quân; tháng 2, 3 có bản ghi nhưng bị loại)");
  auto lowest =
      compile_text(points_ruleset("  missing_month: lowest_grade\n  quarter: {by: mean}\n"));
  REQUIRE(lowest);
  c.quarters_short_of_thematic.add(1);
  // The months' note, then the quarter's.
  const std::string months =
      "thiếu tháng 2, 3 (tính xếp loại thấp nhất; tháng 2, 3 có bản ghi nhưng bị loại); ";
  CHECK(cell_notes(*lowest, c) == months + "quý I thiếu sinh hoạt chuyên đề");
  // A grade capped for the missing thematic meeting says its cap.
  c.grade = 1;
  c.grade_before_cap = 0;
  CHECK(cell_notes(*lowest, c) == months + "quý I thiếu sinh hoạt chuyên đề (xếp loại tối đa Khá)");
  // Its thematic record rejected: said, before the cap.
  c.rejected_short_quarters.add(1);
  CHECK(cell_notes(*lowest, c) ==
        months + "quý I thiếu sinh hoạt chuyên đề (có bản ghi nhưng bị loại; xếp loại tối đa Khá)");
  c.grade = 0;
  CHECK(cell_notes(*lowest, c) ==
        months + "quý I thiếu sinh hoạt chuyên đề (có bản ghi nhưng bị loại)");
}

// A year graded by counting months, worse than its mean reaches: why.
TEST_CASE("a cell's notes say what a grade by counted months lacks, when its mean reaches more") {
  auto r =
      compile_text(points_ruleset("  missing_month: zero\n  quarter:\n    by: count\n"
                                  "    rules: [{grade: tot, at_least: {tot: 3}}]\n"
                                  "    otherwise: kha\n"));
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  quarter(*r, store, "A", 2024, 1, {"100", "100", "89"});  // mean 96,33: Tốt by points
  const CellPeriod c = roll_up(*r, units, 1, store, {2024, 1});
  REQUIRE(c.grade == 1);
  CHECK(cell_notes(*r, c) == "xếp loại theo số tháng: Tốt cần ít nhất 3 tháng Tốt, có 2");
  // Where the mean reaches no better grade, nothing is said.
  MeetingStore low(*r, units, {});
  quarter(*r, low, "A", 2024, 1, {"80", "80", "80"});
  CHECK(cell_notes(*r, roll_up(*r, units, 1, low, {2024, 1})) == "");
}

// Better than its mean reaches (89,83 Tốt, Tốt from 90): the months that gave it.
TEST_CASE("a cell's notes say what gave a grade by counted months, when its mean reaches less") {
  auto r = compile_text(
      points_ruleset("  missing_month: zero\n  quarter:\n    by: count\n"
                     "    rules: [{grade: tot, at_least: {tot: 2}}]\n    otherwise: kha\n"));
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  quarter(*r, store, "A", 2024, 1, {"90", "90", "80"});  // mean 86,67: Khá by points
  const CellPeriod c = roll_up(*r, units, 1, store, {2024, 1});
  REQUIRE(c.grade == 0);
  CHECK(cell_notes(*r, c) == "xếp loại theo số tháng: Tốt vì có 2 tháng Tốt (cần ít nhất 2)");
}

// 89,9965 is shown 90,00 (two decimals, half up) but is Khá, Tốt being from
// 90: said, with the score cut short, never rounded up to 90 again.
TEST_CASE("a cell's notes say the exact score when its rounding reaches a better grade") {
  auto r = compile_text(points_ruleset("  missing_month: zero\n  quarter: {by: mean}\n"));
  REQUIRE(r);
  CellPeriod c;
  c.counted = 3;
  c.score = *Rational::make(899965, 10000);
  c.grade = c.grade_before_cap = 1;  // kha
  CHECK(cell_notes(*r, c) == "điểm chưa làm tròn 89,9965 dưới 90 điểm của mức Tốt");
  c.score = *Rational::make(8999999999, 100000000);  // cut to six decimals, still below 90
  CHECK(cell_notes(*r, c) == "điểm chưa làm tròn 89,999999 dưới 90 điểm của mức Tốt");
  c.score = *Rational::make(89994, 1000);  // shown 89,99: no note
  CHECK(cell_notes(*r, c) == "");
  // Lowered by a count rule or the thematic cap, not by its score: no note.
  c.score = *Rational::make(899965, 10000);
  c.grade_before_cap = 2;
  c.grade = 2;
  CHECK(cell_notes(*r, c) == "");
}

// Two cells shown at 97,57 ranked 11 and 13 read as a wrong rank: the table
// says how cells are ordered, key by key, from the ruleset's tie_break.
TEST_CASE("the ranking's order is said from the ruleset's tie-break keys") {
  const std::string rollup = "  quarter: {by: mean}\n";
  auto plain = compile_text(points_ruleset(rollup));
  REQUIRE(plain);
  CHECK(ranking_order_note(*plain) ==
        "Thứ tự xếp hạng: chi bộ có điểm cao hơn (so điểm chưa làm tròn: hai chi bộ cùng điểm "
        "hiển thị có thể khác hạng) xếp trên; bằng nhau ở mọi mục thì cùng hạng.");
  auto keys = compile_text(points_ruleset(
      rollup,
      "ranking:\n  tie_break: [total, \"count:tot\", \"count:kha\", worst_month, best_month, "
      "\"mean:att\"]\n"));
  REQUIRE(keys);
  CHECK(ranking_order_note(*keys) ==
        "Thứ tự xếp hạng: chi bộ có điểm cao hơn (so điểm chưa làm tròn: hai chi bộ cùng điểm "
        "hiển thị có thể khác hạng) xếp trên; nếu bằng nhau thì xét lần lượt: nhiều tháng đạt "
        "Tốt hơn, nhiều tháng đạt Khá trở lên hơn, điểm tháng thấp nhất cao hơn, điểm tháng cao "
        "nhất cao hơn, tỷ lệ dự bình quân cao hơn; bằng nhau ở mọi mục thì cùng hạng.");
  // The grade first (Phú Thọ's); a list that starts with neither is ranked
  // by the total first, as rank_keys does.
  auto grade = compile_text(points_ruleset(rollup, "ranking:\n  tie_break: [grade, total]\n"));
  REQUIRE(grade);
  CHECK(ranking_order_note(*grade) ==
        "Thứ tự xếp hạng: chi bộ có xếp loại cao hơn xếp trên; nếu bằng nhau thì xét lần lượt: "
        "điểm cao hơn (so điểm chưa làm tròn: hai chi bộ cùng điểm hiển thị có thể khác hạng); "
        "bằng nhau ở mọi mục thì cùng hạng.");
  auto worst = compile_text(points_ruleset(rollup, "ranking:\n  tie_break: [worst_month]\n"));
  REQUIRE(worst);
  CHECK(ranking_order_note(*worst) ==
        "Thứ tự xếp hạng: chi bộ có điểm cao hơn (so điểm chưa làm tròn: hai chi bộ cùng điểm "
        "hiển thị có thể khác hạng) xếp trên; nếu bằng nhau thì xét lần lượt: điểm tháng thấp "
        "nhất cao hơn; bằng nhau ở mọi mục thì cùng hạng.");
}

// Ranked within base organisations, a base cell (chi bộ cơ sở) is first of
// one: its "1" read as the best of a group, the district's last cell's too.
TEST_CASE("the rank within the group is headed by its kind, a base cell alone in its own is '-'") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}});
  units.units.push_back(
      {"CS", "Chi bộ cơ sở", UnitLevel::BaseCell, UnitType::Enterprise, "CS", 20, {}});
  Ranking ranking;
  ranking.period = Period{2024, 1};
  ranking.group_by = GroupBy::Parent;
  const std::int16_t held = 1;  // graded cells, each with a month held
  RankedCell a;
  a.now.unit = &units.units[1];
  a.now.base = &units.units[0];
  a.now.counted = held;
  a.rank = 1;
  a.group_rank = 1;
  RankedCell base_cell;
  base_cell.now.unit = &units.units[2];
  base_cell.now.base = &units.units[2];
  base_cell.now.counted = held;
  base_cell.rank = 2;
  base_cell.group_rank = 1;
  ranking.cells.push_back(a);
  ranking.cells.push_back(base_cell);
  NumberText number = [](Rational v) { return std::to_string(v.num()); };
  Rows rows = ranking_rows(*r, ranking, number, false);
  CHECK(rows[0][1] == "Hạng trong đảng bộ cơ sở");
  CHECK(rows[1][1] == "1");
  CHECK(rows[2][1] == "-");
  // The csv keeps its number (stable for machines).
  Rows machine = ranking_rows(*r, ranking, number, true);
  CHECK(machine[0][1] == "group_rank");
  CHECK(machine[2][1] == "1");
  ranking.group_by = GroupBy::Type;
  rows = ranking_rows(*r, ranking, number, false);
  CHECK(rows[0][1] == "Hạng trong loại hình");
  CHECK(rows[2][1] == "1");
}

// Two base committees of one name (two districts' "Đảng bộ xã Một" in one
// list) showed as the same in people's rows and in the summary by base.
TEST_CASE("a base organisation's name two bases share is shown with its id") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}, {"B", UnitType::Residential}});
  units.units.push_back(
      {"DB2", "Đảng bộ xã Một", UnitLevel::BaseCommittee, UnitType::Residential, "", 0, {}});
  units.units.push_back(
      {"DB3", "Đảng bộ xã Ba", UnitLevel::BaseCommittee, UnitType::Residential, "", 0, {}});
  units.units.push_back({"C", "Chi bộ C", UnitLevel::Cell, UnitType::Residential, "DB2", 20, {}});
  units.units.push_back({"D", "Chi bộ D", UnitLevel::Cell, UnitType::Residential, "DB3", 20, {}});
  Ranking ranking;
  ranking.period = Period{2024, 1};
  const std::pair<std::size_t, std::size_t> cells[] = {{1, 0}, {2, 0}, {5, 3}, {6, 4}};
  int rank = 0;
  for (const auto& [cell, base] : cells) {
    RankedCell c;
    c.now.unit = &units.units[cell];
    c.now.base = &units.units[base];
    c.now.counted = 1;
    c.rank = ++rank;
    ranking.cells.push_back(c);
  }
  NumberText number = [](Rational v) { return std::to_string(v.num()); };
  Rows rows = ranking_rows(*r, ranking, number, false);
  REQUIRE(rows.size() == 5);
  CHECK(rows[0][4] == "Đảng bộ cơ sở");
  CHECK(rows[1][4] == "Đảng bộ xã Một (DB1)");
  CHECK(rows[2][4] == "Đảng bộ xã Một (DB1)");
  CHECK(rows[3][4] == "Đảng bộ xã Một (DB2)");
  CHECK(rows[4][4] == "Đảng bộ xã Ba");  // no other of its name: as it is
  // The CSV names the parent by its id alone, as before.
  Rows machine = ranking_rows(*r, ranking, number, true);
  CHECK(machine[3][4] == "DB2");
  DistrictSummary summary;
  summary.by_base = {{&units.units[0], {}}, {&units.units[3], {}}, {&units.units[4], {}}};
  for (auto& entry : summary.by_base)
    entry.second.per_grade.assign(4, 0);  // the ruleset's four grades
  Rows by_base = group_rows(*r, summary, false);
  REQUIRE(by_base.size() == 4);
  CHECK(by_base[1][0] == "Đảng bộ xã Một (DB1)");
  CHECK(by_base[2][0] == "Đảng bộ xã Một (DB2)");
  CHECK(by_base[3][0] == "Đảng bộ xã Ba");
}

// Two thematic meetings a quarter asked for, one held: the note said only
// "thiếu sinh hoạt chuyên đề", read as none held. How many of how many.
TEST_CASE("a quarter short of two thematic meetings says how many it had") {
  auto r = compile_text(points_ruleset("  thematic_per_quarter: 2\n  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}, {"B", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  quarter(*r, store, "A", 2024, 1, {"90", "90", "90"});
  REQUIRE(keep(*r, store, "A", "2024-02-20", "100", "thematic") == "");
  quarter(*r, store, "B", 2024, 1, {"90", "90", "90"});
  const CellPeriod a = roll_up(*r, units, 1, store, {2024, 1});
  CHECK(a.thematic_in_quarter[0] == 1);
  CHECK(cell_notes(*r, a) == "quý I thiếu sinh hoạt chuyên đề (có 1/2 cuộc)");
  const CellPeriod b = roll_up(*r, units, 2, store, {2024, 1});
  CHECK(cell_notes(*r, b) == "quý I thiếu sinh hoạt chuyên đề (có 0/2 cuộc)");
  // One asked for: none held is all it can be, as before.
  auto one = compile_text(points_ruleset("  thematic_per_quarter: 1\n  quarter: {by: mean}\n"));
  REQUIRE(one);
  CHECK(cell_notes(*one, b) == "quý I thiếu sinh hoạt chuyên đề");
  // With the rest of what is said of the quarter.
  CellPeriod c = a;
  c.rejected_short_quarters.add(1);
  c.grade = 1;
  c.grade_before_cap = 0;
  CHECK(cell_notes(*r, c) ==
        "quý I thiếu sinh hoạt chuyên đề (có 1/2 cuộc; có bản ghi nhưng bị loại; xếp loại tối đa "
        "Khá)");
}

// The CSV takes a ranking's rows a field at a time (RowFields), the tables as
// rows of strings: the same fields either way, for people and machines, with
// a previous period, grouped or not.
TEST_CASE("a ranking's rows a field at a time are its rows") {
  auto d = district("", {{"A", UnitType::Residential},
                         {"B", UnitType::School},
                         {"C", UnitType::Residential},
                         {"D", UnitType::Enterprise}});
  quarter(*d.r, *d.store, "A", 2023, 4, {"90", "90", "90"});
  quarter(*d.r, *d.store, "B", 2023, 4, {"80", "85", "70"});
  quarter(*d.r, *d.store, "A", 2024, 1, {"90", "95", "90"});
  quarter(*d.r, *d.store, "B", 2024, 1, {"85", "85", "85"});
  REQUIRE(keep(*d.r, *d.store, "C", "2024-02-10", "60") == "");
  class Joined final : public RowFields {
   public:
    void field(std::string_view text) override { row.emplace_back(text); }
    void end_row() override { rows.push_back(std::move(row)); }
    std::vector<std::string> row;
    Rows rows;
  };
  for (const GroupBy by : {GroupBy::None, GroupBy::Type, GroupBy::Parent}) {
    const Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2024, 1}, by);
    REQUIRE(ranking.has_previous);
    for (const bool machine : {false, true}) {
      CAPTURE(static_cast<int>(by), machine);
      NumberText number = [](Rational v) { return v.to_string(); };
      const Rows rows = ranking_rows(*d.r, ranking, number, machine);
      Joined joined;
      for_each_ranking_row(*d.r, ranking, number, machine, 0, ranking.cells.size(), joined);
      REQUIRE(rows.size() == ranking.cells.size() + 1);  // and the header
      CHECK(Rows(rows.begin() + 1, rows.end()) == joined.rows);
      CHECK(joined.row.empty());
    }
  }
}
