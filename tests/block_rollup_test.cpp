// BlockRollUp: cells rolled up a block at a time, possibly on a pool's
// threads, and handed to the caller in unit order with their key values;
// key_value: a rolled-up cell's value for one ranking key, larger is better.
#include "block_rollup.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "rollup_fixture.h"

using namespace chibo;
using namespace chibo::testing;

namespace {

const char* kAllKeys =
    "ranking: {tie_break: [total, grade, \"count:tot\", worst_month, best_month, \"mean:att\"]}\n";

// The keys of kAllKeys, in its order.
enum { kTotal, kGrade, kCountTot, kWorst, kBest, kMeanAtt };

std::vector<Rational> values_of(const District& d, const std::string& cell, Period period) {
  const std::vector<RankKey> keys = rank_keys(*d.r);
  REQUIRE(keys.size() == 6);
  const CellPeriod c = roll_up(*d.r, d.units, d.units.position(cell).value(), *d.store, period);
  std::vector<Rational> out;
  for (const RankKey& k : keys) out.push_back(key_value(k, c, *d.store));
  return out;
}

}  // namespace

TEST_CASE("key_value: each key of a rolled-up cell, oriented so that larger is better") {
  District d = district(kAllKeys, {{"A", UnitType::Residential}, {"B", UnitType::Residential}});
  REQUIRE(keep(*d.r, *d.store, "A", "2024-01-10", "100", "regular", "90") == "");
  REQUIRE(keep(*d.r, *d.store, "A", "2024-02-10", "80", "regular", "70") == "");
  REQUIRE(keep(*d.r, *d.store, "A", "2024-03-10", "60", "regular", "50.5") == "");
  const std::vector<Rational> a = values_of(d, "A", {2024, 1});
  CHECK(a[kTotal] == Rational(80));
  CHECK(a[kGrade] == Rational(-1));  // Khá, the second grade: below Tốt's -0
  CHECK(a[kCountTot] == Rational(1));
  CHECK(a[kWorst] == Rational(60));
  CHECK(a[kBest] == Rational(100));
  CHECK(a[kMeanAtt].to_string() == "421/6");  // (90 + 70 + 50.5) / 3
  // A better grade is the larger value.
  CHECK(a[kGrade] < Rational(0));
}

TEST_CASE("key_value: months counted as 0, and none counted") {
  // missing_month: zero (the default): a month without a meeting is counted,
  // at 0, and is the worst.
  District d = district(kAllKeys, {{"B", UnitType::Residential}});
  REQUIRE(keep(*d.r, *d.store, "B", "2024-05-10", "95") == "");
  const std::vector<Rational> zero = values_of(d, "B", {2024, 2});
  CHECK(zero[kWorst] == Rational(0));
  CHECK(zero[kBest] == Rational(95));
  CHECK(zero[kCountTot] == Rational(1));
  // The mean of an input is over the months that have a meeting.
  CHECK(zero[kMeanAtt] == Rational(100));  // att's default

  // missing_month: exclude: the months without one are not counted; a
  // period with none counted has 0 for its month keys.
  District e;
  e.r = compile_text(points_ruleset("  missing_month: exclude\n  quarter: {by: mean}\n", kAllKeys));
  REQUIRE(e.r);
  e.units = make_units({{"B", UnitType::Residential}});
  e.store = std::make_unique<MeetingStore>(*e.r, e.units, rank_value_slots(rank_keys(*e.r)));
  REQUIRE(keep(*e.r, *e.store, "B", "2024-05-10", "95") == "");
  const std::vector<Rational> q2 = values_of(e, "B", {2024, 2});
  CHECK(q2[kWorst] == Rational(95));
  CHECK(q2[kBest] == Rational(95));
  const std::vector<Rational> q1 = values_of(e, "B", {2024, 1});
  CHECK(q1[kCountTot] == Rational(0));
  CHECK(q1[kWorst] == Rational(0));
  CHECK(q1[kBest] == Rational(0));
  CHECK(q1[kMeanAtt] == Rational(0));
}

