// What the scorer's tests share: a band table's small sheet, the Hòa Bình
// ruleset's sample year, record by record, and two scores compared whole.
#pragma once

#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "chibo/meeting.h"
#include "chibo/record_checker.h"
#include "chibo/ruleset.h"
#include "csv_reader.h"

namespace chibo::testing {

inline const char* kBandInputs = "  done: {type: percent, label: Tỷ lệ hoàn thành}\n";
inline const char* kBandCriteria =
    "  - id: g\n    label: G\n    items:\n"
    "      - id: hoan_thanh\n        label: Hoàn thành\n        max: 15\n"
    "        bands: {of: done, rows: [{from: 100, points: 15}, {from: 90, to: 100, points: 13},"
    " {from: 80, to: 90, points: 11}, {from: 0, to: 80, points: 5}]}\n"
    "      - {id: rest, label: Còn lại, max: 85, when: yes}\n";

inline const std::string kHoaBinh =
    std::string(CHIBO_SOURCE_DIR) + "/rulesets/hoa-binh/qd31-2018.yaml";

// Every part of two scores is the same (but their slots, unless with_slots:
// a score made again keeps the slots of a form it did not score this time).
inline void check_same_score(const MeetingScore& a, const MeetingScore& b, bool with_slots = true) {
  CHECK(a.rejected == b.rejected);
  CHECK(a.form == b.form);
  CHECK(a.total == b.total);
  CHECK(a.earned == b.earned);
  CHECK(a.applicable_max == b.applicable_max);
  CHECK(a.scaled == b.scaled);
  CHECK(a.bonus == b.bonus);
  CHECK(a.rescaled == b.rescaled);
  CHECK(a.capped == b.capped);
  CHECK(a.grade == b.grade);
  CHECK(a.total_grade == b.total_grade);
  REQUIRE(a.criteria.size() == b.criteria.size());
  for (std::size_t n = 0; n < a.criteria.size(); ++n) {
    INFO("node " << n);
    CHECK(a.criteria[n].points == b.criteria[n].points);
    CHECK(a.criteria[n].max == b.criteria[n].max);
    CHECK(a.criteria[n].applicable == b.criteria[n].applicable);
    CHECK(a.criteria[n].met == b.criteria[n].met);
    CHECK(a.criteria[n].band == b.criteria[n].band);
    CHECK(a.criteria[n].value == b.criteria[n].value);
  }
  CHECK(a.rule_counts == b.rule_counts);
  REQUIRE(a.steps.size() == b.steps.size());
  for (std::size_t i = 0; i < a.steps.size(); ++i) {
    CHECK(a.steps[i].from_grade == b.steps[i].from_grade);
    CHECK(a.steps[i].to_grade == b.steps[i].to_grade);
    CHECK(a.steps[i].veto == b.steps[i].veto);
    CHECK(a.steps[i].failed_node == b.steps[i].failed_node);
    CHECK(a.steps[i].failed_when == b.steps[i].failed_when);
  }
  if (with_slots) CHECK(a.slots == b.slots);
}

// Every record of the Hòa Bình sample year (both kinds of meeting, and some
// its own checks reject) that r's checker accepts, given to each with its line.
template <typename Each>
void for_each_sample_record(const CompiledRuleset& r, Each each) {
  std::ifstream in(std::string(CHIBO_SOURCE_DIR) +
                   "/rulesets/hoa-binh/samples/district/nam-2024.csv");
  CsvReader reader(in);
  CsvRecord row;
  REQUIRE(reader.next(row));
  std::vector<std::string> names;
  for (std::size_t i = 0; i < row.fields.size(); ++i) names.emplace_back(row.fields[i]);
  RecordChecker checker(r);
  Diagnostics diags;
  checker.bind(names, {"nam-2024.csv", 1, 0}, diags);
  REQUIRE_FALSE(diags.has_errors());
  std::vector<std::string_view> values;
  while (reader.next(row)) {
    values.clear();
    for (std::size_t i = 0; i < row.fields.size(); ++i) values.push_back(row.fields[i]);
    MeetingRecord rec;
    std::string why;
    if (!checker.check(values, {"nam-2024.csv", row.line, 0}, rec, why)) continue;
    INFO("line " << row.line);
    each(rec);
  }
}

}  // namespace chibo::testing
