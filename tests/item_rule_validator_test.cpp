// check_item_rule: an item's own rule against its maximum, 0 and the input
// it reads; then the same messages through whole rulesets, as `chibo lint`
// prints them (band tables, points above maxima).
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
                        "more should earn more, write {from: 30, to: 90}; if less should, write "
                        "the same points as deductions, which are not warned of: deductions: "
                        "{rules: [{each: \"(duration - 30) / 60\", points: 10, reason: "
                        "\"...\"}]}"});
  // Per unit, when that is a decimal; from 0 with the value alone.
  p.from = Rational(20);
  p.to = Rational(0);
  CHECK(check(p) == std::vector<std::string>{
                        "r.yaml:7:40: warning: item 'a': 'from' 20 is above 'to' 0, so its "
                        "points fall as 'duration' rises (10 at 0 or less, 0 at 20 or more); if "
                        "more should earn more, write {from: 0, to: 20}; if less should, write "
                        "the same points as deductions, which are not warned of: deductions: "
                        "{rules: [{each: duration, points: 0.5, reason: \"...\"}]}"});
  p.from = Rational(90);
  p.to = Rational(30);
  p.of.text = "present * 100 / members";
  CHECK(check(p) == std::vector<std::string>{
                        "r.yaml:7:40: warning: item 'a': 'from' 90 is above 'to' 30, so its "
                        "points fall as the value rises (10 at 30 or less, 0 at 90 or more); if "
                        "more should earn more, write {from: 30, to: 90}; if less should, write "
                        "the same points as deductions, which are not warned of: deductions: "
                        "{rules: [{each: \"((present * 100 / members) - 30) / 60\", points: 10, "
                        "reason: \"...\"}]}"});
  // An option's name in the value: the count in single quotes, as YAML reads it.
  p.of.text = "if kind == \"thematic\" then duration else 0";
  CHECK(check(p) == std::vector<std::string>{
                        "r.yaml:7:40: warning: item 'a': 'from' 90 is above 'to' 30, so its "
                        "points fall as the value rises (10 at 30 or less, 0 at 90 or more); if "
                        "more should earn more, write {from: 30, to: 90}; if less should, write "
                        "the same points as deductions, which are not warned of: deductions: "
                        "{rules: [{each: '((if kind == \"thematic\" then duration else 0) - 30) "
                        "/ 60', points: 10, reason: \"...\"}]}"});
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
            "{from: -5, to: 20}; if less should, write the same points as deductions, which are "
            "not warned of: deductions: {rules: [{each: \"rate + 5\", points: 0.4, reason: "
            "\"...\"}]}",
            "r.yaml:7:40: warning: item 'a': 'rate' is at least 0, so no record reaches 'to' -5 "
            "and the item can never reach its maximum 10: write 'to: 0'"});
}

// Through whole rulesets, as `chibo lint` prints them.

