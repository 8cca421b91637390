// The criteria tree and forms read from a ruleset's YAML: each shape error
// said once, at its place, in the words its author reads. (The messages a
// whole ruleset shows are in ruleset_loader_test.cpp and the validators'
// tests: these are the loader's own, on a bare list.)
#include "criteria_loader.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "doc_fixture.h"

using namespace chibo;
using namespace chibo::testing;

namespace {

// The diagnostics of loading the list under 'c:' of text.
Lines criteria_errors(const std::string& text) {
  const DocNode doc = parse_doc(text);
  Diagnostics diags;
  load_criteria(*doc.find("c"), diags);
  return diagnostic_lines(diags);
}

Lines forms_errors(const std::string& text) {
  const DocNode doc = parse_doc(text);
  Diagnostics diags;
  load_forms(*doc.find("f"), diags);
  return diagnostic_lines(diags);
}

}  // namespace

TEST_CASE("load_criteria: a group and its items, in order", "[criteria_loader]") {
  const DocNode doc = parse_doc(
      "c:\n  - id: g\n    label: G\n    items:\n"
      "      - {id: a, label: A, max: 10, when: x > 1, points: 7, otherwise: 2, reason: R}\n"
      "      - {id: b, label: B, max: 5, bands: {of: y, rows: [{from: 1, points: 5}]}}\n");
  Diagnostics diags;
  const std::vector<Criterion> c = load_criteria(*doc.find("c"), diags);
  CHECK(diagnostic_lines(diags).empty());
  REQUIRE(c.size() == 1);
  CHECK(c[0].id == "g");
  CHECK(c[0].is_group());
  REQUIRE(c[0].items.size() == 2);
  CHECK(c[0].items[0].kind == RuleKind::Condition);
  CHECK(c[0].items[0].when.text == "x > 1");
  CHECK(c[0].items[0].points.value().to_string() == "7");
  CHECK(c[0].items[0].otherwise.to_string() == "2");
  CHECK(c[0].items[0].reason == "R");
  CHECK(c[0].items[1].kind == RuleKind::Bands);
  REQUIRE(c[0].items[1].bands.size() == 1);
  CHECK(c[0].items[1].bands[0].points.to_string() == "5");
}

TEST_CASE("load_criteria: no list, or an empty one", "[criteria_loader]") {
  CHECK(criteria_errors("c: []\n") ==
        Lines{"f.yaml:1:4: error: 'criteria' must be a non-empty list of groups"});
  CHECK(criteria_errors("c: {id: g}\n") ==
        Lines{"f.yaml:1:4: error: 'criteria' must be a non-empty list of groups"});
  CHECK(criteria_errors("c:\n  - id: g\n    label: G\n    items: []\n") ==
        Lines{"f.yaml:4:12: error: 'items' of group 'g' must be a non-empty list"});
}

TEST_CASE("load_criteria: a group holds no rule of its own, nor what goes on its items",
          "[criteria_loader]") {
  CHECK(criteria_errors("c:\n  - id: g\n    label: G\n    when: x\n    applies_when: y\n"
                        "    not_applicable: full\n    reason: R\n"
                        "    items: [{id: a, label: A, max: 1, when: x}]\n") ==
        Lines{"f.yaml:4:11: error: 'g' is a group (it has items), so it cannot have a rule of its "
              "own ('when')",
              "f.yaml:5:19: error: 'g' is a group (it has items): 'applies_when' goes on each of "
              "its items, not on the group",
              "f.yaml:6:21: error: 'g' is a group (it has items): 'not_applicable' goes on each "
              "of its items, not on the group",
              "f.yaml:7:13: error: 'g' is a group (it has items): 'reason' belongs to an item's "
              "condition ('when'), not to the group: remove it"});
}

