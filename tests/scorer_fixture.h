// What the scorer's tests share: a band table's small sheet, and the Hòa
// Bình ruleset's sample year, record by record.
#pragma once

#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

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
