#include "chibo/number_format.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

using chibo::append_number;
using chibo::format_number;
using chibo::format_number_above;
using chibo::format_number_beside;
using chibo::format_percent;
using chibo::format_share;
using chibo::Presentation;
using chibo::Rational;
using Rounding = Presentation::Rounding;

namespace {

Presentation make(int decimals, Rounding rounding = Rounding::HalfUp, bool trim = false,
                  std::string separator = ",") {
  Presentation p;
  p.decimals = decimals;
  p.rounding = rounding;
  p.trim_zeros = trim;
  p.decimal_separator = std::move(separator);
  return p;
}

Rational q(std::int64_t num, std::int64_t den) { return *Rational::make(num, den); }

}  // namespace

TEST_CASE("format_number rounds exactly") {
  struct Case {
    Rational value;
    Presentation p;
    const char* expected;
  };
  const Rounding up = Rounding::HalfUp;
  const Rounding cut = Rounding::Truncate;
  const Case cases[] = {
      {q(1865, 20), make(2), "93,25"},
      {q(2, 3), make(2, up), "0,67"},
      {q(2, 3), make(2, cut), "0,66"},
      {q(-2, 3), make(2, up), "-0,67"},
      {q(-2, 3), make(2, cut), "-0,66"},
      {q(-5, 2), make(0, up), "-3"},
      {q(-5, 2), make(0, cut), "-2"},
      {q(5, 2), make(0, up), "3"},
      {q(5, 2), make(0, cut), "2"},
      {Rational(90), make(2), "90,00"},
      {Rational(90), make(2, up, true), "90"},
      {q(155, 2), make(2, up, true), "77,5"},
      {q(155, 2), make(2), "77,50"},
      {q(1865, 20), make(2, up, false, "."), "93.25"},
      {q(1865, 20), make(1, up), "93,3"},  // exactly half: away from zero
      {q(-1865, 20), make(1, up), "-93,3"},
      {q(1865, 20), make(1, cut), "93,2"},
      {q(1, 8), make(2, up), "0,13"},
      {Rational(0), make(2), "0,00"},
      {Rational(0), make(2, up, true), "0"},
      {q(-1, 1000), make(2, up), "0,00"},  // rounds to zero: no "-0,00"
      {q(-1, 3), make(0, cut), "0"},
      {q(-1, 1000), make(2, up, true), "0"},
      {q(-2, 3), make(0, up), "-1"},
      {q(1, 7), make(0), "0"},
      {q(1, 7), make(1), "0,1"},
      {q(1, 7), make(3), "0,143"},
      {q(1, 7), make(4), "0,1429"},
      {q(1, 7), make(5), "0,14286"},
      {q(1, 7), make(6), "0,142857"},
      {q(1, 7), make(6, cut), "0,142857"},
      {q(2, 7), make(6, up), "0,285714"},
      {q(1, 1000000), make(6, up, true), "0,000001"},
      {q(1, 2000000), make(6, up), "0,000001"},
      {q(1, 2000000), make(6, cut), "0,000000"},
      {q(9999, 1000), make(2, up), "10,00"},  // carry into the integer part
      {q(9999, 1000), make(2, up, true), "10"},
      {q(1050, 100), make(2, up, true), "10,5"},
      {Rational(INT64_MAX), make(2), "9223372036854775807,00"},
      {Rational(-INT64_MAX), make(0), "-9223372036854775807"},
      {q(INT64_MAX, 2), make(0, up), "4611686018427387904"},
      {q(7, 4), make(2, up, false, " dot "), "1 dot 75"},
      // Whole numbers take append_number's path with no division.
      {Rational(93), make(2, up, false, " dot "), "93 dot 00"},
      {Rational(-93), make(6, up, false, "."), "-93.000000"},
      {Rational(0), make(3, cut, true, "."), "0"},
      {Rational(-1099511627775), make(1), "-1099511627775,0"},  // -(2^40 - 1)
  };
  for (const Case& c : cases) {
    INFO(c.value.to_string() << " decimals " << c.p.decimals);
    CHECK(format_number(c.value, c.p) == c.expected);
    std::string appended = "x";
    append_number(appended, c.value, c.p);
    CHECK(appended == std::string("x") + c.expected);
  }
}

