#include "chibo/number_format.h"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

namespace chibo {
namespace {

__extension__ typedef __int128 Wide;  // GCC and Clang; exact scaling without overflow
__extension__ typedef unsigned __int128 UWide;

std::string to_decimal(UWide value) {
  // The integer part of a share (n * 100 / 1) can exceed 64 bits, so no std::to_string.
  char digits[40];
  char* p = digits + sizeof digits;
  do {
    *--p = static_cast<char>('0' + static_cast<int>(value % 10));
    value /= 10;
  } while (value != 0);
  return std::string(p, digits + sizeof digits);
}

// num/den (den != 0) rounded to p.decimals places, in units of 10^-decimals;
// scale gets 10^decimals.
Wide rounded_units(Wide num, Wide den, const Presentation& p, Wide& scale) {
  if (den < 0) {
    num = -num;
    den = -den;
  }
  const int decimals = std::clamp(p.decimals, 0, 6);
  scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;

  // Scores are small: 64-bit arithmetic, several times faster than 128-bit.
  constexpr Wide kFast = Wide(1) << 40;  // |num| * 10^6 < 2^60
  if (num < kFast && num > -kFast && den < kFast) {
    const auto n = static_cast<std::int64_t>(num * scale), d = static_cast<std::int64_t>(den);
    std::int64_t units = n / d;
    const std::int64_t rest = n % d;
    if (p.rounding == Presentation::Rounding::HalfUp && (rest < 0 ? -rest : rest) * 2 >= d) {
      units += n < 0 ? -1 : 1;
    }
    return units;
  }
  // |num| < 2^65 and scale <= 10^6, so the product stays far below 2^127.
  const Wide scaled = num * scale;
  Wide units = scaled / den;  // C++ division truncates toward zero: Truncate as is
  const Wide rest = scaled % den;
  if (p.rounding == Presentation::Rounding::HalfUp) {
    const Wide twice = (rest < 0 ? -rest : rest) * 2;
    if (twice >= den) units += num < 0 ? -1 : 1;  // halves go away from zero
  }
  return units;
}

// The digits after the separator: rest (< 10^decimals) zero-padded to
// `decimals` (0..6) in fraction; returns how many to write (trailing zeros
// dropped when the presentation trims them; 0: no separator either).
int fraction_digits(char (&fraction)[8], std::uint64_t rest, int decimals, const Presentation& p) {
  for (int i = decimals - 1; i >= 0; --i) {
    fraction[i] = static_cast<char>('0' + rest % 10);
    rest /= 10;
  }
  int kept = decimals;
  if (p.trim_zeros) {
    while (kept > 0 && fraction[kept - 1] == '0') --kept;
  }
  return kept;
}

void append_decimals(std::string& out, std::uint64_t rest, int decimals, const Presentation& p) {
  char fraction[8];
  const int kept = fraction_digits(fraction, rest, decimals, p);
  if (kept == 0) return;
  out += p.decimal_separator;
  out.append(fraction, static_cast<std::size_t>(kept));
}

// num/den (den != 0) rounded to p.decimals places, appended to out. Both
// formatters share this so that a share never passes through a Rational, whose
// 64 bits n * 100 could overflow.
void append_fraction(std::string& out, Wide num, Wide den, const Presentation& p) {
  const int decimals = std::clamp(p.decimals, 0, 6);
  Wide scale = 1;
  const Wide units = rounded_units(num, den, p, scale);

  // The sign comes from the rounded value, so -0,001 prints "0,00", never "-0,00".
  if (units < 0) out += '-';
  const UWide magnitude = static_cast<UWide>(units < 0 ? -units : units);
  std::uint64_t rest = 0;
  if (magnitude > UINT64_MAX) {
    out += to_decimal(magnitude / static_cast<UWide>(scale));
    rest = static_cast<std::uint64_t>(magnitude % static_cast<UWide>(scale));
  } else {
    // 64-bit division where it will do (most numbers): far cheaper than 128-bit.
    const auto narrow = static_cast<std::uint64_t>(magnitude);
    const auto narrow_scale = static_cast<std::uint64_t>(scale);
    const fmt::format_int whole(narrow / narrow_scale);
    out.append(whole.data(), whole.size());
    rest = narrow % narrow_scale;
  }
  append_decimals(out, rest, decimals, p);
}

}  // namespace

std::string format_number(Rational value, const Presentation& p) {
  std::string out;
  append_fraction(out, value.num(), value.den(), p);
  return out;
}

void append_number(std::string& out, Rational value, const Presentation& p) {
  // A score is small (|num|, den < 2^40, so num * 10^6 fits in 64 bits):
  // rounded and written in 64-bit arithmetic, with no call through __int128.
  // This runs 30 times a record in `chibo score`.
  constexpr std::int64_t kSmall = std::int64_t(1) << 40;
  static constexpr std::int64_t kScale[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
  const std::int64_t num = value.num(), den = value.den();
  if (num >= kSmall || num <= -kSmall || den >= kSmall) {
    append_fraction(out, num, den, p);
    return;
  }
  const int decimals = std::clamp(p.decimals, 0, 6);
  const std::int64_t scale = kScale[decimals];
  std::int64_t units = num * scale;
  if (den != 1) {
    const std::int64_t scaled = units;
    units = scaled / den;  // truncates toward zero: Truncate as is
    const std::int64_t rest = scaled % den;
    if (p.rounding == Presentation::Rounding::HalfUp && (rest < 0 ? -rest : rest) * 2 >= den) {
      units += scaled < 0 ? -1 : 1;  // halves go away from zero
    }
  }
  // Composed on the stack and appended once: at 30 numbers a record, the
  // string's checks on every character added showed in profiles.
  char text[64];
  char* at = text;
  if (units < 0) *at++ = '-';  // from the rounded value: never "-0,00"
  const auto magnitude = static_cast<std::uint64_t>(units < 0 ? -units : units);
  const auto uscale = static_cast<std::uint64_t>(scale);
  const fmt::format_int whole(magnitude / uscale);
  at = std::copy(whole.data(), whole.data() + whole.size(), at);
  char fraction[8];
  const int kept = fraction_digits(fraction, magnitude % uscale, decimals, p);
  if (kept > 0 && p.decimal_separator.size() <= 16) {
    at = std::copy(p.decimal_separator.begin(), p.decimal_separator.end(), at);
    at = std::copy(fraction, fraction + kept, at);
  } else if (kept > 0) {  // a separator too long for the buffer (none is, in practice)
    out.append(text, static_cast<std::size_t>(at - text));
    out += p.decimal_separator;
    out.append(fraction, static_cast<std::size_t>(kept));
    return;
  }
  out.append(text, static_cast<std::size_t>(at - text));
}

Rational presented_value(Rational value, const Presentation& p) {
  Wide scale = 1;
  const Wide units = rounded_units(value.num(), value.den(), p, scale);
  if (units > INT64_MAX || units < INT64_MIN) return value;
  return Rational::make(static_cast<std::int64_t>(units), static_cast<std::int64_t>(scale))
      .value_or(value);
}

std::string format_share(std::int64_t numerator, std::int64_t denominator, const Presentation& p) {
  // An empty group (0 of 0) reads as 0%, not as an error, in district reports.
  const Wide num = denominator == 0 ? 0 : static_cast<Wide>(numerator) * 100;
  const Wide den = denominator == 0 ? 1 : denominator;
  std::string out;
  append_fraction(out, num, den, p);
  return out + "%";
}

}  // namespace chibo
