// check_item_rule: an item's own rule against its maximum, 0 and the input
// it reads. (Lint's tests, ruleset_validator_test.cpp, see the same messages
// through whole rulesets; a proportional rule's here.)
#include "item_rule_validator.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "ruleset_fixture.h"

using namespace chibo;
using namespace chibo::lint_testing;

namespace {

std::vector<std::string> check(const Criterion& c, const std::vector<Input>& inputs = {}) {
  Diagnostics diags;
  check_item_rule(c, inputs, diags);
  std::vector<std::string> out;
  for (const Diagnostic& d : diags.items()) out.push_back(format_diagnostic(d));
  return out;
}

Criterion item(RuleKind kind, int max) {
  Criterion c;
  c.id = "a";
  c.where = {"r.yaml", 5, 3};
  c.kind = kind;
  c.max = Rational(max);
  return c;
}

BandRow row(int line, int from, std::optional<int> to, int points) {
  BandRow r;
  r.where = {"r.yaml", line, 9};
  r.from = Rational(from);
  if (to) r.to = Rational(*to);
  r.points = Rational(points);
  return r;
}

}  // namespace

TEST_CASE("a condition's points lie between 0 and the item's maximum") {
  Criterion c = item(RuleKind::Condition, 5);
  CHECK(check(c).empty());
  c.points = Rational(6);
  c.otherwise = Rational(-1);
  CHECK(check(c) ==
        std::vector<std::string>{
            "r.yaml:5:3: error: item 'a': 'points' 6 is above the item's maximum 5",
            "r.yaml:5:3: error: item 'a': 'otherwise' -1 is below 0 (an item scores from 0 to its "
            "maximum; take points off with deductions)"});
}

TEST_CASE("a maximum of 0 is warned of: nothing to earn or lose") {
  CHECK(check(item(RuleKind::Condition, 0)) ==
        std::vector<std::string>{"r.yaml:5:3: warning: item 'a': 'max: 0' gives no points to earn "
                                 "or lose: give it its maximum, or leave the item out"});
  Criterion bonus = item(RuleKind::Bonus, 0);
  CHECK(check(bonus) ==
        std::vector<std::string>{"r.yaml:5:3: warning: item 'a': 'cap: 0' adds nothing: give it "
                                 "its cap, or leave the item out"});
  Criterion none = item(RuleKind::Formula, 0);
  none.max.reset();  // no max at all: the loader's error, not this
  CHECK(check(none).empty());
}

TEST_CASE("a band table: a gap, and a bottom above the input's minimum") {
  Criterion c = item(RuleKind::Bands, 15);
  c.of.text = "done";
  Input done;
  done.id = "done";
  done.min = Rational(0);
  c.bands = {row(7, 90, std::nullopt, 15), row(8, 50, 80, 5)};
  CHECK(check(c, {done}) ==
        std::vector<std::string>{
            "r.yaml:8:9: error: item 'a': values from 80 to under 90 get no points (a gap between "
            "band rows)",
            "r.yaml:8:9: error: item 'a': values of 'done' below 50 get no points; add a row from "
            "0"});
  c.bands = {row(7, 90, std::nullopt, 15), row(8, 0, 90, 5)};
  CHECK(check(c, {done}).empty());
}

TEST_CASE("an item whose points never reach its maximum is warned of") {
  // A 'max' raised without its band points (15 to 16): the sheet never reached its scale unsaid.
  Criterion c = item(RuleKind::Bands, 16);
  c.bands = {row(7, 90, std::nullopt, 15), row(8, 0, 90, 5)};
  CHECK(check(c) == std::vector<std::string>{
                        "r.yaml:5:3: warning: item 'a': its band rows give at most 15 points, so "
                        "it can never reach its maximum 16: raise them, or lower 'max' to 15"});
  c.bands = {row(7, 90, std::nullopt, 5), row(8, 0, 90, 16)};  // the most in a lower row
  CHECK(check(c).empty());
  Criterion cond = item(RuleKind::Condition, 5);
  cond.points = Rational(3);
  CHECK(check(cond) ==
        std::vector<std::string>{"r.yaml:5:3: warning: item 'a': its 'points' and 'otherwise' give "
                                 "at most 3 points, so it can never reach its maximum 5: raise "
                                 "them, or lower 'max' to 3"});
  cond.otherwise = Rational(5);  // full marks when the condition fails: reachable
  CHECK(check(cond).empty());
}

