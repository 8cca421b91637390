#include "chibo/rollup.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <utility>

#include <catch2/catch.hpp>

#include "date.h"
#include "rollup_fixture.h"

using namespace chibo;
using namespace chibo::testing;

namespace {

CellPeriod roll(const std::string& rollup, std::vector<std::string> totals,
                std::vector<std::string> thematic_dates = {}, Period period = {2024, 1}) {
  auto r = compile_text(points_ruleset(rollup));
  REQUIRE(r);
  static Units units;
  units = make_units({{"A", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  if (period.quarter == 0) {
    for (int q = 1; q <= 4; ++q) {
      quarter(
          *r, store, "A", 2024, q,
          {totals[static_cast<std::size_t>(3 * q - 3)], totals[static_cast<std::size_t>(3 * q - 2)],
           totals[static_cast<std::size_t>(3 * q - 1)]});
    }
  } else {
    quarter(*r, store, "A", 2024, period.quarter, totals);
  }
  for (const std::string& d : thematic_dates) keep(*r, store, "A", d, "100", "thematic");
  return roll_up(*r, units, 1, store, period);
}

}  // namespace

TEST_CASE("quarter by mean: exact mean, graded with the grade bands") {
  CellPeriod c = roll("  quarter: {by: mean}\n", {"90", "95", "84"});
  CHECK(c.score == *Rational::make(269, 3));
  CHECK(c.grade == 1);  // 89.67: Khá
  CHECK(c.counted == 3);
  CHECK(c.missing_months.empty());
}

TEST_CASE("missing months: each policy, and the month is always listed") {
  CellPeriod zero = roll("  missing_month: zero\n  quarter: {by: mean}\n", {"90", "", "90"});
  CHECK(zero.score == Rational(60));
  CHECK(zero.counted == 3);
  CHECK(zero.missing_months.list() == std::vector<int>{2});
  CellPeriod lowest =
      roll("  missing_month: lowest_grade\n  quarter: {by: mean}\n", {"90", "", "90"});
  CHECK(lowest.score == Rational(60));
  CHECK(lowest.months[1].grade == 3);
  CellPeriod excluded = roll("  missing_month: exclude\n  quarter: {by: mean}\n", {"90", "", "90"});
  CHECK(excluded.score == Rational(90));
  CHECK(excluded.counted == 2);
  CHECK(excluded.grade == 0);
  CHECK(excluded.missing_months.list() == std::vector<int>{2});
  CellPeriod none = roll("  missing_month: exclude\n  quarter: {by: mean}\n", {"", "", ""});
  CHECK(none.counted == 0);
  CHECK(none.grade == 3);
}

TEST_CASE("a missing month a record was rejected for is named apart, one with a meeting not") {
  auto r = compile_text(
      points_ruleset("  missing_month: zero\n  thematic_per_quarter: 1\n  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  quarter(*r, store, "A", 2024, 1, {"90", "", ""});
  const MeetingKind regular = MeetingKind::Regular, thematic = MeetingKind::Thematic;
  store.note_rejected("A", days_from_civil({2024, 1, 20}), regular);  // a second of January
  store.note_rejected("A", days_from_civil({2024, 3, 5}), regular);
  store.note_rejected("A", days_from_civil({2024, 4, 5}), regular);  // another quarter
  store.note_rejected("A", days_from_civil({2024, 2, 5}), thematic);
  const CellPeriod c = roll_up(*r, units, 1, store, {2024, 1});
  CHECK(c.missing_months.list() == std::vector<int>{2, 3});
  CHECK(c.rejected_missing_months.list() == std::vector<int>{3});
  CHECK(c.score == Rational(30));  // the rejected month counts as missing
  // The quarter short of its thematic meeting, one rejected.
  CHECK(c.quarters_short_of_thematic.list() == std::vector<int>{1});
  CHECK(c.rejected_short_quarters.list() == std::vector<int>{1});
  const CellPeriod second = roll_up(*r, units, 1, store, {2024, 2});
  CHECK(second.rejected_missing_months.list() == std::vector<int>{4});
  CHECK(second.rejected_short_quarters.empty());
  // A thematic meeting held: no quarter short, none named.
  keep(*r, store, "A", "2024-03-20", "100", "thematic");
  CHECK(roll_up(*r, units, 1, store, {2024, 1}).rejected_short_quarters.empty());
}

// A month whose only meeting was thematic lacks its regular one, and says
// so: the cell held a meeting (or wrote its kind wrong).
TEST_CASE("a missing month with a thematic meeting alone is named apart") {
  CellPeriod c = roll("  missing_month: zero\n  quarter: {by: mean}\n", {"90", "", ""},
                      {"2024-02-20", "2024-01-25"});
  CHECK(c.missing_months.list() == std::vector<int>{2, 3});
  CHECK(c.thematic_only_months.list() == std::vector<int>{2});
  CHECK(c.score == Rational(30));  // missing all the same
  CHECK(c.thematic_meetings == 2);
  // A month whose regular record was rejected says that instead.
  auto r = compile_text(points_ruleset("  missing_month: zero\n  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  quarter(*r, store, "A", 2024, 1, {"90", "", ""});
  keep(*r, store, "A", "2024-02-20", "100", "thematic");
  keep(*r, store, "A", "2024-03-20", "100", "thematic");
  store.note_rejected("A", days_from_civil({2024, 3, 5}), MeetingKind::Regular);
  const CellPeriod rejected = roll_up(*r, units, 1, store, {2024, 1});
  CHECK(rejected.rejected_missing_months.list() == std::vector<int>{3});
  CHECK(rejected.thematic_only_months.list() == std::vector<int>{2});
}

// The year by counting its months' grades, as Phú Thọ's: Tốt needs every
// month Khá or better and 7 at Tốt.
const std::string kCountedYear =
    "  year:\n    by: count\n    rules:\n"
    "      - {grade: tot, all_at_least: kha, at_least: {tot: 7}}\n"
    "      - {grade: kha, all_at_least: tb}\n"
    "    otherwise: tb\n";

TEST_CASE("the year by counting grades (Phú Thọ): Tốt needs all >= Khá and 7 at Tốt") {
  const std::string& rule = kCountedYear;
  Period year{2024, 0};
  // 7 at Tốt, 5 at Khá: Tốt.
  CHECK(
      roll(rule, {"95", "95", "95", "95", "95", "95", "95", "80", "80", "80", "80", "80"}, {}, year)
          .grade == 0);
  // 6 at Tốt: Khá, although the mean is higher than above.
  CHECK(roll(rule, {"100", "100", "100", "100", "100", "100", "89", "89", "89", "89", "89", "89"},
             {}, year)
            .grade == 1);
  // 11 at Tốt and one Trung bình: not every meeting >= Khá, so Khá.
  CHECK(
      roll(rule, {"95", "95", "95", "95", "95", "95", "95", "95", "95", "95", "95", "60"}, {}, year)
          .grade == 1);
  // One Kém: no rule holds, otherwise.
  CHECK(
      roll(rule, {"95", "95", "95", "95", "95", "95", "95", "95", "95", "95", "95", "40"}, {}, year)
          .grade == 2);
}

// What the rule of the grade above asks and the months lack: the rank's
// note, where a mean of 92,14 was Khá with no word why.
TEST_CASE("count_shortfall says the conditions of the nearest better grade that fail") {
  const std::string& rule = kCountedYear;
  auto r = compile_text(points_ruleset(rule));
  REQUIRE(r);
  const Ruleset& m = ruleset_of(*r);
  Period year{2024, 0};
  CHECK(count_shortfall(
            m, roll(rule,
                    {"100", "100", "100", "100", "100", "100", "89", "89", "89", "89", "89", "89"},
                    {}, year)) == "Tốt cần ít nhất 7 tháng Tốt, có 6");
  CHECK(count_shortfall(
            m, roll(rule, {"95", "95", "95", "95", "95", "60", "95", "80", "80", "60", "80", "80"},
                    {}, year)) ==
        "Tốt cần mọi tháng từ Khá trở lên, tháng 6, 10 dưới mức đó và ít nhất 7 tháng Tốt, có 6");
  // Otherwise (one Kém): the nearest better grade is Khá, not Tốt.
  CHECK(count_shortfall(
            m, roll(rule, {"95", "95", "95", "95", "95", "95", "95", "95", "95", "95", "95", "40"},
                    {}, year)) ==
        "Khá cần mọi tháng từ Trung bình trở lên, tháng 12 "
        "dưới mức đó");
  // A year the ruleset's dates cut to 11 months is still a year (its rule was
  // taken for the quarter's, and nothing said).
  std::string cut = points_ruleset(rule);
  cut.replace(cut.find("2019-01-01"), 10, "2024-02-01");
  auto feb = compile_text(cut);
  REQUIRE(feb);
  Units units = make_units({{"A", UnitType::Residential}});
  MeetingStore store(*feb, units, {});
  quarter(*feb, store, "A", 2024, 1, {"100", "89", "89"});  // January before the dates
  for (int q = 2; q <= 4; ++q) quarter(*feb, store, "A", 2024, q, {"100", "100", "89"});
  const CellPeriod eleven = roll_up(*feb, units, 1, store, year);
  CHECK(eleven.months.size() == 11);
  CHECK(count_shortfall(ruleset_of(*feb), eleven) == "Tốt cần ít nhất 7 tháng Tốt, có 6");
  // At the best grade, or graded by the mean: nothing.
  CHECK(count_shortfall(
            m, roll(rule, {"95", "95", "95", "95", "95", "95", "95", "80", "80", "80", "80", "80"},
                    {}, year)) == "");
  auto mean = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(mean);
  CHECK(count_shortfall(ruleset_of(*mean), roll("  quarter: {by: mean}\n", {"80", "80", "80"})) ==
        "");
}

// What the months met for the grade given, better than their mean reaches:
// the rank's note, where 89,83 Tốt (Tốt from 90) had none.
TEST_CASE("count_reached says the conditions the months met for the grade given") {
  const std::string& rule = kCountedYear;
  auto r = compile_text(points_ruleset(rule));
  REQUIRE(r);
  const Ruleset& m = ruleset_of(*r);
  Period year{2024, 0};
  const CellPeriod tot = roll(
      rule, {"90", "90", "90", "90", "90", "90", "90", "80", "80", "80", "80", "80"}, {}, year);
  REQUIRE(tot.grade == 0);
  CHECK(count_reached(m, tot) ==
        "Tốt vì có mọi tháng từ Khá trở lên và 7 tháng Tốt (cần ít nhất 7)");
  // Otherwise (one Kém): no rule gave the grade, nothing to say.
  const CellPeriod otherwise = roll(
      rule, {"95", "95", "95", "95", "95", "95", "95", "95", "95", "95", "95", "40"}, {}, year);
  REQUIRE(otherwise.grade == 2);
  CHECK(count_reached(m, otherwise) == "");
  auto mean = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(mean);
  CHECK(count_reached(ruleset_of(*mean), roll("  quarter: {by: mean}\n", {"80", "80", "80"})) ==
        "");
}

TEST_CASE("a quarter without a thematic meeting is flagged and capped") {
  std::string rule =
      "  thematic_per_quarter: 1\n  missing_thematic_at_most: kha\n  quarter: {by: mean}\n";
  CellPeriod without = roll(rule, {"95", "95", "95"});
  CHECK(without.quarters_short_of_thematic.list() == std::vector<int>{1});
  CHECK(without.grade_before_cap == 0);
  CHECK(without.grade == 1);
  CellPeriod with = roll(rule, {"95", "95", "95"}, {"2024-02-20"});
  CHECK(with.quarters_short_of_thematic.empty());
  CHECK(with.thematic_meetings == 1);
  CHECK(with.grade == 0);
  // Flag only: without a cap the grade stays.
  CellPeriod flagged =
      roll("  thematic_per_quarter: 1\n  quarter: {by: mean}\n", {"95", "95", "95"});
  CHECK(flagged.quarters_short_of_thematic.list() == std::vector<int>{1});
  CHECK(flagged.grade == 0);
}

TEST_CASE("MonthList keeps a period's months as columns and gives them back whole") {
  MonthList year;
  for (int month = 1; month <= 12; ++month) {
    MonthResult m;
    m.month = static_cast<std::int8_t>(month);
    m.meeting = month % 3 == 0 ? 0u : 4000000000u + static_cast<std::uint32_t>(month);
    m.grade = static_cast<std::int8_t>(month % 4);
    m.counted = month % 2 == 1;
    year.push_back(m);
  }
  REQUIRE(year.size() == 12);
  int month = 1;
  for (const MonthResult& m : year) {
    CHECK(m.month == month);
    CHECK(m.meeting == (month % 3 == 0 ? 0u : 4000000000u + static_cast<std::uint32_t>(month)));
    CHECK(m.present() == (month % 3 != 0));
    CHECK(m.grade == month % 4);
    CHECK(m.counted == (month % 2 == 1));
    ++month;
  }
  CHECK(month == 13);
  CHECK(year[11].month == 12);
  CHECK(std::count_if(year.begin(), year.end(), [](const MonthResult& m) { return m.counted; }) ==
        6);
  MonthResult thirteenth;
  thirteenth.month = 13;
  CHECK_THROWS_AS(year.push_back(thirteenth), std::out_of_range);

  // A quarter starts at its first month; months must follow one another.
  MonthList q2;
  CHECK(q2.empty());
  MonthResult april;
  april.month = 4;
  q2.push_back(april);
  CHECK(q2[0].month == 4);
  MonthResult june;
  june.month = 6;
  CHECK_THROWS_AS(q2.push_back(june), std::invalid_argument);
  CHECK(q2.size() == 1);
}

// A quarter and its previous one may lie in two years: both years' meetings
// are gathered in one walk over the cell's, and each year's roll-up is the
// one roll_up makes alone.
TEST_CASE("gather_years sorts a cell's meetings into two years in one walk") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n  thematic_per_quarter: 1\n"));
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  quarter(*r, store, "A", 2023, 4, {"80", "", "70"});
  quarter(*r, store, "A", 2024, 1, {"90", "95", ""});
  quarter(*r, store, "A", 2025, 1, {"10", "10", "10"});  // neither year
  REQUIRE(keep(*r, store, "A", "2023-11-20", "100", "thematic") == "");
  REQUIRE(keep(*r, store, "A", "2024-02-20", "100", "thematic") == "");
  REQUIRE(keep(*r, store, "A", "2024-03-20", "100", "thematic") == "");
  std::array<CellYear, 2> years;
  years[0].year = 2024;
  years[1].year = 2023;
  years[1].thematic[4] = 9;  // cleared by the walk
  gather_years(store, 1, years);
  CHECK(years[0].thematic == std::array<int, 5>{0, 2, 0, 0, 0});
  CHECK(years[1].thematic == std::array<int, 5>{0, 0, 0, 0, 1});
  CHECK(years[0].regular[1] != nullptr);
  CHECK(years[0].regular[3] == nullptr);
  CHECK(years[1].regular[10] != nullptr);
  CHECK(years[1].regular[11] == nullptr);
  for (const auto& [period, year] :
       {std::pair{Period{2024, 1}, 0}, std::pair{Period{2023, 4}, 1}}) {
    const CellPeriod alone = roll_up(*r, units, 1, store, period);
    const CellPeriod gathered =
        roll_up(*r, units, 1, store, period, years[static_cast<std::size_t>(year)]);
    CHECK(gathered.score == alone.score);
    CHECK(gathered.grade == alone.grade);
    CHECK(gathered.counted == alone.counted);
    CHECK(gathered.thematic_meetings == alone.thematic_meetings);
    CHECK(gathered.missing_months.list() == alone.missing_months.list());
    CHECK(gathered.quarters_short_of_thematic.list() == alone.quarters_short_of_thematic.list());
  }
  CHECK(roll_up(*r, units, 1, store, {2024, 1}).score == *Rational::make(185, 3));
  CHECK_THROWS_AS(roll_up(*r, units, 1, store, {2023, 4}, years[0]), std::invalid_argument);
  years[1].year = 2024;
  CHECK_THROWS_AS(gather_years(store, 1, years), std::invalid_argument);
  CHECK_THROWS_AS(gather_years(store, 1, std::span<CellYear>()), std::invalid_argument);
  CHECK(roll_up(*r, units, 1, store, {2023, 4}).score == Rational(50));
}

// The months before the ruleset's effective date hold no meeting it could
// score: neither counted nor missing, and a quarter none of whose months is
// in force asks for no thematic meeting.
TEST_CASE("a period partly before the effective date is rolled up from the months in force") {
  std::string text = points_ruleset("  thematic_per_quarter: 1\n  year: {by: mean}\n");
  text.replace(text.find("2019-01-01"), 10, "2019-05-14");
  auto r = compile_text(text);
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  REQUIRE(keep(*r, store, "A", "2019-05-20", "80") == "");
  REQUIRE(keep(*r, store, "A", "2019-06-10", "90") == "");
  REQUIRE(keep(*r, store, "A", "2019-06-20", "90", "thematic") == "");
  CellPeriod q2 = roll_up(*r, units, 1, store, {2019, 2});
  CHECK(q2.months.size() == 2);  // May (from the 14th) and June
  CHECK(q2.missing_months.empty());
  CHECK(q2.score == Rational(85));
  CHECK(q2.quarters_short_of_thematic.empty());
  CellPeriod year = roll_up(*r, units, 1, store, {2019, 0});
  CHECK(year.months.size() == 8);  // May to December
  CHECK(year.missing_months.list() == std::vector<int>{7, 8, 9, 10, 11, 12});
  CHECK(year.quarters_short_of_thematic.list() == std::vector<int>{3, 4});  // not 1
  CellPeriod q1 = roll_up(*r, units, 1, store, {2019, 1});
  CHECK(q1.months.empty());
  CHECK(q1.quarters_short_of_thematic.empty());
}

// A month only partly in force whose meeting was held before the effective
// date (rejected at its line: no record to mend) was counted missing, 0
// points, and its quarter capped for a thematic meeting held so.
TEST_CASE("a meeting held on a day out of force leaves its month neither counted nor missing") {
  std::string text =
      points_ruleset("  missing_month: zero\n  thematic_per_quarter: 1\n  quarter: {by: mean}\n");
  text.replace(text.find("2019-01-01"), 10, "2019-05-14, to: 2019-11-20");
  auto r = compile_text(text);
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}, {"B", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  const MeetingKind regular = MeetingKind::Regular, thematic = MeetingKind::Thematic;
  store.note_rejected("A", days_from_civil({2019, 5, 10}), regular);  // before the 14th
  store.note_rejected("A", days_from_civil({2019, 5, 12}), thematic);
  REQUIRE(keep(*r, store, "A", "2019-06-10", "90") == "");
  store.note_rejected("B", days_from_civil({2019, 5, 20}), regular);  // in force: a record to mend
  store.note_rejected("B", days_from_civil({2019, 5, 2}), regular);   // and one held before
  const CellPeriod a = roll_up(*r, units, 1, store, {2019, 2});
  CHECK(a.months.size() == 1);  // June alone
  CHECK(a.missing_months.empty());
  CHECK(a.months_met_outside_force.list() == std::vector<int>{5});
  CHECK(a.score == Rational(90));
  CHECK(a.quarters_short_of_thematic.empty());
  CHECK(a.quarters_met_outside_force.list() == std::vector<int>{2});
  const CellPeriod b = roll_up(*r, units, 2, store, {2019, 2});
  CHECK(b.missing_months.list() == std::vector<int>{5, 6});
  CHECK(b.rejected_missing_months.list() == std::vector<int>{5});
  CHECK(b.months_met_outside_force.empty());
  // After the end: November's meeting on the 25th.
  store.note_rejected("A", days_from_civil({2019, 11, 25}), regular);
  const CellPeriod q4 = roll_up(*r, units, 1, store, {2019, 4});
  CHECK(q4.months_met_outside_force.list() == std::vector<int>{11});
  CHECK(q4.missing_months.list() == std::vector<int>{10});
}

// Phú Thọ's ruleset scores regular meetings alone: a record written
// 'chuyên đề' is the month's meeting with its kind wrong, its month named.
TEST_CASE("a rejected record of a kind no form scores names its month") {
  std::string text = points_ruleset("  missing_month: zero\n  quarter: {by: mean}\n");
  text.replace(text.find("kinds: [regular, thematic]"), 26, "kinds: [regular]");
  auto r = compile_text(text);
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  store.note_rejected("A", days_from_civil({2024, 1, 5}), MeetingKind::Thematic);
  const CellPeriod c = roll_up(*r, units, 1, store, {2024, 1});
  CHECK(c.rejected_missing_months.list() == std::vector<int>{1});
}

// A month is in force when any day of it is: the month of the effective
// date's first day and of its last day count whole (their meetings are
// dated within the ruleset's days, the record checker's concern).
TEST_CASE("the months in force run from the effective date's month to its end's month") {
  std::string text = points_ruleset("  year: {by: mean}\n");
  text.replace(text.find("2019-01-01"), 10, "2019-05-31, to: 2024-08-01");
  auto r = compile_text(text);
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  CellPeriod first = roll_up(*r, units, 1, store, {2019, 0});
  CHECK(first.missing_months.list() == std::vector<int>{5, 6, 7, 8, 9, 10, 11, 12});
  CellPeriod last = roll_up(*r, units, 1, store, {2024, 0});
  CHECK(last.missing_months.list() == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8});
  CHECK(roll_up(*r, units, 1, store, {2024, 4}).months.empty());
  CHECK(roll_up(*r, units, 1, store, {2025, 0}).months.empty());
  CHECK(roll_up(*r, units, 1, store, {2019, 1}).months.empty());
  CHECK(roll_up(*r, units, 1, store, {2020, 0}).months.size() == 12);
  // The same months, as the rank's notice names them.
  const MonthsInForce from_may = months_in_force(*r, {2019, 0});
  CHECK((from_may.first == 5 && from_may.last == 12 && !from_may.none()));
  const MonthsInForce to_august = months_in_force(*r, {2024, 0});
  CHECK((to_august.first == 1 && to_august.last == 8));
  const MonthsInForce q2 = months_in_force(*r, {2020, 2});
  CHECK((q2.first == 4 && q2.last == 6));
  const MonthsInForce after = months_in_force(*r, {2024, 4});
  CHECK((after.none() && !after.before_start));
  const MonthsInForce before = months_in_force(*r, {2019, 1});
  CHECK((before.none() && before.before_start));
  // Its days as the notice says them (the ruleset writes 2019-05-31).
  CHECK(days_in_force(*r).from == "31/05/2019");
  CHECK(days_in_force(*r).to == "01/08/2024");
  auto open = compile_text(points_ruleset("  year: {by: mean}\n"));
  REQUIRE(open);
  CHECK(days_in_force(*open).from == "01/01/2019");
  CHECK(days_in_force(*open).to.empty());
  // The months counted and the days in force as messages say them.
  CHECK(months_in_force_span(from_may, {2019, 0}) == "từ tháng 5/2019");
  CHECK(months_in_force_span(to_august, {2024, 0}) == "đến tháng 8/2024");
  CHECK(months_in_force_span({5, 8, false}, {2019, 0}) == "từ tháng 5/2019 đến tháng 8/2019");
  CHECK(months_in_force_span(q2, {2020, 2}).empty());     // every month in force
  CHECK(months_in_force_span(after, {2024, 4}).empty());  // none
  CHECK(days_in_force(*r).span() == "từ 31/05/2019 đến 01/08/2024");
  CHECK(days_in_force(*open).span() == "từ 01/01/2019");
}

// rollup.counts_as_thematic: a regular meeting combined with a thematic one
// (here: one whose attendance is written 50) is the quarter's thematic meeting too.
TEST_CASE("a regular meeting that counts as thematic meets the quarter's requirement") {
  auto r =
      compile_text(points_ruleset("  thematic_per_quarter: 1\n  missing_thematic_at_most: kha\n"
                                  "  counts_as_thematic: att == 50\n  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}, {"B", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  for (const char* cell : {"A", "B"}) {
    REQUIRE(keep(*r, store, cell, "2024-01-10", "95") == "");
    REQUIRE(keep(*r, store, cell, "2024-03-10", "95") == "");
  }
  REQUIRE(keep(*r, store, "A", "2024-02-10", "95", "regular", "50") == "");  // combined
  REQUIRE(keep(*r, store, "B", "2024-02-10", "95") == "");
  CellPeriod a = roll_up(*r, units, 1, store, {2024, 1});
  CHECK(a.thematic_meetings == 1);
  CHECK(a.quarters_short_of_thematic.empty());
  CHECK(a.grade == 0);  // Tốt
  CellPeriod b = roll_up(*r, units, 2, store, {2024, 1});
  CHECK(b.thematic_meetings == 0);
  CHECK(b.quarters_short_of_thematic.list() == std::vector<int>{1});
  CHECK(b.grade == 1);  // capped at Khá
}

TEST_CASE("counts_as_thematic is a yes/no expression over the record's values") {
  std::string errors;
  CHECK_FALSE(compile_text(
      points_ruleset("  counts_as_thematic: combined\n  quarter: {by: mean}\n"), &errors));
  CHECK(errors.find("unknown name 'combined'") != std::string::npos);
  errors.clear();
  CHECK_FALSE(
      compile_text(points_ruleset("  counts_as_thematic: att\n  quarter: {by: mean}\n"), &errors));
  CHECK(errors.find("'counts_as_thematic' must give a yes/no condition") != std::string::npos);
}
