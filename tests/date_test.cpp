#include "date.h"

#include <catch2/catch.hpp>

#include <fmt/format.h>

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
  CHECK(chibo::format_date(chibo::days_from_civil({-1, 6, 15})) == "-001-06-15");  // fmt's way
  CHECK(chibo::format_date(chibo::days_from_civil({10000, 1, 2})) == "10000-01-02");
}