TEST_CASE("a proportional rule's range, a deduction's floor") {
  Criterion p = item(RuleKind::Proportional, 10);
  p.from = p.to = Rational(50);
  CHECK(check(p) == std::vector<std::string>{"r.yaml:5:3: error: item 'a': a proportional rule "
                                             "needs 'from' and 'to' to differ"});
  // Backwards: legitimate (less earns more) but as often a swapped pair.
  p.from = Rational(90);
  p.to = Rational(30);
  p.of.text = "duration";
  p.from_where = {"r.yaml", 7, 40};
  CHECK(check(p) == std::vector<std::string>{
                        "r.yaml:7:40: warning: item 'a': 'from' 90 is above 'to' 30, so its "
                        "points fall as 'duration' rises (10 at 30 or less, 0 at 90 or more); if "
                        "more should earn more, write {from: 30, to: 90}"});
  p.of.text = "present * 100 / members";
  CHECK(check(p) == std::vector<std::string>{
                        "r.yaml:7:40: warning: item 'a': 'from' 90 is above 'to' 30, so its "
                        "points fall as the value rises (10 at 30 or less, 0 at 90 or more); if "
                        "more should earn more, write {from: 30, to: 90}"});
  p.from = Rational(30);
  p.to = Rational(90);
  CHECK(check(p).empty());
  Criterion d = item(RuleKind::Deductions, 10);
  d.floor = Rational(11);
  CHECK(check(d) == std::vector<std::string>{"r.yaml:5:3: error: item 'a': 'floor' 11 must be "
                                             "from 0 to the item's maximum 10"});
}

TEST_CASE("a proportional rule whose 'to' its input never reaches") {
  Criterion p = item(RuleKind::Proportional, 10);
  p.of.text = "rate";
  p.from_where = {"r.yaml", 7, 40};
  Input rate;
  rate.id = "rate";
  rate.min = Rational(0);
  rate.max = Rational(100);
  p.from = Rational(50);
  p.to = Rational(100);
  CHECK(check(p, {rate}).empty());
  p.to = Rational(120);
  CHECK(check(p, {rate}) ==
        std::vector<std::string>{"r.yaml:7:40: warning: item 'a': 'rate' is at most 100, so no "
                                 "record reaches 'to' 120 and the item can never reach its "
                                 "maximum 10: write 'to: 100'"});
  p.from = Rational(20);  // less earns more, down to a 'to' below the input's least
  p.to = Rational(-5);
  CHECK(check(p, {rate}) ==
        std::vector<std::string>{
            "r.yaml:7:40: warning: item 'a': 'from' 20 is above 'to' -5, so its points fall as "
            "'rate' rises (10 at -5 or less, 0 at 20 or more); if more should earn more, write "
            "{from: -5, to: 20}",
            "r.yaml:7:40: warning: item 'a': 'rate' is at least 0, so no record reaches 'to' -5 "
            "and the item can never reach its maximum 10: write 'to: 0'"});
}

TEST_CASE("a proportional rule from a higher value down, at its 'from'", "[validator]") {
  const std::string bands =
      "        bands:\n          of: rate\n          rows:\n"
      "            - {from: 90, points: 30}\n            - {from: 0, to: 90, points: 10}\n";
  check_cases({
      {"rising: nothing said",
       {{bands, "        proportional: {of: rate, from: 50, to: 100}\n"}},
       {}},
      {"falling: what it means, and the swap (the example sees it score 0 at 100%)",
       {{bands, "        proportional: {of: rate, from: 100, to: 50}\n"}},
       {"ruleset.yaml:41:40: warning: item 'hoan_thanh': 'from' 100 is above 'to' 50, so its "
        "points fall as 'rate' rises (30 at 50 or less, 0 at 100 or more); if more should earn "
        "more, write {from: 50, to: 100}",
        "ruleset.yaml:49:5: error: example 'full marks': total is 70 but the example expects 100",
        "ruleset.yaml:49:5: error: example 'full marks': grade is kha but the example expects "
        "tot"}},
  });
}
