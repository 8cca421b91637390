#include "chibo/rational.h"

#include <algorithm>
#include <array>
#include <limits>
#include <numeric>

namespace chibo {
namespace {

__extension__ typedef __int128 Wide;  // GCC and Clang; exact 64x64 products

constexpr Wide kMax = std::numeric_limits<std::int64_t>::max();
constexpr Wide kMin = -kMax;  // keep negation always representable

Wide gcd_wide(Wide a, Wide b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b != 0) {
    Wide t = a % b;
    a = b;
    b = t;
  }
  return a;
}

std::optional<Rational> reduce(Wide num, Wide den) {
  if (den == 0) return std::nullopt;
  if (den < 0) {
    num = -num;
    den = -den;
  }
  if (den != 1 && num <= kMax && num >= kMin && den <= kMax) {
    // Fits in 64 bits: make() reduces with 64-bit arithmetic, far cheaper than 128-bit.
    return Rational::make(static_cast<std::int64_t>(num), static_cast<std::int64_t>(den));
  }
  if (den != 1) {
    Wide g = gcd_wide(num, den);
    if (g > 1) {
      num /= g;
      den /= g;
    }
  }
  if (num > kMax || num < kMin || den > kMax) return std::nullopt;
  return Rational::make(static_cast<std::int64_t>(num), static_cast<std::int64_t>(den));
}

}  // namespace

std::optional<Rational> Rational::make(std::int64_t num, std::int64_t den) {
  if (den == 0 || num == std::numeric_limits<std::int64_t>::min() ||
      den == std::numeric_limits<std::int64_t>::min()) {
    return std::nullopt;
  }
  if (den < 0) {
    num = -num;
    den = -den;
  }
  if (den == 1) return Rational(num);  // most values in a sheet are whole points
  std::int64_t g = std::gcd(num, den);
  Rational r;
  r.num_ = g > 1 ? num / g : num;
  r.den_ = g > 1 ? den / g : den;
  return r;
}

namespace {

// num / den (num >= 0, den a power of ten) reduced, negated when negative.
// den's only prime factors are 2 and 5, so they are the only ones to take
// out: shifts and divisions by a constant instead of make()'s gcd (a
// division by a variable each step), for every "83.33" of every record.
Rational reduced_decimal(std::int64_t num, std::int64_t den, bool negative) {
  if (num == 0) return Rational(0);
  const int twos = std::min(__builtin_ctzll(static_cast<unsigned long long>(num)),
                            __builtin_ctzll(static_cast<unsigned long long>(den)));
  num >>= twos;
  den >>= twos;
  while (den % 5 == 0 && num % 5 == 0) {
    num /= 5;
    den /= 5;
  }
  return Rational::reduced(negative ? -num : num, den);
}

}  // namespace

std::optional<Rational> Rational::parse_decimal(std::string_view text) {
  // Plain digits (a count, minutes: most fields of a record) need neither the
  // general loop nor make()'s gcd. 18 digits always fit in 63 bits.
  if (!text.empty() && text.size() <= 18) {
    std::int64_t whole = 0;
    std::size_t k = 0;
    for (; k < text.size() && text[k] >= '0' && text[k] <= '9'; ++k) {
      whole = whole * 10 + (text[k] - '0');
    }
    if (k == text.size()) return Rational(whole);
    // Digits, a point or comma, digits ("93.33", "84,5": the totals and
    // shares of a record): the rest read here too, then reduced as below.
    if (k > 0 && k + 1 < text.size() && (text[k] == '.' || text[k] == ',')) {
      std::int64_t num = whole, den = 1;
      std::size_t f = k + 1;
      for (; f < text.size() && text[f] >= '0' && text[f] <= '9'; ++f) {
        num = num * 10 + (text[f] - '0');
        den *= 10;
      }
      if (f == text.size()) return reduced_decimal(num, den, false);
    }
  }
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
    negative = text[i] == '-';
    ++i;
  }
  std::int64_t num = 0;
  std::int64_t den = 1;
  int digits = 0;
  bool seen_point = false;
  bool any_digit = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '.' || c == ',') {
      if (seen_point) return std::nullopt;
      seen_point = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    any_digit = true;
    if (num == 0 && c == '0') {
      if (seen_point) {
        if (den > std::numeric_limits<std::int64_t>::max() / 10) return std::nullopt;
        den *= 10;
      }
      continue;
    }
    if (++digits > 18) return std::nullopt;
    num = num * 10 + (c - '0');
    if (seen_point) {
      if (den > std::numeric_limits<std::int64_t>::max() / 10) return std::nullopt;
      den *= 10;
    }
  }
  if (!any_digit) return std::nullopt;
  return reduced_decimal(num, den, negative);
}

bool Rational::too_many_digits(std::string_view text) {
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
  const auto count =
      std::count_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  const auto points =
      std::count_if(text.begin(), text.end(), [](char c) { return c == '.' || c == ','; });
  return count > 18 && points <= 1 && static_cast<std::size_t>(count + points) == text.size();
}

