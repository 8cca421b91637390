// Ruleset: a province's scoring regulation as plain data.
//
// The loader fills these structs from YAML (after applying `extends`), the
// validator checks them as a whole, and compile() turns them into the
// immutable form that scoring runs (compiled_ruleset.h). Nothing here
// evaluates anything. Every element keeps the Location it was written at, so
// any later problem can be reported as FILE:LINE:COL.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chibo/diagnostic.h"
#include "chibo/number_format.h"
#include "chibo/rational.h"

namespace chibo {

// An expression as written in the ruleset, with where its text starts.
// An expression's text on one line, as explain and messages show it: each
// run of spaces, tabs and line breaks (a long one written as a `|` or `>`
// block) one space, none at the ends.
std::string one_line_expression(std::string_view text);

struct ExprText {
  std::string text;  // as written (its line breaks place the parser's errors)
  Location where;    // of the first character of the expression text
  // Written over lines: where each line of the text is in the file (its
  // YAML node's pieces); none for a text on one line.
  std::vector<TextPiece> pieces;
  bool empty() const { return text.empty(); }
  std::string shown() const { return one_line_expression(text); }
};

enum class InputType { Integer, Number, Percent, YesNo, Choice, Minutes, Date };
const char* input_type_name(InputType t);  // "integer", "number", ...

struct ChoiceOption {
  std::string id;
  std::string label;
  // Both case-folded (utf8.h fold_case), made once: a record may write the
  // choice in other capitals ("TỐT" for "Tốt"), and folding the options
  // for each such record made scoring six times slower.
  std::string folded_id, folded_label;
};

struct Input {
  std::string id;
  Location where;
  InputType type = InputType::Number;
  std::string label;
  std::string unit;  // shown after values ("%", "phút"); percent defaults to "%"
  std::optional<Rational> min, max;
  std::optional<std::string> default_value;  // as written; parsed like a record field
  bool required = true;                      // false when a default is given
  std::vector<ChoiceOption> options;         // Choice only
  std::string note;
};

struct Derived {
  std::string id;
  Location where;
  ExprText expr;
  std::string label;
  std::string unit;
};

struct Check {
  std::string id;
  Location where;
  ExprText require;
  std::string message;
};

// Policy for an item whose applies_when is false this month.
enum class NotApplicable { Full, Rescale, Zero };

struct BandRow {
  Location where;
  Rational from;
  bool from_read = true;  // false: 'from' was no number (said so): not compared with other rows
  std::optional<Rational> to;  // exclusive ("dưới"); absent = up to the row above
  Rational points;
  std::string label;
};

struct PointRule {  // one line of a deduction or bonus list
  Location where;
  ExprText when;  // condition, or
  ExprText each;  // a count: points are taken once per unit
  Rational points;
  std::string reason;
};

enum class RuleKind { Condition, Bands, Proportional, Deductions, Bonus, Formula };

struct Criterion {
  std::string id;
  Location where;
  std::string label;
  std::optional<Rational> max;  // groups: optional (defaults to the sum of items)
  std::string note;
  std::vector<Criterion> items;  // non-empty: a group
  bool is_group() const { return !items.empty(); }

