#include "chibo/rank_writer.h"

#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "chibo/district_summary.h"
#include "chibo/score_writer.h"
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