std::string Rational::to_string() const {
  // A fraction terminates in decimal iff den has no prime factors but 2 and 5.
  std::int64_t d = den_;
  int twos = 0, fives = 0;
  while (d % 2 == 0) d /= 2, ++twos;
  while (d % 5 == 0) d /= 5, ++fives;
  if (d != 1) return std::to_string(num_) + "/" + std::to_string(den_);
  std::string out = num_ < 0 ? "-" : "";
  // Negated in unsigned arithmetic: -INT64_MIN does not exist as a signed
  // number (a slot may hold it: Rational(std::int64_t) takes any value).
  const auto unsigned_num = static_cast<std::uint64_t>(num_);
  std::uint64_t mag = num_ < 0 ? std::uint64_t{0} - unsigned_num : unsigned_num;
  std::uint64_t uden = static_cast<std::uint64_t>(den_);
  out += std::to_string(mag / uden);
  std::uint64_t rem = mag % uden;
  if (rem == 0) return out;
  out += '.';
  while (rem != 0) {
    Wide next = static_cast<Wide>(rem) * 10;
    out += static_cast<char>('0' + static_cast<int>(next / uden));
    rem = static_cast<std::uint64_t>(next % uden);
  }
  return out;
}

std::int64_t Rational::floor() const {
  std::int64_t q = num_ / den_;
  if (num_ % den_ != 0 && num_ < 0) --q;
  return q;
}

std::int64_t Rational::ceil() const {
  std::int64_t q = num_ / den_;
  if (num_ % den_ != 0 && num_ > 0) ++q;
  return q;
}

std::optional<Rational> detail::add_fractions(Rational a, Rational b) {
  if (a.den() == b.den()) return reduce(static_cast<Wide>(a.num()) + b.num(), a.den());
  return reduce(static_cast<Wide>(a.num()) * b.den() + static_cast<Wide>(b.num()) * a.den(),
                static_cast<Wide>(a.den()) * b.den());
}

std::optional<Rational> detail::subtract_fractions(Rational a, Rational b) {
  auto nb = negate(b);
  if (!nb) return std::nullopt;
  return add(a, *nb);
}

std::optional<Rational> detail::multiply_fractions(Rational a, Rational b) {
  return reduce(static_cast<Wide>(a.num()) * b.num(), static_cast<Wide>(a.den()) * b.den());
}

std::optional<Rational> divide(Rational a, Rational b) {
  if (b.num() == 0) return std::nullopt;
  if (a.is_integer() && b.is_integer()) {
    // A ruleset's rates (present * 100 / must_attend) divide the same few
    // thousand pairs of whole numbers over and over: each quotient is kept,
    // in a table of the thread's own, where reducing it (a gcd, then two
    // divisions) was 4% of `rank`'s time. Hand-written: a two-int key, a
    // slot a pair, a miss simply computed again.
    struct Quotient {
      std::int64_t a = 0, b = 0;  // b == 0: empty (no quotient has it)
      Rational q;
    };
    static constexpr std::size_t kQuotients = 1024;
    thread_local std::array<Quotient, kQuotients> quotients;
    const auto hash = static_cast<std::uint64_t>(a.num()) * 0x9E3779B97F4A7C15u ^
                      static_cast<std::uint64_t>(b.num());
    Quotient& slot = quotients[(hash ^ (hash >> 29)) % kQuotients];
    if (slot.a == a.num() && slot.b == b.num()) return slot.q;
    std::optional<Rational> q = reduce(a.num(), b.num());
    if (q) slot = {a.num(), b.num(), *q};
    return q;
  }
  return reduce(static_cast<Wide>(a.num()) * b.den(), static_cast<Wide>(a.den()) * b.num());
}

