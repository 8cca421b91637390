// The checks of the sheet as a tree (criteria_validator.cpp), with the exact
// message `chibo lint` prints: groups' items adding up to their maximum, the
// criteria to the scale; forms, one a meeting kind, covering each kind once.
#include <catch2/catch.hpp>

#include "ruleset_fixture.h"

using namespace chibo;
using namespace chibo::lint_testing;

TEST_CASE("groups and the scale", "[validator]") {
  check_cases({
      {"a group whose items cannot reach its maximum, and one whose items exceed it",
       {{"    label: Preparation\n    max: 40\n", "    label: Preparation\n    max: 45\n"},
        {"    label: Results\n    max: 60\n", "    label: Results\n    max: 55\n"}},
       {"ruleset.yaml:17:5: error: the items of group 'chuan_bi' add up to 40 points, so it "
        "can never reach its maximum 45",
        "ruleset.yaml:25:5: error: the items of group 'ket_qua' add up to 60 points, more than "
        "its maximum 55"}},
      {"a group without max takes the sum of its items",
       {{"    label: Results\n    max: 60\n", "    label: Results\n"}},
       {}},
      {"criteria that do not add up to the scale",
       {{"scale: 100", "scale: 90"}},
       {"ruleset.yaml:17:5: error: the criteria add up to 100 points (chuan_bi 40 + ket_qua "
        "60), but the scale is 90"}},
      {"a group added past the scale is named with its share; a bonus group is not",
       {{"grades:\n",
         "  - id: extra\n    label: E\n    max: 5\n    items:\n"
         "      - {id: x, label: X, max: 5, when: prepared}\n"
         "  - id: thuong\n    label: T\n    items:\n"
         "      - {id: b, label: B, bonus: {cap: 2, rules: [{when: prepared, points: 2, reason: "
         "R}]}}\n"
         "grades:\n"}},
       {"ruleset.yaml:17:5: error: the criteria add up to 105 points (chuan_bi 40 + ket_qua 60 + "
        "extra 5), but the scale is 100"}},
      // Scored right, read wrong: warned, with where the bonus belongs. A
      // group of bonuses among the items (a subgroup) mixes them as much.
      {"a group of bonus items among items on the scale, its max written or not",
       {{"    label: Preparation\n    max: 40\n", "    label: Preparation\n"},
        {"        max: 40\n        when: prepared\n",
         "        max: 40\n        when: prepared\n"
         "      - {id: b, label: B, bonus: {cap: 2, rules: [{when: prepared, points: 2, reason: "
         "R}]}}\n"},
        {"            - {from: 0, to: 90, points: 10}\n",
         "            - {from: 0, to: 90, points: 10}\n"
         "      - {id: t, label: T, items: [{id: c, label: C, bonus: {cap: 1, rules: [{when: "
         "prepared, points: 1, reason: R}]}}, {id: d, label: D, bonus: {cap: 3, rules: [{when: "
         "prepared, points: 3, reason: R}]}}]}\n"}},
       {"ruleset.yaml:24:9: warning: group 'chuan_bi' holds the bonus 'b' among items on the "
        "scale: bonus points are added on top of the scale, but the sheet adds them into the "
        "group, and the group's maximum on the sheet counts its cap (42, where its share of the "
        "scale is 40), so a meeting without the bonus seems to lose points; put bonus items in a "
        "group of their own, without 'max' (as 'diem_thuong' in "
        "rulesets/trung-uong/hd12-2018.yaml)",
        "ruleset.yaml:46:9: warning: group 'ket_qua' holds the bonus 't' among items on the "
        "scale: bonus points are added on top of the scale, but the sheet adds them into the "
        "group, and a meeting that earns it shows the group past its maximum (64/60); put bonus "
        "items in a group of their own, without 'max' (as 'diem_thuong' in "
        "rulesets/trung-uong/hd12-2018.yaml)"}},
      // 9 * 10^17 eleven times is past 2^63: reported, and checking goes on.
      {"a group whose items add up past what a number holds",
       {{"        max: 40\n        when: prepared\n",
         [] {
           std::string items = "        max: 40\n        when: prepared\n";
           for (int i = 0; i < 11; ++i) {
             items += "      - {id: big" + std::to_string(i) +
                      ", label: B, max: 900000000000000000, when: prepared}\n";
           }
           return items;
         }()}},
       {"ruleset.yaml:17:5: error: the items of group 'chuan_bi' add up to more points than a "
        "number can hold"}},
      {"criteria that add up past what a number holds",
       {{"grades:\n",
         [] {
           std::string items;
           for (int i = 0; i < 11; ++i) {
             items += "  - {id: big" + std::to_string(i) +
                      ", label: B, max: 900000000000000000, when: prepared}\n";
           }
           return items + "grades:\n";
         }()}},
       {"ruleset.yaml:17:5: error: the criteria add up to more points than a number can hold, "
        "but the scale is 100"}},
      {"a scale of 0",
       {{"scale: 100", "scale: 0"}},
       {"ruleset.yaml:6:8: error: 'scale' must be above 0",
        "ruleset.yaml:17:5: error: the criteria add up to 100 points (chuan_bi 40 + ket_qua "
        "60), but the scale is 0",
        "ruleset.yaml:47:5: error: grade 'tot' starts at 90, above the scale 0, so no meeting "
        "can reach it"}},
  });
}

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
