// The validator's checks of the ruleset as a whole (ruleset_validator.cpp),
// each with the exact message `chibo lint` prints: checks' ids and
// examples' names once, an example's grade one of the ruleset's. The parts
// have their own: id_claims_test, input_validator_test, item_rule_validator_test,
// criteria_validator_test (forms too),
// grade_validator_test, rollup_validator_test, tie_break_validator_test.
#include <catch2/catch.hpp>

#include "ruleset_fixture.h"

using namespace chibo;
using namespace chibo::lint_testing;

TEST_CASE("duplicate check ids and example names", "[validator]") {
  check_cases({
      {"two examples",
       {{"    expect: {total: 100, grade: tot, points: {tham_du: 30}}\n",
         "    expect: {total: 100, grade: tot, points: {tham_du: 30}}\n"
         "  - name: full marks\n"
         "    record: {members: 10, present: 10, rate: 100, prepared: yes}\n"
         "    expect: {total: 100}\n"}},
       {"ruleset.yaml:56:5: error: duplicate example name 'full marks' (already used on line "
        "53)"}},
      {"two checks",
       {{"message: \"more present than members\"}\n",
         "message: \"more present than members\"}\n"
         "  - {id: present_le_members, require: members > 0, message: \"no members\"}\n"}},
       {"ruleset.yaml:16:5: error: duplicate check id 'present_le_members' (already used on "
        "line 15)"}},
  });
}

TEST_CASE("an example's grade", "[validator]") {
  check_cases({
      {"an example expects an unknown grade",
       {{"grade: tot,", "grade: tott,"}},
       {"ruleset.yaml:53:5: error: example 'full marks': it expects grade 'tott', which is not "
        "a grade; did you mean 'tot'?"}},
  });
}
