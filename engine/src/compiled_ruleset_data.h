// The inside of a CompiledRuleset (compiled_ruleset.h): what scorer.cpp and
// reason_text.cpp read. Built once by ruleset_compiler.cpp (each form's
// steps by form_steps.cpp), never changed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "chibo/compiled_ruleset.h"
#include "chibo/meeting.h"
#include "chibo/ruleset.h"
#include "expression.h"
#include "points_guard.h"

namespace chibo {

// Fixed slots every record fills; inputs, derived values and criteria follow.
enum BuiltinSlot : int {
  kSlotKind,
  kSlotDate,
  kSlotYear,
  kSlotMonth,
  kSlotQuarter,
  kSlotTotal,
  kBuiltinSlots
};

struct CompiledNode {
  const Criterion* criterion = nullptr;
  int parent = -1;  // node index, -1 at the top
  bool group = false;
  bool bonus = false;
  RuleKind kind = RuleKind::Condition;  // the criterion's, kept at hand
  Rational max;
  Rational met_points, unmet_points;  // Condition: the points when it holds, and when not
  int slot = 0;
  NotApplicable not_applicable = NotApplicable::Full;
  std::optional<CompiledExpression> applies_when, when, of, formula;
  // applies_when, when, of and formula in words (expression_words.h), for explain.
  std::string applies_words, when_words, of_words, formula_words;
  int first_rule = 0;  // into CompiledForm::rules
  int rule_count = 0;
  int value_input = -1;    // `of` names an input: its index (for labels)
  int value_derived = -1;  // `of` names a derived value: its index
  // The values `formula` and `when` name, in order of first use: explain
  // shows what they were. One of: an input or a derived value (index into
  // Ruleset::inputs or ::derived); a criterion of the form, whose points a
  // grade's or a veto's `when` reads (index into CompiledForm::nodes); a
  // built-in (kSlotKind .. kSlotTotal: the meeting's kind, day, year, month,
  // quarter, and the total a grade's or a veto's `when` reads).
  struct Named {
    int input = -1, derived = -1, node = -1, builtin = -1;
  };
  std::vector<Named> formula_names, when_names;
};

struct CompiledRule {
  const PointRule* rule = nullptr;
  std::optional<CompiledExpression> when, each;
};

struct CompiledGrade {
  std::vector<int> at_max;  // node indices
  std::optional<CompiledExpression> when;
  std::string when_words;                       // in words, for explain
  std::vector<CompiledNode::Named> when_names;  // what `when` reads, said with it
  std::vector<Rational> when_numbers;           // the numbers it writes (named_values.h)
};

struct CompiledVeto {
  std::optional<CompiledExpression> when;
  int at_most = 0;  // grade index
  // What `when` reads, said with the veto's reason: "Tỷ lệ đảng viên dự không
  // trên 85% (tỷ lệ đảng viên dự: 85%)".
  std::vector<CompiledNode::Named> names;
  std::vector<Rational> numbers;  // the numbers `when` writes (named_values.h)
};

// What score_meeting's loops read of a node, beside it in CompiledForm: a
// node's expressions make a CompiledNode hundreds of bytes, and each record
// walked them all twice.
struct NodeStep {
  Rational max, met_points, unmet_points;  // CompiledNode's
  int slot = 0, parent = -1;               // CompiledNode's
  // A Condition item that always applies and whose `when` is one value (`when:
  // content_prepared`, most items of a sheet): that value's slot, read there
  // as evaluating `when` would. -1: scored by score_item.
  int when_slot = -1;
  bool group = false, bonus = false;
  NotApplicable not_applicable = NotApplicable::Full;
  // CompiledForm::whole: max, met_points and unmet_points as integers.
  std::int64_t whole_max = 0, whole_met = 0, whole_unmet = 0;
};

// The bounds of CompiledForm::whole: every sum of at most kWholeNodes points
// of at most kWholeLimit in size fits in 64 bits with room to spare.
inline constexpr std::int64_t kWholeLimit = std::int64_t{1} << 40;
inline constexpr std::size_t kWholeNodes = 256;

struct CompiledForm {
  const Form* form = nullptr;
  std::vector<CompiledNode> nodes;  // pre-order
  std::vector<NodeStep> steps;      // one a node, in the same order
  std::vector<CompiledRule> rules;
  std::vector<CompiledGrade> grades;  // parallel to Ruleset::grades
  std::vector<CompiledVeto> vetoes;   // parallel to Ruleset::vetoes
  // The sum of the maxima of the items that are not bonus: the applicable
  // maximum when every item applies (each that does not, and is rescaled,
  // takes its own off). nullopt when it does not fit: then summed a meeting
  // at a time, as the items apply. Maxima are never negative (validated), so
  // every partial sum lies between the result and this.
  std::optional<Rational> full_max = Rational(0);
  // Every node's max, met_points and unmet_points whole and at most
  // kWholeLimit in size, full_max whole, at most kWholeNodes nodes (Hòa Bình's
  // sheets, and most): score_meeting adds the points up in integers, and
  // takes the general way only for a meeting whose item scored a fraction.
  bool whole = false;
  // A meeting's criteria before scoring: every node's maximum, nothing
  // earned. Copied whole into a score (one copy instead of a fill and a
  // write a node), once: a score made again on the same form is written
  // over (MeetingScore::criteria_of).
  std::vector<CriterionScore> blank;
  // This blank's number, unique in the process (kept by copies of the form).
  std::uint64_t blank_number = 0;
  // Per input: whether scoring a meeting on this form reads it (its own
  // expressions, and the ruleset's derived values and checks, worked out for
  // every meeting); one that no form reads counts as read by all. A required
  // input this form does not read may be left empty on its meetings (a
  // thematic sheet's meeting need not give the month's task completion that
  // only the regular sheet scores).
  std::vector<bool> reads_input;
  // Whether adding up this form's points can fail for a meeting, and what
  // of its values says so (points_guard.h): a meeting whose points no one
  // wants is then checked only (score_meeting's wants_points).
  PointsGuard points_guard;
};

struct CompiledDerived {
  int index = 0;  // into Ruleset::derived
  int slot = 0;
  CompiledExpression expr;
};

struct CompiledRuleset {
  CompiledRuleset() = default;
  CompiledRuleset(const CompiledRuleset&) = delete;  // nodes point into model
  CompiledRuleset& operator=(const CompiledRuleset&) = delete;

