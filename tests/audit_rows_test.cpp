// An audit as rows of text, for people (Vietnamese words, names, the
// ruleset's decimal comma) and for machines (ids, csv columns), each table
// whole. (The audit itself, and the writers' layouts: audit_test.cpp.)
#include "audit_rows.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "chibo/number_format.h"
#include "chibo/record_checker.h"
#include "chibo/scorer.h"
#include "compiled_ruleset_data.h"
#include "rollup_fixture.h"

using namespace chibo;
using chibo::testing::compile_text;
using chibo::testing::make_units;

namespace {

// Two criteria whose points are inputs, a (max 60) and b (max 40); totals
// shown with 1 decimal; a tolerance of 1 point on the total, none on a
// criterion.
const std::string kRuleset =
    "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
    "scale: 100\n"
    "inputs:\n  pa: {type: number, min: 0, max: 60, label: Điểm A}\n"
    "  pb: {type: number, min: 0, max: 40, label: Điểm B}\n"
    "criteria:\n  - {id: a, label: Tiêu chí A, max: 60, formula: pa}\n"
    "  - {id: b, max: 40, formula: pb, label: Tiêu chí B}\n"
    "grades:\n  - {id: tot, label: Tốt, from: 90}\n  - {id: kem, label: Kém, from: 0}\n"
    "presentation: {decimals: 1}\naudit: {tolerance: 1}\n";

struct Audited {
  std::shared_ptr<const CompiledRuleset> r;
  // Held apart: the result points into it, and an Audited may move.
  std::unique_ptr<Units> units =
      std::make_unique<Units>(make_units({{"A", UnitType::Residential}, {"B", UnitType::School}}));
  AuditResult result;
  NumberText number;
};

// The audit of one meeting a record: cell, date, then column -> text.
Audited audit(
    const std::vector<std::pair<std::string, std::vector<std::pair<std::string, std::string>>>>&
        records) {
  Audited out;
  out.r = compile_text(kRuleset);
  REQUIRE(out.r);
  AuditCollector collector(*out.r, *out.units);
  int line = 2;
  for (const auto& [cell, fields] : records) {
    std::vector<std::string> names = {"cell_id", "date"}, values = {cell, "2024-03-15"};
    for (const auto& [k, v] : fields) names.push_back(k), values.push_back(v);
    RecordChecker checker(*out.r);
    Diagnostics diags;
    checker.bind(names, {"m.csv", 1, 0}, diags);
    MeetingRecord rec;
    MeetingScore score;
    std::string why;
    REQUIRE(checker.check(values, {"m.csv", line++, 0}, rec, why));
    REQUIRE(score_meeting(*out.r, rec, score));
    collector.add(rec, score);
  }
  out.result = collector.finish();
  const CompiledRuleset& r = *out.r;
  out.number = [&r](Rational v) { return format_number(v, r.model.presentation); };
  return out;
}

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
