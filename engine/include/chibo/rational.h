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
#include <string>
#include <string_view>

namespace chibo {

class Rational {
 public:
  constexpr Rational() = default;
  constexpr Rational(std::int64_t integer) : num_(integer) {}  // NOLINT: implicit by design

  // num/den reduced; nullopt when den == 0 or the reduced form overflows.
  static std::optional<Rational> make(std::int64_t num, std::int64_t den);

  // Parses a plain decimal: optional sign, digits, optional fraction after
  // '.' or ',' (both accepted: Excel in a Vietnamese locale writes "93,5").
  // No exponents, no thousands separators, no spaces. nullopt when malformed
  // or too large (more than 18 significant digits).
  static std::optional<Rational> parse_decimal(std::string_view text);

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
  friend std::strong_ordering operator<=>(const Rational& a, const Rational& b);

 private:
  std::int64_t num_ = 0;
  std::int64_t den_ = 1;
};

// Checked arithmetic: nullopt on overflow (and on division by zero for divide).
std::optional<Rational> add(Rational a, Rational b);
std::optional<Rational> subtract(Rational a, Rational b);
std::optional<Rational> multiply(Rational a, Rational b);
std::optional<Rational> divide(Rational a, Rational b);
std::optional<Rational> negate(Rational a);

inline Rational min(Rational a, Rational b) { return b < a ? b : a; }
inline Rational max(Rational a, Rational b) { return a < b ? b : a; }

}  // namespace chibo
