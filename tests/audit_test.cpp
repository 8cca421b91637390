#include "chibo/audit.h"

#include <catch2/catch.hpp>

#include "audit_rows.h"
#include "chibo/audit_writer.h"
#include "compiled_ruleset_data.h"
#include "rollup_fixture.h"

using namespace chibo;
using chibo::testing::compile_text;
using chibo::testing::left_off_ruleset;
using chibo::testing::make_units;

namespace {

// Two criteria whose points are inputs: a (max 60) and b (max 40); totals
// shown with 1 decimal, half-up; a tolerance of 1 point on the total and
// none on a criterion.
std::string audit_ruleset(const std::string& audit = "audit: {tolerance: 1}\n") {
  return "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
         "scale: 100\n"
         "inputs:\n  pa: {type: number, min: 0, max: 60, label: Điểm A}\n"
         "  pb: {type: number, min: 0, max: 40, label: Điểm B}\n"
         "criteria:\n  - {id: a, label: Tiêu chí A, max: 60, formula: pa}\n"
         "  - {id: b, label: Tiêu chí B, max: 40, formula: pb}\n"
         "grades:\n  - {id: tot, label: Tốt, from: 90}\n  - {id: kem, label: Kém, from: 0}\n"
         "presentation: {decimals: 1}\n" +
         audit;
}

struct Checked {
  bool ok = false;
  std::string why;
  MeetingRecord record;
  MeetingScore score;
};

// Checks and scores one record of cell `cell` given as column -> text.
Checked check(const CompiledRuleset& r, std::vector<std::pair<std::string, std::string>> fields,
              const std::string& cell = "A", const std::string& date = "2024-03-15",
              Diagnostics* bind_diags = nullptr) {
  std::vector<std::string> names = {"cell_id", "date"}, values = {cell, date};
  for (auto& [k, v] : fields) names.push_back(k), values.push_back(v);
  RecordChecker checker(r);
  Diagnostics diags;
  checker.bind(names, {"m.csv", 1, 0}, bind_diags ? *bind_diags : diags);
  Checked out;
  out.ok = checker.check(values, {"m.csv", 2, 0}, out.record, out.why) &&
           score_meeting(r, out.record, out.score);
  return out;
}

}  // namespace

TEST_CASE("claim columns are read into the record, by id or by their Vietnamese name") {
  auto r = compile_text(audit_ruleset());
  REQUIRE(r);
  auto c = check(*r, {{"pa", "50"},
                      {"pb", "30"},
                      {"Tự chấm", "85,5"},
                      {"reviewer_total", "80"},
                      {"self.b", "35"},
                      {"reviewer.b", ""}});
  REQUIRE(c.ok);
  REQUIRE(c.record.claims.size() == 3);
  CHECK(c.record.claims[0].by == ClaimBy::Self);
  CHECK(c.record.claims[0].criterion == "");
  CHECK(c.record.claims[0].points == *Rational::make(171, 2));
  CHECK(c.record.claims[1].by == ClaimBy::Reviewer);
  CHECK(c.record.claims[1].points == Rational(80));
  CHECK(c.record.claims[2].criterion == "b");
  CHECK(c.record.claims[2].points == Rational(35));
}

// The template's labels, as an office heads its columns with them.
TEST_CASE("the totals' columns are read by the template's labels, in any capitals") {
  auto r = compile_text(audit_ruleset());
  REQUIRE(r);
  Diagnostics diags;
  auto c = check(*r,
                 {{"pa", "50"},
                  {"pb", "30"},
                  {"TỔNG ĐIỂM CHI BỘ TỰ CHẤM", "85"},
                  {" Tổng điểm cấp trên chấm", "82"}},
                 "A", "2024-03-15", &diags);
  REQUIRE(c.ok);
  CHECK(diags.items().empty());
  REQUIRE(c.record.claims.size() == 2);
  CHECK(c.record.claims[0].by == ClaimBy::Self);
  CHECK(c.record.claims[0].points == Rational(85));
  CHECK(c.record.claims[1].by == ClaimBy::Reviewer);
  CHECK(c.record.claims[1].points == Rational(82));
  // The ids too, as a header may capitalise them.
  c = check(*r, {{"pa", "50"}, {"pb", "30"}, {"Self_Total", "85"}, {"REVIEWER_TOTAL", "82"}}, "A",
            "2024-03-15", &diags);
  REQUIRE(c.ok);
  CHECK(diags.items().empty());
  CHECK(c.record.claims.size() == 2);
}

