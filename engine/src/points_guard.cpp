#include "points_guard.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

#include "compiled_ruleset_data.h"
#include "expression_node.h"

namespace chibo {
namespace {

// An upper bound on a value's size and on its (reduced) denominator. In
// doubles, whose rounding the margin below 2^63 absorbs many times over; a
// bound that grows past it (infinity, or NaN from 0 * infinity) is taken as
// a number that may not fit.
struct Bound {
  double size = 0, den = 1;
};

constexpr double kFits = 0x1p60;

bool fits(Bound b) { return b.den < kFits && b.size * b.den < kFits; }

Bound of(const Rational& v) {
  const auto den = static_cast<double>(v.den());
  return {std::fabs(static_cast<double>(v.num())) / den, den};
}

Bound hull(Bound a, Bound b) { return {std::max(a.size, b.size), std::max(a.den, b.den)}; }

// a + b or a - b: the denominator divides the product of theirs.
Bound sum(Bound a, Bound b) { return {a.size + b.size, a.den * b.den}; }
Bound product(Bound a, Bound b) { return {a.size * b.size, a.den * b.den}; }

class Analysis {
 public:
  Analysis(const CompiledRuleset& r, const CompiledForm& form) : r_(r), form_(form) {}

  PointsGuard run() {
    std::vector<Bound> points;  // every item's (groups: none)
    for (const CompiledNode& node : form_.nodes) {
      if (node.group) continue;
      points.push_back(item(node));
    }
    for (const CompiledGrade& g : form_.grades) condition(g.when);
    for (const CompiledVeto& v : form_.vetoes) condition(v.when);
    // A meeting kept outside the periods ranked still says whether it counts
    // as the quarter's thematic one: from the values it was given, never
    // from points left unadded.
    if (r_.counts_as_thematic) {
      std::vector<bool> read(static_cast<std::size_t>(r_.slot_count), false);
      r_.counts_as_thematic->mark_slots_read(read);
      for (std::size_t s = 0; s < read.size(); ++s) {
        if (read[s] && !guardable(static_cast<int>(s))) ok_ = false;
      }
    }
    add_up(points);
    PointsGuard out;
    out.proven = ok_;
    if (ok_) {
      std::sort(guarded_.begin(), guarded_.end(),
                [](const GuardedSlot& a, const GuardedSlot& b) { return a.slot < b.slot; });
      for (const GuardedSlot& g : guarded_) {
        if (out.slots.empty() || out.slots.back().slot != g.slot) out.slots.push_back(g);
      }
    }
    return out;
  }

 private:
  // score_meeting's sums (add_up, and the rescaling after it): every partial
  // sum of the items' points (earned, bonus, a group's) and of their maxima.
  void add_up(const std::vector<Bound>& points) {
    Bound all{0, 1};
    for (const Bound& p : points) all = sum(all, p);
    need(all);
    Bound maxima{0, 1};
    Rational lowest = 0;  // the sheet's maximum with every item that may be left off, off
    bool may_rescale = false;
    for (const CompiledNode& node : form_.nodes) {
      if (node.group || node.bonus) continue;
      maxima = sum(maxima, of(node.max));
      if (node.applies_when && node.not_applicable == NotApplicable::Rescale) {
        may_rescale = true;
      } else if (std::optional<Rational> more = add(lowest, node.max)) {
        lowest = *more;
      } else {
        ok_ = false;
      }
    }
    // full_max, and the sums and differences of maxima on the way to a
    // meeting's applicable maximum.
    need(sum(maxima, maxima));
    if (!may_rescale) return;
    // earned * scale / applicable maximum, never below lowest (maxima are
    // never negative: validated), then the bonus added.
    if (!(Rational(0) < lowest)) {
      ok_ = false;
      return;
    }
    const Bound scaled = need(product(all, of(r_.model.scale)));
    const Bound quotient =
        need({scaled.size / of(lowest).size, scaled.den * maxima.size * maxima.den});
    need(sum(quotient, all));
  }