namespace {

// Partial sums over the common denominator may pass 64 bits on the way to a
// sum that fits (INT64_MAX - 1, then + 5, then - 10); past this they stop.
constexpr Wide kPartialLimit = Wide{1} << 100;

// The terms over their common denominator, if it fits in 64 bits, and the
// partial sums within kPartialLimit.
std::optional<Rational> exact_sum(std::span<const Rational> terms) {
  // The same sums and common denominators as the loop below, in 64 bits
  // while they fit (every mean a ranking takes: a cell's months' totals, its
  // attendance), without its 128-bit divisions and checks: a ranking's means
  // (mean_of, twice a cell and period) spent most of their time there.
  {
    std::int64_t num = 0, den = 1;
    bool fits = true;
    for (const Rational& t : terms) {
      std::int64_t per = den / t.den();  // t.den() > 0
      if (per * t.den() != den) {
        // lcm(den, t.den()) = den * factor, and so the sum's factor too.
        const std::int64_t factor = t.den() / std::gcd(den, t.den());
        if (__builtin_mul_overflow(den, factor, &den) ||
            __builtin_mul_overflow(num, factor, &num)) {
          fits = false;
          break;
        }
        per = den / t.den();
      }
      std::int64_t part = 0;
      if (__builtin_mul_overflow(t.num(), per, &part) || __builtin_add_overflow(num, part, &num)) {
        fits = false;
        break;
      }
    }
    if (fits) return reduce(num, den);
  }
  Wide num = 0;
  std::int64_t den = 1;
  for (const Rational& t : terms) {
    if (den % t.den() != 0) {
      const Wide lcm = static_cast<Wide>(den / std::gcd(den, t.den())) * t.den();
      if (lcm > kMax) return std::nullopt;
      // |num| <= 2^100 and lcm / den < 2^63 would pass 2^127: checked.
      const Wide factor = lcm / den;
      if (num > kPartialLimit / factor || num < -kPartialLimit / factor) return std::nullopt;
      num *= factor;
      den = static_cast<std::int64_t>(lcm);
    }
    num += static_cast<Wide>(t.num()) * (den / t.den());
    if (num > kPartialLimit || num < -kPartialLimit) return std::nullopt;
  }
  return reduce(num, den);
}

// The places a sum or mean that does not fit is rounded to: nine decimal
// places, else six, three or none where those do not fit either.
constexpr std::int64_t kRoundingScales[] = {1'000'000'000, 1'000'000, 1'000, 1};

// num * scale / den rounded half away from zero (den > 0; num * scale and
// den well within 128 bits).
Wide scaled_rounded(Wide num, std::int64_t scale, Wide den) {
  const Wide scaled = num * scale;
  // den > 0: the analyzer follows mean_of's count down to 0, which a list
  // of at least one value never has.
  Wide q = scaled / den;        // NOLINT(clang-analyzer-core.DivideZero)
  const Wide r = scaled % den;  // NOLINT(clang-analyzer-core.DivideZero)
  if (2 * (r < 0 ? -r : r) >= den) q += scaled < 0 ? -1 : 1;
  return q;
}

// Each term rounded to a multiple of 1 / scale, added.
std::optional<Rational> rounded_sum(std::span<const Rational> terms, std::int64_t scale) {
  Wide total = 0;
  for (const Rational& t : terms) {
    total += scaled_rounded(t.num(), scale, t.den());  // each below 2^94
    if (total > kPartialLimit || total < -kPartialLimit) return std::nullopt;
  }
  return reduce(total, scale);
}

// add() folded over the terms, when no step overflows: exact where the
// common denominator passes 64 bits but every reduced partial sum fits
// ({1/p, -1/p, 1/q}).
std::optional<Rational> folded_sum(std::span<const Rational> terms) {
  Rational sum = 0;
  for (const Rational& t : terms) {
    std::optional<Rational> next = add(sum, t);
    if (!next) return std::nullopt;
    sum = *next;
  }
  return sum;
}

}  // namespace

Rational sum_of(std::span<const Rational> terms) {
  if (std::optional<Rational> exact = exact_sum(terms)) return *exact;
  if (std::optional<Rational> exact = folded_sum(terms)) return *exact;
  // Fractions whose denominators share no factor (a formula's
  // 1 / (10000000 + speakers)) can have a sum whose exact fraction passes
  // 64 bits though the number is small: rounded.
  for (const std::int64_t scale : kRoundingScales) {
    if (std::optional<Rational> rounded = rounded_sum(terms, scale)) return *rounded;
  }
  // Past 2^63 however rounded: no Rational holds it.
  Rational sum = 0;
  for (const Rational& t : terms) sum = add(sum, t).value_or(sum);
  return sum;
}

Rational add_or_round(Rational a, Rational b) {
  if (std::optional<Rational> sum = add(a, b)) return *sum;
  const Rational terms[] = {a, b};
  return sum_of(terms);
}

Rational difference(Rational a, Rational b) {
  if (std::optional<Rational> d = subtract(a, b)) return *d;
  if (std::optional<Rational> minus_b = negate(b)) return add_or_round(a, *minus_b);
  // b is INT64_MIN (Rational(INT64_MIN) makes it; arithmetic never does),
  // whose negation does not fit: 0, as subtract().value_or(0) gave.
  return 0;
}

Rational mean_of(std::span<const Rational> terms) {
  if (terms.empty()) return Rational(0);
  const Rational sum = sum_of(terms);
  const Rational count(static_cast<std::int64_t>(terms.size()));
  if (std::optional<Rational> mean = divide(sum, count)) return *mean;
  // The sum's denominator times the count passes 64 bits: the mean rounded
  // as sum_of rounds (count at most a few dozen months).
  const Wide den = static_cast<Wide>(sum.den()) * count.num();
  for (const std::int64_t scale : kRoundingScales) {
    if (std::optional<Rational> mean = reduce(scaled_rounded(sum.num(), scale, den), scale)) {
      return *mean;
    }
  }
  return 0;  // unreachable: a mean is no larger than the sum, which fit
}

std::optional<Rational> negate(Rational a) {
  if (a.num() == std::numeric_limits<std::int64_t>::min()) return std::nullopt;
  return Rational::make(-a.num(), a.den());
}

}  // namespace chibo
