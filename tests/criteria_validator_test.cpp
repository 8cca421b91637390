// The checks of the sheet as a tree (criteria_validator.cpp), with the exact
// message `chibo lint` prints: groups' items adding up to their maximum, the
// criteria to the scale (forms: ruleset_validator_forms_test.cpp).
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
