#include "chibo/rank_writer.h"

#include <algorithm>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "chibo/district_summary.h"
#include "chibo/number_format.h"
#include "chibo/score_writer.h"
#include "date.h"
#include "rank_rows.h"
#include "rollup_fixture.h"

using namespace chibo;
using namespace chibo::testing;

// A ranking of 20,000 cells or more is written as CSV on two threads, runs of
// 2,048 rows made two at a time: the same bytes as its header and rows one
// after another, each row once.
TEST_CASE("a long ranking's CSV is its rows in order, its runs made on two threads") {
  // Past kWriteApart: 12 runs and one of 425 rows alone at the end; 11 runs
  // and a pair whose second run has 100 rows.
  const int kCells = GENERATE(25001, 2048 * 11 + 100);
  CAPTURE(kCells);
  std::vector<std::pair<std::string, UnitType>> cells;
  for (int i = 0; i < kCells; ++i) {
    cells.emplace_back("C" + std::to_string(i), static_cast<UnitType>(i % 6));
  }
  auto d = district("", cells);
  std::mt19937 random(11);
  for (int i = 0; i < kCells; ++i) {
    const std::string id = "C" + std::to_string(i);
    for (const char* date : {"2023-12-10", "2024-01-10", "2024-02-10", "2024-03-10"}) {
      if (random() % 5 == 0) continue;
      REQUIRE(keep(*d.r, *d.store, id, date, std::to_string(40 + random() % 61)) == "");
    }
  }
  const Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::None);
  REQUIRE(ranking.has_previous);
  const DistrictSummary summary = summarize(ranking, d.units, ruleset_of(*d.r).grades.size());

  std::string expected;
  for_each_ranking_row(
      *d.r, ranking, [&](Rational v) { return machine_number(*d.r, v); }, true,
      [&](std::vector<std::string>& row) { append_csv_line(expected, row); });
  std::ostringstream out;
  write_ranking(out, RankFormat::Csv, *d.r, ranking, summary);
  const std::string written = out.str();
  CHECK(written.size() == expected.size());
  CHECK(written == expected);
  std::size_t lines = 0;
  for (char c : written) lines += c == '\n' ? 1 : 0;
  CHECK(lines == static_cast<std::size_t>(kCells) + 1);
  CHECK(written.rfind("rank,cell_id,", 0) == 0);
}

// A score that did not change has no sign but keeps its decimals, as every
// score is shown ("0,00" beside "+5,00"); a rank that did not move is "0".
TEST_CASE("an unchanged score is 0,00 and an unmoved rank 0") {
  auto d = district("presentation: {decimals: 2, decimal_separator: ',', trim_zeros: no}\n",
                    {{"A", UnitType::Residential}, {"B", UnitType::Residential}});
  quarter(*d.r, *d.store, "A", 2023, 4, {"90", "90", "90"});
  quarter(*d.r, *d.store, "B", 2023, 4, {"80", "80", "80"});
  quarter(*d.r, *d.store, "A", 2024, 1, {"90", "90", "90"});
  quarter(*d.r, *d.store, "B", 2024, 1, {"85", "85", "85"});
  const Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::None);
  REQUIRE(ranking.has_previous);
  for (const bool machine : {false, true}) {
    CAPTURE(machine);
    const Rows rows = ranking_rows(
        *d.r, ranking,
        [&](Rational v) {
          return machine ? machine_number(*d.r, v)
                         : format_number(v, ruleset_of(*d.r).presentation);
        },
        machine);
    REQUIRE(rows.size() == 3);
    auto column = [&](const std::string& name) {
      const auto& header = rows[0];
      return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) -
                                      header.begin());
    };
    const std::string score = machine ? "score_change" : "Thay đổi điểm";
    const std::string rank = machine ? "rank_change" : "Thay đổi hạng";
    REQUIRE(column(score) < rows[0].size());
    CHECK(rows[1][column(score)] == (machine ? "0.00" : "0,00"));  // A: 90 then 90
    CHECK(rows[1][column(rank)] == "0");
    CHECK(rows[2][column(score)] == (machine ? "+5.00" : "+5,00"));  // B: 80 then 85
    CHECK(rows[2][column(rank)] == "0");
  }
}