  Ruleset model;
  int slot_count = kBuiltinSlots;
  int first_input_slot = kBuiltinSlots;
  std::vector<std::optional<Rational>> defaults;  // per input
  std::vector<CompiledDerived> derived;           // in evaluation order
  std::vector<int> derived_slot;                  // per Ruleset::derived
  std::vector<CompiledExpression> checks;         // parallel to Ruleset::checks
  // Parallel to checks: the inputs and derived values each names, said with
  // its rejection ("... (có mặt: 10; số đảng viên phải sinh hoạt: 28)").
  std::vector<std::vector<CompiledNode::Named>> check_names;
  std::optional<CompiledExpression> counts_as_thematic;  // Rollup::counts_as_thematic
  std::vector<CompiledForm> forms;
  int form_for_kind[2] = {-1, -1};           // by MeetingKind
  int effective_from = 0, effective_to = 0;  // days; to 0 = open
  // The same as months (year * 12 + month - 1): a month is in force when
  // some day of it is (rollup.cpp, for every cell rolled up: two dates a
  // month worked out there were 14% of a national ranking's roll-up).
  int first_month_in_force = 1970 * 12, last_month_in_force = std::numeric_limits<int>::max();
  // model.presentation with '.' and no zeros trimmed: how machine_number()
  // writes (made once: a copy a number was most of writing one).
  Presentation machine;
};

// The most criterion n of form can reach on this meeting's sheet: its max,
// but nothing for an item left off the sheet (not applicable, its policy
// rescale), and for a group less the maxima of its items left off. What a
// grade's at_max asks of it (scorer.cpp).
Rational sheet_max(const CompiledForm& form, const MeetingScore& s, std::size_t n);

// The maximum criterion n is shown out of: sheet_max (a group with an item
// left off, 26 of 30, not '26/30' for a group that lost nothing), unless it
// is left off altogether (its own maximum, beside 'không áp dụng').
Rational shown_max(const CompiledForm& form, const MeetingScore& s, std::size_t n);

// Whether criterion n of form is left off this meeting's sheet: an item that
// does not apply, its policy rescale (it scores 0 and its maximum is taken
// off the sheet's), or a group with items, every one of them left off. What
// is shown of it is nothing, or "không áp dụng": 0 would read as points lost.
bool left_off(const CompiledForm& form, const MeetingScore& s, std::size_t n);
// Whether criterion n can be left off some meeting's sheet: an item with
// applies_when, its policy rescale, or a group of such items only. Writers
// look at left_off for these alone.
bool may_be_left_off(const CompiledForm& form, std::size_t n);

}  // namespace chibo
