// A ruleset's 'rollup' section read into the model: its defaults, and the
// loader's own shape errors. (What a whole ruleset says of its roll-up, the
// validator's and the loader's together: rollup_validator_test.cpp.)
#include "rollup_loader.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "doc_fixture.h"

using namespace chibo;
using namespace chibo::testing;

namespace {

struct Loaded {
  Rollup rollup;
  Lines errors;
};

Loaded load(const std::string& text) {
  const DocNode doc = parse_doc(text);
  Diagnostics diags;
  Rollup rollup = load_rollup(*doc.find("rollup"), diags);
  return {std::move(rollup), diagnostic_lines(diags)};
}

}  // namespace

TEST_CASE("load_rollup: what is left out is its default", "[rollup_loader]") {
  const Loaded l = load("rollup: {}\n");
  CHECK(l.errors.empty());
  CHECK(l.rollup.present);
  CHECK(l.rollup.where.line == 1);
  CHECK(l.rollup.missing_month == MissingMonth::Zero);
  CHECK(l.rollup.thematic_per_quarter == 0);
  CHECK(l.rollup.missing_thematic_at_most.empty());
  CHECK(l.rollup.missing_thematic_where.line == 0);
  CHECK(l.rollup.counts_as_thematic.empty());
  CHECK(l.rollup.quarter.by == RollupBy::Mean);
  CHECK(l.rollup.year.by == RollupBy::Mean);
  CHECK(l.rollup.year.where.line == 0);
}

TEST_CASE("load_rollup: each part read", "[rollup_loader]") {
  const Loaded l = load(
      "rollup:\n  missing_month: lowest_grade\n  thematic_per_quarter: 1\n"
      "  missing_thematic_at_most: kha\n  counts_as_thematic: combined\n"
      "  quarter: {by: mean}\n  year:\n    by: count\n    otherwise: tb\n    rules:\n"
      "      - {grade: tot, all_at_least: kha, at_least: {tot: 7}}\n      - {grade: kha}\n");
  CHECK(l.errors.empty());
  CHECK(l.rollup.missing_month == MissingMonth::LowestGrade);
  CHECK(l.rollup.thematic_per_quarter == 1);
  CHECK(l.rollup.missing_thematic_at_most == "kha");
  CHECK(l.rollup.missing_thematic_where.line == 4);
  CHECK(l.rollup.missing_thematic_where.column == 29);
  CHECK(l.rollup.counts_as_thematic.text == "combined");
  CHECK(l.rollup.quarter.by == RollupBy::Mean);
  CHECK(l.rollup.year.by == RollupBy::Count);
  CHECK(l.rollup.year.where.line == 8);
  CHECK(l.rollup.year.otherwise == "tb");
  REQUIRE(l.rollup.year.rules.size() == 2);
  CHECK(l.rollup.year.rules[0].grade == "tot");
  CHECK(l.rollup.year.rules[0].all_at_least == "kha");
  REQUIRE(l.rollup.year.rules[0].at_least.size() == 1);
  CHECK(l.rollup.year.rules[0].at_least[0] == std::pair<std::string, std::int64_t>{"tot", 7});
  CHECK(l.rollup.year.rules[1].grade == "kha");
  CHECK(load("rollup: {missing_month: exclude}\n").rollup.missing_month == MissingMonth::Exclude);
}

TEST_CASE("load_rollup: its shape errors, each at its place", "[rollup_loader]") {
  CHECK(load("rollup: [a]\n").errors ==
        Lines{"f.yaml:1:9: error: 'rollup' must be a map of keys, but this is a list"});
  CHECK(load("rollup: {missing_months: zero}\n").errors ==
        Lines{"f.yaml:1:10: error: unknown key 'missing_months' in 'rollup'; did you mean "
              "'missing_month'?"});
  CHECK(load("rollup: {missing_month: skip}\n").errors ==
        Lines{"f.yaml:1:25: error: 'missing_month' must be one of zero, lowest_grade, exclude, "
              "not 'skip'"});
  CHECK(load("rollup: {quarter: mean}\n").errors ==
        Lines{"f.yaml:1:19: error: 'rollup.quarter' must be a map of keys, but this is a single "
              "value"});
  CHECK(load("rollup: {year: {by: count}}\n").errors ==
        Lines{"f.yaml:1:16: error: 'rollup.year' counts grades, so it needs 'rules'"});
  CHECK(load("rollup: {year: {by: count, rules: {grade: tot}}}\n").errors ==
        Lines{"f.yaml:1:35: error: 'rules' must be a list",
              "f.yaml:1:16: error: 'rollup.year' counts grades, so it needs 'rules'"});
  CHECK(load("rollup: {year: {by: count, rules: [{grade: tot, at_least: 7}]}}\n").errors ==
        Lines{"f.yaml:1:59: error: 'at_least' must be a map: grade -> number of meetings"});
  CHECK(load("rollup: {year: {by: count, rules: [{grade: tot, at_least: {tot: bảy}}]}}\n").errors ==
        Lines{"f.yaml:1:65: error: 'at_least.tot' must be a number such as 15 or "
              "12.5, not 'bảy'"});
  CHECK(load("rollup: {year: {by: count, rules: [{at_least: {tot: 1}}]}}\n").errors ==
        Lines{"f.yaml:1:36: error: a roll-up rule needs 'grade' (a text)"});
}
