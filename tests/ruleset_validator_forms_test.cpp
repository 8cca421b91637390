// RulesetValidator on a ruleset of several forms (one a meeting kind): the
// kinds covered once each, and what grades name in them.
#include <string>

#include <catch2/catch.hpp>

#include "ruleset_fixture.h"

using namespace chibo;
using namespace chibo::lint_testing;

namespace {

// A ruleset with one form per meeting kind; the tests change its forms.
const std::string kForms = R"(id: forms
title: Forms
source: {document: D}
version: "1"
effective: {from: 2020-01-01}
scale: 10
kinds: [regular, thematic]
inputs:
  ok: {type: yesno, label: OK}
forms:
  - id: thuong_ky
    kinds: [regular]
    criteria:
      - {id: g, label: G, items: [{id: x, label: X, max: 10, when: ok}]}
  - id: chuyen_de
    kinds: [thematic]
    criteria:
      - {id: g, label: G, items: [{id: x, label: X, max: 10, when: ok}]}
grades:
  - {id: dat, label: Đạt, from: 5}
  - {id: khong, label: Không đạt, from: 0}
)";

}  // namespace

TEST_CASE("forms cover each meeting kind exactly once", "[validator]") {
  CHECK(lint_text(kForms) == Lines{});
  CHECK(lint_text(changed(kForms, "kinds: [thematic]", "kinds: [regular]")) ==
        Lines{"ruleset.yaml:11:5: error: no form scores 'thematic' meetings, which 'kinds' lists",
              "ruleset.yaml:16:13: error: form 'chuyen_de' scores 'regular' meetings, but form "
              "'thuong_ky' already does"});
  CHECK(lint_text(changed(kForms, "kinds: [regular, thematic]", "kinds: [regular]")) ==
        Lines{"ruleset.yaml:16:13: error: form 'chuyen_de' scores 'thematic' meetings, but "
              "'kinds' of the ruleset does not list 'thematic'"});
  CHECK(lint_text(changed(kForms, "    kinds: [thematic]\n", "")) ==
        Lines{"ruleset.yaml:11:5: error: no form scores 'thematic' meetings, which 'kinds' lists",
              "ruleset.yaml:15:5: error: form 'chuyen_de' needs 'kinds' (regular, thematic)"});
  // Each form adds up to the scale on its own.
  CHECK(lint_text(changed(kForms, "[{id: x, label: X, max: 10, when: ok}]}\ngrades",
                          "[{id: x, label: X, max: 8, when: ok}]}\ngrades")) ==
        Lines{"ruleset.yaml:18:9: error: the criteria add up to 8 points, but the scale is 10"});
  CHECK(lint_text(changed(kForms, "kinds: [regular]", "kinds: [regular, regular]")) ==
        Lines{"ruleset.yaml:12:22: error: 'kinds' lists 'regular' twice"});
  // Said at the kind as written (was at the first criterion, for the
  // ruleset's own kinds of its one sheet).
  CHECK(lint_text(changed(kBase, "scale: 100\n", "scale: 100\nkinds: [regular, regular]\n")) ==
        Lines{"ruleset.yaml:7:18: error: 'kinds' lists 'regular' twice"});
  CHECK(lint_text(changed(kForms, "scale: 10\n", "scale: 10\ncriteria: []\n")) ==
        Lines{"ruleset.yaml:12:3: error: write either 'criteria' (one sheet) or 'forms' (a "
              "sheet per meeting kind), not both"});
}

TEST_CASE("a grade's at_max names a criterion every form has", "[validator]") {
  // The thematic form's meetings were graded Đạt without the condition.
  const std::string two =
      changed(changed(kForms, "items: [{id: x, label: X, max: 10, when: ok}]}\n  - id: chuyen_de",
                      "items: [{id: y, label: Y, max: 10, when: ok}]}\n  - id: chuyen_de"),
              "{id: dat, label: Đạt, from: 5}", "{id: dat, label: Đạt, from: 5, at_max: [y]}");
  CHECK(lint_text(two) ==
        Lines{"ruleset.yaml:20:44: error: grade 'dat': 'at_max' names 'y', which form "
              "'chuyen_de' does not have: its meetings would be graded without the condition; "
              "if form 'chuyen_de' has a criterion grade 'dat' needs at its maximum, give it the "
              "id 'y'; if not, take 'y' out of 'at_max' (a grade's conditions hold on every "
              "form)"});
  // A bonus of one form: refused as a bonus (grade_validator), not said
  // again as missing from the other.
  const std::string bonus =
      changed(changed(kForms, "when: ok}]}\n  - id: chuyen_de",
                      "when: ok}]}\n      - {id: b, label: B, bonus: {cap: 1, rules: [{when: ok, "
                      "points: 1, reason: R}]}}\n  - id: chuyen_de"),
              "{id: dat, label: Đạt, from: 5}", "{id: dat, label: Đạt, from: 5, at_max: [b]}");
  CHECK(lint_text(bonus) ==
        Lines{"ruleset.yaml:21:44: error: grade 'dat': 'at_max' names 'b', a bonus item: bonus "
              "points are added on top of the scale, for what a meeting need not do, so no grade "
              "can need them at their cap; if grade 'dat' needs what the bonus rewards, write it "
              "in the grade's 'when': when: \"ok\""});
  // One both forms have is held to in each.
  CHECK(lint_text(changed(kForms, "{id: dat, label: Đạt, from: 5}",
                          "{id: dat, label: Đạt, from: 5, at_max: [x]}")) == Lines{});
}

TEST_CASE("a grade's when names a criterion one form lacks", "[validator]") {
  // Grade conditions are compiled for each form's sheet.
  const std::string two =
      changed(changed(kForms, "items: [{id: x, label: X, max: 10, when: ok}]}\n  - id: chuyen_de",
                      "items: [{id: y, label: Y, max: 10, when: ok}]}\n  - id: chuyen_de"),
              "{id: dat, label: Đạt, from: 5}", "{id: dat, label: Đạt, from: 5, when: y > 5}");
  CHECK(lint_text(two) == Lines{"ruleset.yaml:20:42: error: unknown name 'y': 'y' is a criterion "
                                "of another form, not of form 'chuyen_de'"});
}
