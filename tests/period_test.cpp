#include "chibo/period.h"

#include <catch2/catch.hpp>

#include "date.h"

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

// A day is in a period when first_day() <= day < end_day(), as
// contains_day() finds from its month, every day from 2023 to 2025.
TEST_CASE("a period's first day and the day after its last") {
  const chibo::Period q4{2023, 4};
  CHECK(chibo::format_date(q4.first_day()) == "2023-10-01");
  CHECK(chibo::format_date(q4.end_day()) == "2024-01-01");
  CHECK(chibo::format_date(chibo::Period{2024, 1}.end_day()) == "2024-04-01");
  CHECK(chibo::format_date(chibo::Period{2024, 0}.first_day()) == "2024-01-01");
  CHECK(chibo::format_date(chibo::Period{2024, 0}.end_day()) == "2025-01-01");
  const int from = *chibo::parse_date("2023-01-01"), to = *chibo::parse_date("2026-01-01");
  for (const chibo::Period p : {chibo::Period{2024, 0}, chibo::Period{2024, 1}, chibo::Period{2024, 2},
                                chibo::Period{2024, 3}, chibo::Period{2024, 4}}) {
    for (int day = from; day < to; ++day) {
      if ((day >= p.first_day() && day < p.end_day()) != p.contains_day(day)) {
        FAIL(p.id() << " " << chibo::format_date(day));
      }
    }
  }
}