// append_number has a 64-bit path of its own for small values (scores);
// format_number goes through the general 128-bit one. Over every small
// fraction, both roundings, trimming and all decimals they must agree.
TEST_CASE("append_number's 64-bit path agrees with the general one") {
  int compared = 0;
  for (int decimals = 0; decimals <= 6; ++decimals) {
    for (Rounding rounding : {Rounding::HalfUp, Rounding::Truncate}) {
      for (bool trim : {false, true}) {
        const Presentation p = make(decimals, rounding, trim);
        for (std::int64_t den = 1; den <= 24; ++den) {
          for (std::int64_t num = -600; num <= 600; num += 7) {
            const Rational v = q(num, den);
            std::string appended;
            append_number(appended, v, p);
            if (appended != format_number(v, p)) {
              FAIL_CHECK(v.to_string() << " decimals " << decimals << ": " << appended << " vs "
                                       << format_number(v, p));
            }
            ++compared;
          }
        }
      }
    }
  }
  // Just inside and just outside the 64-bit path (2^40).
  const std::int64_t edge = std::int64_t(1) << 40;
  for (std::int64_t num : {edge - 1, edge, edge + 1, -(edge - 1), -edge, -(edge + 1)}) {
    for (std::int64_t den : {std::int64_t(1), std::int64_t(3), edge - 1, edge + 1}) {
      const Rational v = q(num, den);
      for (int decimals : {0, 2, 6}) {
        std::string appended;
        append_number(appended, v, make(decimals));
        CHECK(appended == format_number(v, make(decimals)));
        ++compared;
      }
    }
  }
  CHECK(compared == 7 * 2 * 2 * 24 * 172 + 6 * 4 * 3);
}

// A value said to lie in a band (or a grade) is not shown rounded onto or
// across its edges; shown as usual otherwise.
TEST_CASE("format_number_beside keeps a value on its side of every edge") {
  struct Case {
    Rational value;
    std::vector<Rational> edges;
    Presentation p;
    const char* expected;
  };
  const Presentation shown = make(2, Rounding::HalfUp, true);
  const Case cases[] = {
      {q(85, 1), {80, 90}, shown, "85"},
      {q(17999, 200), {80, 90}, shown, "89,995"},          // "90", read as not below 90
      {q(19999, 200), {90, 100}, shown, "99,995"},         // "100"
      {q(8999, 100), {80, 90}, shown, "89,99"},            // no more than the ruleset's decimals
      {q(26999, 300), {80, 90}, shown, "89,997"},          // 89.99666...: the fewest that tell
      {q(179999, 2000), {80, 90}, shown, "89,9995"},       // 89.9995: "90,000" still rounds up
      {q(899999999, 10000000), {90}, shown, "89,999999"},  // 89.9999999: cut at 6 decimals
      {q(90, 1), {90, 100}, shown, "90"},                  // on the edge: at it
      {q(90001, 1000), {90, 100}, shown, "90"},            // above it, shown at it: the same side
      {q(-1, 1000), {0}, shown, "-0,001"},                 // "0", read as not below 0
      {q(17999, 200), {}, shown, "90"},                    // no edge: as format_number
      {q(17999, 200), {80, 90}, make(2), "89,995"},        // zeros not trimmed: none past them
      {q(17999, 200), {75, 90}, make(2), "89,995"},
      {q(8999, 100), {75, 90}, make(2), "89,99"},
      {q(17999, 200), {80, 90}, make(2, Rounding::Truncate, true), "89,99"},  // cut: below
      {q(17999, 200), {80, 90}, make(2, Rounding::HalfUp, true, "."), "89.995"},
      {q(179, 2), {80, 90}, make(0), "89,5"},  // "90"
  };
  for (const Case& c : cases) {
    INFO(c.value.to_string() << " decimals " << c.p.decimals);
    CHECK(format_number_beside(c.value, c.p, c.edges) == c.expected);
  }
}