TEST_CASE("band tables: order, overlaps, gaps, top and bottom", "[validator]") {
  const std::string rows =
      "            - {from: 90, points: 30}\n"
      "            - {from: 50, to: 90, points: 20}\n"
      "            - {from: 0, to: 50, points: 0}\n";
  check_cases({
      {"rows not from the highest down (one message, no false gaps)",
       {{rows,
         "            - {from: 50, to: 90, points: 20}\n"
         "            - {from: 90, points: 30}\n"
         "            - {from: 0, to: 50, points: 0}\n"}},
       {"ruleset.yaml:36:15: error: item 'tham_du': band rows must go from the highest 'from' "
        "down, but the row from 90 comes after the row from 50"}},
      {"two rows from the same value",
       {{"{from: 0, to: 50, points: 0}", "{from: 50, to: 50, points: 0}"}},
       {"ruleset.yaml:37:15: error: item 'tham_du': a band row from 50 to under 50 is empty; "
        "'to' must be above 'from'",
        "ruleset.yaml:37:15: error: item 'tham_du': band rows must go from the highest 'from' "
        "down, but the row from 50 comes after the row from 50"}},
      {"overlap",
       {{"{from: 50, to: 90, points: 20}", "{from: 50, to: 95, points: 20}"}},
       {"ruleset.yaml:36:15: error: item 'tham_du': the row from 50 to under 95 overlaps the "
        "row above, which starts at 90"}},
      {"gap between rows",
       {{"{from: 50, to: 90, points: 20}", "{from: 50, to: 80, points: 20}"}},
       {"ruleset.yaml:36:15: error: item 'tham_du': values from 80 to under 90 get no points "
        "(a gap between band rows)"}},
      {"gap at the top",
       {{"            - {from: 90, points: 30}\n            - {from: 50",
         "            - {from: 90, to: 100, points: 30}\n            - {from: 50"}},
       {"ruleset.yaml:35:15: error: item 'tham_du': values from 100 up get no points; remove "
        "'to' from the top row"}},
      {"a top row up to under the input's maximum",
       {{"{from: 90, points: 30}\n            - {from: 0, to: 90",
         "{from: 90, to: 100, points: 30}\n            - {from: 0, to: 90"}},
       {"ruleset.yaml:44:15: error: item 'hoan_thanh': values from 100 up get no points; "
        "remove 'to' from the top row"}},
      {"a top row up to above the input's maximum is fine",
       {{"{from: 90, points: 30}\n            - {from: 0, to: 90",
         "{from: 90, to: 101, points: 30}\n            - {from: 0, to: 90"}},
       {}},
      {"values below the input's minimum",
       {{"{from: 0, to: 90, points: 10}", "{from: 10, to: 90, points: 10}"}},
       {"ruleset.yaml:45:15: error: item 'hoan_thanh': values of 'rate' below 10 get no "
        "points; add a row from 0"}},
      {"a row's 'from' that is no number is said once, not compared with the others",
       {{"{from: 50, to: 90, points: 20}", "{from: 50 phút, to: 90, points: 20}"}},
       {"ruleset.yaml:36:22: error: 'from' must be a number such as 15 or 12.5, not '50 phút'; "
        "write the number alone: 50"}},
      {"a row's 'from' written as a percentage is told its number",
       {{"{from: 50, to: 90, points: 20}", "{from: 50%, to: 90, points: 20}"}},
       {"ruleset.yaml:36:22: error: 'from' must be a number such as 15 or 12.5, not '50%'; write "
        "a percentage as its number: 50, not 50%"}},
      {"and so with a space before the percent sign, as Word writes it",
       {{"{from: 50, to: 90, points: 20}", "{from: 50 %, to: 90, points: 20}"}},
       {"ruleset.yaml:36:22: error: 'from' must be a number such as 15 or 12.5, not '50 %'; "
        "write a percentage as its number: 50, not 50 %"}},
      {"a decimal comma before the percent sign is told with a dot",
       {{"{from: 50, to: 90, points: 20}", "{from: \"52,5%\", to: 90, points: 20}"}},
       {"ruleset.yaml:36:22: error: 'from' must be a number such as 15 or 12.5, not '52,5%'; "
        "write a percentage as its number: 52.5, not 52,5%"}},
      {"negative points",
       {{"{from: 0, to: 50, points: 0}", "{from: 0, to: 50, points: -1}"}},
       {"ruleset.yaml:37:15: error: item 'tham_du': band points must not be negative"}},
  });
}

TEST_CASE("points above an item's maximum", "[validator]") {
  check_cases({
      {"band points",
       {{"            - {from: 90, points: 30}\n            - {from: 50",
         "            - {from: 90, points: 35}\n            - {from: 50"}},
       {"ruleset.yaml:35:15: error: item 'tham_du': band points 35 is above the item's "
        "maximum 30"}},
      {"condition points and otherwise",
       {{"        when: prepared\n",
         "        when: prepared\n        points: 45\n        otherwise: 50\n"}},
       {"ruleset.yaml:21:9: error: item 'prep': 'points' 45 is above the item's maximum 40",
        "ruleset.yaml:21:9: error: item 'prep': 'otherwise' 50 is above the item's maximum "
        "40"}},
      {"condition points and otherwise below 0",
       {{"        when: prepared\n",
         "        when: prepared\n        points: -1\n        otherwise: -5\n"}},
       {"ruleset.yaml:21:9: error: item 'prep': 'points' -1 is below 0 (an item scores from 0 "
        "to its maximum; take points off with deductions)",
        "ruleset.yaml:21:9: error: item 'prep': 'otherwise' -5 is below 0 (an item scores from "
        "0 to its maximum; take points off with deductions)"}},
      {"a deduction floor above the maximum",
       {{"        when: prepared\n",
         "        deductions: {floor: 50, rules: [{when: prepared, points: 5, reason: x}]}\n"}},
       {"ruleset.yaml:21:9: error: item 'prep': 'floor' 50 must be from 0 to the item's "
        "maximum 40"}},
      {"a deduction of no points",
       {{"        when: prepared\n",
         "        deductions: {rules: [{when: prepared, points: 0, reason: x}]}\n"}},
       {"ruleset.yaml:24:30: error: item 'prep': 'points' of a rule must be above 0"}},
  });
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
        "more, write {from: 50, to: 100}; if less should, write the same points as deductions, "
        "which are not warned of: deductions: {rules: [{each: \"rate - 50\", points: 0.6, "
        "reason: \"...\"}]}",
        "ruleset.yaml:49:5: error: example 'full marks': total is 70 but the example expects 100",
        "ruleset.yaml:49:5: error: example 'full marks': grade is kha but the example expects "
        "tot"}},
      {"falling, written as the deductions the warning gives: not warned, the same points",
       {{bands,
         "        deductions: {rules: [{each: \"rate - 50\", points: 0.6, reason: "
         "\"...\"}]}\n"}},
       {"ruleset.yaml:49:5: error: example 'full marks': total is 70 but the example expects 100",
        "ruleset.yaml:49:5: error: example 'full marks': grade is kha but the example expects "
        "tot"}},
  });
}
