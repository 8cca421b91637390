#include "chibo/scorer.h"

#include <algorithm>
#include <span>

#include <fmt/format.h>

#include "compiled_ruleset_data.h"
#include "date.h"
#include "named_values.h"

namespace chibo {
namespace {

class Evaluation {
 public:
  // s.slots must have their final size: they are read through a view made once.
  explicit Evaluation(MeetingScore& s) : slots_(s.slots) {}

  // Inline: 34 times a record, mostly a slot read or compared inline
  // (the call cost more than the reading).
  [[gnu::always_inline]] Rational eval(const CompiledExpression& e) {
    Rational out;
    EvalStatus st = e.evaluate(slots_, out);
    if (st != EvalStatus::Ok) fail(&e.text(), st);
    return out;
  }
  bool test(const std::optional<CompiledExpression>& e) { return e && eval(*e) != Rational(0); }
  bool failed() const { return failed_expr_ != nullptr; }
  std::string failure_text() const {
    return fmt::format(
        "không tính được '{}': {}", one_line_expression(*failed_expr_),
        failed_status_ == EvalStatus::DivisionByZero ? "phép chia cho 0" : kTooLarge);
  }

  Rational checked(std::optional<Rational> v) {
    if (!v) {
      fail(&kTotalText, EvalStatus::Overflow);
      return Rational(0);
    }
    return *v;
  }