// A claim that is no score is left out and said, the record scored all the
// same: a typo in the self-score cost the cell its month (rejected, the
// month counted as missing), though nothing is scored from it.
TEST_CASE("a claim that is not a score is left out with the column named, the record scored") {
  auto r = compile_text(audit_ruleset());
  REQUIRE(r);
  const std::string left_out =
      " (điểm này bị bỏ qua khi kiểm tra tự chấm; bản ghi vẫn được chấm điểm)";
  struct Case {
    std::vector<std::pair<std::string, std::string>> claims;
    std::string why;
  } cases[] = {
      {{{"self_total", "tám mươi"}},
       "cột 'self_total' (Tổng điểm chi bộ tự chấm): 'tám mươi' không phải là số"},
      {{{"self_total", "101"}},
       "cột 'self_total' (Tổng điểm chi bộ tự chấm): 101 lớn hơn mức tối "
       "đa 100"},
      {{{"Cấp trên chấm", "-2"}},
       "cột 'Cấp trên chấm' (Tổng điểm cấp trên chấm): -2 nhỏ hơn mức tối thiểu 0"},
      // Named by its label: said once.
      {{{"Tổng điểm chi bộ tự chấm", "101"}},
       "cột 'Tổng điểm chi bộ tự chấm': 101 lớn hơn mức tối đa 100"},
      {{{"self.b", "41"}}, "cột 'self.b': 41 lớn hơn mức tối đa 40"},
      // Two: both said; a good one beside them kept.
      {{{"self.b", "41"}, {"reviewer.a", "-1"}, {"self.a", "50"}},
       "cột 'self.b': 41 lớn hơn mức tối đa 40; cột 'reviewer.a': -1 nhỏ hơn mức tối thiểu 0"},
  };
  for (const Case& k : cases) {
    std::vector<std::pair<std::string, std::string>> fields = {{"pa", "50"}, {"pb", "30"}};
    fields.insert(fields.end(), k.claims.begin(), k.claims.end());
    auto c = check(*r, fields);
    INFO(k.why);
    CHECK(c.ok);
    CHECK(c.why == k.why + (k.claims.size() == 3 ? " (các " + left_out.substr(2) : left_out));
    CHECK(c.score.total == Rational(80));
    CHECK(c.record.claims.size() == (k.claims.size() == 3 ? 1u : 0u));
  }
  // A record rejected for another fault lists the claim's with it, to mend at once.
  auto bad = check(*r, {{"pa", "61"}, {"pb", "30"}, {"self_total", "101"}});
  CHECK_FALSE(bad.ok);
  CHECK(bad.why ==
        "cột 'pa' (Điểm A): 61 lớn hơn mức tối đa 60; cột 'self_total' (Tổng điểm chi bộ tự "
        "chấm): 101 lớn hơn mức tối đa 100");
}

TEST_CASE("a claim column for no criterion is warned about, with a suggestion") {
  auto r = compile_text(audit_ruleset());
  REQUIRE(r);
  Diagnostics diags;
  auto c = check(*r, {{"pa", "50"}, {"pb", "30"}, {"self.c", "5"}}, "A", "2024-03-15", &diags);
  CHECK(c.ok);
  CHECK(c.record.claims.empty());
  REQUIRE(diags.items().size() == 1);
  CHECK(format_diagnostic(diags.items()[0]) ==
        "m.csv:1: warning: cột 'self.c' không có trong bộ tiêu chí t, bỏ qua; có phải là "
        "'self.a'?");
}

TEST_CASE("the self-score is flagged only above the computed score plus the tolerance") {
  auto r = compile_text(audit_ruleset());
  REQUIRE(r);
  Auditor auditor(*r);
  struct Case {
    const char* self;
    bool flagged;
  } cases[] = {{"80", false}, {"81", false}, {"81,1", true}, {"79", false}};
  for (const Case& k : cases) {
    auto c = check(*r, {{"pa", "50"}, {"pb", "30"}, {"self_total", k.self}});
    REQUIRE(c.ok);
    AuditedMeeting m;
    REQUIRE(auditor.audit(c.record, c.score, m));
    INFO(k.self);
    CHECK(m.flagged() == k.flagged);
    REQUIRE(m.total());
    CHECK(m.total()->computed == Rational(80));
    CHECK_FALSE(m.total()->over_reviewer);
  }
}

