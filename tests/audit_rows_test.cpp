// An audit as rows of text, for people (Vietnamese words, names, the
// ruleset's decimal comma) and for machines (ids, csv columns), each table
// whole. (The audit itself: audit_test.cpp; the writers' layouts:
// audit_writer_test.cpp.)
#include "audit_rows.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "audit_fixture.h"
#include "chibo/number_format.h"
#include "chibo/record_checker.h"
#include "chibo/scorer.h"
#include "compiled_ruleset_data.h"

using namespace chibo;
using chibo::testing::audit;
using chibo::testing::Audited;

namespace {

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("audit_meeting_rows: a flagged meeting for people and for machines", "[audit_rows]") {
  const Audited a = audit({
      {"A",
       {{"pa", "50"},
        {"pb", "30"},
        {"self_total", "85"},
        {"reviewer_total", "82"},
        {"self.a", "55"},
        {"self.b", "30"}}},
      {"B", {{"pa", "50"}, {"pb", "30"}, {"self_total", "80.5"}}},  // within the tolerance
  });
  CHECK(audit_meeting_rows(*a.r, *a.units, a.result, a.number, false) ==
        Rows{{"Chi bộ", "Tên", "Đảng bộ cơ sở", "Ngày sinh hoạt", "Loại", "Tự chấm",
              "Điểm theo tiêu chí", "Cấp trên chấm", "Cao hơn điểm theo tiêu chí",
              "Cao hơn điểm cấp trên", "Tiêu chí tự chấm cao hơn", "Bản ghi"},
             {"A", "Chi bộ A", "Đảng bộ xã Một", "15/03/2024", "thường kỳ", "85,0", "80,0", "82,0",
              "5,0", "3,0", "Tiêu chí A (a): tự chấm 55,0, theo tiêu chí 50,0", "m.csv:2"}});
  CHECK(audit_meeting_rows(*a.r, *a.units, a.result, a.number, true) ==
        Rows{{"cell_id", "name", "parent", "date", "kind", "self_total", "computed_total",
              "reviewer_total", "over_computed_by", "over_reviewer_by", "criteria", "file", "line"},
             {"A", "Chi bộ A", "DB1", "2024-03-15", "regular", "85,0", "80,0", "82,0", "5,0", "3,0",
              "a=55,0/50,0", "m.csv", "2"}});
}

TEST_CASE("audit_meeting_rows: only what is over is said", "[audit_rows]") {
  // Over the computed score but not the reviewer's: that excess is empty; a
  // criterion over alone flags the meeting, its total columns read as written.
  const Audited a = audit({
      {"A", {{"pa", "50"}, {"pb", "30"}, {"self_total", "90"}, {"reviewer_total", "95"}}},
      {"B", {{"pa", "10"}, {"pb", "10"}, {"self.b", "11"}}},
  });
  const Rows people = audit_meeting_rows(*a.r, *a.units, a.result, a.number, false);
  REQUIRE(people.size() == 3);
  CHECK(people[1] == std::vector<std::string>{"A", "Chi bộ A", "Đảng bộ xã Một", "15/03/2024",
                                              "thường kỳ", "90,0", "80,0", "95,0", "10,0", "", "",
                                              "m.csv:2"});
  CHECK(people[2] == std::vector<std::string>{
                         "B", "Chi bộ B", "Đảng bộ xã Một", "15/03/2024", "thường kỳ", "", "", "",
                         "", "", "Tiêu chí B (b): tự chấm 11,0, theo tiêu chí 10,0", "m.csv:3"});
}

TEST_CASE("audit_cell_rows and audit_base_rows: the tallies, largest excess when over",
          "[audit_rows]") {
  const Audited a = audit({
      {"A", {{"pa", "50"}, {"pb", "30"}, {"self_total", "85"}}},
      {"A", {{"pa", "50"}, {"pb", "30"}, {"self_total", "87.5"}}},
      {"B", {{"pa", "10"}, {"pb", "10"}, {"self.b", "11"}}},
  });
  CHECK(audit_cell_rows(*a.units, a.result, a.number) ==
        Rows{{"Chi bộ", "Tên", "Đảng bộ cơ sở", "Số cuộc có tự chấm", "Số cuộc tự chấm cao hơn",
              "Tổng điểm tự chấm cao hơn nhiều nhất"},
             {"A", "Chi bộ A", "Đảng bộ xã Một", "2", "2", "7,5"},
             {"B", "Chi bộ B", "Đảng bộ xã Một", "1", "1", ""}});
  CHECK(audit_base_rows(a.result, a.number) ==
        Rows{{"Tổ chức cơ sở đảng", "Tên", "Số cuộc có tự chấm", "Số cuộc tự chấm cao hơn",
              "Số chi bộ tự chấm cao hơn", "Tổng điểm tự chấm cao hơn nhiều nhất"},
             {"DB1", "Đảng bộ xã Một", "3", "3", "2", "7,5"}});
  CHECK(unreadable_clause(a.result).empty());
  CHECK(audit_totals_line(a.result) ==
        "3 cuộc sinh hoạt; 3 cuộc có điểm tự chấm; 3 cuộc tự chấm cao hơn mức cho phép, ở 2 chi "
        "bộ");
}

// Two bases of the list of one name (two districts' "Đảng bộ xã Một" in a
// province's): each with its id for people, as rank's rows name them;
// machines have the id alone as before.
TEST_CASE("audit rows give a base's name another base shares with its id", "[audit_rows]") {
  const Audited a = audit({
      {"A", {{"pa", "50"}, {"pb", "30"}, {"self_total", "85"}}},
      {"B", {{"pa", "10"}, {"pb", "10"}, {"self_total", "25"}}},
  });
  Units units;
  units.file = "units.csv";
  units.units.push_back(
      {"DB1", "Đảng bộ xã Một", UnitLevel::BaseCommittee, UnitType::Residential, "", 0, {}});
  units.units.push_back({"A", "Chi bộ A", UnitLevel::Cell, UnitType::Residential, "DB1", 20, {}});
  units.units.push_back(
      {"DB2", "Đảng bộ xã Một", UnitLevel::BaseCommittee, UnitType::Residential, "", 0, {}});
  units.units.push_back({"B", "Chi bộ B", UnitLevel::Cell, UnitType::Residential, "DB2", 20, {}});
  units.index.build(units.units);
  const Rows people = audit_meeting_rows(*a.r, units, a.result, a.number, false);
  REQUIRE(people.size() == 3);
  CHECK(people[1][2] == "Đảng bộ xã Một (DB1)");
  CHECK(people[2][2] == "Đảng bộ xã Một (DB2)");
  CHECK(audit_meeting_rows(*a.r, units, a.result, a.number, true)[2][2] == "DB2");
  CHECK(audit_cell_rows(units, a.result, a.number) ==
        Rows{{"Chi bộ", "Tên", "Đảng bộ cơ sở", "Số cuộc có tự chấm", "Số cuộc tự chấm cao hơn",
              "Tổng điểm tự chấm cao hơn nhiều nhất"},
             {"A", "Chi bộ A", "Đảng bộ xã Một (DB1)", "1", "1", "5,0"},
             {"B", "Chi bộ B", "Đảng bộ xã Một (DB2)", "1", "1", "5,0"}});
}
