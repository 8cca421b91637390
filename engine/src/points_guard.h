// Whether adding up a form's points can fail: what lets `rank` leave the
// points of a meeting outside the periods it ranks unadded (score_meeting's
// wants_points) without changing a word of what it says of that meeting.
//
// A meeting that passed its derived values and its checks may still be
// rejected while its points are added: an expression that divides by zero
// or overflows, points or sums that do not fit in 64 bits, or no item left
// to rescale the sheet by. A form's guard is proven when none of that can
// happen to a meeting whose guarded slots hold small numbers:
//   - no expression of the form (conditions, `of`, `formula`, `each`,
//     grades' and vetoes' `when`) can fail: it divides only by a number
//     written in it, and what it computes fits in 64 bits (its program run
//     over bounds: a number written, a value read within the guard, 0 or 1
//     from a comparison; if, and, or merge the bounds of their ways);
//   - the values that are computed with or become points (a formula's,
//     `each`'s, a proportional item's `of`) read only inputs, derived values
//     and the meeting's date (the guarded slots), each at most
//     kGuardMagnitude in size, whole or of a denominator of at most
//     kGuardDenominator (holds() looks, a meeting); a value only compared
//     may be anything;
//   - with those bounds every product, quotient and sum score_meeting works
//     out fits in 64 bits (bounded from above in doubles, with room);
//   - an item that may be left off and rescaled leaves others that always
//     count, so the sheet's maximum is never 0.
// Hand-written: the bounds follow scorer.cpp's own steps, which no library knows.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "chibo/rational.h"

namespace chibo {

struct CompiledRuleset;
struct CompiledForm;

// Below the 10^9 days year(), month() and day() take (expression_eval.cpp),
// so that a date read within the guard may be one of theirs.
inline constexpr std::int64_t kGuardMagnitude = std::int64_t{1} << 29;
inline constexpr std::int64_t kGuardDenominator = std::int64_t{1} << 20;

struct GuardedSlot {
  int slot = 0;
  // 1 for an input whose values are whole (integer, minutes, yes/no,
  // choice, date) and the date's slots; else kGuardDenominator.
  std::int64_t max_den = 1;
};

struct PointsGuard {
  bool proven = false;
  std::vector<GuardedSlot> slots;  // each once, in slot order

  // Whether a meeting's slots (its inputs and derived values worked out)
  // are within the guard: then, proven, its points cannot fail to add up.
  bool holds(std::span<const Rational> values) const {
    for (const GuardedSlot& g : slots) {
      const Rational& v = values[static_cast<std::size_t>(g.slot)];
      if (v.den() > g.max_den) return false;
      const std::int64_t most = kGuardMagnitude * v.den();  // at most 2^49
      if (v.num() > most || v.num() < -most) return false;
    }
    return true;
  }
};

// Worked out once form is compiled (its nodes, rules, grades and vetoes) in
// r (its slots laid out, its derived values and counts_as_thematic compiled).
PointsGuard points_guard(const CompiledRuleset& r, const CompiledForm& form);

}  // namespace chibo