TEST_CASE("the computed score is compared as the ruleset shows it") {
  // 50,25 + 30 = 80,25 shows as 80,3 with 1 decimal half-up: a self-score of
  // 80,3 copies the sheet and is not over; with truncation it shows 80,2.
  auto r = compile_text(audit_ruleset("audit: {tolerance: 0}\n"));
  REQUIRE(r);
  auto c = check(*r, {{"pa", "50,25"}, {"pb", "30"}, {"self_total", "80,3"}});
  REQUIRE(c.ok);
  AuditedMeeting m;
  REQUIRE(Auditor(*r).audit(c.record, c.score, m));
  CHECK(m.total()->computed == *Rational::make(803, 10));
  CHECK_FALSE(m.flagged());

  std::string text = audit_ruleset("audit: {tolerance: 0}\n");
  text.replace(text.find("{decimals: 1}"), 13, "{decimals: 1, rounding: truncate}");
  auto t = compile_text(text);
  REQUIRE(t);
  c = check(*t, {{"pa", "50,25"}, {"pb", "30"}, {"self_total", "80,3"}});
  REQUIRE(Auditor(*t).audit(c.record, c.score, m));
  CHECK(m.total()->computed == *Rational::make(802, 10));
  CHECK(m.flagged());
}

// A self-score with more decimals than the ruleset shows (an Excel formula,
// =91/96*100) is compared as shown too: equal to the computed score as shown
// is not over it (it was listed as "higher by 0,0").
TEST_CASE("a claim is compared as the ruleset shows it") {
  auto r = compile_text(audit_ruleset("audit: {tolerance: 0}\n"));
  REQUIRE(r);
  struct Case {
    const char* self;
    const char* reviewer;
    bool over_computed, over_reviewer;
  } cases[] = {{"80,32", "80,3", false, false}, {"80,3", "80,26", false, false},
               {"80,26", "80,3", false, false}, {"80,2999", "80,25", false, false},
               {"80,35", "80,3", true, true},   {"80,3", "80,24", false, true}};
  for (const Case& k : cases) {
    auto c = check(
        *r,
        {{"pa", "50,25"}, {"pb", "30"}, {"self_total", k.self}, {"reviewer_total", k.reviewer}});
    REQUIRE(c.ok);
    AuditedMeeting m;
    REQUIRE(Auditor(*r).audit(c.record, c.score, m));
    INFO(k.self << " " << k.reviewer);
    CHECK(m.total()->computed == *Rational::make(803, 10));
    CHECK(m.total()->over_computed == k.over_computed);
    CHECK(m.total()->over_reviewer == k.over_reviewer);
  }
  // A criterion's claims alike: a computed 50,25 shows as 50,3.
  auto c = check(*r, {{"pa", "50,25"}, {"pb", "30"}, {"self.a", "50,33"}, {"reviewer.a", "50,27"}});
  REQUIRE(c.ok);
  AuditedMeeting m;
  REQUIRE(Auditor(*r).audit(c.record, c.score, m));
  REQUIRE(m.lines.size() == 1);
  CHECK(m.lines[0].self == *Rational::make(503, 10));
  CHECK(m.lines[0].computed == *Rational::make(503, 10));
  CHECK_FALSE(m.flagged());
}

// A tolerance finer than one shown unit is compared as the title shows it:
// 0,05 with one decimal is 0,1 there (half-up), so 80,1 over a computed 80
// is within it; it acted as 0 before, flagging every tenth.
TEST_CASE("the tolerances are compared as the ruleset shows them") {
  auto r = compile_text(audit_ruleset("audit: {tolerance: 0.05, criterion_tolerance: 0.04}\n"));
  REQUIRE(r);
  struct Case {
    const char* self;
    const char* self_a;
    bool total_over, a_over;
  } cases[] = {{"80,1", "50,1", false, true}, {"80,2", "50", true, false}};
  for (const Case& k : cases) {
    auto c = check(*r, {{"pa", "50"}, {"pb", "30"}, {"self_total", k.self}, {"self.a", k.self_a}});
    REQUIRE(c.ok);
    AuditedMeeting m;
    REQUIRE(Auditor(*r).audit(c.record, c.score, m));
    REQUIRE(m.lines.size() == 2);
    INFO(k.self << " " << k.self_a);
    CHECK(m.lines[0].over_computed == k.total_over);
    CHECK(m.lines[1].over_computed == k.a_over);
  }
}