TEST_CASE("load_criteria: an item's rule, one and only one", "[criteria_loader]") {
  CHECK(criteria_errors("c:\n  - {id: a, label: A, max: 1}\n") ==
        Lines{"f.yaml:2:5: error: item 'a' needs a rule: one of when, bands, proportional, "
              "deductions, bonus or formula"});
  CHECK(criteria_errors("c:\n  - {id: a, label: A, max: 1, when: x, formula: 1}\n") ==
        Lines{"f.yaml:2:49: error: item 'a' can have only one rule, but it has both 'when' and "
              "'formula'"});
  CHECK(criteria_errors("c:\n  - {id: a, label: A, max: 1, formula: 1, points: 1, reason: R}\n") ==
        Lines{"f.yaml:2:51: error: item 'a': 'points' belongs to a condition ('when'), and its "
              "rule is 'formula', which does not read it: remove it",
              "f.yaml:2:62: error: item 'a': 'reason' belongs to a condition ('when'), and its "
              "rule is 'formula', which does not read it: remove it"});
  CHECK(criteria_errors("c:\n  - {id: a, label: A, when: x}\n") ==
        Lines{"f.yaml:2:5: error: item 'a' needs 'max' (its maximum points)"});
}

TEST_CASE("load_criteria: a band table needs its rows", "[criteria_loader]") {
  const std::string rows_needed =
      "error: a band table needs 'rows': a list such as [{from: 90, points: 13}, {from: 80, "
      "points: 11}]";
  // Said at the rows when written, else at the table.
  CHECK(criteria_errors("c:\n  - {id: a, label: A, max: 1, bands: {of: x}}\n") ==
        Lines{"f.yaml:2:38: " + rows_needed});
  CHECK(criteria_errors("c:\n  - {id: a, label: A, max: 1, bands: {of: x, rows: []}}\n") ==
        Lines{"f.yaml:2:52: " + rows_needed});
  CHECK(criteria_errors("c:\n  - {id: a, label: A, max: 1, bands: {rows: [{points: 1}]}}\n") ==
        Lines{"f.yaml:2:38: error: a band table needs 'of' (an expression)",
              "f.yaml:2:46: error: a band row needs 'from' (a number)"});
}

TEST_CASE("load_criteria: deductions and bonuses and their rules", "[criteria_loader]") {
  CHECK(criteria_errors("c:\n  - {id: a, label: A, max: 10, deductions: {floor: 0}}\n") ==
        Lines{"f.yaml:2:44: error: 'deductions' needs 'rules'"});
  CHECK(criteria_errors("c:\n  - {id: a, label: A, max: 10, deductions: {rules: {when: x}}}\n") ==
        Lines{"f.yaml:2:52: error: 'rules' must be a list such as [{when: unexcused > 0, points: "
              "5, reason: \"...\"}]"});
  CHECK(
      criteria_errors("c:\n  - {id: a, label: A, max: 10, deductions: {rules: []}}\n") ==
      Lines{"f.yaml:2:52: error: 'rules' is empty: a deduction or bonus needs at least one rule"});
  CHECK(criteria_errors("c:\n  - id: a\n    label: A\n    max: 10\n    deductions:\n"
                        "      rules:\n        - {points: 1, reason: R}\n"
                        "        - {when: x, each: y, points: 1, reason: R}\n") ==
        Lines{"f.yaml:7:11: error: a deduction or bonus rule needs exactly one of 'when' (a "
              "condition) or 'each' (a count)",
              "f.yaml:8:11: error: a deduction or bonus rule needs exactly one of 'when' (a "
              "condition) or 'each' (a count)"});
  // A bonus's maximum is its cap; it has no meaning not applying.
  CHECK(criteria_errors("c:\n  - id: b\n    label: B\n    max: 5\n    not_applicable: full\n"
                        "    bonus: {cap: 5, rules: [{when: x, points: 1, reason: R}]}\n") ==
        Lines{"f.yaml:4:10: error: bonus item 'b' takes its maximum from 'cap'; remove 'max'",
              "f.yaml:5:21: error: bonus item 'b' adds nothing in a month it does not apply to: "
              "'not_applicable' has no meaning for it; remove it"});
  CHECK(criteria_errors("c:\n  - {id: b, label: B, bonus: {rules: [{when: x, points: 1, "
                        "reason: R}]}}\n") ==
        Lines{"f.yaml:2:30: error: a bonus list needs 'cap' (a number)"});
}

