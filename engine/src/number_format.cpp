#include "chibo/number_format.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>

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

// Scores are small: |num|, den < 2^40, so num * 10^6 fits in 64 bits and
// 64-bit arithmetic will do (several times faster than 128-bit).
constexpr std::int64_t kSmall = std::int64_t(1) << 40;
constexpr std::int64_t kScale[] = {1, 10, 100, 1000, 10000, 100000, 1000000};

bool small(std::int64_t num, std::int64_t den) {
  return num < kSmall && num > -kSmall && den > 0 && den < kSmall;
}

// A small num/den (den > 0) in units of 1/scale, rounded: C++ division
// truncates toward zero (Truncate as is); halves go away from zero.
std::int64_t small_units(std::int64_t num, std::int64_t den, std::int64_t scale,
                         Presentation::Rounding rounding) {
  const std::int64_t scaled = num * scale;
  std::int64_t units = scaled / den;
  const std::int64_t rest = scaled % den;
  if (rounding == Presentation::Rounding::HalfUp && (rest < 0 ? -rest : rest) * 2 >= den) {
    units += scaled < 0 ? -1 : 1;
  }
  return units;
}

// num/den (den != 0) rounded to p.decimals places, in units of 10^-decimals;
// scale gets 10^decimals.
Wide rounded_units(Wide num, Wide den, const Presentation& p, Wide& scale) {
  if (den < 0) {
    num = -num;
    den = -den;
  }
  const int decimals = std::clamp(p.decimals, 0, 6);
  scale = kScale[decimals];
  if (num < kSmall && num > -kSmall && den < kSmall) {
    return small_units(static_cast<std::int64_t>(num), static_cast<std::int64_t>(den),
                       static_cast<std::int64_t>(scale), p.rounding);
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

// units of 10^-decimals, appended: the common case, a 64-bit value and a
// separator of at most 16 bytes. The sign comes from the rounded value, so
// -0,001 prints "0,00", never "-0,00".
void append_small_units(std::string& out, std::int64_t units, int decimals, const Presentation& p) {
  // Composed on the stack in 64-bit arithmetic and appended once: at 30
  // numbers a record in `chibo score`, the string's checks on every
  // character added, and 128-bit division, showed in profiles.
  const auto scale = static_cast<std::uint64_t>(kScale[decimals]);
  const auto magnitude = static_cast<std::uint64_t>(units < 0 ? -units : units);
  char fraction[8];
  const int kept = fraction_digits(fraction, magnitude % scale, decimals, p);
  const fmt::format_int whole(magnitude / scale);
  // A few bytes each: plain loops (memcpy was a call per part).
  char text[64];
  std::size_t at = 0;
  if (units < 0) text[at++] = '-';
  for (const char* c = whole.data(); c != whole.data() + whole.size(); ++c) text[at++] = *c;
  if (kept > 0) {
    for (char c : p.decimal_separator) text[at++] = c;
    for (int i = 0; i < kept; ++i) text[at++] = fraction[i];
  }
  out.append(text, at);
}

// The same for any value.
void append_units(std::string& out, Wide units, int decimals, const Presentation& p) {
  constexpr Wide kMax = INT64_MAX;
  if (units <= kMax && units >= -kMax && p.decimal_separator.size() <= 16) {
    append_small_units(out, static_cast<std::int64_t>(units), decimals, p);
    return;
  }
  const auto scale = static_cast<std::uint64_t>(kScale[decimals]);
  const UWide magnitude = static_cast<UWide>(units < 0 ? -units : units);
  char fraction[8];
  const int kept =
      fraction_digits(fraction, static_cast<std::uint64_t>(magnitude % scale), decimals, p);
  if (units < 0) out += '-';
  out += to_decimal(magnitude / scale);
  if (kept > 0) out.append(p.decimal_separator).append(fraction, static_cast<std::size_t>(kept));
}

// num/den (den != 0) rounded to p.decimals places, appended to out. Both
// formatters share this so that a share never passes through a Rational, whose
// 64 bits n * 100 could overflow.
void append_fraction(std::string& out, Wide num, Wide den, const Presentation& p) {
  Wide scale = 1;
  append_units(out, rounded_units(num, den, p, scale), std::clamp(p.decimals, 0, 6), p);
}

// A whole number (most points in a sheet) written with no division by a
// variable: its digits, then the separator and `decimals` zeros unless
// trimmed. Built in one buffer with fixed-size stores and appended once (the
// divisions, then the copies GCC turned the loops into, led append_number's
// cost in callgrind of `chibo score`).
void append_whole(std::string& out, std::int64_t n, int decimals, const Presentation& p) {
  char text[64];
  char* const point = text + 24;  // digits before (|n| < 2^40: 13 at most), the rest after
  char* first = point;
  auto magnitude = static_cast<std::uint64_t>(n < 0 ? -n : n);
  do {
    *--first = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  if (n < 0) *--first = '-';
  char* last = point;
  if (!p.trim_zeros && decimals > 0) {
    const std::string& sep = p.decimal_separator;  // 16 bytes at most (checked by the caller)
    if (sep.size() == 1) {
      *last++ = sep[0];
    } else {
      for (char c : sep) *last++ = c;
    }
    // A fixed-size store of zeros into the buffer appended by length, not a C string.
    std::memcpy(last, "00000000", 8);  // NOLINT(bugprone-not-null-terminated-result): decimals <= 6
    last += decimals;
  }
  out.append(first, static_cast<std::size_t>(last - first));
}

}  // namespace

std::string format_number(Rational value, const Presentation& p) {
  std::string out;
  append_fraction(out, value.num(), value.den(), p);
  return out;
}

void append_number(std::string& out, Rational value, const Presentation& p) {
  // 30 times a record in `chibo score`: a small value (every score) is
  // rounded and written with no call through __int128.
  if (value.is_integer() && value.num() < kSmall && value.num() > -kSmall &&
      p.decimal_separator.size() <= 16) {
    append_whole(out, value.num(), std::clamp(p.decimals, 0, 6), p);
    return;
  }
  if (!small(value.num(), value.den()) || p.decimal_separator.size() > 16) {
    append_fraction(out, value.num(), value.den(), p);
    return;
  }
  const int decimals = std::clamp(p.decimals, 0, 6);
  append_small_units(out, small_units(value.num(), value.den(), kScale[decimals], p.rounding),
                     decimals, p);
}

Rational presented_value(Rational value, const Presentation& p) {
  Wide scale = 1;
  const Wide units = rounded_units(value.num(), value.den(), p, scale);
  if (units > INT64_MAX || units < INT64_MIN) return value;
  return Rational::make(static_cast<std::int64_t>(units), static_cast<std::int64_t>(scale))
      .value_or(value);
}

// format_number_beside and _above show at most millionths.
constexpr std::int64_t kMillion = 1000000;

std::string format_number_beside(Rational value, const Presentation& p,
                                 std::span<const Rational> edges) {
  auto beside = [&](Rational shown) {
    for (const Rational& edge : edges) {
      if ((shown < edge) != (value < edge)) return false;
    }
    return true;
  };
  Presentation more = p;
  for (int decimals = std::clamp(p.decimals, 0, 6); decimals <= 6; ++decimals) {
    more.decimals = decimals;
    if (beside(presented_value(value, more))) return format_number(value, more);
    more.trim_zeros = true;  // past the ruleset's decimals: only the digits that tell
  }
  // Within a millionth of an edge: cut down to millionths, which keeps a value
  // below its edge and one at or above an edge of at most 6 decimals there.
  const std::optional<Rational> millionths = multiply(value, kMillion);
  if (!millionths) return format_number(value, p);
  return format_number(Rational::make(millionths->floor(), kMillion).value_or(value), more);
}

std::string format_number_above(Rational value, const Presentation& p, Rational edge) {
  if (!(edge < value)) return format_number(value, p);
  Presentation more = p;
  for (int decimals = std::clamp(p.decimals, 0, 6); decimals <= 6; ++decimals) {
    more.decimals = decimals;
    if (edge < presented_value(value, more)) return format_number(value, more);
    more.trim_zeros = true;  // past the ruleset's decimals: only the digits that tell
  }
  // Within a millionth above edge: rounded up to millionths, which keeps it above.
  const std::optional<Rational> millionths = multiply(value, kMillion);
  if (!millionths) return format_number(value, p);
  return format_number(Rational::make(millionths->ceil(), kMillion).value_or(value), more);
}

std::string format_percent(std::int64_t numerator, std::int64_t denominator,
                           const Presentation& p) {
  // An empty group (0 of 0) reads as 0%, not as an error, in district reports.
  const Wide num = denominator == 0 ? 0 : static_cast<Wide>(numerator) * 100;
  const Wide den = denominator == 0 ? 1 : denominator;
  std::string out;
  append_fraction(out, num, den, p);
  return out;
}

std::string format_share(std::int64_t numerator, std::int64_t denominator, const Presentation& p) {
  return format_percent(numerator, denominator, p) + "%";
}

std::string format_amount(Rational value, const Presentation& p) {
  std::string text = format_number(value, p);
  if (p.decimal_separator != ",") return text;
  const std::size_t first = text[0] == '-' ? 1 : 0;
  std::size_t end = text.find(p.decimal_separator, first);
  if (end == std::string::npos) end = text.size();
  for (std::size_t at = end; at > first + 3; at -= 3) text.insert(at - 3, 1, '.');
  return text;
}

std::string format_exact(Rational value, char separator) {
  std::string text = value.to_string();
  std::replace(text.begin(), text.end(), '.', separator);
  return text;
}

std::string format_count(std::int64_t n) {
  const std::string digits = std::to_string(n);
  const std::size_t sign = n < 0 ? 1 : 0;
  std::string out = digits.substr(0, sign);
  for (std::size_t i = sign; i < digits.size(); ++i) {
    if (i > sign && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return out;
}

}  // namespace chibo