TEST_CASE("the self-score is compared with the reviewer's too") {
  auto r = compile_text(audit_ruleset());
  REQUIRE(r);
  auto c = check(*r, {{"pa", "50"}, {"pb", "30"}, {"self_total", "81"}, {"reviewer_total", "79"}});
  REQUIRE(c.ok);
  AuditedMeeting m;
  REQUIRE(Auditor(*r).audit(c.record, c.score, m));
  CHECK_FALSE(m.total()->over_computed);  // 81 - 80 = 1, not above the tolerance
  CHECK(m.total()->over_reviewer);        // 81 - 79 = 2
  CHECK(m.flagged());
}

TEST_CASE("criteria are compared with their own tolerance, in the sheet's order") {
  auto r = compile_text(audit_ruleset("audit: {tolerance: 5, criterion_tolerance: 0}\n"));
  REQUIRE(r);
  auto c = check(*r, {{"pa", "50"},
                      {"pb", "30"},
                      {"self_total", "82"},
                      {"self.b", "31"},
                      {"self.a", "50"},
                      {"reviewer.a", "48"}});
  REQUIRE(c.ok);
  AuditedMeeting m;
  REQUIRE(Auditor(*r).audit(c.record, c.score, m));
  REQUIRE(m.lines.size() == 3);
  CHECK_FALSE(m.lines[0].flagged());  // total 82 vs 80: within 5
  CHECK(m.lines[1].criterion == "a");
  CHECK(m.lines[1].label == "Tiêu chí A");
  CHECK_FALSE(m.lines[1].over_computed);
  CHECK(m.lines[1].over_reviewer);  // 50 vs the reviewer's 48
  CHECK(m.lines[2].criterion == "b");
  CHECK(m.lines[2].over_computed);  // 31 vs 30
  CHECK(m.flagged());
}

// A criterion left off the meeting's sheet (cd applies to thematic meetings
// only, its policy rescale; group g's only item in the grouped ruleset) has
// no points to compare a claim with: 4 claimed for it in a regular month
// read as 4 points over a 0, as if the cell had lost them. Points claimed
// there are flagged as such, 0 is no discrepancy; where cd applies and
// scores 0 (attendance under 50%), a claim is compared with that 0.
TEST_CASE("a claim for a criterion left off the sheet is not compared as points") {
  for (const bool grouped : {false, true}) {
    auto r = compile_text(left_off_ruleset(grouped));
    REQUIRE(r);
    struct Case {
      const char *kind, *claim;
      bool off_sheet, over_computed, flagged;
    } cases[] = {{"regular", "4", true, false, true},
                 {"regular", "0", true, false, false},
                 {"regular", "0,001", true, false, false},  // 0,00 as shown
                 {"thematic", "4", false, true, true},
                 {"thematic", "0", false, false, false}};
    for (const Case& k : cases) {
      std::vector<std::pair<std::string, std::string>> fields = {
          {"kind", k.kind}, {"p", "80"}, {"att", "40"}, {"self.cd", k.claim}};
      if (grouped) fields.emplace_back("self.g", k.claim);
      auto c = check(*r, fields);
      REQUIRE(c.ok);
      AuditedMeeting m;
      REQUIRE(Auditor(*r).audit(c.record, c.score, m));
      INFO(grouped << " " << k.kind << " " << k.claim);
      REQUIRE(m.lines.size() == (grouped ? 2u : 1u));
      CHECK(m.lines[0].criterion == (grouped ? "g" : "cd"));
      for (const AuditLine& l : m.lines) {
        CHECK(l.off_sheet == k.off_sheet);
        CHECK(l.over_computed == k.over_computed);
        CHECK(l.flagged() == k.flagged);
      }
    }
  }
}

