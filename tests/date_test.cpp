#include "date.h"

#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <optional>
#include <string>

TEST_CASE("dates: strict YYYY-MM-DD with real days, round trip") {
  CHECK(chibo::parse_date("1970-01-01") == 0);
  CHECK(chibo::parse_date("2024-02-29").has_value());
  CHECK_FALSE(chibo::parse_date("2023-02-29"));
  CHECK_FALSE(chibo::parse_date("2024-13-01"));
  CHECK_FALSE(chibo::parse_date("2024-1-01"));
  CHECK_FALSE(chibo::parse_date("24-01-01"));
  CHECK_FALSE(chibo::parse_date("2024/01/01"));
  CHECK(chibo::format_date(*chibo::parse_date("2024-03-15")) == "2024-03-15");
  auto d = chibo::civil_from_days(*chibo::parse_date("2000-12-31"));
  CHECK((d.year == 2000 && d.month == 12 && d.day == 31));
}

// format_date writes its digits by hand for years 0..9999: it must agree with
// fmt's "{:04}-{:02}-{:02}" there, and fall back to it outside.
TEST_CASE("format_date and append_date agree with fmt on every day of four centuries") {
  const int from = *chibo::parse_date("1900-01-01");
  const int to = *chibo::parse_date("2300-12-31");
  int differ = 0;
  for (int days = from; days <= to; ++days) {
    const chibo::CivilDate d = chibo::civil_from_days(days);
    if (chibo::format_date(days) != fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day)) {
      ++differ;
    }
  }
  CHECK(differ == 0);
  CHECK(chibo::format_date(chibo::days_from_civil({1, 1, 1})) == "0001-01-01");
  CHECK(chibo::format_date(chibo::days_from_civil({999, 12, 31})) == "0999-12-31");
  CHECK(chibo::format_date(chibo::days_from_civil({9999, 12, 31})) == "9999-12-31");
  std::string out = "ngày ";
  chibo::append_date(out, *chibo::parse_date("2024-03-05"));
  CHECK(out == "ngày 2024-03-05");
  CHECK(chibo::format_date_vn(*chibo::parse_date("2024-03-05")) == "05/03/2024");
  CHECK(chibo::format_date(chibo::days_from_civil({-1, 6, 15})) == "-001-06-15");  // fmt's way
  CHECK(chibo::format_date(chibo::days_from_civil({10000, 1, 2})) == "10000-01-02");
}

// parse_date against the plainest reading there is: every text of the form
// DDDD-DD-DD for years 1899..2101 (and some not of that form) is a date
// exactly when it names a real day from 1900 on, and then that day.
TEST_CASE("parse_date reads every date of two centuries and refuses the rest") {
  int wrong = 0;
  for (int year = 1899; year <= 2101; ++year) {
    for (int month = 0; month <= 13; ++month) {
      for (int day = 0; day <= 32; ++day) {
        const std::string text = fmt::format("{:04}-{:02}-{:02}", year, month, day);
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        const int days_in[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const bool real = year >= 1900 && month >= 1 && month <= 12 && day >= 1 &&
                          day <= days_in[month >= 1 && month <= 12 ? month - 1 : 0];
        const std::optional<int> got = chibo::parse_date(text);
        if (got.has_value() != real ||
            (real && *got != chibo::days_from_civil({year, month, day}))) {
          ++wrong;
        }
        // The same test of the numbers themselves (a date written D/M/YYYY is read so).
        const std::optional<int> from_numbers = chibo::real_date({year, month, day});
        if (from_numbers.has_value() != real ||
            (real && *from_numbers != chibo::days_from_civil({year, month, day}))) {
          ++wrong;
        }
      }
    }
  }
  CHECK(wrong == 0);
  for (const char* bad : {"2024-0a-01", "2024-01-0:", "202/-01-01", "2024-01-01 ", "2024-01- 1",
                          "+024-01-01", "2024_01-01", "２０２４-01-01", "2024-01-0\x01"}) {
    INFO(bad);
    CHECK_FALSE(chibo::parse_date(bad));
  }
}

// civil_from_days takes a faster way for days within +-32,767 years: it must
// give what days_from_civil inverts, on every day of that range and at its
// edges, where the general way takes over.
TEST_CASE("civil_from_days inverts days_from_civil on every day of 65,000 years") {
  int wrong = 0;
  int days = chibo::days_from_civil({-32767, 1, 1});
  for (int year = -32767; year <= 32767; ++year) {
    for (int month = 1; month <= 12; ++month) {
      const int length =
          chibo::days_from_civil({month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1}) -
          chibo::days_from_civil({year, month, 1});
      for (int day = 1; day <= length; ++day, ++days) {
        const chibo::CivilDate d = chibo::civil_from_days(days);
        if (d.year != year || d.month != month || d.day != day) ++wrong;
      }
    }
  }
  CHECK(wrong == 0);
  for (int z : {-12687795, -12687794, 11248737, 11248738, -1000000000, 1000000000}) {
    INFO(z);
    const chibo::CivilDate d = chibo::civil_from_days(z);
    CHECK(chibo::days_from_civil(d) == z);
  }
}

TEST_CASE("digits_number reads least to most ASCII digits, else -1", "[date]") {
  CHECK(chibo::digits_number("5", 1, 2) == 5);
  CHECK(chibo::digits_number("05", 1, 2) == 5);
  CHECK(chibo::digits_number("2024", 4, 4) == 2024);
  CHECK(chibo::digits_number("0000", 1, 4) == 0);
  CHECK(chibo::digits_number("999999999", 1, 9) == 999999999);
  CHECK(chibo::digits_number("", 1, 2) == -1);
  CHECK(chibo::digits_number("", 0, 2) == 0);  // none asked for: the number of no digits
  CHECK(chibo::digits_number("123", 1, 2) == -1);
  CHECK(chibo::digits_number("24", 4, 4) == -1);
  for (const char* not_digits : {"1a", " 1", "1 ", "-1", "+1", "1.", "١", "\x80"}) {
    INFO(not_digits);
    CHECK(chibo::digits_number(not_digits, 0, 4) == -1);
  }
}

TEST_CASE("month_number counts months so that they compare and subtract", "[date]") {
  CHECK(chibo::month_number(0, 1) == 0);
  CHECK(chibo::month_number(2018, 12) + 1 == chibo::month_number(2019, 1));
  CHECK(chibo::month_number(2024, 6) - chibo::month_number(2023, 6) == 12);
  CHECK(chibo::month_number(chibo::civil_from_days(*chibo::parse_date("2018-12-14"))) ==
        chibo::month_number(2018, 12));
}

TEST_CASE("month_written reads the month a date that is no date is written for", "[date]") {
  auto first_of = [](std::string_view text) -> std::string {
    const std::optional<int> d = chibo::month_written(text);
    return d ? chibo::format_date(*d) : "-";
  };
  CHECK(first_of("2024-02-30") == "2024-02-01");
  CHECK(first_of("2024-11-31") == "2024-11-01");
  CHECK(first_of("2024-08-32") == "2024-08-01");
  CHECK(first_of("31/11/2024") == "2024-11-01");
  CHECK(first_of("30/2/2024") == "2024-02-01");
  CHECK(first_of("2024-03-05") == "2024-03-01");  // a date too
  // No month written, or no year.
  for (const char* none : {"", "2024-13-01", "2024-00-10", "2024-03", "31/11/24", "x/11/2024",
                           "2024-03-05-01", "1899-03-05", "tháng 3", "2024-3-", "45356"}) {
    INFO(none);
    CHECK(first_of(none) == "-");
  }
}