namespace {

// What run() handed on for one cell.
struct Taken {
  std::size_t i = 0;
  std::uint32_t unit = 0;
  std::string now;       // score, grade and key values
  std::string previous;  // the same, or "-"
  bool operator==(const Taken&) const = default;
};

std::string digest(const CellPeriod& c, const Rational* values, std::size_t width) {
  std::string out = c.score.to_string() + " g" + std::to_string(c.grade);
  for (std::size_t k = 0; k < width; ++k) out += " " + values[k].to_string();
  return out;
}

std::vector<Taken> run(const District& d, Period period, std::optional<Period> previous,
                       WorkerPool* pool, int threads) {
  const std::vector<RankKey> keys = rank_keys(*d.r);
  BlockRollUp blocks(*d.r, d.units, *d.store, keys, pool, threads);
  std::vector<Taken> out;
  // started: once, before the first cell is taken (with no cell, at the end).
  int started = 0;
  blocks.run(
      period, previous,
      [&](std::size_t i, const CellPeriod& now, const Rational* values, const CellPeriod* before,
          const Rational* before_values) {
        CHECK(started == 1);
        CHECK((before == nullptr) == !previous);
        CHECK((before_values == nullptr) == !previous);
        out.push_back({i, now.unit_index, digest(now, values, keys.size()),
                       before ? digest(*before, before_values, keys.size()) : "-"});
      },
      [&] { ++started; });
  CHECK(started == 1);
  return out;
}

// What run() should hand on, rolled up one cell at a time.
std::vector<Taken> expected(const District& d, Period period, std::optional<Period> previous) {
  const std::vector<RankKey> keys = rank_keys(*d.r);
  std::vector<Taken> out;
  for (std::size_t u = 0; u < d.units.units.size(); ++u) {
    if (!d.units.units[u].holds_meetings()) continue;
    const auto values = [&](const CellPeriod& c) {
      std::vector<Rational> v;
      for (const RankKey& k : keys) v.push_back(key_value(k, c, *d.store));
      return digest(c, v.data(), v.size());
    };
    const CellPeriod now = roll_up(*d.r, d.units, u, *d.store, period);
    out.push_back({out.size(), static_cast<std::uint32_t>(u), values(now),
                   previous ? values(roll_up(*d.r, d.units, u, *d.store, *previous)) : "-"});
  }
  return out;
}

}  // namespace

// Past two blocks of 2,048 cells, so that both blocks are used and reused;
// cells 0 and 2,048 + 5 have no meeting at all and are handed on still.
TEST_CASE("BlockRollUp: every cell in unit order, the same with and without threads") {
  constexpr std::size_t kCells = 2 * BlockRollUp::kBlock + 11;
  std::vector<std::pair<std::string, UnitType>> cells;
  for (std::size_t i = 0; i < kCells; ++i) {
    cells.emplace_back("C" + std::to_string(i), static_cast<UnitType>(i % 6));
  }
  District d = district(kAllKeys, cells);
  for (std::size_t i = 0; i < kCells; ++i) {
    if (i == 0 || i == BlockRollUp::kBlock + 5) continue;
    const std::string id = "C" + std::to_string(i);
    const std::string p = std::to_string(40 + i % 61);
    REQUIRE(keep(*d.r, *d.store, id, "2024-02-10", p, "regular", std::to_string(50 + i % 50)) ==
            "");
    if (i % 3 == 0) REQUIRE(keep(*d.r, *d.store, id, "2024-05-10", "77") == "");
    if (i % 4 == 0) REQUIRE(keep(*d.r, *d.store, id, "2023-11-10", "66") == "");
  }
  // The base committee holds no meetings: the cells only, in their order.
  const std::vector<Taken> q1 = expected(d, {2024, 1}, std::nullopt);
  REQUIRE(q1.size() == kCells);
  CHECK(q1.front().unit == 1);
  CHECK(q1.back().unit == kCells);

  CHECK(run(d, {2024, 1}, std::nullopt, nullptr, 4) == q1);
  // The previous quarter in another year, and in the same year (its
  // meetings gathered once).
  const std::vector<Taken> over_years = expected(d, {2024, 1}, Period{2023, 4});
  const std::vector<Taken> same_year = expected(d, {2024, 2}, Period{2024, 1});
  CHECK(run(d, {2024, 1}, Period{2023, 4}, nullptr, 1) == over_years);
  CHECK(run(d, {2024, 2}, Period{2024, 1}, nullptr, 1) == same_year);
  CHECK(run(d, {2024, 0}, Period{2023, 0}, nullptr, 1) == expected(d, {2024, 0}, Period{2023, 0}));

  WorkerPool pool(3);
  for (int threads : {1, 2, 3}) {
    INFO(threads << " threads");
    CHECK(run(d, {2024, 1}, std::nullopt, &pool, threads) == q1);
    CHECK(run(d, {2024, 1}, Period{2023, 4}, &pool, threads) == over_years);
    CHECK(run(d, {2024, 2}, Period{2024, 1}, &pool, threads) == same_year);
  }
}

TEST_CASE("BlockRollUp: a units list with no cells hands nothing on") {
  District d = district(kAllKeys, {});
  WorkerPool pool(2);
  CHECK(run(d, {2024, 1}, std::nullopt, nullptr, 1).empty());
  CHECK(run(d, {2024, 1}, Period{2023, 4}, &pool, 2).empty());
}
