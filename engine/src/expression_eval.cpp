// evaluate() (its general case, run()): the compiler's postfix ops, some of
// them merged (RunOp, expression_node.h), over a fixed-size stack.
//
// Everything that could go wrong at run time was ruled out at compile time
// (names, types, stack height) except what depends on the data: division by
// zero and results that do not fit a Rational. Those come back as a status.
#include <array>
#include <cassert>
#include <limits>
#include <type_traits>

#include "date.h"
#include "expression.h"
#include "expression_node.h"

namespace chibo {

const char* value_type_name(ValueType t) {
  switch (t) {
    case ValueType::Number:
      return "number";
    case ValueType::Bool:
      return "yes/no";
    case ValueType::Choice:
      return "choice";
    case ValueType::Date:
      return "date";
  }
  return "value";
}

namespace {

__extension__ typedef __int128 Wide;  // GCC and Clang; exact scaled products in round()

constexpr Wide kMax = std::numeric_limits<std::int64_t>::max();

Rational truth(bool b) { return b ? 1 : 0; }

// Half away from zero to `decimals` places: floor(|v| * 10^d + 1/2) / 10^d
// with v's sign. |num| * 10^6 * 2 stays far below 2^127.
std::optional<Rational> round_to(Rational v, std::size_t decimals) {
  Wide scale = 1;
  for (std::size_t i = 0; i < decimals; ++i) scale *= 10;
  Wide num = v.num();
  const bool negative = num < 0;
  if (negative) num = -num;
  const Wide den = v.den();
  Wide rounded = (2 * num * scale + den) / (2 * den);
  if (negative) rounded = -rounded;
  // Reduce before the range check: round(10^17, 6) is 10^17, not an overflow.
  for (std::size_t i = 0; i < decimals && rounded % 10 == 0; ++i) {
    rounded /= 10;
    scale /= 10;
  }
  if (rounded > kMax || rounded < -kMax) return std::nullopt;
  return Rational::make(static_cast<std::int64_t>(rounded), static_cast<std::int64_t>(scale));
}

// date.h works in int days; this keeps the conversion and its arithmetic in
// range while reaching far beyond any meeting (about +-2.7 million years).
constexpr std::int64_t kMaxDays = 1'000'000'000;

}  // namespace

void CompiledExpression::mark_slots_read(std::vector<bool>& read) const {
  for (const ExprOp& op : *ops_) {
    if (op.code == OpCode::Load && op.arg < read.size()) read[op.arg] = true;
  }
}

EvalStatus CompiledExpression::run(std::span<const Rational> slots, Rational& out) const {
  // compile() refuses max_stack_ > kMaxStack, so this array is always enough.
  assert(max_stack_ <= kMaxStack);
  // Left uninitialised on purpose: zeroing kMaxStack values for every
  // expression of every record was a third of all scoring time. Every slot is
  // written before it is read (the compiler checked the stack depth).
  union Slot {
    Slot() {}  // NOLINT: no initialisation, see above
    Rational value;
  };
  static_assert(std::is_trivially_copyable_v<Rational> &&
                std::is_trivially_destructible_v<Rational>);
  std::array<Slot, kMaxStack> slots_;
  // Where the next value goes: just above the top one. A pointer rather than
  // a count, one addition fewer for each value pushed or read.
  Slot* above = slots_.data();
  // The ops, and the next one to run: a pointer rather than an index, one
  // addition fewer for each op.
  const RunOp* const program = run_ops_->data();
  const RunOp* const end = program + run_ops_->size();
  const RunOp* next = program;
  // The top value, read only by the operations that have operands (the
  // compiler checked the stack's height), so never before the stack's start.
  auto top = [&above]() -> Rational& { return above[-1].value; };
  // A binary operation's right operand (its left is the top value): taken
  // off the stack, or its merged Load's slot or Push's constant (RunOp).
  // nullptr: a slot the span does not have, as Load reports it.
  auto right = [&](const RunOp& op) -> const Rational* {
    switch (op.right) {
      case Operand::Stack:
        return &(--above)->value;
      case Operand::Slot:
        assert(op.arg < slots.size());
        return op.arg < slots.size() ? &slots[op.arg] : nullptr;
      case Operand::Constant:
        return &op.value;
    }
    return nullptr;
  };
  // Puts the result of a binary operation in place of its left operand, or
  // reports overflow.
  auto result = [&](std::optional<Rational> r) {
    if (!r) return false;
    top() = *r;
    return true;
  };
  // A comparison's result: kept on the stack, or, with its JumpIfFalse
  // merged into it, taken off again at once and jumped on.
  auto compared = [&](const RunOp& op, bool yes) {
    if (!op.jump_if_false) {
      top() = truth(yes);
      return;
    }
    --above;
    if (!yes) next = program + op.target;
  };
  while (next != end) {
    const RunOp& op = *next++;
    switch (op.code) {
      case OpCode::Push:
        (above++)->value = op.value;
        break;
      case OpCode::Load:
        // The symbol table promised the slot exists; a short span is the
        // caller's bug, reported rather than read out of bounds.
        assert(op.arg < slots.size());
        if (op.arg >= slots.size()) return EvalStatus::Overflow;
        (above++)->value = slots[op.arg];
        break;
      case OpCode::Neg:
      case OpCode::Abs: {
        if (op.code == OpCode::Abs && top().num() >= 0) break;
        // A slot may hold INT64_MIN, whose negation does not exist; checked
        // here rather than trusting negate() with it.
        if (top().num() == std::numeric_limits<std::int64_t>::min()) return EvalStatus::Overflow;
        auto r = negate(top());
        if (!r) return EvalStatus::Overflow;
        top() = *r;
        break;
      }
      case OpCode::Not:
        top() = truth(top() == 0);
        break;
      case OpCode::Floor:
        top() = top().floor();
        break;
      case OpCode::Ceil:
        top() = top().ceil();
        break;
      case OpCode::Round: {
        auto r = round_to(top(), op.arg);
        if (!r) return EvalStatus::Overflow;
        top() = *r;
        break;
      }
      case OpCode::Year:
      case OpCode::Month:
      case OpCode::Day: {
        const std::int64_t days = top().floor();
        if (days > kMaxDays || days < -kMaxDays) return EvalStatus::Overflow;
        const CivilDate c = civil_from_days(static_cast<int>(days));
        top() = op.code == OpCode::Year ? c.year : (op.code == OpCode::Month ? c.month : c.day);
        break;
      }
      case OpCode::Add: {
        const Rational* b = right(op);
        if (b == nullptr || !result(add(top(), *b))) return EvalStatus::Overflow;
        break;
      }
      case OpCode::Sub: {
        const Rational* b = right(op);
        if (b == nullptr || !result(subtract(top(), *b))) return EvalStatus::Overflow;
        break;
      }
      case OpCode::Mul: {
        const Rational* b = right(op);
        if (b == nullptr || !result(multiply(top(), *b))) return EvalStatus::Overflow;
        break;
      }
      case OpCode::Div: {
        const Rational* b = right(op);
        if (b == nullptr) return EvalStatus::Overflow;
        if (*b == 0) return EvalStatus::DivisionByZero;
        if (!result(divide(top(), *b))) return EvalStatus::Overflow;
        break;
      }
      case OpCode::Min: {
        const Rational* b = right(op);
        if (b == nullptr) return EvalStatus::Overflow;
        top() = min(top(), *b);
        break;
      }
      case OpCode::Max: {
        const Rational* b = right(op);
        if (b == nullptr) return EvalStatus::Overflow;
        top() = max(top(), *b);
        break;
      }
      case OpCode::Lt: {
        const Rational* b = right(op);
        if (b == nullptr) return EvalStatus::Overflow;
        compared(op, top() < *b);
        break;
      }
      case OpCode::Le: {
        const Rational* b = right(op);
        if (b == nullptr) return EvalStatus::Overflow;
        compared(op, top() <= *b);
        break;
      }
      case OpCode::Gt: {
        const Rational* b = right(op);
        if (b == nullptr) return EvalStatus::Overflow;
        compared(op, top() > *b);
        break;
      }
      case OpCode::Ge: {
        const Rational* b = right(op);
        if (b == nullptr) return EvalStatus::Overflow;
        compared(op, top() >= *b);
        break;
      }
      case OpCode::Eq: {
        const Rational* b = right(op);
        if (b == nullptr) return EvalStatus::Overflow;
        compared(op, top() == *b);
        break;
      }
      case OpCode::Ne: {
        const Rational* b = right(op);
        if (b == nullptr) return EvalStatus::Overflow;
        compared(op, top() != *b);
        break;
      }
      case OpCode::Jump:
        next = program + op.target;
        break;
      case OpCode::JumpIfFalse: {
        const bool jump = top() == 0;
        --above;
        if (jump) next = program + op.target;
        break;
      }
      case OpCode::JumpIfFalseOrPop:
        if (top() == 0) {
          next = program + op.target;
        } else {
          --above;
        }
        break;
      case OpCode::JumpIfTrueOrPop:
        if (top() != 0) {
          next = program + op.target;
        } else {
          --above;
        }
        break;
    }
  }
  assert(above == slots_.data() + 1);
  out = slots_[0].value;
  return EvalStatus::Ok;
}

}  // namespace chibo
