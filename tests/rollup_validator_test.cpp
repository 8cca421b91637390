// The roll-up's checks (rollup_validator.cpp), each with the exact message
// `chibo lint` prints: the grades it names (one a tailoring removed told
// which rule names it), count rules' counts and order.
#include <catch2/catch.hpp>

#include "ruleset_fixture.h"

using namespace chibo;
using namespace chibo::lint_testing;

TEST_CASE("roll-up rules name grades and count 0 to 12 meetings", "[validator]") {
  check_cases({
      {"roll-up rules naming unknown grades",
       {{"vetoes:",
         "rollup:\n  year:\n    by: count\n    otherwise: tb\n    rules:\n"
         "      - {grade: tott, all_at_least: kha, at_least: {tot: 13}}\nvetoes:"}},
       {"ruleset.yaml:55:9: error: 'grade' 'tott' is not a grade; did you mean 'tot'?",
        "ruleset.yaml:55:9: error: 'at_least: {tot: 13}' must count 0 to 12 meetings"}},
      // Cut to an int, 4294967303 was 7 and 9999999999999 said as 1316134911.
      {"roll-up counts past an int, said as written",
       {{"vetoes:",
         "rollup:\n  year:\n    by: count\n    otherwise: tb\n    rules:\n"
         "      - {grade: tot, at_least: {tot: 4294967303, kha: 9999999999999}}\nvetoes:"}},
       {"ruleset.yaml:55:9: error: 'at_least: {tot: 4294967303}' must count 0 to 12 meetings",
        "ruleset.yaml:55:9: error: 'at_least: {kha: 9999999999999}' must count 0 to 12 "
        "meetings"}},
  });
}

TEST_CASE("a quarter's count past its 3 months is warned of: the rule never holds", "[validator]") {
  // A year's rule copied to the quarter ('at least 7 at Tốt') was accepted
  // unsaid, and no quarter could ever be graded by it.
  check_cases({
      {"a quarter's count of 4",
       {{"vetoes:",
         "rollup:\n  quarter:\n    by: count\n    otherwise: tb\n    rules:\n"
         "      - {grade: tot, all_at_least: kha, at_least: {tot: 4}}\n"
         "      - {grade: kha, at_least: {kha: 3}}\nvetoes:"}},
       {"ruleset.yaml:55:9: warning: 'at_least: {tot: 4}' can never hold in a quarter, which "
        "has 3 months: rule 1 of 'quarter' never gives its grade; count 0 to 3 meetings"}},
      {"a year's count of 12 is fine",
       {{"vetoes:",
         "rollup:\n  year:\n    by: count\n    otherwise: tb\n    rules:\n"
         "      - {grade: tot, at_least: {tot: 12}}\nvetoes:"}},
       {}},
  });
}

TEST_CASE("count rules are listed from the best grade down", "[validator]") {
  // The first rule that holds gives the grade: Khá's, listed first, held for
  // every year that met Tốt's too, and no year was graded Tốt.
  check_cases({
      {"a better grade's rule after a worse one's",
       {{"vetoes:",
         "rollup:\n  year:\n    by: count\n    otherwise: tb\n    rules:\n"
         "      - {grade: kha, all_at_least: tb}\n"
         "      - {grade: tot, all_at_least: kha, at_least: {tot: 7}}\nvetoes:"}},
       {"ruleset.yaml:56:9: error: the rule for 'tot' comes after the rule for 'kha', a worse "
        "grade (line 55): the first rule that holds gives the grade, so a period that meets "
        "both would be graded 'kha'; list the rules from the best grade down"}},
      {"best first, and two rules for one grade",
       {{"vetoes:",
         "rollup:\n  quarter:\n    by: count\n    otherwise: tb\n    rules:\n"
         "      - {grade: tot, at_least: {tot: 3}}\n"
         "      - {grade: tot, all_at_least: kha, at_least: {tot: 2}}\n"
         "      - {grade: kha, all_at_least: tb}\nvetoes:"}},
       {}},
      {"a grade misspelt is said once, as no grade",
       {{"vetoes:",
         "rollup:\n  year:\n    by: count\n    otherwise: tb\n    rules:\n"
         "      - {grade: khaa, all_at_least: tb}\n"
         "      - {grade: tot, at_least: {tot: 7}}\nvetoes:"}},
       {"ruleset.yaml:55:9: error: 'grade' 'khaa' is not a grade; did you mean 'kha'?"}},
  });
}

