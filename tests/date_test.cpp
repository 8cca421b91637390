#include "date.h"

#include <catch2/catch.hpp>

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
