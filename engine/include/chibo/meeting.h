// Meeting records and their scores.
//
// A MeetingRecord is one month's meeting of one cell, already checked against
// a ruleset's inputs (record_checker.h). A MeetingScore is what scoring gives:
// points per criterion, the total and the grade, plus what happened along the
// way so that every lost point can be explained (explain.h).
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "chibo/diagnostic.h"
#include "chibo/rational.h"

namespace chibo {

enum class MeetingKind : std::uint8_t { Regular = 0, Thematic = 1 };
const char* meeting_kind_id(MeetingKind k);  // "regular", "thematic"
// The kind as reports and messages say it: "thường kỳ", "chuyên đề"; of an
// id ("regular", "thematic": a ruleset's `kinds`), "" for another.
const char* meeting_kind_words(MeetingKind k);
const char* meeting_kind_words(std::string_view id);

// A score written on the record by someone (audit.h): the cell's own score
// ("self") or the upper-level member's ("reviewer"), for the total or for one
// criterion.
enum class ClaimBy : std::uint8_t { Self = 0, Reviewer = 1 };
const char* claim_by_id(ClaimBy b);  // "self", "reviewer"

struct Claim {
  ClaimBy by = ClaimBy::Self;
  std::string criterion;  // a criterion id; empty: the total
  Rational points;
};

// A record's date that could not be read (RecordChecker::check).
inline constexpr int kNoDate = std::numeric_limits<int>::min();

// How a record's date was written, as far as the order of its day and month
// goes (RecordChecker::check sets it): a file saved on a computer set to the
// United States' format writes them month first, and the dates that read
// either way are then misread unsaid (file_notes.h says so, once a file).
enum class DateOrder : std::uint8_t {
  Plain,      // year first, a day past 12, or day and month alike: one reading
  EitherWay,  // read D/M/YYYY, both at most 12 and unalike (3/5/2024): the 3 May
  MonthFirst  // refused, a date read month first (3/15/2024: no month 15)
};

struct MeetingRecord {
  Location where;  // file and line it was read from
  std::string cell_id;
  int date = 0;  // days since 1970-01-01; kNoDate: not read (a rejected record's)
  MeetingKind kind = MeetingKind::Regular;
  // Of its dates (the meeting's, and inputs of type date) the one most
  // telling of a month-first file; set for a rejected record too.
  DateOrder date_order = DateOrder::Plain;
  // Of its shares (percent inputs), the first refused as a fraction ("0.9",
  // advised to be written 90) and, of a record that passed its checks, the
  // first written "1" and so read as 1%: in a file of fractions, its 100%
  // (file_notes.h says so, once a file). The input's index; -1: none.
  std::int16_t share_fraction = -1, share_one = -1;
  std::vector<Rational> inputs;  // one per ruleset input, in the ruleset's order
  std::vector<Claim> claims;     // in column order; empty when the file has no such columns
  // Claims that were no score, left out of claims (RecordChecker::check),
  // "; "-separated; empty for nearly every record.
  std::string claim_faults;
};

// One criterion (group or item) of the form that scored the meeting, in the
// form's pre-order.
struct CriterionScore {
  Rational points;
  Rational max;
  bool applicable = true;
  bool met = false;  // Condition: the condition held
  int band = -1;     // Bands: the row that applied (-1: below every row)
  Rational value;    // Bands, Proportional: the value looked at
};

// Why the grade is not the one the total alone gives.
struct GradeStep {
  int from_grade = 0;  // the grade passed over
  int to_grade = 0;
  int veto = -1;         // >= 0: this veto capped the grade
  int failed_node = -1;  // >= 0: this criterion was not at its maximum
  bool failed_when = false;
};

struct MeetingScore {
  int form = 0;
  std::vector<CriterionScore> criteria;
  // The form's blank criteria was copied from (its number; 0: none): a
  // score made again on it writes over what scoring changes instead of
  // copying the blank again (two kilobytes a meeting: 5% of `rank`'s time).
  std::uint64_t criteria_of = 0;
  std::vector<Rational> rule_counts;  // per deduction/bonus rule of the form: times applied
  Rational total;
  // How the total came about: earned points of the sheet (bonus apart), the
  // maximum of the items that applied (rescale policy), the bonus, and
  // whether the scale capped the sum.
  Rational earned, applicable_max, scaled, bonus;  // scaled: earned after rescaling
  bool rescaled = false, capped = false;
  int grade = -1;        // index into the ruleset's grades
  int total_grade = -1;  // the grade the total alone would give
  std::vector<GradeStep> steps;
  std::vector<Rational> slots;  // every value computed, for explanations
  std::string rejected;         // non-empty: the meeting could not be scored, and why
  // Its points left unadded, as no one wanted them (score_meeting's wants_points).
  bool points_left = false;
};

}  // namespace chibo
