#include "chibo/rational.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

using chibo::Rational;

TEST_CASE("parse_decimal accepts point and comma and is exact") {
  CHECK(Rational::parse_decimal("93,5") == Rational::make(187, 2));
  CHECK(Rational::parse_decimal("93.5") == Rational::make(187, 2));
  CHECK(Rational::parse_decimal("-0.25") == Rational::make(-1, 4));
  CHECK(Rational::parse_decimal("007") == Rational(7));
  CHECK(Rational::parse_decimal("89.99") < Rational(90));
  CHECK(*Rational::parse_decimal("90.000") == Rational(90));
}

// Plain digits up to 18 take a path of their own; past it, the general loop.
TEST_CASE("parse_decimal reads whole numbers on either side of its digits path") {
  CHECK(*Rational::parse_decimal("0") == Rational(0));
  CHECK(*Rational::parse_decimal("130") == Rational(130));
  CHECK(*Rational::parse_decimal("999999999999999999") == Rational(999'999'999'999'999'999));
  CHECK(*Rational::parse_decimal("0999999999999999999") == Rational(999'999'999'999'999'999));
  CHECK(*Rational::parse_decimal("000000000000000000012") == Rational(12));
  CHECK(*Rational::parse_decimal("-12") == Rational(-12));
  CHECK(*Rational::parse_decimal("+12") == Rational(12));
  CHECK_FALSE(Rational::parse_decimal("12a"));
  CHECK_FALSE(Rational::parse_decimal("1000000000000000000"));  // 19 significant digits
}

// Decimals are reduced by their factors of 2 and 5 (the denominator is a power
// of ten): the same fractions make() gives.
TEST_CASE("parse_decimal reduces decimals exactly as make does") {
  CHECK(*Rational::parse_decimal("0.50") == Rational::make(1, 2));
  CHECK(*Rational::parse_decimal("93.75") == Rational::make(375, 4));
  CHECK(*Rational::parse_decimal("-0.125") == Rational::make(-1, 8));
  CHECK(*Rational::parse_decimal("2,500") == Rational::make(5, 2));
  CHECK(*Rational::parse_decimal("83.33") == Rational::make(8333, 100));
  CHECK(*Rational::parse_decimal("-0.000") == Rational(0));
  CHECK(*Rational::parse_decimal("0.000000000000000002") == Rational::make(1, 500000000000000000));
  // Digits, a point or comma, digits, in 18 bytes or fewer: a path of their own.
  CHECK(*Rational::parse_decimal("007,50") == Rational::make(15, 2));
  CHECK(*Rational::parse_decimal("0.05") == Rational::make(1, 20));
  CHECK(*Rational::parse_decimal("12345678901234.567") == Rational::make(12345678901234567, 1000));
  CHECK(*Rational::parse_decimal("1234567890123456.78") == Rational::make(123456789012345678, 100));
  CHECK(*Rational::parse_decimal("5.") == Rational(5));
  CHECK(*Rational::parse_decimal(",5") == Rational::make(1, 2));
  CHECK_FALSE(Rational::parse_decimal("5.5.5"));
  CHECK_FALSE(Rational::parse_decimal("5.5a"));
  CHECK_FALSE(Rational::parse_decimal("5,-5"));
  for (int n = -2000; n <= 2000; n += 3) {
    for (int places = 1; places <= 4; ++places) {
      std::int64_t den = 1;
      for (int i = 0; i < places; ++i) den *= 10;
      std::string text = std::to_string(n < 0 ? -n : n);
      while (static_cast<int>(text.size()) <= places) text.insert(0, "0");
      text.insert(text.size() - static_cast<std::size_t>(places), ".");
      if (n < 0) text.insert(0, "-");
      INFO(text);
      CHECK(*Rational::parse_decimal(text) == *Rational::make(n, den));
    }
  }
}

TEST_CASE("parse_decimal rejects malformed text") {
  for (const char* bad :
       {"", "-", "1.2.3", "1e5", "abc", " 1", "1 000", "nan", "inf", "1234567890123456789"}) {
    INFO(bad);
    CHECK_FALSE(Rational::parse_decimal(bad));
  }
}

TEST_CASE("too_many_digits: a decimal as written, of more than 18 digits") {
  CHECK(Rational::too_many_digits("1234567890123456789"));
  CHECK(Rational::too_many_digits("-12345678901234567,89"));
  CHECK(Rational::too_many_digits("+0.0000000000000000001"));
  CHECK_FALSE(Rational::too_many_digits("123456789012345678"));
  CHECK_FALSE(Rational::too_many_digits("1234567890123456789x"));
  CHECK_FALSE(Rational::too_many_digits("1.234567890123456789.0"));
  CHECK_FALSE(Rational::too_many_digits(""));
}

TEST_CASE("arithmetic is exact and checked") {
  Rational third = *Rational::make(1, 3);
  CHECK(*add(*add(third, third), third) == Rational(1));
  CHECK(*divide(Rational(1700), Rational(18)) == *Rational::make(850, 9));
  CHECK_FALSE(divide(Rational(1), Rational(0)));
  CHECK_FALSE(multiply(Rational(INT64_MAX / 2), Rational(3)));
  // Whole numbers take an inline path: the same limits (-INT64_MAX..INT64_MAX).
  CHECK(*add(Rational(INT64_MAX - 1), Rational(1)) == Rational(INT64_MAX));
  CHECK_FALSE(add(Rational(INT64_MAX), Rational(1)));
  CHECK_FALSE(add(Rational(-INT64_MAX), Rational(-1)));  // INT64_MIN has no negation
  CHECK(*add(Rational(-INT64_MAX), Rational(1)) == Rational(-INT64_MAX + 1));
  CHECK(*multiply(Rational(-3), Rational(7)) == Rational(-21));
  CHECK_FALSE(multiply(Rational(INT64_MAX), Rational(-1)) == std::nullopt);
  CHECK_FALSE(multiply(Rational(INT64_MIN / 2), Rational(2)));  // exactly INT64_MIN
  CHECK_FALSE(multiply(Rational(INT64_MAX), Rational(2)));
  CHECK(*add(*Rational::make(1, 2), Rational(1)) == *Rational::make(3, 2));  // mixed: general path
  CHECK(Rational(3) < *Rational::make(7, 2));
  CHECK(*Rational::make(7, 2) < Rational(4));
  CHECK(Rational(-4) < Rational(3));
  CHECK(*subtract(Rational(90), *Rational::make(1, 100)) < Rational(90));
  // subtract's inline path for whole numbers: the same limits as a + (-b).
  CHECK(*subtract(Rational(90), Rational(91)) == Rational(-1));
  CHECK(*subtract(Rational(-INT64_MAX + 1), Rational(1)) == Rational(-INT64_MAX));
  CHECK_FALSE(subtract(Rational(-INT64_MAX), Rational(1)));  // exactly INT64_MIN
  CHECK_FALSE(subtract(Rational(INT64_MAX), Rational(-1)));
  CHECK_FALSE(subtract(Rational(-1), Rational(INT64_MIN)));  // -INT64_MIN does not exist
  CHECK(*subtract(Rational(1), *Rational::make(1, 2)) == *Rational::make(1, 2));
}

TEST_CASE("make and divide reduce as Euclid's gcd does") {
  // Against the plain definition, for every pair of signs and sizes up to
  // the edges of 64 bits (divide() of two whole numbers reduces through make()).
  auto euclid = [](std::int64_t a, std::int64_t b) {
    a = a < 0 ? -a : a;
    b = b < 0 ? -b : b;
    while (b != 0) a = std::exchange(b, a % b);
    return a;
  };
  // clang-format off
  const std::vector<std::int64_t> values = {
      0, 1, -1, 2, 3, 6, 7, 12, 17, 18, 90, 100, -1024, 1700, 3 << 20, 999999937,
      INT64_MAX, -INT64_MAX, INT64_MAX - 1, 1LL << 62, -(1LL << 62), 600851475143LL};
  // clang-format on
  // Twice: divide() keeps the quotients of whole numbers it worked out, and
  // the second pass reads them back (every pair, each kept slot's or not).
  for (int pass = 0; pass < 2; ++pass) {
    for (std::int64_t n : values) {
      for (std::int64_t d : values) {
        if (d == 0) continue;
        INFO(pass << ": " << n << " / " << d);
        std::int64_t g = euclid(n, d);
        const std::int64_t sign = d < 0 ? -1 : 1;
        const Rational expected = Rational::reduced(sign * (n / g), sign * (d / g));
        CHECK(*Rational::make(n, d) == expected);
        CHECK(*divide(Rational(n), Rational(d)) == expected);
      }
    }
  }
  // The rates of a sheet, each pair divided again after thousands of others.
  for (int pass = 0; pass < 2; ++pass) {
    for (std::int64_t present = 0; present <= 120; ++present) {
      for (std::int64_t members = 1; members <= 120; ++members) {
        INFO(present << " / " << members);
        const std::int64_t g = euclid(present * 100, members);
        CHECK(*divide(Rational(present * 100), Rational(members)) ==
              Rational::reduced(present * 100 / g, members / g));
      }
    }
  }
  CHECK_FALSE(Rational::make(1, 0));
  CHECK_FALSE(Rational::make(INT64_MIN, 3));
  CHECK_FALSE(Rational::make(3, INT64_MIN));
  // INT64_MIN as a divisor: divide()'s general path, which can still reduce it.
  CHECK(*divide(Rational(2), Rational(INT64_MIN)) == Rational::reduced(-1, 1LL << 62));
}

namespace {
// add() folded over the terms: the exact sum, or nullopt when a partial sum
// did not fit (the fold sum_of once was, which left that term out).
std::optional<Rational> folded(const std::vector<Rational>& terms) {
  Rational sum = 0;
  for (const Rational& t : terms) {
    std::optional<Rational> next = add(sum, t);
    if (!next) return std::nullopt;
    sum = *next;
  }
  return sum;
}
long double as_long_double(Rational x) {
  return static_cast<long double>(x.num()) / static_cast<long double>(x.den());
}
}  // namespace

TEST_CASE("sum_of is exact when the sum fits, and rounded to nine places when it does not") {
  const auto r = [](std::int64_t n, std::int64_t d) { return *Rational::make(n, d); };
  // Months' totals in hundredths, attendance shares over a cell's members.
  const std::vector<std::vector<Rational>> exact = {
      {},
      {r(9371, 100)},
      {r(9371, 100), r(9479, 100), r(8854, 100), Rational(90), r(1, 2)},
      {r(1500, 17), r(1600, 17), r(1700, 18), r(100, 3), r(-7, 9)},
  };
  for (const std::vector<Rational>& terms : exact) {
    INFO(terms.size() << " terms");
    CHECK(chibo::sum_of(terms) == *folded(terms));
  }
  // A partial sum past 64 bits on the way to one that fits: exact (add()
  // dropped the 5 and gave INT64_MAX - 11).
  CHECK(chibo::sum_of(std::vector<Rational>{Rational(INT64_MAX - 1), Rational(5), Rational(-10)}) ==
        Rational(INT64_MAX - 6));
  // Denominators with no common factor, their product past 2^63: each term
  // rounded to nine places (1/999999937 is 1.000000063e-9).
  CHECK(chibo::sum_of(std::vector<Rational>{r(1, 999999937), r(1, 999999929), r(1, 999999893),
                                            r(1, 2)}) == r(500000003, 1000000000));
  // A common denominator past 2^63 whose reduced partial sums all fit: exact
  // still (add() one by one), not rounded to 0.
  CHECK(chibo::sum_of(std::vector<Rational>{r(1, 999999937), r(-1, 999999937), r(1, 9999999967)}) ==
        r(1, 9999999967));
  // A quarter of a formula's months, 5 - 1 / (10000000 + ...) points each
  // (a probe's ruleset): the sum is about 287, not the first two months' 191.
  const std::vector<Rational> quarter = {r(95 * 10000168 - 1, 10000168),
                                         r(96 * 10000188 - 1, 10000188),
                                         r(96 * 10000220 - 1, 10000220)};
  REQUIRE_FALSE(folded(quarter));
  CHECK(chibo::sum_of(quarter) == r(286999999700, 1000000000));
  CHECK(chibo::mean_of(quarter) == r(2869999997, 30000000));  // that sum, divided exactly
  // Rounded to fewer places where nine do not fit, and near the exact sum.
  const std::vector<Rational> large = {r(INT64_MAX - 2, 3), r(INT64_MAX - 2, 3), r(-5, 7)};
  REQUIRE_FALSE(folded(large));
  CHECK(chibo::sum_of(large) == Rational(6148914691236517203));
  // Many small sums of the kind a roll-up adds: exact wherever add() is,
  // within n * 0.5e-9 of the sum everywhere.
  std::uint64_t state = 12345;
  auto next = [&state](std::int64_t below) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::int64_t>((state >> 33) % static_cast<std::uint64_t>(below));
  };
  int rounded = 0;
  for (int i = 0; i < 20000; ++i) {
    std::vector<Rational> terms;
    const std::int64_t count = next(13);
    long double expected = 0;
    for (std::int64_t k = 0; k < count; ++k) {
      const std::int64_t den = i % 3 == 0 ? 100 : 1 + next(60);
      terms.push_back(r(next(20001) - 1000, den));
      expected += as_long_double(terms.back());
    }
    const Rational sum = chibo::sum_of(terms);
    const std::optional<Rational> exact_sum = folded(terms);
    if (exact_sum ? !(sum == *exact_sum)
                  : std::abs(as_long_double(sum) - expected) > 0.5e-9L * count + 1e-12L) {
      FAIL_CHECK("case " << i);
      break;
    }
    rounded += exact_sum ? 0 : 1;
  }
  CHECK(rounded > 0);  // both ways were tried
}

// sum_of adds in 64 bits while the common denominator and the partial sums
// fit, in 128 bits past that: the same sum either way, at the edge between
// them too (numerators and denominators near 2^31 and 2^62, products and
// partial sums passing 2^63 by a little or not at all).
TEST_CASE("sum_of is the same exact sum on either side of 64 bits") {
  __extension__ typedef __int128 Wide;
  std::mt19937_64 random(777);
  auto next = [&random](std::uint64_t below) { return random() % below; };
  int wide = 0, narrow = 0;
  for (int i = 0; i < 60000; ++i) {
    std::vector<Rational> terms;
    if (i % 2 == 0) {
      // b/d twice and -b/d, with a small term: partial sums of up to 2b (b up
      // to 1.5 * 2^62).
      const auto b = static_cast<std::int64_t>(next(2) ? (std::uint64_t{1} << 61) +
                                                             next(std::uint64_t{1} << 62)
                                                       : next(std::uint64_t{1} << (40 + next(23))));
      const auto d = static_cast<std::int64_t>(1 + next(std::uint64_t{1} << next(32)));
      const Rational big = *Rational::make(b, d);
      terms = {big, big, *Rational::make(-b, d),
               *Rational::make(static_cast<std::int64_t>(next(2001)) - 1000,
                               static_cast<std::int64_t>(next(2) ? 1 : 1 + next(60)))};
      std::rotate(terms.begin(), terms.begin() + static_cast<std::ptrdiff_t>(next(4)), terms.end());
    } else {
      for (std::uint64_t k = 0, count = 1 + next(4); k < count; ++k) {
        const auto num = static_cast<std::int64_t>(next(std::uint64_t{1} << (1 + next(63))));
        const auto den = static_cast<std::int64_t>(1 + next(std::uint64_t{1} << next(32)));
        terms.push_back(*Rational::make(next(2) ? num : -num, den));
      }
    }
    // The exact sum over the common denominator, in 128 bits, when that fits;
    // and whether some step of it passes 64 bits.
    Wide num = 0, den = 1;
    bool fits = true, past_64 = false;
    for (const Rational& t : terms) {
      const Wide lcm = den / std::gcd(static_cast<std::int64_t>(den), t.den()) * t.den();
      if (lcm > INT64_MAX) {
        fits = false;
        break;
      }
      const Wide scaled = num * (lcm / den), part = static_cast<Wide>(t.num()) * (lcm / t.den());
      num = scaled + part;
      den = lcm;
      for (const Wide step : {scaled, part, num}) past_64 |= step > INT64_MAX || step < -INT64_MAX;
    }
    if (!fits) continue;
    Wide g = num < 0 ? -num : num;
    for (Wide b = den; b != 0;) {
      const Wide rest = g % b;
      g = b;
      b = rest;
    }
    if (g > 1) num /= g, den /= g;
    if (num > INT64_MAX || num < -INT64_MAX) continue;
    (past_64 ? wide : narrow) += 1;
    INFO("case " << i);
    REQUIRE(chibo::sum_of(terms) ==
            *Rational::make(static_cast<std::int64_t>(num), static_cast<std::int64_t>(den)));
  }
  CHECK(wide > 1000);
  CHECK(narrow > 1000);
}

TEST_CASE("a difference and a sum that do not fit are rounded, not dropped") {
  const auto r = [](std::int64_t n, std::int64_t d) { return *Rational::make(n, d); };
  CHECK(chibo::difference(r(9371, 100), Rational(90)) == r(371, 100));
  // A change of score between two quarters of such a formula: 2, not 0
  // (96 - 1/4294967311 against 94 - 1/4294967357, the exact difference's
  // denominator past 2^64).
  const Rational now = r(96 * 4294967311 - 1, 4294967311);
  const Rational before = r(94 * 4294967357 - 1, 4294967357);
  REQUIRE_FALSE(subtract(now, before));
  CHECK(chibo::difference(now, before) == Rational(2));
  REQUIRE_FALSE(add(now, before));
  CHECK(chibo::add_or_round(now, before) == Rational(190));
}

TEST_CASE("to_string is exact") {
  CHECK(Rational::make(187, 2)->to_string() == "93.5");
  CHECK(Rational::make(-1, 8)->to_string() == "-0.125");
  CHECK(Rational::make(850, 9)->to_string() == "850/9");
  CHECK(Rational(0).to_string() == "0");
}

TEST_CASE("floor and ceil") {
  CHECK(Rational::make(-5, 2)->floor() == -3);
  CHECK(Rational::make(-5, 2)->ceil() == -2);
  CHECK(Rational::make(5, 2)->floor() == 2);
  CHECK(Rational::make(5, 2)->ceil() == 3);
}