  // Items only.
  RuleKind kind = RuleKind::Condition;
  ExprText applies_when;
  std::optional<NotApplicable> not_applicable;  // overrides the ruleset's policy
  // Condition: `when` earns `points` (default max), else `otherwise` (default 0).
  ExprText when;
  std::optional<Rational> points;
  Rational otherwise;
  std::string reason;  // said when the condition fails
  // Bands / Proportional: the value looked at.
  ExprText of;
  std::vector<BandRow> bands;
  Rational from, to;    // Proportional: 0 points at `from`, max at `to`
  Location from_where;  // Proportional: of `from` (a range written backwards is said there)
  // Deductions (from max, not below floor) and Bonus (up to cap = max).
  std::vector<PointRule> rules;
  Rational floor;
  // Formula: points = the expression, clamped to 0..max.
  ExprText formula;
};

// The most grades a ruleset has (the validator): a grade's index is kept in
// 7 bits (StoredMeeting) and a byte (MonthList).
inline constexpr std::size_t kMaxGrades = 100;

struct Grade {
  std::string id;
  Location where;
  std::string label;
  Rational from;
  bool from_read = true;  // false: 'from' was no number (said so): not compared with other grades
  std::vector<std::string> at_max;  // item or group ids that must be at maximum
  Location at_max_where;
  ExprText when;  // an extra condition
};

struct Veto {
  Location where;
  ExprText when;
  std::string at_most;  // grade id
  std::string reason;
};

// A scoring sheet: which meeting kinds it scores and its criteria.
struct Form {
  std::string id;
  Location where;
  std::vector<std::string> kinds;  // "regular", "thematic"
  std::vector<Criterion> criteria;
  std::vector<Location> kind_wheres;  // each of kinds' (a fault of one said there)
};

enum class MissingMonth { Zero, LowestGrade, Exclude };
enum class RollupBy { Mean, Count };

struct CountRule {  // "Tốt if every meeting >= Khá and at least 7 at Tốt"
  Location where;
  std::string grade;
  std::string all_at_least;  // grade id or ""
  // grade id -> count, as written (validated 0 to 12: not cut to an int first)
  std::vector<std::pair<std::string, std::int64_t>> at_least;
};

struct PeriodRule {
  Location where;
  RollupBy by = RollupBy::Mean;
  std::vector<CountRule> rules;  // Count only; first that holds wins
  std::string otherwise;         // Count only: the grade when none holds
};

struct Rollup {
  Location where;
  MissingMonth missing_month = MissingMonth::Zero;
  int thematic_per_quarter = 0;          // 0: no requirement
  std::string missing_thematic_at_most;  // grade id cap for such a quarter; "" = flag only
  Location missing_thematic_where;       // its value's place, when written
  // A regular meeting for which this holds was combined with a thematic one
  // and counts as the quarter's thematic meeting too (empty: none does).
  ExprText counts_as_thematic;
  PeriodRule quarter, year;
  bool present = false;
};

struct Example {
  std::string name;
  Location where;
  std::string kind;  // "" = the first kind the ruleset scores
  std::string date;  // "" = the start of the effective period
  std::vector<std::pair<std::string, std::string>> record;  // input id -> value as text
  std::vector<Location> record_where;
  std::optional<Rational> expect_total;
  std::string expect_grade;
  std::vector<std::pair<std::string, Rational>> expect_points;
  std::vector<Location> expect_points_where;
  std::optional<std::string> expect_rejected;  // substring of the reason
};

// Checking self-scores: a meeting is listed when the cell's own total is
// above the computed (or the reviewer's) total by more than `tolerance`
// points, or a criterion by more than `criterion_tolerance`.
struct AuditPolicy {
  Rational tolerance = 0;
  Rational criterion_tolerance = 0;
};

struct Source {
  std::string document, date, issuer, note;
};

// What a tailored ruleset's `remove` took out of its base (a group's items
// with it): an expression or a grade's at_max still naming it is told where
// it went, and a sum it leaves short is said at the removal (the compiler
// and the validator). An `override` of a choice input's `options` that
// leaves one out is one too: an expression still naming that option is told
// at the override.
struct Removal {
  std::string name;    // as written: inputs.ID, derived.ID, criteria.ID, ...
  Location where;      // the item of 'remove' (an option's: the override's 'options')
  std::string group;   // a criterion's: the group it was an item of ("" at the top)
  std::string form;    // a criterion's: the id of the form it was in ("" in 'criteria')
  std::string option;  // not "": the option of input name an override left out (name stays)
  // The tailoring wrote the section ('derived:') whole, which replaced the
  // base's, and left this one out: where is that key (not a 'remove').
  bool replaced = false;
};

struct Ruleset {
  std::string file;          // the file it was loaded from (the child, after extends)
  std::string content_hash;  // SHA-256 (hex) of the resolved ruleset, as `chibo resolve` prints it
  std::string id;
  Location id_where;
  std::string title;
  Source source;
  std::string version;
  std::string effective_from, effective_to;  // YYYY-MM-DD; to may be ""
  std::string extends;                       // as written, for information
  Location extends_where;  // the file's own 'extends' value (line 0 when it extends none)
  std::vector<std::string> kinds;
  Rational scale = 100;
  Location scale_where;
  NotApplicable not_applicable = NotApplicable::Full;
  std::vector<Input> inputs;
  std::vector<Derived> derived;
  std::vector<Check> checks;
  std::vector<Form> forms;  // a top-level `criteria` becomes one form for all kinds
  std::vector<Grade> grades;
  std::vector<Veto> vetoes;
  Rollup rollup;
  std::vector<std::string> tie_break;
  std::vector<Location> tie_break_where;  // each key's, in tie_break's order
  Presentation presentation;
  AuditPolicy audit;
  std::vector<Example> examples;
  std::vector<Removal> removed;  // along the extends chain, base first
  // The files it extends, nearest first: inputs as much as `file` (no
  // output may be written over one).
  std::vector<std::string> bases;
};

}  // namespace chibo
