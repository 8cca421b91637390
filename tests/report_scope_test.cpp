// What a report says of what it leaves out (report_scope.cpp): the units
// left out of the list, the months out of the ruleset's force, the records
// rejected that leave no listed cell a month short.
#include "report_scope.h"

#include <string>
#include <vector>

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "report_fixture.h"

using namespace chibo;
using namespace chibo::testing;

// A base committee's type mistyped left it and its cells out of the list:
// the report read "1/2 chi bộ ..." of a list of many more, the units named
// only on standard error.
TEST_CASE("the units left out of the list are counted and named, with their lines") {
  ReportDistrict d = report_district();
  CHECK(units_left_out_sentence(d.input()).empty());
  CHECK(units_left_out_count(d.input()).empty());
  d.units.file = "/home/vp/ds/units.csv";  // named without its folder
  // A: a second row of a listed cell, no unit missing.
  d.units.left_out = {{"A", 9}, {"DB2", 5}, {"DB2-01", 5}};
  CHECK(units_left_out_sentence(d.input()) ==
        "2 đơn vị của danh sách đơn vị units.csv bị loại vì lỗi trong danh sách (ở dòng 5), không "
        "có trong báo cáo này, kể cả trong các số trên: 'DB2', 'DB2-01'; hãy sửa danh sách rồi "
        "lập lại báo cáo.");
  CHECK(units_left_out_count(d.input()) == "2 đơn vị bị loại vì lỗi trong danh sách");
  // Many: the first ten named, and the first ten lines.
  d.units.left_out.clear();
  for (int i = 1; i <= 12; ++i) d.units.left_out.emplace_back(fmt::format("X-{:02}", i), i + 1);
  CHECK(units_left_out_sentence(d.input()) ==
        "12 đơn vị của danh sách đơn vị units.csv bị loại vì lỗi trong danh sách (ở các dòng 2, "
        "3, 4, 5, 6, 7, 8, 9, 10, 11, ...), không có trong báo cáo này, kể cả trong các số trên: "
        "'X-01', 'X-02', 'X-03', 'X-04', 'X-05', 'X-06', 'X-07', 'X-08', 'X-09', 'X-10' và 2 đơn "
        "vị khác; hãy sửa danh sách rồi lập lại báo cáo.");
}

// A ruleset in force to 31/05/2024 reported for 2024: the report said "trong
// năm 2024 có ..." of five months counted, with no word of the other seven.
TEST_CASE("a period partly out of the ruleset's force says which months it counts") {
  std::string text = points_ruleset("  missing_month: zero\n  quarter: {by: mean}\n");
  text.replace(text.find("2019-01-01"), 10, "2019-11-14, to: 2024-05-31");
  auto r = compile_text(text);
  REQUIRE(r);
  ReportDistrict d = report_district();
  const ReportInput in{*r,        d.units,        *d.store, d.ranking,
                       d.summary, RejectedList(), d.counts, d.audit};
  auto said = [&](Period p) {
    d.ranking.period = p;
    return force_sentence(in);
  };
  CHECK(said({2024, 0}) ==
        "Bộ tiêu chí chỉ có hiệu lực từ 14/11/2019 đến 31/05/2024, nên năm 2024 chỉ tính đến "
        "tháng 5/2024: các số dưới đây chỉ xét các tháng đó; tháng 6, 7, 8, 9, 10, 11, 12/2024 "
        "ngoài thời gian hiệu lực, không tính điểm và không coi là thiếu.");
  CHECK(said({2019, 4}) ==
        "Bộ tiêu chí chỉ có hiệu lực từ 14/11/2019 đến 31/05/2024, nên quý IV/2019 chỉ tính từ "
        "tháng 11/2019: các số dưới đây chỉ xét các tháng đó; tháng 10/2019 ngoài thời gian hiệu "
        "lực, không tính điểm và không coi là thiếu.");
  CHECK(said({2024, 2}).find("nên quý II/2024 chỉ tính đến tháng 5/2024: các số dưới đây chỉ xét "
                             "các tháng đó; tháng 6/2024 ngoài") != std::string::npos);
  CHECK(said({2025, 0}) ==
        "Bộ tiêu chí chỉ có hiệu lực từ 14/11/2019 đến 31/05/2024: năm 2025 ở ngoài thời gian đó, "
        "nên không có tháng nào của kỳ để xếp loại.");
  // Every month in force (a month only partly in force is one): nothing said.
  CHECK(said({2024, 1}).empty());
  CHECK(said({2020, 0}).empty());
  CHECK(force_sentence(d.input()).empty());  // the fixture's ruleset, open-ended
}

// Each rejected record in one count: a cell the list lacks or left out of
// it, then a date out of force; the rest are to mend.
TEST_CASE("rejected records that leave no listed cell short are counted by why") {
  ReportDistrict d = report_district();
  d.units.left_out = {{"L", 4}};
  ReportInput in = d.input();
  in.rejected = rejected_list({{{"m.csv", 2, 0}, "x", "Z"},
                               {{"m.csv", 3, 0}, "x", "L"},
                               {{"m.csv", 4, 0}, "x", "L"},
                               {{"m.csv", 5, 0}, "x", "A"},
                               {{"m.csv", 6, 0}, "x", "B"}},
                              d.units, RejectedList::kListed, {"A", "Z"});
  const std::vector<RejectedApart> apart = rejected_apart(in);
  REQUIRE(apart.size() == 3);
  CHECK(apart[0].count == 1);  // Z, though dated out of force too
  CHECK(apart[0].what == "của chi bộ không có trong danh sách đơn vị");
  CHECK(apart[0].unlisted);
  CHECK(apart[1].count == 2);
  CHECK(apart[1].what == "của đơn vị bị loại khỏi danh sách đơn vị vì lỗi trong danh sách");
  CHECK_FALSE(apart[1].unlisted);
  CHECK(apart[2].count == 1);
  CHECK(apart[2].what ==
        "có ngày sinh hoạt ngoài thời gian hiệu lực của bộ tiêu chí (từ 01/01/2019)");
  CHECK(in.rejected.to_mend() == 1);  // B's
  in.rejected = rejected_list({{{"m.csv", 6, 0}, "x", "B"}}, d.units);
  CHECK(rejected_apart(in).empty());
}