TEST_CASE("a grade written by its label is told its id", "[validator]") {
  // Was "'at_most' 'Khá' is not a grade", with no hint: 'Khá' is two bytes
  // from 'kha', too far for "did you mean".
  check_cases({
      {"a veto, a roll-up rule and an example naming grades by their labels",
       {{"at_most: kha", "at_most: Khá"},
        {"vetoes:",
         "rollup:\n  year:\n    by: count\n    otherwise: trung bình\n    rules:\n"
         "      - {grade: TỐT, all_at_least: kha}\nvetoes:"},
        {"grade: tot, points", "grade: Tốt, points"}},
       {"ruleset.yaml:52:5: error: 'otherwise' 'trung bình' is not a grade; 'trung bình' is the "
        "label of grade 'tb': write its id",
        "ruleset.yaml:55:9: error: 'grade' 'TỐT' is not a grade; 'TỐT' is the label of grade "
        "'tot': write its id",
        "ruleset.yaml:57:5: error: 'at_most' 'Khá' is not a grade; 'Khá' is the label of grade "
        "'kha': write its id",
        "ruleset.yaml:59:5: error: example 'full marks': it expects grade 'Tốt', which is not a "
        "grade; 'Tốt' is the label of grade 'tot': write its id"}},
  });
}

TEST_CASE("a grade the child removed, still named by the base's roll-up, says which rule",
          "[validator]") {
  // Was told by the rule's line in the base alone ("'grade' 'kha': 'grades.kha'
  // was removed (...): write 'rollup:' ..."), where a veto is told "veto 1".
  const std::string base =
      changed(kBase, "vetoes:",
              "rollup:\n  quarter: {by: count, otherwise: kha, rules: [{grade: tot, at_least: "
              "{tot: 2}}]}\n  year:\n    by: count\n    otherwise: tb\n    rules:\n"
              "      - {grade: tot, all_at_least: kha, at_least: {tot: 7}}\n"
              "      - {grade: kha, all_at_least: tb}\nvetoes:");
  Tailored t(kHead + "remove: [grades.kha]\nvetoes: []\n", base);
  const std::string mend =
      "write 'rollup:' in tinh/child.yaml without it ('rollup' written there replaces the base's "
      "whole: a part of it cannot be overridden or removed)";
  CHECK(t.lint() ==
        Lines{"base/hd12.yaml:51:12: error: 'otherwise' 'kha': 'grades.kha' was removed ('remove' "
              "in tinh/child.yaml, line 3), but 'quarter' in 'rollup:' still uses it: " +
                  mend,
              "base/hd12.yaml:56:9: error: 'all_at_least' 'kha': 'grades.kha' was removed "
              "('remove' in tinh/child.yaml, line 3), but rule 1 of 'year' in 'rollup:' still "
              "uses it: " +
                  mend,
              "base/hd12.yaml:57:9: error: 'grade' 'kha': 'grades.kha' was removed ('remove' in "
              "tinh/child.yaml, line 3), but rule 2 of 'year' in 'rollup:' still uses it: " +
                  mend});
}

// A quarter given count rules but no 'by' (or 'by: mean') was graded by its
// mean, the rules read and never used, and lint said nothing.
TEST_CASE("count rules under a mean roll-up are an error: never used", "[validator]") {
  check_cases({
      {"rules with 'by' left out",
       {{"vetoes:",
         "rollup:\n  quarter:\n    otherwise: tb\n    rules:\n"
         "      - {grade: tot, at_least: {tot: 2}}\nvetoes:"}},
       {"ruleset.yaml:54:7: error: 'rollup.quarter' grades by the months' mean ('by: mean', as "
        "'by' is not written), so its 'rules' and 'otherwise' are never used; write 'by: count' "
        "to grade by counting the months' grades, or remove them"}},
      {"'otherwise' alone under 'by: mean'",
       {{"vetoes:", "rollup:\n  year:\n    by: mean\n    otherwise: tb\nvetoes:"}},
       {"ruleset.yaml:53:16: error: 'rollup.year' grades by the months' mean ('by: mean'), so "
        "its 'otherwise' is never used; write 'by: count' to grade by counting the months' "
        "grades, or remove it"}},
  });
}