// A cell with no month of the period to grade it by (it met only on a day
// before the ruleset's force) showed 0,00 Kém "0/0", ranked and counted Kém
// with the cells that missed their meeting: now not graded, ranked after the
// others, in no grade's count, said in its notes and in the totals.
TEST_CASE("a cell with no month to grade it by is neither graded, ranked nor counted") {
  District d;
  std::string text = points_ruleset("  quarter: {by: mean}\n");
  text.replace(text.find("2019-01-01"), 10, "2019-03-15");  // of 2019-Q1, March alone in force
  d.r = compile_text(text);
  REQUIRE(d.r);
  d.units = make_units(
      {{"A", UnitType::Residential}, {"B", UnitType::Agency}, {"C", UnitType::Residential}});
  d.store = std::make_unique<MeetingStore>(*d.r, d.units, rank_value_slots(rank_keys(*d.r)));
  REQUIRE(keep(*d.r, *d.store, "A", "2019-03-20", "90") == "");
  d.store->note_rejected("B", days_from_civil({2019, 3, 10}),
                         MeetingKind::Regular);  // before force
  // C: no meeting in March, missing (graded Kém, as ever).
  const Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2019, 1}, GroupBy::Type);
  REQUIRE(ranking.cells.size() == 3);
  CHECK(ranking.cells[2].now.unit->id == "B");
  CHECK_FALSE(ranking.cells[2].now.graded());
  CHECK(ranking.cells[2].rank == 0);
  CHECK(ranking.cells[1].rank == 2);  // C
  const DistrictSummary summary = summarize(ranking, d.units, ruleset_of(*d.r).grades.size());
  CHECK(summary.all.cells == 2);
  CHECK(summary.cells_not_graded == 1);
  CHECK(summary.by_type.size() == 1);  // the agency's only cell is in no count

  const std::string notes =
      "chưa xếp loại, không xếp hạng: không có tháng nào để tính; tháng 3 họp ngoài thời gian "
      "hiệu lực của bộ tiêu chí (từ 15/03/2019): không tính, không coi là thiếu";
  const Rows people = ranking_rows(
      *d.r, ranking, [&](Rational v) { return format_number(v, ruleset_of(*d.r).presentation); },
      false);
  CHECK(people[3] == std::vector<std::string>{"-", "-", "B", "Chi bộ B", "Cơ quan hành chính",
                                              "Đảng bộ xã Một", "-", "Chưa xếp loại", "-", notes});
  const Rows machine = ranking_rows(
      *d.r, ranking, [&](Rational v) { return machine_number(*d.r, v); }, true);
  CHECK(machine[3] == std::vector<std::string>{"", "", "B", "Chi bộ B", "agency", "DB1", "", "",
                                               "0", "", "", "", "", "", ""});
  std::ostringstream json;
  write_ranking(json, RankFormat::Json, *d.r, ranking, summary);
  INFO(json.str());
  CHECK(json.str().find(
            "{\"rank\": null, \"cell_id\": \"B\", \"name\": \"Chi bộ B\", "
            "\"type\": \"agency\", \"parent\": \"DB1\", \"score\": null, \"grade\": null, "
            "\"months_counted\": 0, ") != std::string::npos);
  CHECK(json.str().find("\"group_rank\": null}") != std::string::npos);
  CHECK(json.str().find("\"cells_not_graded\": 1,") != std::string::npos);
  std::ostringstream table;
  write_ranking(table, RankFormat::Table, *d.r, ranking, summary);
  CHECK(table.str().find("\nTổng hợp quý I/2019: 2 chi bộ được xếp loại; 1 chi bộ chưa xếp loại "
                         "(không có tháng nào để tính, không tính vào số chi bộ theo xếp loại); 1 "
                         "chi bộ thiếu tháng sinh hoạt\n") != std::string::npos);
}

// A period none of whose months is in force: no cell graded, and why.
TEST_CASE("a period wholly out of force grades no cell, its notes say why") {
  auto d = district("", {{"A", UnitType::Residential}});
  const Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2018, 4}, GroupBy::None);
  REQUIRE(ranking.cells.size() == 1);
  CHECK(ranking.cells[0].rank == 0);
  CHECK(cell_notes(*d.r, ranking.cells[0].now) ==
        "chưa xếp loại, không xếp hạng: không có tháng nào để tính (mọi tháng của kỳ đều ngoài "
        "thời gian hiệu lực của bộ tiêu chí, từ 01/01/2019)");
  const DistrictSummary summary = summarize(ranking, d.units, ruleset_of(*d.r).grades.size());
  CHECK(summary.all.cells == 0);
  CHECK(summary.cells_not_graded == 1);
}