TEST_CASE("not_applicable_of: full, rescale or zero, or the regulation's words told",
          "[criteria_loader]") {
  const auto of = [](const std::string& value, Lines& errors) {
    const DocNode doc = parse_doc("n: " + value + "\n");
    Diagnostics diags;
    std::optional<NotApplicable> out = not_applicable_of(*doc.find("n"), diags);
    errors = diagnostic_lines(diags);
    return out;
  };
  Lines errors;
  CHECK(of("full", errors) == NotApplicable::Full);
  CHECK(of("rescale", errors) == NotApplicable::Rescale);
  CHECK(of("zero", errors) == NotApplicable::Zero);
  CHECK(errors.empty());
  const std::string start = "f.yaml:1:4: error: 'not_applicable' must be full, rescale or zero, ";
  CHECK_FALSE(of("Tính đủ điểm", errors));
  CHECK(errors == Lines{start + "not 'Tính đủ điểm'; 'Tính đủ điểm' is written 'full'"});
  CHECK_FALSE(of("' quy đổi '", errors));
  CHECK(errors == Lines{start + "not ' quy đổi '; ' quy đổi ' is written 'rescale'"});
  CHECK_FALSE(of("KHÔNG ĐƯỢC ĐIỂM", errors));
  CHECK(errors == Lines{start + "not 'KHÔNG ĐƯỢC ĐIỂM'; 'KHÔNG ĐƯỢC ĐIỂM' is written 'zero'"});
  CHECK_FALSE(of("rescal", errors));
  CHECK(errors == Lines{start + "not 'rescal'; did you mean 'rescale'?"});
  CHECK_FALSE(of("Full", errors));
  CHECK(errors == Lines{start + "not 'Full'; did you mean 'full'?"});
  CHECK_FALSE(of("[full]", errors));
  CHECK(errors == Lines{start + "but this is a list"});
}

TEST_CASE("load_forms: each form's id, kinds and criteria", "[criteria_loader]") {
  const DocNode doc = parse_doc(
      "f:\n  - id: thuong_ky\n    kinds: [regular]\n    criteria:\n"
      "      - {id: a, label: A, max: 1, when: x}\n"
      "  - {id: cd, kinds: thematic, criteria: [{id: b, label: B, max: 1, formula: 1}]}\n");
  Diagnostics diags;
  const std::vector<Form> forms = load_forms(*doc.find("f"), diags);
  CHECK(diagnostic_lines(diags).empty());
  REQUIRE(forms.size() == 2);
  CHECK(forms[0].id == "thuong_ky");
  CHECK(forms[0].kinds == Lines{"regular"});
  REQUIRE(forms[0].criteria.size() == 1);
  CHECK(forms[1].kinds == Lines{"thematic"});
  REQUIRE(forms[1].kind_wheres.size() == 1);
  CHECK(forms[1].kind_wheres[0].column == 21);

  CHECK(forms_errors("f: []\n") ==
        Lines{"f.yaml:1:4: error: 'forms' must be a non-empty list of {id, kinds, criteria}"});
  CHECK(forms_errors("f:\n  - {id: x}\n") ==
        Lines{"f.yaml:2:5: error: form 'x' needs 'kinds' (regular, thematic)",
              "f.yaml:2:5: error: form 'x' needs 'criteria'"});
  CHECK(forms_errors("f:\n  - {id: x, kinds: [], criteria: [], note: y}\n") ==
        Lines{"f.yaml:2:38: error: unknown key 'note' in a form",
              "f.yaml:2:5: error: form 'x' needs 'kinds' (regular, thematic)",
              "f.yaml:2:34: error: 'criteria' must be a non-empty list of groups"});
}
