// What the audit's row and writer tests share (audit_rows_test.cpp,
// audit_writer_test.cpp): a small ruleset and the audit of its records.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "audit_rows.h"
#include "chibo/audit.h"
#include "chibo/number_format.h"
#include "chibo/record_checker.h"
#include "chibo/scorer.h"
#include "compiled_ruleset_data.h"
#include "rollup_fixture.h"

namespace chibo::testing {

// Two criteria whose points are inputs, a (max 60) and b (max 40); totals
// shown with 1 decimal; a tolerance of 1 point on the total, none on a
// criterion.
inline const std::string kAuditRuleset =
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
inline Audited audit(
    const std::vector<std::pair<std::string, std::vector<std::pair<std::string, std::string>>>>&
        records) {
  Audited out;
  out.r = compile_text(kAuditRuleset);
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

}  // namespace chibo::testing