// A cap with no thematic meeting asked for capped no quarter, unsaid.
TEST_CASE("a thematic cap with no thematic meeting asked for is warned of", "[validator]") {
  check_cases({
      {"missing_thematic_at_most with thematic_per_quarter left out",
       {{"vetoes:", "rollup:\n  missing_thematic_at_most: kha\nvetoes:"}},
       {"ruleset.yaml:51:29: warning: 'missing_thematic_at_most' is never applied: "
        "'thematic_per_quarter' is left out (0), so no quarter asks for a thematic meeting; set "
        "'thematic_per_quarter: 1' (HD 12: one a quarter) or remove 'missing_thematic_at_most'"}},
      {"thematic_per_quarter 0",
       {{"vetoes:",
         "rollup:\n  thematic_per_quarter: 0\n  missing_thematic_at_most: kha\nvetoes:"}},
       {"ruleset.yaml:52:29: warning: 'missing_thematic_at_most' is never applied: "
        "'thematic_per_quarter' is 0, so no quarter asks for a thematic meeting; set "
        "'thematic_per_quarter: 1' (HD 12: one a quarter) or remove 'missing_thematic_at_most'"}},
      {"capped at the highest grade: an error",
       {{"vetoes:",
         "rollup:\n  thematic_per_quarter: 1\n  missing_thematic_at_most: tot\nvetoes:"}},
       {"ruleset.yaml:52:29: error: 'missing_thematic_at_most' 'tot' is the highest grade: a "
        "quarter short of its thematic meeting is capped at it, which lowers no quarter; name a "
        "lower grade (HD 12: the one below it) or remove it"}},
      {"one a quarter: no warning",
       {{"vetoes:",
         "rollup:\n  thematic_per_quarter: 1\n  missing_thematic_at_most: kha\nvetoes:"}},
       {}},
      {"a wrong number: its error alone",
       {{"vetoes:",
         "rollup:\n  thematic_per_quarter: -1\n  missing_thematic_at_most: kha\nvetoes:"}},
       {"ruleset.yaml:51:25: error: 'thematic_per_quarter' must be 0 to 92 (one thematic meeting "
        "a day at most), not -1"}},
      {"no number: its error alone",
       {{"vetoes:",
         "rollup:\n  thematic_per_quarter: mot\n  missing_thematic_at_most: kha\nvetoes:"}},
       {"ruleset.yaml:51:25: error: 'thematic_per_quarter' must be a number such as 15 or 12.5, "
        "not 'mot'"}},
  });
}

TEST_CASE("roll-up counts a whole number, thematic meetings 0 to 92 a quarter", "[validator]") {
  check_cases({
      {"a roll-up count that is no whole number",
       {{"vetoes:",
         "rollup:\n  year:\n    by: count\n    otherwise: tb\n    rules:\n"
         "      - {grade: tot, at_least: {tot: 2.5}}\nvetoes:"}},
       {"ruleset.yaml:55:38: error: 'at_least: {tot: 2.5}' must be a whole number of meetings"}},
      {"thematic meetings a quarter past one a day",
       {{"vetoes:", "rollup: {thematic_per_quarter: 999999999999999999}\nvetoes:"}},
       {"ruleset.yaml:50:32: error: 'thematic_per_quarter' must be 0 to 92 (one thematic meeting "
        "a day at most), not 999999999999999999"}},
      {"thematic meetings a quarter below none",
       {{"vetoes:", "rollup: {thematic_per_quarter: -1}\nvetoes:"}},
       {"ruleset.yaml:50:32: error: 'thematic_per_quarter' must be 0 to 92 (one thematic meeting "
        "a day at most), not -1"}},
  });
}
