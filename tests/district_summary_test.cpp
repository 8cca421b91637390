#include "chibo/district_summary.h"

#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <sstream>

#include "chibo/rank_writer.h"
#include "date.h"
#include "rollup_fixture.h"

using namespace chibo;
using namespace chibo::testing;

TEST_CASE("the district summary counts grades overall, by type and by base organisation") {
  auto d = district(
      "", {{"A", UnitType::Residential}, {"B", UnitType::Residential}, {"C", UnitType::Agency}});
  quarter(*d.r, *d.store, "A", 2024, 1, {"95", "95", "95"});
  quarter(*d.r, *d.store, "B", 2024, 1, {"80", "", "80"});
  quarter(*d.r, *d.store, "C", 2024, 1, {"92", "92", "92"});
  Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::None);
  DistrictSummary s = summarize(ranking, d.units, 4);
  CHECK(s.all.per_grade == std::vector<int>{2, 0, 1, 0});  // B: (80+0+80)/3 = 53.33
  CHECK(s.all.cells == 3);
  CHECK(s.cells_with_missing_months == 1);
  REQUIRE(s.by_type.size() == 2);
  CHECK(s.by_type[0].second.per_grade == std::vector<int>{1, 0, 1, 0});
  REQUIRE(s.by_base.size() == 1);
  CHECK(s.by_base[0].first->id == "DB1");
  CHECK(s.by_base[0].second.cells == 3);
}

TEST_CASE("the summary counts the list's units left out for their faults, each id once") {
  auto d = district("", {{"A", UnitType::Residential}});
  quarter(*d.r, *d.store, "A", 2024, 1, {"95", "95", "95"});
  Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::None);
  CHECK(summarize(ranking, d.units, 4).units_left_out == 0);
  // X's two broken rows are one unit; a broken second row of the listed A is none.
  d.units.left_out = {{"A", 9}, {"X", 4}, {"X", 7}, {"Y", 5}};
  DistrictSummary s = summarize(ranking, d.units, 4);
  CHECK(s.units_left_out == 2);
  std::ostringstream out;
  write_ranking(out, RankFormat::Table, *d.r, ranking, s);
  CHECK(out.str().find("Tổng hợp quý I/2024: 1 chi bộ; không chi bộ nào thiếu tháng sinh hoạt; 2 "
                       "đơn vị của danh sách bị loại vì lỗi trong danh sách, không có trong bảng "
                       "này\n") != std::string::npos);
}

TEST_CASE("shares in the summary obey the ruleset's rounding: 8/26 is 30,77% or 30,76%") {
  std::vector<std::pair<std::string, UnitType>> cells;
  for (int i = 0; i < 26; ++i) {
    cells.emplace_back(fmt::format("C{:02}", i), UnitType::Residential);
  }
  for (const char* rounding : {"half_up", "truncate"}) {
    auto d = district(fmt::format("presentation: {{rounding: {}}}\n", rounding), cells);
    for (int i = 0; i < 26; ++i) {
      std::string p = i < 8 ? "95" : "80";
      quarter(*d.r, *d.store, cells[static_cast<std::size_t>(i)].first, 2024, 1, {p, p, p});
    }
    Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::None);
    DistrictSummary s = summarize(ranking, d.units, 4);
    std::ostringstream out;
    write_ranking(out, RankFormat::Markdown, *d.r, ranking, s);
    INFO(rounding);
    std::string want = std::string("| Tốt | 8/26 | ") +
                       (std::string(rounding) == "half_up" ? "30,77%" : "30,76%") + " |";
    CHECK(out.str().find(want) != std::string::npos);
    CHECK(out.str().find("| Khá | 18/26 | 69,23% |") != std::string::npos);  // 69,2307...
  }
}

TEST_CASE("the summary lists each base organisation with its own cells, in file order") {
  // Two base committees and a base cell (its own base organisation).
  auto d = district("", {{"A", UnitType::Residential}, {"B", UnitType::School}});
  d.units.units.push_back(
      {"DB2", "Đảng bộ xã Hai", UnitLevel::BaseCommittee, UnitType::Residential, "", 0, 0});
  d.units.units.push_back({"C", "Chi bộ C", UnitLevel::Cell, UnitType::Agency, "DB2", 20, 0});
  d.units.units.push_back(
      {"CS", "Chi bộ cơ sở CS", UnitLevel::BaseCell, UnitType::Enterprise, "CS", 15, 0});
  d.units.units.push_back({"DB3", "Đảng bộ xã Ba (không có chi bộ)", UnitLevel::BaseCommittee,
                           UnitType::Residential, "", 0, 0});
  d.units.index.build(d.units.units);
  d.store = std::make_unique<MeetingStore>(*d.r, d.units, rank_value_slots(rank_keys(*d.r)));
  quarter(*d.r, *d.store, "A", 2024, 1, {"95", "95", "95"});  // Tốt
  quarter(*d.r, *d.store, "B", 2024, 1, {"75", "75", "75"});  // Khá
  quarter(*d.r, *d.store, "C", 2024, 1, {"60", "60", "60"});  // Trung bình
  quarter(*d.r, *d.store, "CS", 2024, 1, {"91", "", "95"});   // 62: Trung bình, a month missing
  Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::None);
  DistrictSummary s = summarize(ranking, d.units, 4);
  CHECK(s.all.per_grade == std::vector<int>{1, 1, 2, 0});
  CHECK(s.all.cells == 4);
  CHECK(s.cells_with_missing_months == 1);
  REQUIRE(s.by_type.size() == 4);  // in the fixed order of the types, those present
  CHECK(s.by_type[0].first == UnitType::Residential);
  CHECK(s.by_type[0].second.per_grade == std::vector<int>{1, 0, 0, 0});
  CHECK(s.by_type[1].first == UnitType::Agency);
  CHECK(s.by_type[2].first == UnitType::School);
  CHECK(s.by_type[2].second.per_grade == std::vector<int>{0, 1, 0, 0});
  CHECK(s.by_type[3].first == UnitType::Enterprise);
  REQUIRE(s.by_base.size() == 3);  // DB3 has no cells: not listed
  CHECK(s.by_base[0].first->id == "DB1");
  CHECK(s.by_base[0].second.per_grade == std::vector<int>{1, 1, 0, 0});
  CHECK(s.by_base[1].first->id == "DB2");
  CHECK(s.by_base[1].second.per_grade == std::vector<int>{0, 0, 1, 0});
  CHECK(s.by_base[2].first->id == "CS");
  CHECK(s.by_base[2].second.cells == 1);
}