  // An item's points, whatever the meeting (as score_item and add_up score it).
  Bound item(const CompiledNode& node) {
    condition(node.applies_when);
    Bound p = node.applies_when ? hull(of(node.max), Bound{0, 1}) : Bound{0, 1};
    switch (node.kind) {
      case RuleKind::Condition:
        condition(node.when);
        return hull(p, hull(of(node.met_points), of(node.unmet_points)));
      case RuleKind::Bands:
        condition(node.of);
        for (const BandRow& row : node.criterion->bands) p = hull(p, of(row.points));
        return p;
      case RuleKind::Proportional: {
        // (value - from) / (to - from), within 0..1, times max.
        const Criterion& c = *node.criterion;
        const std::optional<Rational> span = subtract(c.to, c.from);
        if (!node.of || !span || *span == Rational(0)) {
          ok_ = false;
          return p;
        }
        const Bound part = need(sum(value(*node.of), of(c.from)));
        // part / (sn / sd) = part * sd / sn: its denominator divides part's times |sn|.
        const auto span_num = std::fabs(static_cast<double>(span->num()));
        const Bound share = need({part.size / of(*span).size, part.den * span_num});
        return hull(p, need(product({1, share.den}, of(node.max))));
      }
      case RuleKind::Deductions:
      case RuleKind::Bonus: {
        Bound total{0, 1};
        for (int i = 0; i < node.rule_count; ++i) {
          const CompiledRule& rule = form_.rules[static_cast<std::size_t>(node.first_rule + i)];
          Bound times{1, 1};
          if (rule.when) {
            condition(rule.when);
          } else if (rule.each) {
            times = value(*rule.each);  // max(0, each)
          } else {
            ok_ = false;
          }
          total = need(sum(total, need(product(times, of(rule.rule->points)))));
        }
        if (node.kind == RuleKind::Bonus) return hull(p, hull(total, of(node.max)));
        // max(floor, max - the deductions)
        return hull(p, hull(of(node.criterion->floor), need(sum(of(node.max), total))));
      }
      case RuleKind::Formula:
        if (!node.formula) {
          ok_ = false;
          return p;
        }
        // Clamped to 0..max: max, 0, or the value itself within them.
        return hull(p, {of(node.max).size, std::max(of(node.max).den, value(*node.formula).den)});
    }
    ok_ = false;
    return p;
  }

  // A condition: its value is only tested, so only whether it can fail counts.
  void condition(const std::optional<CompiledExpression>& e) {
    if (e) expression(*e);
  }

  // What an expression whose value becomes points can be; the values it
  // read that make it up are guarded.
  Bound value(const CompiledExpression& e) {
    Entry v = expression(e);
    computed(v);
    return v.bound;
  }

  // A value on an expression's stack, as far as the analysis knows it: its
  // bound, the number it is when written as one, and the slots it was read
  // from, which the guard must bound once it is computed with (compared
  // only, a value may be anything).
  struct Entry {
    Bound bound;
    std::optional<Rational> number;
    std::vector<int> reads;
  };

  // Whether evaluating e can fail (then ok_ = false), and what its value can
  // be: its program run over Entries. Its jumps all go forward (if, and,
  // or); the stacks that meet at a place are merged.
  Entry expression(const CompiledExpression& e) {
    const std::vector<ExprOp>& ops = e.ops();
    std::vector<std::optional<std::vector<Entry>>> at(ops.size() + 1);
    at[0].emplace();
    auto reach = [&](std::size_t pc, const std::vector<Entry>& stack) {
      if (pc > ops.size() || (at[pc] && at[pc]->size() != stack.size())) {
        ok_ = false;
      } else if (!at[pc]) {
        at[pc] = stack;
      } else {
        for (std::size_t i = 0; i < stack.size(); ++i) {
          (*at[pc])[i] = merged((*at[pc])[i], stack[i]);
        }
      }
    };
    for (std::size_t pc = 0; pc < ops.size() && ok_; ++pc) {
      if (!at[pc]) continue;
      std::vector<Entry> stack = std::move(*at[pc]);
      const ExprOp& op = ops[pc];
      const bool jumps = op.code == OpCode::Jump || op.code == OpCode::JumpIfFalse ||
                         op.code == OpCode::JumpIfFalseOrPop || op.code == OpCode::JumpIfTrueOrPop;
      if (stack.size() < operands(op.code) || (jumps && op.arg <= pc)) {
        ok_ = false;
        break;
      }
      if (!step(op, stack, reach)) continue;  // a jump with no way on
      reach(pc + 1, stack);
    }
    if (!ok_ || !at[ops.size()] || at[ops.size()]->size() != 1) {
      ok_ = false;
      return {};
    }
    return at[ops.size()]->front();
  }

  // The values op takes off the stack: Add to Ne (expression_node.h lists
  // them one after another) two, Push, Load and Jump none, the others one.
  static std::size_t operands(OpCode c) {
    if (c == OpCode::Push || c == OpCode::Load || c == OpCode::Jump) return 0;
    return c >= OpCode::Add && c <= OpCode::Ne ? 2 : 1;
  }

