#include "chibo/ranking.h"

#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <sstream>

#include "chibo/district_summary.h"
#include "chibo/rank_writer.h"
#include "rollup_fixture.h"

using namespace chibo;
using namespace chibo::testing;

namespace {

struct District {
  std::shared_ptr<const CompiledRuleset> r;
  Units units;
  std::unique_ptr<MeetingStore> store;
};

District district(const std::string& ranking, std::vector<std::pair<std::string, UnitType>> cells) {
  District d;
  d.r = compile_text(points_ruleset("  quarter: {by: mean}\n", ranking));
  REQUIRE(d.r);
  d.units = make_units(cells);
  d.store = std::make_unique<MeetingStore>(*d.r, d.units, rank_value_slots(rank_keys(*d.r)));
  return d;
}

std::vector<std::string> order(const Ranking& ranking) {
  std::vector<std::string> out;
  for (const RankedCell& c : ranking.cells) {
    out.push_back(std::to_string(c.rank) + " " + c.now.unit->id);
  }
  return out;
}

}  // namespace

TEST_CASE("ties share a rank: 1, 2, 2, 4; equal cells listed by id") {
  auto d = district("", {{"D", UnitType::Residential},
                         {"B", UnitType::Residential},
                         {"A", UnitType::Residential},
                         {"C", UnitType::Residential}});
  quarter(*d.r, *d.store, "A", 2024, 1, {"90", "90", "90"});
  quarter(*d.r, *d.store, "B", 2024, 1, {"80", "100", "90"});
  quarter(*d.r, *d.store, "C", 2024, 1, {"95", "95", "95"});
  quarter(*d.r, *d.store, "D", 2024, 1, {"80", "80", "80"});
  Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::None);
  CHECK(order(ranking) == std::vector<std::string>{"1 C", "2 A", "2 B", "4 D"});
}

TEST_CASE("tie-break keys cascade in the ruleset's order") {
  auto d = district("ranking: {tie_break: [total, \"count:tot\", worst_month, \"mean:att\"]}\n",
                    {{"A", UnitType::Residential},
                     {"B", UnitType::Residential},
                     {"C", UnitType::Residential},
                     {"E", UnitType::Residential},
                     {"F", UnitType::Residential}});
  // All means are 90.
  quarter(*d.r, *d.store, "A", 2024, 1, {"100", "90", "80"});  // 2 at Tốt, worst 80
  quarter(*d.r, *d.store, "B", 2024, 1, {"90", "90", "90"});   // 3 at Tốt
  quarter(*d.r, *d.store, "C", 2024, 1, {"95", "95", "80"});   // 2 at Tốt, worst 80 = A
  quarter(*d.r, *d.store, "E", 2024, 1, {"100", "85", "85"});  // 1 at Tốt
  // F equals A and C on the first three keys but had lower attendance.
  keep(*d.r, *d.store, "F", "2024-01-10", "100", "regular", "90");
  keep(*d.r, *d.store, "F", "2024-02-10", "90", "regular", "90");
  keep(*d.r, *d.store, "F", "2024-03-10", "80", "regular", "90");
  Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::None);
  CHECK(order(ranking) == std::vector<std::string>{"1 B", "2 A", "2 C", "4 F", "5 E"});
}

TEST_CASE("grouping gives ranks within a type beside the overall rank") {
  auto d = district("", {{"R1", UnitType::Residential},
                         {"R2", UnitType::Residential},
                         {"G1", UnitType::Agency},
                         {"G2", UnitType::Agency}});
  quarter(*d.r, *d.store, "R1", 2024, 1, {"80", "80", "80"});
  quarter(*d.r, *d.store, "R2", 2024, 1, {"70", "70", "70"});
  quarter(*d.r, *d.store, "G1", 2024, 1, {"99", "99", "99"});
  quarter(*d.r, *d.store, "G2", 2024, 1, {"75", "75", "75"});
  Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::Type);
  std::vector<std::string> got;
  for (const RankedCell& c : ranking.cells) {
    got.push_back(c.now.unit->id + " " + std::to_string(c.rank) + "/" +
                  std::to_string(c.group_rank));
  }
  CHECK(got == std::vector<std::string>{"G1 1/1", "R1 2/1", "G2 3/2", "R2 4/2"});
}

TEST_CASE("with the previous period's meetings, the change in score and rank is given") {
  auto d = district(
      "",
      {{"A", UnitType::Residential}, {"B", UnitType::Residential}, {"C", UnitType::Residential}});
  quarter(*d.r, *d.store, "A", 2023, 4, {"95", "95", "95"});
  quarter(*d.r, *d.store, "B", 2023, 4, {"80", "80", "80"});
  quarter(*d.r, *d.store, "A", 2024, 1, {"85", "85", "85"});
  quarter(*d.r, *d.store, "B", 2024, 1, {"90", "90", "90"});
  quarter(*d.r, *d.store, "C", 2024, 1, {"70", "70", "70"});
  Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::None);
  REQUIRE(ranking.has_previous);
  const RankedCell& b = ranking.cells[0];
  CHECK(b.now.unit->id == "B");
  CHECK(b.before->score == Rational(80));
  CHECK(b.previous_rank == 2);
  CHECK(ranking.cells[1].previous_rank == 1);
  CHECK_FALSE(ranking.cells[2].before);  // C had no meeting then
}

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