// No cells (a units list of base organisations only): every count is zero,
// and the empty membership matrix is read past nothing (AddressSanitizer).
TEST_CASE("the summary of a ranking without cells counts nothing") {
  auto d = district("", {{"A", UnitType::Residential}});
  Ranking ranking;
  DistrictSummary s = summarize(ranking, d.units, 4);
  CHECK(s.all.per_grade == std::vector<int>{0, 0, 0, 0});
  CHECK(s.all.cells == 0);
  CHECK(s.by_type.empty());
  CHECK(s.by_base.empty());
  CHECK(s.cells_with_missing_months == 0);
  CHECK(s.cells_with_rejected_months == 0);
}

// Of the cells missing a month, those missing one its rejected record would
// have filled are counted apart: a rejected thematic record, or one of a
// month the cell met in anyway, leaves none missing.
TEST_CASE("the summary counts the cells missing a month a record was rejected for") {
  auto d = district("", {{"A", UnitType::Residential},
                         {"B", UnitType::Residential},
                         {"C", UnitType::Residential},
                         {"D", UnitType::Agency},
                         {"E", UnitType::Agency}});
  quarter(*d.r, *d.store, "A", 2024, 1, {"95", "", "95"});  // February rejected
  quarter(*d.r, *d.store, "B", 2024, 1, {"", "", "80"});    // January rejected, February not
  quarter(*d.r, *d.store, "C", 2024, 1, {"80", "", "80"});  // none rejected
  quarter(*d.r, *d.store, "D", 2024, 1, {"92", "92", "92"});
  quarter(*d.r, *d.store, "E", 2024, 1, {"92", "92", "92"});
  d.store->note_rejected("A", days_from_civil({2024, 2, 5}), MeetingKind::Regular);
  d.store->note_rejected("B", days_from_civil({2024, 1, 5}), MeetingKind::Regular);
  d.store->note_rejected("D", days_from_civil({2024, 1, 20}), MeetingKind::Regular);  // met
  d.store->note_rejected("E", days_from_civil({2024, 2, 5}), MeetingKind::Thematic);
  Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::None);
  DistrictSummary s = summarize(ranking, d.units, 4);
  CHECK(s.cells_with_missing_months == 3);
  CHECK(s.cells_with_rejected_months == 2);
  // Said in the totals after the ranking; with none rejected, as before.
  std::ostringstream out;
  write_ranking(out, RankFormat::Table, *d.r, ranking, s);
  // The ruleset asks for no thematic meeting: none counted as missing one
  // (it said "0 chi bộ thiếu sinh hoạt chuyên đề", a check never made).
  CHECK(out.str().find("5 chi bộ; 3 chi bộ thiếu tháng sinh hoạt (trong đó 2 chi bộ thiếu tháng "
                       "do bản ghi bị loại)\n") != std::string::npos);
  s.cells_with_rejected_months = 0;
  out.str("");
  write_ranking(out, RankFormat::Markdown, *d.r, ranking, s);
  CHECK(out.str().find("5 chi bộ; 3 chi bộ thiếu tháng sinh hoạt\n") != std::string::npos);
}

// A month no cell met in, while others were met: its records likely left
// out of the files, every cell graded down for it with no word of it.
TEST_CASE("months_no_cell_met names the months of the period no cell has a meeting of") {
  auto d = district("", {{"A", UnitType::Residential}, {"B", UnitType::Agency}});
  quarter(*d.r, *d.store, "A", 2024, 1, {"95", "", "95"});
  quarter(*d.r, *d.store, "B", 2024, 1, {"80", "", ""});
  Ranking q1 = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::None);
  CHECK(months_no_cell_met(q1) == std::vector<int>{2});
  // The year: February, and the three quarters without a record.
  Ranking year = rank_cells(*d.r, d.units, *d.store, {2024, 0}, GroupBy::None);
  CHECK(months_no_cell_met(year) == std::vector<int>{2, 4, 5, 6, 7, 8, 9, 10, 11, 12});
  // A period with no meeting at all is said on its own; every month met, nothing.
  Ranking q2 = rank_cells(*d.r, d.units, *d.store, {2024, 2}, GroupBy::None);
  CHECK(months_no_cell_met(q2).empty());
  quarter(*d.r, *d.store, "B", 2024, 1, {"", "80", ""});
  Ranking full = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::None);
  CHECK(months_no_cell_met(full).empty());
}

TEST_CASE("months_no_cell_met says nothing of a district of one cell") {
  auto d = district("", {{"A", UnitType::Residential}});
  quarter(*d.r, *d.store, "A", 2024, 1, {"95", "", "95"});
  Ranking q1 = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::None);
  CHECK(months_no_cell_met(q1).empty());
}