// Said as not applying, with no computed score beside it; counted as flagged.
TEST_CASE("points claimed for a criterion left off the sheet are said so and counted") {
  auto r = compile_text(left_off_ruleset(true));
  REQUIRE(r);
  Units units = make_units(
      {{"A", UnitType::Residential}, {"B", UnitType::Residential}, {"C", UnitType::School}});
  AuditCollector collector(*r, units);
  auto add = [&](const std::string& cell, std::vector<std::pair<std::string, std::string>> f) {
    f.insert(f.begin(), {{"p", "90"}, {"att", "40"}});
    auto c = check(*r, f, cell);
    REQUIRE(c.ok);
    collector.add(c.record, c.score);
  };
  add("A", {{"self_total", "100"}, {"self.g", "4"}, {"reviewer.g", "0"}});  // off the sheet
  add("B", {{"self_total", "100"}, {"self.g", "0"}, {"self.cd", "0"}});     // 0 there: no fault
  add("C", {{"kind", "thematic"}, {"self.g", "4"}});                        // applies, scores 0
  const AuditResult a = collector.finish();
  CHECK(audit_totals_line(a) ==
        "3 cuộc sinh hoạt; 3 cuộc có điểm tự chấm; 2 cuộc tự chấm cao hơn mức cho phép, ở 2 chi "
        "bộ");
  REQUIRE(a.bases.size() == 1);
  CHECK((a.bases[0].claimed == 3 && a.bases[0].flagged == 2 && a.bases[0].cells == 2));
  CHECK(a.bases[0].largest_excess == Rational(0));  // no total over

  NumberText number = [&](Rational v) { return format_number(v, r->model.presentation); };
  Rows people = audit_meeting_rows(*r, units, a, number, false);
  REQUIRE(people.size() == 3);
  // Named by label, then id (the column self.g): the id alone was a code.
  CHECK(people[1][10] ==
        "G (g): tự chấm 4,00, tiêu chí không áp dụng cho cuộc sinh hoạt này, cấp trên chấm 0,00");
  CHECK(people[2][10] == "G (g): tự chấm 4,00, theo tiêu chí 0,00");

  std::ostringstream csv;
  write_audit(csv, AuditFormat::Csv, *r, units, Period{2024, 1}, a);
  CHECK(csv.str() ==
        "cell_id,name,parent,date,kind,self_total,computed_total,reviewer_total,"
        "over_computed_by,over_reviewer_by,criteria,file,line\n"
        "A,Chi bộ A,DB1,2024-03-15,regular,100.00,100.00,,,,g=4.00//0.00,m.csv,2\n"
        "C,Chi bộ C,DB1,2024-03-15,thematic,,,,,,g=4.00/0.00,m.csv,2\n");

  std::ostringstream json;
  write_audit(json, AuditFormat::Json, *r, units, Period{2024, 1}, a);
  CHECK(json.str().find(
            "\"lines\": [{\"criterion\": null, \"self\": 100.00, \"computed\": 100.00, "
            "\"reviewer\": null, \"over_computed\": false, \"over_reviewer\": false, "
            "\"off_sheet\": false}, {\"criterion\": \"g\", \"self\": 4.00, \"computed\": null, "
            "\"reviewer\": 0.00, \"over_computed\": false, \"over_reviewer\": false, "
            "\"off_sheet\": true}]}") != std::string::npos);
}

TEST_CASE("a record without a self-score is not audited") {
  auto r = compile_text(audit_ruleset());
  REQUIRE(r);
  auto c = check(*r, {{"pa", "50"}, {"pb", "30"}, {"reviewer_total", "70"}});
  REQUIRE(c.ok);
  AuditedMeeting m;
  CHECK_FALSE(Auditor(*r).audit(c.record, c.score, m));
}

TEST_CASE("the collector counts per cell and per base organisation, in the units' order") {
  auto r = compile_text(audit_ruleset());
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}, {"B", UnitType::School}});
  AuditCollector collector(*r, units);
  auto add = [&](const std::string& cell, const std::string& date, const std::string& self) {
    auto c = check(*r, {{"pa", "50"}, {"pb", "30"}, {"self_total", self}}, cell, date);
    REQUIRE(c.ok);
    collector.add(c.record, c.score);
  };
  add("B", "2024-02-10", "90");  // 10 over
  add("A", "2024-03-10", "83");  // 3 over
  add("A", "2024-01-10", "84");  // 4 over
  add("A", "2024-02-10", "80");  // as computed
  add("B", "2024-01-10", "");    // no self-score
  AuditResult a = collector.finish();
  CHECK(a.meetings == 5);
  CHECK(a.claimed == 4);
  REQUIRE(a.flagged.size() == 3);
  CHECK(a.flagged[0].cell_id == "A");
  CHECK(a.flagged[0].date < a.flagged[1].date);
  CHECK(a.flagged[2].cell_id == "B");
  REQUIRE(a.cells.size() == 2);
  CHECK(a.cells[0].unit->id == "A");
  CHECK(a.cells[0].claimed == 3);
  CHECK(a.cells[0].flagged == 2);
  CHECK(a.cells[0].largest_excess == Rational(4));
  CHECK(a.cells[1].largest_excess == Rational(10));
  REQUIRE(a.bases.size() == 1);
  CHECK(a.bases[0].unit->id == "DB1");
  CHECK(a.bases[0].claimed == 4);
  CHECK(a.bases[0].flagged == 3);
  CHECK(a.bases[0].cells == 2);
  CHECK(a.bases[0].largest_excess == Rational(10));

  std::ostringstream csv;
  write_audit(csv, AuditFormat::Csv, *r, units, Period{2024, 1}, a);
  CHECK(csv.str() ==
        "cell_id,name,parent,date,kind,self_total,computed_total,reviewer_total,"
        "over_computed_by,over_reviewer_by,criteria,file,line\n"
        "A,Chi bộ A,DB1,2024-01-10,regular,84.0,80.0,,4.0,,,m.csv,2\n"
        "A,Chi bộ A,DB1,2024-03-10,regular,83.0,80.0,,3.0,,,m.csv,2\n"
        "B,Chi bộ B,DB1,2024-02-10,regular,90.0,80.0,,10.0,,,m.csv,2\n");
}

