#include "chibo/meeting_store.h"

#include <catch2/catch.hpp>

#include "rollup_fixture.h"

using namespace chibo;
using namespace chibo::testing;

TEST_CASE("the store refuses unknown cells, base committees and a second meeting a month") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"CP-01", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  CHECK(keep(*r, store, "CP-01", "2024-01-10", "90") == "");
  CHECK(keep(*r, store, "CP-01", "2024-01-25", "80") ==
        "chi bộ 'CP-01' đã có bản ghi sinh hoạt thường kỳ tháng 1/2024 (m.csv:2)");
  CHECK(keep(*r, store, "CP-01", "2024-01-26", "80", "thematic") == "");
  CHECK(keep(*r, store, "CP-02", "2024-01-10", "90") ==
        "chi bộ 'CP-02' không có trong danh sách đơn vị units.csv; có phải là 'CP-01'?");
  CHECK(keep(*r, store, "DB1", "2024-01-10", "90") ==
        "'DB1' (Đảng bộ xã Một) là đảng bộ cơ sở, không tự sinh hoạt chi bộ; ghi bản ghi cho các "
        "chi bộ trực thuộc");
  CHECK(store.meetings_of(1).size() == 2);
  CHECK(store.has_meetings_in({2024, 1}));
  CHECK(store.has_meetings_in({2024, 0}));
  CHECK_FALSE(store.has_meetings_in({2024, 2}));
  CHECK_FALSE(store.has_meetings_in({2023, 0}));
}

// A second meeting is found from a month mask covering the 32 months from the
// January before the first meeting's year, and by walking the cell's
// meetings outside it: both give the same answers, in any order of records.
TEST_CASE("a second meeting a month is refused inside and outside the month window") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}, {"B", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  CHECK(keep(*r, store, "A", "2024-06-10", "90") == "");  // the window: 2023-01 .. 2025-08
  CHECK(keep(*r, store, "A", "2023-01-10", "90") == "");  // its first month
  CHECK(keep(*r, store, "A", "2025-08-10", "90") == "");  // its last month
  CHECK(keep(*r, store, "A", "2025-09-10", "90") == "");  // outside: walks the meetings
  CHECK(keep(*r, store, "A", "2022-12-10", "90") == "");
  CHECK(keep(*r, store, "B", "2023-01-10", "90") == "");  // another cell, same month
  for (const char* date : {"2024-06-30", "2023-01-31", "2025-08-01", "2025-09-30", "2022-12-01"}) {
    INFO(date);
    CHECK(keep(*r, store, "A", date, "80").find("đã có bản ghi sinh hoạt thường kỳ") !=
          std::string::npos);
  }
  CHECK(keep(*r, store, "A", "2025-09-11", "80", "thematic") == "");  // thematic: any number
  CHECK(keep(*r, store, "A", "2024-07-10", "80") == "");
  CHECK(store.meetings_of(1).size() == 7);
  CHECK(store.meetings_of(2).size() == 1);
}
