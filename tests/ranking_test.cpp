#include "chibo/ranking.h"

#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "rollup_fixture.h"

using namespace chibo;
using namespace chibo::testing;

namespace {

std::vector<std::string> order(const Ranking& ranking) {
  std::vector<std::string> out;
  for (const RankedCell& c : ranking.cells) {
    out.push_back(std::to_string(c.rank) + " " + c.now.unit->id);
  }
  return out;
}

}  // namespace

TEST_CASE("ties share a rank (1, 2, 2, 4), equal cells listed by id") {
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

// Ties go by id as strings compare: byte by byte (a byte of 0x80 or more
// after every ASCII one), a shorter id before a longer one it begins, ids
// alike in their first 16 bytes by the rest.
TEST_CASE("equal cells are listed by id, however long or alike their ids") {
  const std::string nul_id("a\0", 2);
  // Equal with the same meetings, but the NUL-bearing id, given none (the
  // checker refuses a control character in an id: record_checker_test),
  // last; and equal with none at all.
  for (const bool meetings : {true, false}) {
    INFO("with meetings: " << meetings);
    auto d = district("", {{"CB-0123456789ABCDEF-2", UnitType::Residential},
                           {"CB-0123456789ABCDEF-10", UnitType::Residential},
                           {"Đ-1", UnitType::Residential},
                           {nul_id, UnitType::Residential},
                           {"CB-0123456789ABCDEF-1", UnitType::Residential},
                           {"a", UnitType::Residential},
                           {"D-1", UnitType::Residential}});
    for (const Unit& u : d.units.units) {
      if (meetings && u.level == UnitLevel::Cell && u.id != nul_id) {
        quarter(*d.r, *d.store, u.id, 2024, 1, {"90", "90", "90"});
      }
    }
    Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::None);
    std::vector<std::string> expected = {"1 CB-0123456789ABCDEF-1",
                                         "1 CB-0123456789ABCDEF-10",
                                         "1 CB-0123456789ABCDEF-2",
                                         "1 D-1",
                                         "1 a",
                                         "1 " + nul_id,
                                         "1 Đ-1"};
    if (meetings) {  // the NUL-bearing id, with none, is last
      expected.erase(expected.begin() + 5);
      expected.push_back("7 " + nul_id);
    }
    CHECK(order(ranking) == expected);
  }
}

// A long list's ids are sorted in two halves on two threads and merged: the
// same order of ids as one sort, where ids alike in their first 16 bytes are
// told apart by the rest (every cell equal, ranked 1, listed by id).
TEST_CASE("a long list's cells of equal keys are listed by id with two threads too") {
  std::vector<std::pair<std::string, UnitType>> cells;
  std::mt19937 random(5);
  for (int i = 0; i < 6000; ++i) {
    const std::string tail = std::to_string(random() % 100000);
    cells.emplace_back(i % 2 ? "CB-0123456789ABCDEF-" + tail : "C" + tail + "-" + std::to_string(i),
                       UnitType::Residential);
  }
  std::sort(cells.begin(), cells.end());
  cells.erase(std::unique(cells.begin(), cells.end()), cells.end());
  std::vector<std::string> ids;
  for (const auto& c : cells) ids.push_back(c.first);
  std::shuffle(cells.begin(), cells.end(), random);  // listed in no order
  auto d = district("", cells);
  for (const auto& c : cells) quarter(*d.r, *d.store, c.first, 2024, 1, {"90", "90", "90"});
  for (const int threads : {1, 2}) {
    CAPTURE(threads);
    const Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::None, threads);
    std::vector<std::string> listed;
    for (const RankedCell& c : ranking.cells) {
      CHECK(c.rank == 1);
      listed.push_back(c.now.unit->id);
    }
    CHECK(listed == ids);
  }
}