// Meetings, none of them self-scored: the totals line says where the
// self-score would have been (a column misnamed was warned about at bind).
TEST_CASE("the totals line says when no meeting gives a self-score") {
  auto r = compile_text(audit_ruleset());
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}});
  AuditCollector none(*r, units);
  // None of a count said in words: "0 cuộc ..., ở 0 chi bộ" read badly.
  CHECK(audit_totals_line(none.finish()) == "Không có cuộc sinh hoạt nào");
  AuditCollector unclaimed(*r, units);
  auto c = check(*r, {{"pa", "50"}, {"pb", "30"}, {"self total", "90"}});
  REQUIRE(c.ok);
  unclaimed.add(c.record, c.score);
  CHECK(audit_totals_line(unclaimed.finish()) ==
        "1 cuộc sinh hoạt; không cuộc nào có điểm tự chấm; không cuộc nào tự chấm cao hơn mức "
        "cho phép (không bản ghi nào ghi điểm tự chấm: cột self_total, Tự chấm hoặc Tổng điểm chi "
        "bộ tự chấm không có hoặc để trống)");
}

TEST_CASE("a negative tolerance is a lint error") {
  std::string errors;
  CHECK_FALSE(compile_text(audit_ruleset("audit: {tolerance: -1}\n"), &errors));
  CHECK(errors.find("'tolerance' must not be negative") != std::string::npos);
}

// The audit compares a tolerance as the scores are shown (1 decimal here):
// one finer than that is not what its author meant, so lint says so.
TEST_CASE("a tolerance finer than the presentation is a lint warning") {
  std::string said;
  CHECK(compile_text(audit_ruleset("audit: {tolerance: 0.04, criterion_tolerance: 0.5}\n"), &said));
  CHECK(said.find("warning: 'tolerance: 0.04' is compared as 0,0, as 'presentation' shows it "
                  "(1 decimal); write it with at most that many\n") != std::string::npos);
  CHECK(said.find("criterion_tolerance") == std::string::npos);
}

// A self-score that is no score was warned about at its record and left out:
// the totals do not say "no record gives a self-score" of a column filled in.
TEST_CASE("the totals line counts the meetings whose claim could not be read") {
  auto r = compile_text(audit_ruleset());
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}});
  AuditCollector collector(*r, units);
  auto typo = check(*r, {{"pa", "50"}, {"pb", "30"}, {"Tự chấm", "9o"}});
  REQUIRE(typo.ok);
  CHECK(typo.record.claim_faults != "");
  collector.add(typo.record, typo.score);
  const AuditResult only = collector.finish();
  CHECK(only.unreadable == 1);
  CHECK(audit_totals_line(only) ==
        "1 cuộc sinh hoạt; không cuộc nào có điểm tự chấm; không cuộc nào tự chấm cao hơn mức "
        "cho phép; 1 cuộc có điểm tự chấm hoặc điểm cấp trên chấm không đọc được, không kiểm tra "
        "điểm đó (xem cảnh báo ở từng bản ghi)");
  auto good = check(*r, {{"pa", "50"}, {"pb", "30"}, {"Tự chấm", "80"}, {"reviewer_total", "1o"}});
  REQUIRE(good.ok);
  collector.add(good.record, good.score);
  const AuditResult both = collector.finish();
  CHECK(both.claimed == 1);
  CHECK(both.unreadable == 2);
}