 private:
  static inline const std::string kTotalText = "tổng điểm";
  // An overflow: of a number's size, or of a fraction's denominator (a tiny
  // share such as 0,000000001 times a large count), which "số quá lớn" alone
  // did not tell.
  static constexpr const char* kTooLarge =
      "số quá lớn hoặc có quá nhiều chữ số sau dấu phẩy để tính chính xác";
  std::span<const Rational> slots_;
  // The first division by zero or overflow in the ruleset's own arithmetic.
  void fail(const std::string* expr, EvalStatus st) {
    if (failed_expr_) return;
    failed_expr_ = expr;
    failed_status_ = st;
  }
  const std::string* failed_expr_ = nullptr;
  EvalStatus failed_status_ = EvalStatus::Ok;
};

Rational clamp(Rational v, Rational lo, Rational hi) { return max(lo, min(v, hi)); }

void score_item(const CompiledForm& form, const CompiledNode& node, CriterionScore& cs,
                MeetingScore& s, Evaluation& ev) {
  if (node.kind == RuleKind::Condition) {  // most items: no look at the criterion
    cs.met = ev.test(node.when);
    cs.points = cs.met ? node.met_points : node.unmet_points;
    return;
  }
  const Criterion& c = *node.criterion;
  switch (c.kind) {
    case RuleKind::Condition:
      break;  // above
    case RuleKind::Bands: {
      cs.value = ev.eval(*node.of);
      cs.points = 0;
      cs.band = -1;
      for (std::size_t i = 0; i < c.bands.size(); ++i) {
        const BandRow& row = c.bands[i];
        // Rows run from the highest down and are contiguous (validated), so
        // the first row whose lower bound the value reaches is its row.
        if (row.from <= cs.value && (!row.to || cs.value < *row.to)) {
          cs.band = static_cast<int>(i);
          cs.points = row.points;
          break;
        }
      }
      break;
    }
    case RuleKind::Proportional: {
      cs.value = ev.eval(*node.of);
      Rational span = ev.checked(subtract(c.to, c.from));
      Rational part = ev.checked(subtract(cs.value, c.from));
      Rational share = clamp(ev.checked(divide(part, span)), 0, 1);
      cs.points = ev.checked(multiply(share, node.max));
      break;
    }
    case RuleKind::Deductions:
    case RuleKind::Bonus: {
      bool deduct = c.kind == RuleKind::Deductions;
      Rational sum = 0;
      for (int i = 0; i < node.rule_count; ++i) {
        auto index = static_cast<std::size_t>(node.first_rule + i);
        const CompiledRule& rule = form.rules[index];
        Rational times = rule.when ? Rational(ev.test(rule.when) ? 1 : 0)
                                   : max(Rational(0), ev.eval(*rule.each));
        s.rule_counts[index] = times;
        sum = ev.checked(add(sum, ev.checked(multiply(times, rule.rule->points))));
      }
      cs.points = deduct ? max(c.floor, ev.checked(subtract(node.max, sum))) : min(sum, node.max);
      break;
    }
    case RuleKind::Formula:
      cs.value = ev.eval(*node.formula);  // as worked out: explain says when it was cut
      cs.points = clamp(cs.value, 0, node.max);
      break;
  }
}

// An item that does not apply: what scoring it would have written (its
// value, band, whether met) as the blank has it, not as the last meeting
// scored on this score left it (s.criteria is written over: criteria_of).
void left_unscored(const CompiledForm& form, std::size_t n, CriterionScore& cs) {
  const CriterionScore& blank = form.blank[n];
  cs.met = blank.met;
  cs.band = blank.band;
  cs.value = blank.value;
}

// Scores every item of form into s.criteria, adds the groups up (their
// points, and every node's slot) and the sheet (s.earned, applicable_max,
// bonus and rescaled).
void add_up(const CompiledForm& form, MeetingScore& s, Evaluation& ev) {
  // The sizes and the arrays are read once here: written through s, which
  // the compiler must assume may change them, each loop reloaded them for
  // every node (20,000 records: 140.1 -> 133.7 million instructions).
  const CompiledNode* const nodes = form.nodes.data();
  const NodeStep* const steps = form.steps.data();
  const std::size_t node_count = form.nodes.size();
  CriterionScore* const criteria = s.criteria.data();
  Rational* const slots = s.slots.data();
  Rational earned = 0, applicable_max = form.full_max.value_or(0), bonus = 0;
  bool rescale = false;
  for (std::size_t n = 0; n < node_count; ++n) {
    const NodeStep& step = steps[n];
    CriterionScore& cs = criteria[n];
    if (step.group) {
      cs.points = 0;  // its items' are added to it below
      continue;
    }
    if (step.when_slot >= 0) {
      // Applies (as blank says), met when its one value is not 0: what
      // score_item finds, without its look at the node's expressions.
      cs.met = slots[step.when_slot] != Rational(0);
      cs.points = cs.met ? step.met_points : step.unmet_points;
    } else {
      const CompiledNode& node = nodes[n];
      cs.applicable = !node.applies_when || ev.test(node.applies_when);
      if (cs.applicable) {
        score_item(form, node, cs, s, ev);
      } else {
        left_unscored(form, n, cs);
        cs.points = step.not_applicable == NotApplicable::Full ? step.max : Rational(0);
        rescale = rescale || step.not_applicable == NotApplicable::Rescale;
      }
    }
    if (step.bonus) {
      bonus = ev.checked(add(bonus, cs.points));
    } else {
      earned = ev.checked(add(earned, cs.points));
      const bool counts = cs.applicable || step.not_applicable != NotApplicable::Rescale;
      if (!form.full_max && counts) {
        applicable_max = ev.checked(add(applicable_max, step.max));
      } else if (form.full_max && !counts) {
        applicable_max = ev.checked(subtract(applicable_max, step.max));
      }
    }
  }
  // Groups hold the sum of their items; children follow parents in
  // pre-order, so walking backwards finishes every child before its parent.
  for (std::size_t n = node_count; n-- > 0;) {
    const NodeStep& step = steps[n];
    slots[step.slot] = criteria[n].points;
    if (step.parent >= 0) {
      CriterionScore& parent = criteria[step.parent];
      parent.points = ev.checked(add(parent.points, criteria[n].points));
    }
  }
  s.earned = earned;
  s.applicable_max = applicable_max;
  s.bonus = bonus;
  s.rescaled = rescale;
}

// add_up for a form whose points are whole (CompiledForm::whole): the same
// scores, added in 64-bit integers, which cannot overflow within the form's
// bounds (a Rational add tests two denominators and an overflow, in a chain
// of sums: 530 of score_meeting's 6,100 instructions a national record, and
// about 7% of `score -j 1`'s time). false, when an item scored a fraction or
// a number beyond kWholeLimit: then add_up scores the meeting again from
// the start (writing all that this wrote).
bool add_up_whole(const CompiledForm& form, MeetingScore& s, Evaluation& ev) {
  const CompiledNode* const nodes = form.nodes.data();
  const NodeStep* const steps = form.steps.data();
  const std::size_t node_count = form.nodes.size();
  CriterionScore* const criteria = s.criteria.data();
  Rational* const slots = s.slots.data();
  std::int64_t points[kWholeNodes];  // every node's, written in the first loop
  std::int64_t earned = 0, applicable_max = form.full_max->num(), bonus = 0;
  bool rescale = false;
  for (std::size_t n = 0; n < node_count; ++n) {
    const NodeStep& step = steps[n];
    if (step.group) {
      points[n] = 0;
      continue;
    }
    CriterionScore& cs = criteria[n];
    std::int64_t p = 0;
    if (step.when_slot >= 0) {
      cs.met = slots[step.when_slot] != Rational(0);
      p = cs.met ? step.whole_met : step.whole_unmet;
      cs.points = p;
    } else {
      const CompiledNode& node = nodes[n];
      cs.applicable = !node.applies_when || ev.test(node.applies_when);
      if (cs.applicable) {
        score_item(form, node, cs, s, ev);
        if (!cs.points.is_integer() || cs.points.num() > kWholeLimit ||
            cs.points.num() < -kWholeLimit) {
          return false;
        }
        p = cs.points.num();
      } else {
        left_unscored(form, n, cs);
        p = step.not_applicable == NotApplicable::Full ? step.whole_max : 0;
        cs.points = p;
        rescale = rescale || step.not_applicable == NotApplicable::Rescale;
      }
    }
    points[n] = p;
    if (step.bonus) {
      bonus += p;
    } else {
      earned += p;
      if (!cs.applicable && step.not_applicable == NotApplicable::Rescale) {
        applicable_max -= step.whole_max;
      }
    }
  }
  for (std::size_t n = node_count; n-- > 0;) {
    const NodeStep& step = steps[n];
    // Every child of n, after it in pre-order, has added its points to it.
    if (step.group) criteria[n].points = points[n];
    slots[step.slot] = points[n];
    if (step.parent >= 0) points[step.parent] += points[n];
  }
  s.earned = earned;
  s.applicable_max = applicable_max;
  s.bonus = bonus;
  s.rescaled = rescale;
  return true;
}

void grade_meeting(const CompiledRuleset& r, const CompiledForm& form, MeetingScore& s,
                   Evaluation& ev) {
  const std::vector<Grade>& grades = r.model.grades;
  s.steps.clear();
  s.total_grade = static_cast<int>(grades.size()) - 1;
  for (std::size_t g = 0; g < grades.size(); ++g) {
    if (grades[g].from <= s.total) {
      s.total_grade = static_cast<int>(g);
      break;
    }
  }
  int grade = s.total_grade;
  // A grade with conditions that fail passes the meeting down to the next.
  while (grade + 1 < static_cast<int>(grades.size())) {
    const CompiledGrade& cg = form.grades[static_cast<std::size_t>(grade)];
    GradeStep step{grade, grade + 1, -1, -1, false};
    for (int n : cg.at_max) {
      const CriterionScore& cs = s.criteria[static_cast<std::size_t>(n)];
      if (cs.points < cs.max && cs.points < sheet_max(form, s, static_cast<std::size_t>(n))) {
        step.failed_node = n;
        break;
      }
    }
    if (step.failed_node < 0 && cg.when && !ev.test(cg.when)) step.failed_when = true;
    if (step.failed_node < 0 && !step.failed_when) break;
    s.steps.push_back(step);
    ++grade;
  }
  for (std::size_t v = 0; v < form.vetoes.size(); ++v) {
    const CompiledVeto& cv = form.vetoes[v];
    if (grade < cv.at_most && ev.test(cv.when)) {
      s.steps.push_back({grade, cv.at_most, static_cast<int>(v), -1, false});
      grade = cv.at_most;
    }
  }
  s.grade = grade;
}

bool item_left_off(const CompiledForm& form, const MeetingScore& s, std::size_t m) {
  return !form.steps[m].group && !s.criteria[m].applicable &&
         form.steps[m].not_applicable == NotApplicable::Rescale;
}

// Whether item_ok holds for every item below group n, and there is one
// (walked as sheet_max walks them).
template <typename ItemOk>
bool every_item_below(const CompiledForm& form, std::size_t n, ItemOk item_ok) {
  bool any = false;
  const auto self = static_cast<int>(n);
  for (std::size_t m = n + 1; m < form.steps.size() && form.steps[m].parent >= self; ++m) {
    if (form.steps[m].group) continue;
    if (!item_ok(m)) return false;
    any = true;
  }
  return any;
}

}  // namespace

Rational sheet_max(const CompiledForm& form, const MeetingScore& s, std::size_t n) {
  if (item_left_off(form, s, n)) return Rational(0);
  Rational max = s.criteria[n].max;
  // A node's descendants follow it in pre-order, each with a parent at or after it.
  const auto self = static_cast<int>(n);
  for (std::size_t m = n + 1; m < form.steps.size() && form.steps[m].parent >= self; ++m) {
    if (item_left_off(form, s, m)) max = subtract(max, form.steps[m].max).value_or(max);
  }
  return max;
}

Rational shown_max(const CompiledForm& form, const MeetingScore& s, std::size_t n) {
  // rescaled: some item was left off (add_up); most meetings, none.
  if (!s.rescaled || left_off(form, s, n)) return s.criteria[n].max;
  return sheet_max(form, s, n);
}

bool left_off(const CompiledForm& form, const MeetingScore& s, std::size_t n) {
  if (!form.steps[n].group) return item_left_off(form, s, n);
  // rescaled: some item was left off (add_up); most meetings, none.
  return s.rescaled &&
         every_item_below(form, n, [&](std::size_t m) { return item_left_off(form, s, m); });
}

bool may_be_left_off(const CompiledForm& form, std::size_t n) {
  auto may = [&](std::size_t m) {
    return form.nodes[m].applies_when.has_value() &&
           form.steps[m].not_applicable == NotApplicable::Rescale;
  };
  return form.steps[n].group ? every_item_below(form, n, may) : may(n);
}

bool score_meeting(const CompiledRuleset& r, const MeetingRecord& rec, MeetingScore& s,
                   bool wants_points) {
  s.rejected.clear();
  s.points_left = false;
  // Every slot an expression reads is written first in this call: the fixed
  // ones and the inputs here, derived values in order (each reads earlier
  // ones only), the form's criteria before its grades and vetoes (the only
  // expressions that read them). So a score made again keeps its slots
  // (zeroing them was 2% of scoring); the other form's criteria are never read.
  // A kind no form scores is said first: its record's fields were not asked
  // for (record_checker.cpp), and the checks read a blank one as 0
  // ("miễn sinh hoạt: 0; tổng số: 0") where the reason is the kind.
  const int form_index = r.form_for_kind[static_cast<int>(rec.kind)];
  if (form_index < 0) {
    // With the kind it does score: "chuyên đề" written for a combined
    // meeting, or the wrong ruleset, is mended by knowing it.
    const MeetingKind other =
        rec.kind == MeetingKind::Regular ? MeetingKind::Thematic : MeetingKind::Regular;
    // The kind in the words an office writes, its id after it (the
    // ruleset's word, what a column may hold too).
    s.rejected = fmt::format("bộ tiêu chí không chấm sinh hoạt {} ({})",
                             meeting_kind_words(rec.kind), meeting_kind_id(rec.kind));
    if (r.form_for_kind[static_cast<int>(other)] >= 0) {
      s.rejected += fmt::format(", chỉ chấm sinh hoạt {} ({})", meeting_kind_words(other),
                                meeting_kind_id(other));
    }
    return false;
  }
  if (s.slots.size() != static_cast<std::size_t>(r.slot_count)) {
    s.slots.assign(static_cast<std::size_t>(r.slot_count), Rational(0));
  }
  CivilDate day = civil_from_days(rec.date);
  s.slots[kSlotKind] = static_cast<std::int64_t>(rec.kind);
  s.slots[kSlotDate] = rec.date;
  s.slots[kSlotYear] = day.year;
  s.slots[kSlotMonth] = day.month;
  s.slots[kSlotQuarter] = (day.month - 1) / 3 + 1;
  const std::size_t inputs = r.model.inputs.size();
  const std::size_t given = std::min(inputs, rec.inputs.size());
  Rational* const input_slots = s.slots.data() + r.first_input_slot;
  std::copy_n(rec.inputs.data(), given, input_slots);
  std::fill(input_slots + given, input_slots + inputs, Rational(0));
  Evaluation ev(s);
  for (const CompiledDerived& d : r.derived) {
    s.slots[static_cast<std::size_t>(d.slot)] = ev.eval(d.expr);
  }
  if (ev.failed()) {
    s.rejected = ev.failure_text();
    return false;
  }
  for (std::size_t c = 0; c < r.checks.size(); ++c) {
    if (ev.eval(r.checks[c]) == Rational(0)) {
      // With what the record held: "... phải bằng số đảng viên phải sinh
      // hoạt (có mặt: 10; ...)" says which number to mend.
      s.rejected = r.model.checks[c].message;
      if (c < r.check_names.size() && !r.check_names[c].empty()) {
        s.rejected += fmt::format(" ({})", named_values(r, s, r.check_names[c]));
      }
      return false;
    }
  }
  s.form = form_index;
  const CompiledForm& form = r.forms[static_cast<std::size_t>(form_index)];
  if (!wants_points && form.points_guard.proven && form.points_guard.holds(s.slots)) {
    // Nothing below can reject it (points_guard.h): what is kept of it is
    // the same whatever meeting this score held before.
    s.points_left = true;
    for (const NodeStep& step : form.steps) s.slots[static_cast<std::size_t>(step.slot)] = 0;
    s.total = 0;
    s.slots[kSlotTotal] = 0;
    s.grade = s.total_grade = static_cast<int>(r.model.grades.size()) - 1;
    return true;
  }
  // Made from this form's blank before: each node's max is as it was, and
  // scoring writes the rest (what an item that does not apply leaves,
  // left_unscored sets; the groups' points, add_up).
  if (s.criteria_of != form.blank_number || s.criteria.size() != form.blank.size()) {
    s.criteria = form.blank;
    s.criteria_of = form.blank_number;
  }
  s.rule_counts.assign(form.rules.size(), Rational(0));

  if (!form.whole || !add_up_whole(form, s, ev)) add_up(form, s, ev);
  Rational earned = s.earned;
  if (s.rescaled) {
    // Every item left off the sheet: no points to rescale (it scored 0 and
    // the lowest grade, which no one had earned).
    if (s.applicable_max == Rational(0)) {
      s.rejected = fmt::format(
          "không tiêu chí nào áp dụng cho cuộc sinh hoạt này: không có điểm để quy đổi theo thang "
          "{}",
          r.model.scale.to_string());
      return false;
    }
    earned = ev.checked(divide(ev.checked(multiply(earned, r.model.scale)), s.applicable_max));
  }
  s.scaled = earned;
  Rational sum = ev.checked(add(earned, s.bonus));
  s.capped = r.model.scale < sum;
  s.total = min(sum, r.model.scale);
  s.slots[kSlotTotal] = s.total;
  grade_meeting(r, form, s, ev);
  if (ev.failed()) {
    s.rejected = ev.failure_text();
    return false;
  }
  return true;
}

}  // namespace chibo
