#include "chibo/period.h"

#include <catch2/catch.hpp>

TEST_CASE("periods: quarters and years") {
  auto q = chibo::Period::parse("2024-Q1");
  REQUIRE(q);
  CHECK(q->first_month() == 1);
  CHECK(q->last_month() == 3);
  CHECK(q->previous().id() == "2023-Q4");
  CHECK(q->label() == "quý I/2024");
  CHECK(chibo::Period::parse("2024-q3")->label() == "quý III/2024");
  CHECK(chibo::Period::parse("2024")->months() == 12);
  CHECK(chibo::Period::parse("2024")->previous().label() == "năm 2023");
  for (const char* bad : {"2024-Q5", "2024-Q0", "24-Q1", "2024Q1", "", "Q1-2024", "abcd"}) {
    INFO(bad);
    CHECK_FALSE(chibo::Period::parse(bad));
  }
}
