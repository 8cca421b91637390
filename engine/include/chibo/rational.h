// Rational: the exact number every score, input and derived value is held in.
//
// Band edges must be exact ("90 is from 90, 89.99 is not") and a ruleset's
// arithmetic (present * 100 / members) must not drift, so numbers are kept as
// a reduced fraction num/den with den > 0, never as binary floating point.
// Arithmetic is checked: an operation whose result does not fit in 64 bits
// returns std::nullopt, and the caller reports it instead of wrapping.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace chibo {

class Rational {
 public:
  constexpr Rational() = default;
  constexpr Rational(std::int64_t integer) : num_(integer) {}  // NOLINT: implicit by design

  // num/den reduced; nullopt when den == 0 or the reduced form overflows.
  static std::optional<Rational> make(std::int64_t num, std::int64_t den);
  // A fraction known to be reduced already (den > 0, no common factor): the
  // num() and den() of a Rational, kept apart and put back (PackedRational).
  static constexpr Rational reduced(std::int64_t num, std::int64_t den) {
    Rational r;
    r.num_ = num;
    r.den_ = den;
    return r;
  }

  // Parses a plain decimal: optional sign, digits, optional fraction after
  // '.' or ',' (both accepted: Excel in a Vietnamese locale writes "93,5").
  // No exponents, no thousands separators, no spaces. nullopt when malformed
  // or too large (more than 18 significant digits). RecordChecker's first
  // pass (plain_decimal) relies on it reading only ASCII digits, a sign and
  // one point or comma: a field it reads skips the UTF-8 and NFC checks.
  static std::optional<Rational> parse_decimal(std::string_view text);
  // Whether text is written as a decimal (a sign, digits, one '.' or ',') of
  // more than 18 digits: a number parse_decimal cannot hold exactly, which
  // is said so rather than as no number.
  static bool too_many_digits(std::string_view text);

  constexpr std::int64_t num() const { return num_; }
  constexpr std::int64_t den() const { return den_; }
  constexpr bool is_integer() const { return den_ == 1; }

  // Shortest exact decimal when the fraction terminates ("93.5", "-2", "0.125"),
  // otherwise "a/b". Used in resolve output and diagnostics, never for reports
  // (see number_format.h for presentation).
  std::string to_string() const;

  // Largest integer <= value, smallest integer >= value.
  std::int64_t floor() const;
  std::int64_t ceil() const;

  friend bool operator==(const Rational& a, const Rational& b) = default;
  friend std::strong_ordering operator<=>(const Rational& a, const Rational& b) {
    if (a.den_ == b.den_) return a.num_ <=> b.num_;  // whole numbers
    // Cross-multiplied, exact in 128 bits; inline too (as a call, 2% of
    // scoring: bands, vetoes and grades compare fractions with whole numbers).
    __extension__ typedef __int128 Wide;
    const Wide lhs = static_cast<Wide>(a.num_) * b.den_;
    const Wide rhs = static_cast<Wide>(b.num_) * a.den_;
    return lhs < rhs   ? std::strong_ordering::less
           : rhs < lhs ? std::strong_ordering::greater
                       : std::strong_ordering::equal;
  }

 private:
  std::int64_t num_ = 0;
  std::int64_t den_ = 1;
};

namespace detail {
// The general cases of add, subtract and multiply (rational.cpp).
std::optional<Rational> add_fractions(Rational a, Rational b);
std::optional<Rational> subtract_fractions(Rational a, Rational b);
std::optional<Rational> multiply_fractions(Rational a, Rational b);
// An integer result that may be returned as is: -INT64_MAX..INT64_MAX, so
// that negation is always representable.
inline bool fits(std::int64_t n) { return n != INT64_MIN; }
}  // namespace detail

// Checked arithmetic: nullopt on overflow (and on division by zero for divide).
// Whole numbers (most points in a sheet) take an inline path: a call that
// returns an optional through memory cost a third of scoring's time (and
// subtract's, through negate and make, still 1.5% of it).
inline std::optional<Rational> add(Rational a, Rational b) {
  std::int64_t sum = 0;
  if (a.is_integer() && b.is_integer() && !__builtin_add_overflow(a.num(), b.num(), &sum) &&
      detail::fits(sum)) {
    return Rational(sum);
  }
  return detail::add_fractions(a, b);
}
// a - b is a + (-b): b's negation must exist (b not INT64_MIN), as in the
// general case, which the inline path never differs from.
inline std::optional<Rational> subtract(Rational a, Rational b) {
  std::int64_t difference = 0;
  if (a.is_integer() && b.is_integer() && detail::fits(b.num()) &&
      !__builtin_sub_overflow(a.num(), b.num(), &difference) && detail::fits(difference)) {
    return Rational(difference);
  }
  return detail::subtract_fractions(a, b);
}
inline std::optional<Rational> multiply(Rational a, Rational b) {
  std::int64_t product = 0;
  if (a.is_integer() && b.is_integer() && !__builtin_mul_overflow(a.num(), b.num(), &product) &&
      detail::fits(product)) {
    return Rational(product);
  }
  return detail::multiply_fractions(a, b);
}
std::optional<Rational> divide(Rational a, Rational b);
std::optional<Rational> negate(Rational a);

// terms added up: exactly when the sum fits (added over one common
// denominator and reduced once, where add() reduced every partial sum, a gcd
// each: the roll-ups' means of a national year spent most of their time in
// them; a partial sum may pass 64 bits on the way). When the exact fraction
// does not fit (denominators with no common factor, such as a formula's
// 1 / (10000000 + speakers), multiply past 2^63 though the number is small)
// each term is rounded half away from zero to nine decimal places and the
// sum taken of those (six, three or none where nine do not fit).
Rational sum_of(std::span<const Rational> terms);
// Their mean: sum_of(terms) divided by their number (rounded as sum_of
// rounds when that division does not fit); 0 for none. The roll-ups' means
// of months.
Rational mean_of(std::span<const Rational> terms);
// a + b and a - b, exactly when they fit, else rounded as sum_of rounds: for
// sums and differences that are shown (a change of score, an excess, a
// heat-map's points lost), where the plain add() and subtract() give nullopt.
Rational add_or_round(Rational a, Rational b);
Rational difference(Rational a, Rational b);

inline Rational min(Rational a, Rational b) { return b < a ? b : a; }
inline Rational max(Rational a, Rational b) { return a < b ? b : a; }

}  // namespace chibo