TEST_CASE("format_number_above shows a value above its edge above it") {
  struct Case {
    Rational value;
    Rational edge;
    Presentation p;
    const char* expected;
  };
  const Presentation shown = make(2, Rounding::HalfUp, true);
  const Case cases[] = {
      {q(41, 2), 20, shown, "20,5"},
      {q(5003, 250), 20, shown, "20,01"},                // 20.012: no more than the ruleset's
      {q(5001, 250), 20, shown, "20,004"},               // "20", read as not past 20
      {q(200000001, 10000000), 20, shown, "20,000001"},  // 20.0000001: up at 6 decimals
      {q(20, 1), 20, shown, "20"},                       // at the edge
      {q(5001, 250), 21, shown, "20"},                   // below it: as format_number
      {q(5001, 250), 20, make(2), "20,004"},             // zeros not trimmed: none past them
      {q(8001, 400), 20, make(2), "20,003"},             // 20.0025, rounded: above still
      {q(5001, 250), 20, make(2, Rounding::Truncate, true), "20,004"},
      {q(5001, 250), 20, make(2, Rounding::HalfUp, true, "."), "20.004"},
      {q(201, 10), 20, make(0), "20,1"},  // "20"
  };
  for (const Case& c : cases) {
    INFO(c.value.to_string() << " decimals " << c.p.decimals);
    CHECK(format_number_above(c.value, c.p, c.edge) == c.expected);
  }
}

TEST_CASE("format_share writes a percentage") {
  struct Case {
    std::int64_t num;
    std::int64_t den;
    Presentation p;
    const char* expected;
  };
  const Case cases[] = {
      {8, 26, make(2, Rounding::HalfUp), "30,77%"},
      {8, 26, make(2, Rounding::Truncate), "30,76%"},
      {36, 69, make(2), "52,17%"},
      {0, 0, make(2), "0,00%"},
      {0, 0, make(2, Rounding::HalfUp, true), "0%"},
      {5, 0, make(1), "0,0%"},
      {26, 26, make(2), "100,00%"},
      {26, 26, make(2, Rounding::HalfUp, true), "100%"},
      {1, 3, make(0), "33%"},
      {2, 3, make(0), "67%"},
      {2, 3, make(0, Rounding::Truncate), "66%"},
      {1, 8, make(1), "12,5%"},
      {1, 8, make(0), "13%"},
      {-1, 8, make(0), "-13%"},
      {1, -8, make(0), "-13%"},
      {36, 69, make(2, Rounding::HalfUp, false, "."), "52.17%"},
      {INT64_MAX, 1, make(0), "922337203685477580700%"},  // beyond 64 bits, still exact
  };
  for (const Case& c : cases) {
    INFO(c.num << "/" << c.den);
    CHECK(format_share(c.num, c.den, c.p) == c.expected);
    const std::string number(c.expected, std::strlen(c.expected) - 1);
    CHECK(format_percent(c.num, c.den, c.p) == number);
  }
}

TEST_CASE("format_amount sets a sum's thousands off with dots beside a decimal comma only") {
  using chibo::format_amount;
  using chibo::Rational;
  const Presentation comma;  // 2 decimals, ","
  CHECK(format_amount(*Rational::make(678400, 100), comma) == "6.784,00");
  CHECK(format_amount(Rational(999), comma) == "999,00");
  CHECK(format_amount(Rational(1000), comma) == "1.000,00");
  CHECK(format_amount(Rational(-1234567), comma) == "-1.234.567,00");
  CHECK(format_amount(Rational(-123), comma) == "-123,00");
  Presentation point;
  point.decimal_separator = ".";
  point.decimals = 0;
  // A decimal point: no thousands set off (a comma or a dot would be read as the other).
  CHECK(format_amount(Rational(1234567), point) == "1234567");
  point.decimals = 1;
  CHECK(format_amount(*Rational::make(123456789, 10), point) == "12345678.9");
}

TEST_CASE("format_exact writes a value exactly with the separator given") {
  using chibo::format_exact;
  CHECK(format_exact(q(199, 2)) == "99,5");
  CHECK(format_exact(q(199, 2), '.') == "99.5");
  CHECK(format_exact(q(-1, 8)) == "-0,125");
  CHECK(format_exact(Rational(600)) == "600");
  CHECK(format_exact(q(1, 3)) == "1/3");  // no decimal: as to_string
}

TEST_CASE("format_count sets thousands off with dots as Vietnamese writes them") {
  using chibo::format_count;
  CHECK(format_count(0) == "0");
  CHECK(format_count(999) == "999");
  CHECK(format_count(1000) == "1.000");
  CHECK(format_count(4093069) == "4.093.069");
  CHECK(format_count(100000) == "100.000");
  CHECK(format_count(-100) == "-100");
  CHECK(format_count(-1234567) == "-1.234.567");
  CHECK(format_count(INT64_MAX) == "9.223.372.036.854.775.807");
}
