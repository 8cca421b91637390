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
  for (const char* bad : {"2024-Q5", "2024-Q0", "24-Q1", "", "abcd", "1/2024", "I/2024", "2024-1",
                          "quý V/2024", "Q1-24", "2024 2025", "Q1 Q2 2024", "q/2024", "1899"}) {
    INFO(bad);
    CHECK_FALSE(chibo::Period::parse(bad));
  }
}

// As the reports write a period ("quý I/2024", "năm 2024"), copied back,
// and as people type a quarter, with its word: read as 2024-Q1 and 2024.
TEST_CASE("periods: written as the reports write them and as people type them") {
  for (const char* q1 :
       {"quý I/2024", "Quý 1/2024", "QUÝ I/2024", "quy 1/2024", "quý I năm 2024", "Q1/2024",
        "Q1-2024", "q1 2024", "2024Q1", "2024 Q1", " 2024-Q1 ", "2024/QI", "QI.2024"}) {
    INFO(q1);
    REQUIRE(chibo::Period::parse(q1));
    CHECK(chibo::Period::parse(q1)->id() == "2024-Q1");
  }
  CHECK(chibo::Period::parse("quý IV/2024")->id() == "2024-Q4");
  CHECK(chibo::Period::parse("Quý III năm 2023")->id() == "2023-Q3");
  CHECK(chibo::Period::parse("năm 2024")->id() == "2024");
  CHECK(chibo::Period::parse("Năm 2024")->id() == "2024");
  CHECK(chibo::Period::parse("NĂM 2024")->id() == "2024");
  // Typed with the accent apart (NFD, as some keyboards on macOS write):
  // "quý" as "quy" and U+0301, "năm" as "na", U+0306 and "m".
  CHECK(chibo::Period::parse("qu"
                             "y\xCC\x81 II/2024")
            ->id() == "2024-Q2");
  CHECK(chibo::Period::parse("na\xCC\x86m 2024")->id() == "2024");
  // Not UTF-8: no period, and no exception from the folding.
  CHECK_FALSE(chibo::Period::parse("qu\xFD II/2024"));
}

// Its days, as days since 1970-01-01, agree with contains_day on every day
// around each quarter of 2023-2024 and either year.
TEST_CASE("periods: first day and the day after the last") {
  const chibo::Period q1{2024, 1};
  CHECK(q1.first_day() == 19723);                    // 2024-01-01
  CHECK(q1.end_day() == 19814);                      // 2024-04-01: 31 + 29 + 31 days on
  CHECK(chibo::Period{2024, 4}.end_day() == 20089);  // 2025-01-01
  CHECK(chibo::Period{2024, 0}.end_day() - chibo::Period{2024, 0}.first_day() == 366);
  for (const chibo::Period p :
       {chibo::Period{2023, 4}, chibo::Period{2024, 1}, chibo::Period{2024, 2},
        chibo::Period{2024, 3}, chibo::Period{2024, 4}, chibo::Period{2023, 0},
        chibo::Period{2024, 0}}) {
    INFO(p.id());
    for (int day = p.first_day() - 40; day < p.end_day() + 40; ++day) {
      CHECK(p.contains_day(day) == (day >= p.first_day() && day < p.end_day()));
    }
  }
}