// The sort first compares scores as doubles; two scores the same as
// doubles, or whose fractions do not convert exactly, are compared exactly.
TEST_CASE("scores closer than a double tells apart are ranked exactly") {
  auto d = district("", {{"A", UnitType::Residential},
                         {"B", UnitType::Residential},
                         {"C", UnitType::Residential},
                         {"D", UnitType::Residential},
                         {"E", UnitType::Residential}});
  // A and B: 6400000000000001 and 6400000000000002 hundred-trillionths, both
  // within 2^53 and the same double. C and E: a numerator over 2^53.
  quarter(*d.r, *d.store, "A", 2024, 1,
          {"64.00000000000001", "64.00000000000001", "64.00000000000001"});
  quarter(*d.r, *d.store, "B", 2024, 1,
          {"64.00000000000002", "64.00000000000002", "64.00000000000002"});
  quarter(*d.r, *d.store, "C", 2024, 1,
          {"64.000000000000001", "64.000000000000001", "64.000000000000001"});
  quarter(*d.r, *d.store, "D", 2024, 1, {"64", "64", "64"});
  quarter(*d.r, *d.store, "E", 2024, 1,
          {"64.000000000000001", "64.000000000000001", "64.000000000000001"});
  Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::None);
  REQUIRE(ranking.cells[0].now.score.num() < (std::int64_t{1} << 53));
  REQUIRE(static_cast<double>(ranking.cells[0].now.score.num()) /
              static_cast<double>(ranking.cells[0].now.score.den()) ==
          static_cast<double>(ranking.cells[1].now.score.num()) /
              static_cast<double>(ranking.cells[1].now.score.den()));
  REQUIRE(ranking.cells[2].now.score.num() > (std::int64_t{1} << 53));
  CHECK(order(ranking) == std::vector<std::string>{"1 B", "2 A", "3 C", "3 E", "5 D"});
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

// The sort carries the first keys as doubles (`grade` first, then the
// score): a grade's tie is ordered by score without the key table, and a
// score a double cannot tell apart (F and G, whose denominators are too
// large for equal doubles to mean equal scores) is still decided exactly,
// before the keys after it.
TEST_CASE("ties on keys carried as doubles are decided exactly") {
  auto d = district("ranking: {tie_break: [grade, total, worst_month]}\n",
                    {{"A", UnitType::Residential},
                     {"B", UnitType::Residential},
                     {"C", UnitType::Residential},
                     {"E", UnitType::Residential},
                     {"F", UnitType::Residential},
                     {"G", UnitType::Residential},
                     {"H", UnitType::Residential},
                     {"J", UnitType::Residential}});
  quarter(*d.r, *d.store, "A", 2024, 1, {"100", "90", "80"});  // Tốt, 90, worst 80
  quarter(*d.r, *d.store, "B", 2024, 1, {"95", "95", "80"});   // the same as A
  quarter(*d.r, *d.store, "C", 2024, 1, {"95", "95", "95"});   // Tốt, 95
  quarter(*d.r, *d.store, "E", 2024, 1, {"80", "80", "80"});   // Khá, 80
  quarter(*d.r, *d.store, "J", 2024, 1, {"100", "91", "70"});  // Khá, 87
  // Trung bình. F and G: the same double, F the higher score but the lower
  // worst month; H: a numerator over 2^53.
  quarter(*d.r, *d.store, "F", 2024, 1,
          {"64.00000000000004", "64.00000000000001", "63.99999999999999"});
  quarter(*d.r, *d.store, "G", 2024, 1,
          {"64.00000000000001", "64.00000000000001", "64.00000000000001"});
  quarter(*d.r, *d.store, "H", 2024, 1,
          {"64.000000000000001", "64.000000000000001", "64.000000000000001"});
  Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::None);
  auto as_double = [](const Rational& r) {
    return static_cast<double>(r.num()) / static_cast<double>(r.den());
  };
  REQUIRE(ranking.cells.size() == 8);
  REQUIRE(ranking.cells[5].now.unit->id == "F");
  REQUIRE(ranking.cells[6].now.unit->id == "G");
  REQUIRE(as_double(ranking.cells[5].now.score) == as_double(ranking.cells[6].now.score));
  CHECK(order(ranking) ==
        std::vector<std::string>{"1 C", "2 A", "2 B", "4 J", "5 E", "6 F", "7 G", "8 H"});
}