  // op on stack (as run() in expression_eval.cpp does it); false: no way on
  // to the next op (a jump).
  template <typename Reach>
  bool step(const ExprOp& op, std::vector<Entry>& stack, Reach& reach) {
    auto pop = [&stack] {
      Entry e = std::move(stack.back());
      stack.pop_back();
      return e;
    };
    const Entry truth{{1, 1}, std::nullopt, {}};
    switch (op.code) {
      case OpCode::Push:
        stack.push_back({of(op.value), op.value, {}});
        return true;
      case OpCode::Load:
        stack.push_back(load(static_cast<int>(op.arg)));
        return true;
      case OpCode::Not:
        stack.back() = truth;
        return true;
      case OpCode::Lt:
      case OpCode::Le:
      case OpCode::Gt:
      case OpCode::Ge:
      case OpCode::Eq:
      case OpCode::Ne:
        pop();
        stack.back() = truth;
        return true;
      case OpCode::Min:
      case OpCode::Max: {
        const Entry b = pop();
        stack.back() = merged(stack.back(), b);
        return true;
      }
      case OpCode::Floor:
      case OpCode::Ceil:
        stack.back().bound = {stack.back().bound.size + 1, 1};
        stack.back().number.reset();
        return true;
      case OpCode::Neg:
      case OpCode::Abs:
        computed(stack.back());  // negate() fails only for INT64_MIN
        stack.back().number.reset();
        return true;
      case OpCode::Round: {
        Entry& top = computed(stack.back());
        double scale = 1;
        for (std::size_t i = 0; i < op.arg; ++i) scale *= 10;
        top.bound = need({top.bound.size + 1, scale});
        top.number.reset();
        return true;
      }
      case OpCode::Year:
      case OpCode::Month:
      case OpCode::Day: {
        // The day's number must be within +-10^9 (expression_eval.cpp).
        Entry& top = computed(stack.back());
        if (!(top.bound.size < 1e9)) ok_ = false;
        top.bound = {op.code == OpCode::Year ? 3e6 : op.code == OpCode::Month ? 12 : 31, 1};
        top.number.reset();
        return true;
      }
      case OpCode::Add:
      case OpCode::Sub:
      case OpCode::Mul: {
        const Entry b = computed(pop());
        Entry& a = computed(stack.back());
        a.bound = need(op.code == OpCode::Mul ? product(a.bound, b.bound) : sum(a.bound, b.bound));
        a.number.reset();
        return true;
      }
      case OpCode::Div: {
        // By a number written in the expression only (a value may be 0).
        const Entry b = computed(pop());
        Entry& a = computed(stack.back());
        if (!b.number || *b.number == Rational(0)) {
          ok_ = false;
          return true;
        }
        // a / (n / d) = a * d / n: its denominator divides a's times |n|.
        const auto n = std::fabs(static_cast<double>(b.number->num()));
        a.bound = need({a.bound.size / of(*b.number).size, a.bound.den * n});
        a.number.reset();
        return true;
      }
      case OpCode::Jump:
        reach(op.arg, stack);
        return false;
      case OpCode::JumpIfFalse:
        stack.pop_back();
        reach(op.arg, stack);
        return true;
      case OpCode::JumpIfFalseOrPop:
      case OpCode::JumpIfTrueOrPop:
        reach(op.arg, stack);
        stack.pop_back();
        return true;
    }
    ok_ = false;
    return true;
  }

  // A value read: an input, a derived value or the date, bounded by the
  // guard once it is computed with; a criterion or the total (a grade's or a
  // veto's `when`), unbounded: it may only be compared.
  Entry load(int slot) const {
    constexpr double kUnbounded = std::numeric_limits<double>::infinity();
    if (!guardable(slot)) return {{kUnbounded, kUnbounded}, std::nullopt, {slot}};
    const double den = whole_slot(slot) ? 1 : static_cast<double>(kGuardDenominator);
    return {{static_cast<double>(kGuardMagnitude), den}, std::nullopt, {slot}};
  }

  // The value of either (a stack met from two ways, min, max).
  static Entry merged(const Entry& a, const Entry& b) {
    Entry out{hull(a.bound, b.bound), std::nullopt, a.reads};
    if (a.number && b.number && *a.number == *b.number) out.number = a.number;
    out.reads.insert(out.reads.end(), b.reads.begin(), b.reads.end());
    return out;
  }

  // e is computed with (or becomes points): the slots it was read from are
  // guarded (none that cannot be).
  Entry& computed(Entry& e) {
    for (const int slot : e.reads) {
      if (!guardable(slot)) {
        ok_ = false;
        continue;
      }
      guarded_.push_back({slot, whole_slot(slot) ? 1 : kGuardDenominator});
    }
    e.reads.clear();
    return e;
  }
  Entry computed(Entry&& e) { return computed(e); }

  // An input, a derived value or the meeting's date: worked out before the
  // points, whatever is wanted of them. (Criteria and the total are points.)
  bool guardable(int slot) const {
    if (slot < kBuiltinSlots) return slot != kSlotTotal;
    if (input_of(slot) >= 0) return true;
    return std::any_of(r_.derived.begin(), r_.derived.end(),
                       [slot](const CompiledDerived& d) { return d.slot == slot; });
  }

  int input_of(int slot) const {
    const int i = slot - r_.first_input_slot;
    return i >= 0 && static_cast<std::size_t>(i) < r_.model.inputs.size() ? i : -1;
  }

  bool whole_slot(int slot) const {
    if (slot < kBuiltinSlots) return true;
    const int i = input_of(slot);
    if (i < 0) return false;  // a derived value
    const InputType t = r_.model.inputs[static_cast<std::size_t>(i)].type;
    return t != InputType::Number && t != InputType::Percent;
  }

  Bound need(Bound b) {
    if (!fits(b)) ok_ = false;
    return b;
  }

  const CompiledRuleset& r_;
  const CompiledForm& form_;
  bool ok_ = true;
  std::vector<GuardedSlot> guarded_;
};

}  // namespace

PointsGuard points_guard(const CompiledRuleset& r, const CompiledForm& form) {
  return Analysis(r, form).run();
}

}  // namespace chibo
