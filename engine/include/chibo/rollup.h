// Roll-up: one cell's months gathered into a quarter or a year, by the
// ruleset's `rollup` section. A month without a regular meeting is never
// skipped silently: the policy (zero, lowest_grade, exclude) decides, and
// the month is listed. So is a quarter with too few thematic meetings.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "chibo/compiled_ruleset.h"
#include "chibo/meeting_store.h"
#include "chibo/period.h"
#include "chibo/units.h"

namespace chibo {

// A month of the CellPeriod's year, as MonthList gives it.
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

// The months of a period (3 or 12, one after another), kept in the CellPeriod
// itself as columns: a month's meeting and grade, its number from the first
// month's, whether it counts in a bit. 64 bytes for 12 months where a list of
// MonthResult took 100 (262,894 cells at national scale: 9 MB), and a list
// on the heap was an allocation a cell. Months are given by value.
class MonthList {
 public:
  class Iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = MonthResult;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = MonthResult;
    Iterator(const MonthList* list, std::size_t at) : list_(list), at_(at) {}
    MonthResult operator*() const { return (*list_)[at_]; }
    Iterator& operator++() {
      ++at_;
      return *this;
    }
    bool operator==(const Iterator& o) const { return at_ == o.at_; }
    bool operator!=(const Iterator& o) const { return at_ != o.at_; }

   private:
    const MonthList* list_;
    std::size_t at_;
  };

  // Months come in order, each the one after the last (std::invalid_argument
  // otherwise; std::out_of_range past 12).
  void push_back(const MonthResult& m) {
    if (size_ == kMonths) throw std::out_of_range("MonthList: more than 12 months");
    if (size_ == 0) first_month_ = m.month;
    if (m.month != first_month_ + size_) {
      throw std::invalid_argument("MonthList: months must follow one another");
    }
    meeting_[size_] = m.meeting;
    grade_[size_] = m.grade;
    if (m.counted) counted_ = static_cast<std::uint16_t>(counted_ | (1u << size_));
    ++size_;
  }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  MonthResult operator[](std::size_t i) const {
    MonthResult m;
    m.meeting = meeting_[i];
    m.month = static_cast<std::int8_t>(first_month_ + static_cast<int>(i));
    m.grade = grade_[i];
    m.counted = ((counted_ >> i) & 1u) != 0;
    return m;
  }
  Iterator begin() const { return {this, 0}; }
  Iterator end() const { return {this, size_}; }

 private:
  static constexpr std::uint8_t kMonths = 12;
  std::array<std::uint32_t, kMonths> meeting_{};
  std::array<std::int8_t, kMonths> grade_{};
  std::int8_t first_month_ = 0;
  std::uint8_t size_ = 0;
  std::uint16_t counted_ = 0;  // bit i: the i-th month counts
};

// Months (1..12) or quarters (1..4) in two bytes: a list of its own for every
// cell was an allocation a cell.
class NumberSet {
 public:
  void add(int n) { bits_ = static_cast<std::uint16_t>(bits_ | (1u << n)); }
  bool empty() const { return bits_ == 0; }
  bool has(int n) const { return (bits_ & (1u << n)) != 0; }
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
  const Unit* base = nullptr;            // its base organisation (itself for a base cell)
  Rational score;                        // mean total of the counted months
  MonthList months;                      // every month of the period, in order
  std::uint32_t unit_index = 0;          // the unit's position in the units list
  std::int16_t grade = 0;                // index into the ruleset's grades (kMaxGrades at most)
  std::int16_t grade_before_cap = 0;     // the grade without the thematic cap
  std::int16_t thematic_meetings = 0;    // one a day at most (the store refuses another)
  std::int16_t counted = 0;              // months in the mean and the counts (0..12)
  bool of_year = false;                  // rolled up for a year (else a quarter)
  NumberSet missing_months;              // months (1..12) without a regular meeting
  NumberSet rejected_missing_months;     // of those, the ones a record was rejected for
  NumberSet thematic_only_months;        // of those, the ones with a thematic meeting only
  NumberSet quarters_short_of_thematic;  // quarters (1..4)
  NumberSet rejected_short_quarters;     // of those, the ones a thematic record was rejected for
  // Months and quarters only partly in force whose meeting (regular, or the
  // quarter's thematic one) was held on a day outside the ruleset's effective
  // dates and rejected for it: neither counted nor missing, as the days out
  // of force are not (a cell met on 10/12/2018, before QĐ 31 of 14/12/2018).
  NumberSet months_met_outside_force;
  NumberSet quarters_met_outside_force;
  // Thematic meetings held in quarter q at [q - 1] (127 at most): how many
  // a quarter short of the ruleset's thematic_per_quarter had.
  std::array<std::int8_t, 4> thematic_in_quarter{};