// `chibo rank` frees the store once the cells are rolled up (rolled_up), so
// the sorts' tables do not come on top of it: rank_cells reads it no more
// (the sanitizer build would see a read of it freed), and ranks the same.
TEST_CASE("the store may be freed once the cells are rolled up") {
  auto d = district(
      "", {{"A", UnitType::Residential}, {"B", UnitType::School}, {"C", UnitType::Residential}});
  auto fill = [&](MeetingStore& store) {
    quarter(*d.r, store, "A", 2023, 4, {"70", "", "90"});
    quarter(*d.r, store, "A", 2024, 1, {"90", "85", "95"});
    quarter(*d.r, store, "B", 2024, 1, {"95", "95", "60"});
    quarter(*d.r, store, "C", 2023, 4, {"95", "95", "95"});
    quarter(*d.r, store, "C", 2024, 1, {"90", "85", "95"});
  };
  fill(*d.store);
  auto digest = [](const Ranking& ranking) {
    std::vector<std::string> out;
    for (const RankedCell& c : ranking.cells) {
      out.push_back(std::to_string(c.rank) + " " + std::to_string(c.group_rank) + " " +
                    c.now.unit->id + " " + c.now.score.to_string() + " " +
                    std::to_string(c.previous_rank.value_or(0)));
    }
    return out;
  };
  for (const int threads : {1, 2}) {
    const Ranking expected = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::Type, threads);
    auto store = std::make_unique<MeetingStore>(*d.r, d.units, std::vector<int>{});
    fill(*store);
    int calls = 0;
    const Ranking ranking =
        rank_cells(*d.r, d.units, *store, {2024, 1}, GroupBy::Type, threads, [&] {
          ++calls;
          store.reset();
        });
    CHECK(calls == 1);
    CHECK_FALSE(store);
    CHECK(digest(ranking) == digest(expected));
    CHECK(digest(expected) ==
          std::vector<std::string>{"1 1 A 90 2", "1 1 C 90 1", "3 1 B 250/3 0"});
  }
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
  CHECK(b.previous_score == Rational(80));
  CHECK(b.previous_rank == 2);
  CHECK(ranking.cells[1].previous_rank == 1);
  CHECK_FALSE(ranking.cells[2].previous_rank);  // C had no meeting then
}

// The previous quarter in the same year: the year's meetings are gathered
// once for both quarters, each rolled up from its own months and thematic
// meetings.
TEST_CASE("the previous quarter in the same year is ranked from its own months") {
  auto d = district(
      "",
      {{"A", UnitType::Residential}, {"B", UnitType::Residential}, {"C", UnitType::Residential}});
  quarter(*d.r, *d.store, "A", 2024, 1, {"70", "70", "70"});
  quarter(*d.r, *d.store, "B", 2024, 1, {"99", "", "99"});  // a missing month: 66
  quarter(*d.r, *d.store, "C", 2024, 1, {"80", "80", "80"});
  quarter(*d.r, *d.store, "A", 2024, 2, {"95", "95", "95"});
  quarter(*d.r, *d.store, "B", 2024, 2, {"90", "90", "90"});
  quarter(*d.r, *d.store, "A", 2023, 1, {"10", "10", "10"});  // another year's Q1
  Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2024, 2}, GroupBy::None);
  REQUIRE(ranking.has_previous);
  std::vector<std::string> got;
  for (const RankedCell& c : ranking.cells) {
    got.push_back(c.now.unit->id + " " + std::to_string(c.rank) + " " + c.now.score.to_string() +
                  " " + c.previous_score.to_string() + " " +
                  (c.previous_rank ? std::to_string(*c.previous_rank) : "-"));
  }
  CHECK(got == std::vector<std::string>{"A 1 95 70 2", "B 2 90 66 3", "C 3 0 80 1"});
}

// Cells are rolled up in blocks of 2,048, a block split between threads and
// the next one rolled up while this one is taken: a district of ten blocks
// gives the same ranking, previous period and groups included, with one, two
// and three threads.
TEST_CASE("the ranking is the same with any number of threads") {
  std::vector<std::pair<std::string, UnitType>> cells;
  for (int i = 0; i < 20000; ++i) {
    cells.emplace_back("C" + std::to_string(i), static_cast<UnitType>(i % 6));
  }
  auto d =
      district("ranking: {tie_break: [total, \"count:tot\", worst_month, \"mean:att\"]}\n", cells);
  std::mt19937 random(7);
  for (int i = 0; i < 20000; ++i) {
    const std::string id = "C" + std::to_string(i);
    for (const char* date : {"2023-11-10", "2024-01-10", "2024-02-10", "2024-03-10"}) {
      if (random() % 7 == 0) continue;  // some months missing, some cells none before
      const std::string total = std::to_string(40 + random() % 61);
      const std::string att = std::to_string(50 + random() % 50) + ".5";
      INFO(id << " " << date);
      REQUIRE(keep(*d.r, *d.store, id, date, total, "regular", att) == "");
    }
  }
  auto digest = [&](int threads) {
    Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::Type, threads);
    std::vector<std::string> out;
    for (const RankedCell& c : ranking.cells) {
      out.push_back(c.now.unit->id + " " + c.now.score.to_string() + " " + std::to_string(c.rank) +
                    " " + std::to_string(c.group_rank) + " " +
                    (c.previous_rank ? c.previous_score.to_string() : "-") + " " +
                    std::to_string(c.previous_rank.value_or(0)));
    }
    return out;
  };
  const std::vector<std::string> one = digest(1);
  REQUIRE(one.size() == 20000);
  CHECK(one.front().find(" 1 ") != std::string::npos);
  CHECK(digest(2) == one);
  CHECK(digest(3) == one);
}
