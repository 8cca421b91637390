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
