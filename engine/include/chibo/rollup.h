// Roll-up: one cell's months gathered into a quarter or a year, by the
// ruleset's `rollup` section. A month without a regular meeting is never
// skipped silently: the policy (zero, lowest_grade, exclude) decides, and
// the month is listed. So is a quarter with too few thematic meetings.
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <vector>

#include "chibo/compiled_ruleset.h"
#include "chibo/meeting_store.h"
#include "chibo/period.h"
#include "chibo/units.h"

namespace chibo {

// A month of the CellPeriod's year: 8 bytes (12 of them a cell, 262,894
// cells at national scale).
struct MonthResult {
  std::uint32_t meeting = 0;  // its regular meeting's index in the store; 0: none
  std::int8_t month = 0;
  std::int8_t grade = 0;
  bool counted = false;                          // it enters the mean and the counts
  bool present() const { return meeting != 0; }  // a regular meeting was recorded
  // The meeting's total; 0 for a missing month.
  Rational total(const MeetingStore& store) const {
    return meeting ? store.total(store.meeting(meeting)) : Rational(0);
  }
};

// The months of a period, kept in the CellPeriod itself (at most 12): a list
// on the heap was 40 bytes more a cell, and an allocation.
class MonthList {
 public:
  void push_back(const MonthResult& m) { items_.at(size_++) = m; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const MonthResult& operator[](std::size_t i) const { return items_[i]; }
  const MonthResult* begin() const { return items_.data(); }
  const MonthResult* end() const { return items_.data() + size_; }

 private:
  std::array<MonthResult, 12> items_{};
  std::uint8_t size_ = 0;
};

// Months (1..12) or quarters (1..4) in two bytes: a list of its own for every
// cell was an allocation a cell.
class NumberSet {
 public:
  void add(int n) { bits_ = static_cast<std::uint16_t>(bits_ | (1u << n)); }
  bool empty() const { return bits_ == 0; }
  int size() const { return std::popcount(bits_); }
  std::vector<int> list() const {  // ascending
    std::vector<int> out;
    for (int n = 0; n < 16; ++n) {
      if (bits_ & (1u << n)) out.push_back(n);
    }
    return out;
  }

 private:
  std::uint16_t bits_ = 0;
};

// Its fields are ordered to leave no padding (262,894 of them at national scale).
struct CellPeriod {
  const Unit* unit = nullptr;
  const Unit* base = nullptr;  // its base organisation (itself for a base cell)
  Rational score;              // mean total of the counted months
  Period period;
  MonthList months;                      // every month of the period, in order
  std::uint32_t unit_index = 0;          // the unit's position in the units list
  int counted = 0;                       // months in the mean and the counts
  int grade = 0;                         // index into the ruleset's grades
  int grade_before_cap = 0;              // the grade without the thematic cap
  NumberSet missing_months;              // months (1..12) without a regular meeting
  NumberSet quarters_short_of_thematic;  // quarters (1..4)
  int thematic_meetings = 0;
};

CellPeriod roll_up(const CompiledRuleset& ruleset, const Units& units, std::size_t unit_index,
                   const MeetingStore& store, Period period);

}  // namespace chibo
