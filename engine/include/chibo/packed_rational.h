// PackedRational: a Rational in 8 bytes, for numbers kept by the million (a
// national year's meeting totals and tie-break values, 4 million of each).
//
// Numerator and denominator are kept as 32-bit integers when both fit, which
// every total and percentage of a ruleset's sheet does (hundredths, thirds);
// a number that does not fit is kept whole by the owner, in a list of its
// own, and the packed form holds its position there. Nothing is rounded.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "chibo/rational.h"

namespace chibo {

class PackedRational {
 public:
  constexpr PackedRational() = default;

  // Whether r fits in the packed form.
  static constexpr bool fits(const Rational& r) {
    constexpr std::int64_t kMin = std::numeric_limits<std::int32_t>::min();
    constexpr std::int64_t kMax = std::numeric_limits<std::int32_t>::max();
    return r.num() >= kMin && r.num() <= kMax && r.den() <= kMax;  // den() >= 1
  }
  // r packed; fits(r) must hold.
  static constexpr PackedRational of(const Rational& r) {
    return {static_cast<std::int32_t>(r.num()), static_cast<std::int32_t>(r.den())};
  }
  // A number kept whole by the owner, at position in its list.
  static constexpr PackedRational wide(std::uint32_t position) {
    return {static_cast<std::int32_t>(position), 0};
  }

  // No number: what a store keeps for a criterion left off a meeting's
  // sheet (MeetingStore::criterion), in no more room than a number.
  static constexpr PackedRational none() { return {0, -1}; }

  constexpr bool is_wide() const { return den_ == 0; }
  constexpr bool is_none() const { return den_ < 0; }
  constexpr std::uint32_t position() const { return static_cast<std::uint32_t>(num_); }
  // The number, of one that is neither wide nor none. Already reduced, so not reduced again.
  constexpr Rational unpack() const { return Rational::reduced(num_, den_); }

 private:
  constexpr PackedRational(std::int32_t num, std::int32_t den) : num_(num), den_(den) {}

  std::int32_t num_ = 0;
  std::int32_t den_ = 1;  // 0: wide; -1: none
};

// The owner's side of packing: the numbers that do not fit, kept whole.
class WideRationals {
 public:
  PackedRational pack(const Rational& r) {
    if (PackedRational::fits(r)) return PackedRational::of(r);
    wide_.push_back(r);
    return PackedRational::wide(static_cast<std::uint32_t>(wide_.size() - 1));
  }
  Rational unpack(PackedRational p) const { return p.is_wide() ? wide_[p.position()] : p.unpack(); }

 private:
  std::vector<Rational> wide_;
};

}  // namespace chibo
