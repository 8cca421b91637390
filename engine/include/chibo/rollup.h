// Roll-up: one cell's months gathered into a quarter or a year, by the
// ruleset's `rollup` section. A month without a regular meeting is never
// skipped silently: the policy (zero, lowest_grade, exclude) decides, and
// the month is listed. So is a quarter with too few thematic meetings.
#pragma once

#include <cstdint>
#include <vector>

#include "chibo/compiled_ruleset.h"
#include "chibo/meeting_store.h"
#include "chibo/period.h"
#include "chibo/units.h"

namespace chibo {

// A month of the CellPeriod's year: 16 bytes (12 of them a cell, 262,894
// cells at national scale).
struct MonthResult {
  const StoredMeeting* meeting = nullptr;  // its regular meeting, if present
  std::int16_t month = 0;
  std::int16_t grade = 0;
  bool counted = false;                                // it enters the mean and the counts
  bool present() const { return meeting != nullptr; }  // a regular meeting was recorded
  // The meeting's total; 0 for a missing month.
  Rational total(const MeetingStore& store) const {
    return meeting ? store.total(*meeting) : Rational(0);
  }
};

struct CellPeriod {
  const Unit* unit = nullptr;
  const Unit* base = nullptr;  // its base organisation (itself for a base cell)
  std::size_t unit_index = 0;
  Period period;
  std::vector<MonthResult> months;              // every month of the period, in order
  int counted = 0;                              // months in the mean and the counts
  Rational score;                               // mean total of the counted months
  int grade = 0;                                // index into the ruleset's grades
  int grade_before_cap = 0;                     // the grade without the thematic cap
  std::vector<int> missing_months;              // months (1..12) without a regular meeting
  std::vector<int> quarters_short_of_thematic;  // quarters (1..4)
  int thematic_meetings = 0;
};

CellPeriod roll_up(const CompiledRuleset& ruleset, const Units& units, std::size_t unit_index,
                   const MeetingStore& store, Period period);

}  // namespace chibo
