#include "chibo/rollup.h"

#include <algorithm>
#include <array>
#include <limits>
#include <span>
#include <stdexcept>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "compiled_ruleset_data.h"
#include "date.h"

namespace chibo {

int grade_of_score(const Ruleset& r, Rational score) {
  for (std::size_t g = 0; g < r.grades.size(); ++g) {
    if (r.grades[g].from <= score) return static_cast<int>(g);
  }
  return static_cast<int>(r.grades.size()) - 1;
}

// 262,894 of them for a national year (in each ranked cell): 8 bytes more is 2 MB more
// (taken from 120 to 128 by the months and quarters met out of force, 4 bytes padded to 8).
static_assert(sizeof(CellPeriod) <= 128, "CellPeriod has grown");

namespace {

int grade_index(const Ruleset& r, const std::string& id, int fallback) {
  for (std::size_t g = 0; g < r.grades.size(); ++g) {
    if (r.grades[g].id == id) return static_cast<int>(g);
  }
  return fallback;
}

// The counted months graded bar or better (0 the best), and those below it:
// what a count rule's at_least and all_at_least look at.
int months_at_least(const CellPeriod& c, int bar) {
  int n = 0;
  for (const MonthResult& m : c.months) n += m.counted && m.grade <= bar ? 1 : 0;
  return n;
}
std::vector<int> months_below(const CellPeriod& c, int bar) {
  std::vector<int> below;
  for (const MonthResult& m : c.months) {
    if (m.counted && m.grade > bar) below.push_back(m.month);
  }
  return below;
}

// "Tốt if every meeting >= Khá and at least 7 at Tốt": the first rule whose
// conditions all hold. Grades are indices, 0 the best.
int grade_by_count(const Ruleset& r, const PeriodRule& rule, const CellPeriod& c) {
  int lowest = static_cast<int>(r.grades.size()) - 1;
  for (const CountRule& cr : rule.rules) {
    // Every counted month at the bar or better (c.counted is set first).
    bool holds = cr.all_at_least.empty() ||
                 months_at_least(c, grade_index(r, cr.all_at_least, lowest)) == c.counted;
    for (const auto& [grade, count] : cr.at_least) {
      if (months_at_least(c, grade_index(r, grade, lowest)) < count) holds = false;
    }
    if (holds) return grade_index(r, cr.grade, lowest);
  }
  return grade_index(r, rule.otherwise, lowest);
}

}  // namespace

std::string count_shortfall(const Ruleset& r, const CellPeriod& c) {
  const PeriodRule& rule = c.of_year ? r.rollup.year : r.rollup.quarter;
  if (rule.by != RollupBy::Count || c.counted == 0) return "";
  const int lowest = static_cast<int>(r.grades.size()) - 1;
  // The rule of the nearest better grade (the first, of two for one grade).
  const CountRule* next = nullptr;
  int next_grade = -1;
  for (const CountRule& cr : rule.rules) {
    const int g = grade_index(r, cr.grade, lowest);
    if (g < c.grade_before_cap && g > next_grade) {
      next = &cr;
      next_grade = g;
    }
  }
  if (!next) return "";
  auto label = [&](int g) { return r.grades[static_cast<std::size_t>(g)].label; };
  std::vector<std::string> fails;
  if (!next->all_at_least.empty()) {
    const int bar = grade_index(r, next->all_at_least, lowest);
    if (const std::vector<int> below = months_below(c, bar); !below.empty()) {
      fails.push_back(fmt::format("mọi tháng từ {} trở lên, tháng {} dưới mức đó", label(bar),
                                  fmt::join(below, ", ")));
    }
  }
  for (const auto& [grade, count] : next->at_least) {
    const int bar = grade_index(r, grade, lowest);
    if (const int n = months_at_least(c, bar); n < count) {
      fails.push_back(fmt::format("ít nhất {} tháng {}{}, có {}", count, label(bar),
                                  bar == 0 ? "" : " trở lên", n));
    }
  }
  if (fails.empty()) return "";
  std::string out = fmt::format("{} cần ", label(next_grade));
  for (std::size_t i = 0; i < fails.size(); ++i) out += (i == 0 ? "" : " và ") + fails[i];
  return out;
}

std::string count_reached(const Ruleset& r, const CellPeriod& c) {
  const PeriodRule& rule = c.of_year ? r.rollup.year : r.rollup.quarter;
  if (rule.by != RollupBy::Count || c.counted == 0) return "";
  const int lowest = static_cast<int>(r.grades.size()) - 1;
  auto label = [&](int g) { return r.grades[static_cast<std::size_t>(g)].label; };
  // The first rule of the grade given whose conditions all hold (as
  // grade_by_count found it), each said with the months that meet it.
  for (const CountRule& cr : rule.rules) {
    if (grade_index(r, cr.grade, lowest) != c.grade_before_cap) continue;
    std::vector<std::string> met;
    bool holds = true;
    if (!cr.all_at_least.empty()) {
      const int bar = grade_index(r, cr.all_at_least, lowest);
      holds = months_below(c, bar).empty();
      met.push_back(fmt::format("mọi tháng từ {} trở lên", label(bar)));
    }
    for (const auto& [grade, count] : cr.at_least) {
      const int bar = grade_index(r, grade, lowest);
      const int n = months_at_least(c, bar);
      holds = holds && n >= count;
      met.push_back(fmt::format("{} tháng {}{} (cần ít nhất {})", n, label(bar),
                                bar == 0 ? "" : " trở lên", count));
    }
    if (holds && !met.empty()) {
      return fmt::format("{} vì có {}", label(c.grade_before_cap), fmt::join(met, " và "));
    }
  }
  return "";
}

void gather_years(const MeetingStore& store, std::size_t unit_index, std::span<CellYear> years) {
  if (years.empty() || years.size() > 2 || (years.size() == 2 && years[0].year == years[1].year)) {
    throw std::invalid_argument("gather_years: one year or two different ones");
  }
  for (CellYear& y : years) y = CellYear{.year = y.year};
  CellYear& first = years[0];
  CellYear* const second = years.size() == 2 ? &years[1] : nullptr;
  for (const StoredMeeting& s : store.meetings_of(unit_index)) {
    CellYear* const y = s.year == first.year               ? &first
                        : second && s.year == second->year ? second
                                                           : nullptr;
    if (!y || s.month < 1 || s.month > 12) continue;
    if (s.kind == MeetingKind::Regular) {
      y->regular[static_cast<std::size_t>(s.month)] = &s;
      if (s.thematic_too) ++y->thematic[static_cast<std::size_t>((s.month - 1) / 3 + 1)];
    } else {
      ++y->thematic[static_cast<std::size_t>((s.month - 1) / 3 + 1)];
      y->thematic_months.add(s.month);
    }
  }
}

namespace {

// Whether some day of month (1-12) of year is within the ruleset's years: a
// month before its effective date (or after its end) has no meeting to
// score, and is neither counted nor missing (2018-Q4 under a ruleset in force
// from 14 December 2018 is its December alone).
bool in_force(const CompiledRuleset& r, int year, int month) {
  const int m = month_number(year, month);
  return m >= r.first_month_in_force && m <= r.last_month_in_force;
}

}  // namespace

MonthsInForce months_in_force(const CompiledRuleset& ruleset, Period period) {
  MonthsInForce in;
  for (int month = period.first_month(); month <= period.last_month(); ++month) {
    if (!in_force(ruleset, period.year, month)) continue;
    if (in.none()) in.first = month;
    in.last = month;
  }
  in.before_start =
      in.none() && month_number(period.year, period.last_month()) < ruleset.first_month_in_force;
  return in;
}

std::string months_in_force_span(const MonthsInForce& months, Period period) {
  if (months.none()) return "";
  std::string span;
  if (months.first != period.first_month()) {
    span = fmt::format("từ tháng {}/{}", months.first, period.year);
  }
  if (months.last != period.last_month()) {
    span += fmt::format("{}đến tháng {}/{}", span.empty() ? "" : " ", months.last, period.year);
  }
  return span;
}

DaysInForce days_in_force(const CompiledRuleset& ruleset) {
  return {format_date_vn(ruleset.effective_from),
          ruleset.effective_to > 0 ? format_date_vn(ruleset.effective_to) : ""};
}

CellPeriod roll_up(const CompiledRuleset& compiled, const Units& units, std::size_t unit_index,
                   const MeetingStore& store, Period period) {
  CellYear meetings{.year = period.year};
  gather_years(store, unit_index, std::span(&meetings, 1));
  return roll_up(compiled, units, unit_index, store, period, meetings);
}

CellPeriod roll_up(const CompiledRuleset& compiled, const Units& units, std::size_t unit_index,
                   const MeetingStore& store, Period period, const CellYear& meetings) {
  if (meetings.year != period.year) {
    throw std::invalid_argument("roll_up: the meetings gathered are of another year");
  }
  const Ruleset& r = compiled.model;
  const Rollup& policy = r.rollup;
  int lowest = static_cast<int>(r.grades.size()) - 1;
  CellPeriod c;
  c.unit = &units.units[unit_index];
  c.base = units.base_of(*c.unit);
  c.unit_index = static_cast<std::uint32_t>(unit_index);
  const MeetingStore::RejectedIn rejected = store.rejected_in(unit_index, period.year);
  for (int month = period.first_month(); month <= period.last_month(); ++month) {
    if (!in_force(compiled, period.year, month)) continue;
    MonthResult m;
    m.month = static_cast<std::int8_t>(month);
    if (const StoredMeeting* s = meetings.regular[static_cast<std::size_t>(month)]) {
      m.meeting = store.index_of(*s);
      m.grade = static_cast<std::int8_t>(s->grade);
    }
    if (!m.present() && !(rejected.months & (1u << month)) &&
        (rejected.months_outside_force & (1u << month))) {
      c.months_met_outside_force.add(month);
      continue;
    }
    if (!m.present()) {
      c.missing_months.add(month);
      if (rejected.months & (1u << month)) {
        c.rejected_missing_months.add(month);
      } else if (meetings.thematic_months.has(month)) {
        // A thematic meeting alone that month, said (rank_rows.cpp): a
        // regular meeting that took the theme too is of kind regular. A
        // rejected regular record is what to mend then, said instead.
        c.thematic_only_months.add(month);
      }
      // zero and lowest_grade: 0 points, the lowest grade
      m.grade = static_cast<std::int8_t>(lowest);
    }
    m.counted = m.present() || policy.missing_month != MissingMonth::Exclude;
    c.months.push_back(m);
  }
  std::array<Rational, 12> totals;  // of the counted months (a MonthList holds 12 at most)
  for (const MonthResult& m : c.months) {
    if (m.counted) totals[static_cast<std::size_t>(c.counted++)] = m.total(store);
  }
  c.score = mean_of(std::span(totals).first(static_cast<std::size_t>(c.counted)));
  const PeriodRule& rule = period.quarter == 0 ? policy.year : policy.quarter;
  c.of_year = period.quarter == 0;
  c.grade = static_cast<std::int16_t>(c.counted == 0               ? lowest
                                      : rule.by == RollupBy::Count ? grade_by_count(r, rule, c)
                                                                   : grade_of_score(r, c.score));
  c.grade_before_cap = c.grade;
  // Thematic meetings, quarter by quarter.
  int first_q = period.quarter == 0 ? 1 : period.quarter;
  int last_q = period.quarter == 0 ? 4 : period.quarter;
  for (int q = first_q; q <= last_q; ++q) {
    // A quarter none of whose months is in force asks for no thematic meeting.
    if (!in_force(compiled, period.year, q * 3 - 2) &&
        !in_force(compiled, period.year, q * 3 - 1) && !in_force(compiled, period.year, q * 3)) {
      continue;
    }
    const int n = meetings.thematic[static_cast<std::size_t>(q)];
    c.thematic_in_quarter[static_cast<std::size_t>(q - 1)] =
        static_cast<std::int8_t>(std::min(n, 127));
    // One a day at most (the store refuses a second): held to the field all the same.
    c.thematic_meetings = static_cast<std::int16_t>(
        std::min<int>(c.thematic_meetings + n, std::numeric_limits<std::int16_t>::max()));
    if (n < policy.thematic_per_quarter && (rejected.thematic_quarters_outside_force & (1u << q))) {
      c.quarters_met_outside_force.add(q);
    } else if (n < policy.thematic_per_quarter) {
      c.quarters_short_of_thematic.add(q);
      if (rejected.thematic_quarters & (1u << q)) c.rejected_short_quarters.add(q);
    }
  }
  if (!c.quarters_short_of_thematic.empty() && !policy.missing_thematic_at_most.empty()) {
    int cap = grade_index(r, policy.missing_thematic_at_most, c.grade);
    if (c.grade < cap) c.grade = static_cast<std::int16_t>(cap);
  }
  return c;
}

}  // namespace chibo