  // Whether the period has a month to grade the cell by: none when each of
  // its months is out of the ruleset's force, or was met on a day out of
  // force (months_met_outside_force). A cell with none is not graded (its
  // grade and score of 0 mean nothing), ranked or counted by grade. (Its
  // months, each counted when held or else missing: none of either.)
  bool graded() const { return counted > 0 || !missing_months.empty(); }
};

// A cell's meetings of one year, sorted into months and quarters: all that
// a roll-up reads of them. Gathered in one walk over the cell's meetings
// (each step may be a cache miss at national scale), for one year or two.
struct CellYear {
  int year = 0;
  std::array<const StoredMeeting*, 13> regular{};  // by month 1..12; the last one kept
  std::array<int, 5> thematic{};                   // meetings by quarter 1..4
  NumberSet thematic_months{};                     // months 1..12 with a thematic meeting
};

// The cell's meetings of each years[i].year into years[i] (whose months and
// quarters are cleared first), all in one walk: a quarter and its previous
// one may lie in two years. One year or two different ones
// (std::invalid_argument otherwise).
void gather_years(const MeetingStore& store, std::size_t unit_index, std::span<CellYear> years);

// The months of period (1-12) that are within the ruleset's effective dates
// (some day of the month is): the ones a roll-up counts. A month before
// effective.from or after effective.to is neither counted nor missing.
struct MonthsInForce {
  int first = 0, last = -1;   // none when last < first
  bool before_start = false;  // none, as the period ends before effective.from
  bool none() const { return last < first; }
};
MonthsInForce months_in_force(const CompiledRuleset& ruleset, Period period);
// The months of period counted, as messages say them when some are not:
// "từ tháng 12/2018", "đến tháng 5/2024", "từ tháng 3/2024 đến tháng
// 5/2024"; "" when every month of the period is in force, or none is.
std::string months_in_force_span(const MonthsInForce& months, Period period);

// The ruleset's effective dates as messages say a day, DD/MM/YYYY (files
// and the ruleset keep YYYY-MM-DD): from, and to ("" when it sets no end).
struct DaysInForce {
  std::string from, to;
  // "từ 14/12/2018", "từ 14/12/2018 đến 31/05/2024".
  std::string span() const { return to.empty() ? "từ " + from : "từ " + from + " đến " + to; }
};
DaysInForce days_in_force(const CompiledRuleset& ruleset);

// The grade a score reaches: the first (best) whose `from` it is at or above.
int grade_of_score(const Ruleset& r, Rational score);

// Of a period graded by counting its months' grades (a rule `by: count`;
// of_year says which: a year cut by the ruleset's dates has fewer months), why it did not reach the
// nearest better grade a rule gives: that grade's conditions it fails, in Vietnamese
// ("Tốt cần ít nhất 7 tháng Tốt, có 6"); "" when graded by the mean, or none.
std::string count_shortfall(const Ruleset& r, const CellPeriod& c);
// The same, of the grade it was given: the conditions its months met
// ("Tốt vì có 8 tháng Tốt (cần ít nhất 7) và mọi tháng từ Khá trở lên"),
// said when that grade is better than its mean reaches (89,83 Tốt, where
// Tốt is from 90, had no word); "" when graded by the mean, or by no rule.
std::string count_reached(const Ruleset& r, const CellPeriod& c);

CellPeriod roll_up(const CompiledRuleset& ruleset, const Units& units, std::size_t unit_index,
                   const MeetingStore& store, Period period);
// The same, from the cell's meetings of period.year, gathered
// (std::invalid_argument when meetings.year is another).
CellPeriod roll_up(const CompiledRuleset& ruleset, const Units& units, std::size_t unit_index,
                   const MeetingStore& store, Period period, const CellYear& meetings);

}  // namespace chibo
