// The checks of grades and vetoes (grade_validator.cpp), with the exact
// message `chibo lint` prints: ids once, bands from the highest down to 0
// within the scale, at most 100 grades, 'at_max' naming criteria, vetoes
// naming grades, no condition that changes no grade.
#include <catch2/catch.hpp>

#include "ruleset_fixture.h"

using namespace chibo;
using namespace chibo::lint_testing;

TEST_CASE("duplicate grade ids", "[validator]") {
  check_cases({
      {"two grades",
       {{"{id: tb, label: Trung bình, from: 0}", "{id: kha, label: Trung bình, from: 0}"}},
       {"ruleset.yaml:49:5: error: duplicate grade id 'kha' (already used on line 48)"}},
  });
}

TEST_CASE("grade bands", "[validator]") {
  check_cases({
      {"the lowest grade does not start at 0",
       {{"{id: tb, label: Trung bình, from: 0}", "{id: tb, label: Trung bình, from: 10}"}},
       {"ruleset.yaml:49:5: error: the lowest grade 'tb' starts at 10, so totals from 0 to "
        "under 10 get no grade; let it start at 0"}},
      {"the lowest grade below 0",
       {{"{id: tb, label: Trung bình, from: 0}", "{id: tb, label: Trung bình, from: -10}"}},
       {"ruleset.yaml:49:5: error: the lowest grade 'tb' starts at -10, but no total is below "
        "0; let it start at 0"}},
      {"a condition on the lowest grade",
       {{"{id: tb, label: Trung bình, from: 0}",
         "{id: tb, label: Trung bình, from: 0, when: total > 50}"}},
       {"ruleset.yaml:49:5: error: the lowest grade 'tb' has a condition ('when'), but a "
        "meeting that fails it has no lower grade to go to; remove it"}},
      {"a veto down to the highest grade",
       {{"at_most: kha, reason", "at_most: tot, reason"}},
       {"ruleset.yaml:51:5: error: 'at_most' 'tot' is the highest grade: this veto can lower no "
        "meeting"}},
      {"unsorted grades",
       {{"{id: kha, label: Khá, from: 70}", "{id: kha, label: Khá, from: 95}"}},
       {"ruleset.yaml:48:5: error: grades must go from the highest 'from' down, but grade "
        "'kha' (from 95) overlaps grade 'tot' (from 90)"}},
      {"two grades from the same total",
       {{"{id: kha, label: Khá, from: 70}", "{id: kha, label: Khá, from: 90}"}},
       {"ruleset.yaml:48:5: error: grades must go from the highest 'from' down, but grade "
        "'kha' (from 90) overlaps grade 'tot' (from 90)"}},
      {"a grade's 'from' that is no number is said once, not compared with the others",
       {{"{id: kha, label: Khá, from: 70}", "{id: kha, label: Khá, from: \"70 điểm\"}"}},
       {"ruleset.yaml:48:33: error: 'from' must be a number such as 15 or 12.5, not '70 điểm'; "
        "write the number alone: 70"}},
      {"nor the top grade's with the scale",
       {{"{id: tot, label: Tốt, from: 90}", "{id: tot, label: Tốt, from: 9O}"}},
       {"ruleset.yaml:47:33: error: 'from' must be a number such as 15 or 12.5, not '9O'"}},
      {"the top grade starts above the scale",
       {{"{id: tot, label: Tốt, from: 90}", "{id: tot, label: Tốt, from: 110}"},
        {"grade: tot, ", ""}},
       {"ruleset.yaml:47:5: error: grade 'tot' starts at 110, above the scale 100, so no "
        "meeting can reach it"}},
  });
}

TEST_CASE("at most 100 grades", "[validator]") {
  // tot, kha, 98 more from 69.99 down to 69.02, tb: 101 grades.
  std::string more;
  for (int i = 0; i < 98; ++i) {
    const int hundredths = 99 - i;
    more += "{id: g" + std::to_string(i) + ", label: G, from: 69." + (hundredths < 10 ? "0" : "") +
            std::to_string(hundredths) + "}\n  - ";
  }
  check_cases({
      {"101 grades",
       {{"{id: tb, label: Trung bình, from: 0}", more + "{id: tb, label: Trung bình, from: 0}"}},
       {"ruleset.yaml:147:5: error: a ruleset has at most 100 grades; this one has 101"}},
  });
}

TEST_CASE("names of criteria and grades", "[validator]") {
  check_cases({
      {"at_max names an unknown criterion (at the list, in characters)",
       {{"{id: tot, label: Tốt, from: 90}",
         "{id: tot, label: Tốt, from: 90, at_max: [tham_du, hoan_thanhh]}"}},
       {"ruleset.yaml:47:45: error: grade 'tot': 'at_max' names 'hoan_thanhh', which is not a "
        "criterion; did you mean 'hoan_thanh'?"}},
      {"at_max may name a group",
       {{"{id: tot, label: Tốt, from: 90}", "{id: tot, label: Tốt, from: 90, at_max: ket_qua}"}},
       {}},
      {"at_max names a bonus item, or a group of bonus items: refused, with the 'when' to write",
       {{"grades:\n",
         "  - id: thuong\n    label: Bonus\n    items:\n"
         "      - {id: extra, label: E, bonus: {cap: 2, rules: [{when: prepared, points: 1, "
         "reason: r}, {when: present > 5, points: 1, reason: r}]}}\n"
         "      - {id: more, label: M, bonus: {cap: 1, rules: [{each: present, points: 1, "
         "reason: r}]}}\ngrades:\n"},
        {"{id: tot, label: Tốt, from: 90}", "{id: tot, label: Tốt, from: 90, at_max: [extra]}"},
        {"{id: kha, label: Khá, from: 70}", "{id: kha, label: Khá, from: 70, at_max: [thuong]}"}},
       {"ruleset.yaml:52:45: error: grade 'tot': 'at_max' names 'extra', a bonus item: bonus "
        "points are added on top of the scale, for what a meeting need not do, so no grade can "
        "need them at their cap; if grade 'tot' needs what the bonus rewards, write it in the "
        "grade's 'when': when: \"prepared and (present > 5)\"",
        "ruleset.yaml:53:45: error: grade 'kha': 'at_max' names 'thuong', a group of bonus "
        "items: bonus points are added on top of the scale, for what a meeting need not do, so "
        "no grade can need them at their cap; if grade 'kha' needs what the bonus rewards, write "
        "what grade 'kha' needs in its 'when'"}},
      {"at_max names a group with bonus items and others: refused, with its other items",
       {{"    max: 40\n    items:\n",
         "    items:\n      - {id: extra, label: E, bonus: {cap: 2, rules: [{when: prepared, "
         "points: 2, reason: r}]}}\n"},
        {"            - {from: 0, to: 90, points: 10}\n",
         "            - {from: 0, to: 90, points: 10}\n      - {id: more, label: M, bonus: {cap: "
         "1, rules: [{when: prepared, points: 1, reason: r}]}}\n      - {id: most, label: M, "
         "bonus: {cap: 1, rules: [{when: prepared, points: 1, reason: r}]}}\n"},
        {"{id: tot, label: Tốt, from: 90}",
         "{id: tot, label: Tốt, from: 90, at_max: [chuan_bi, tham_du]}"},
        {"{id: kha, label: Khá, from: 70}", "{id: kha, label: Khá, from: 70, at_max: [ket_qua]}"}},
       {"ruleset.yaml:20:9: warning: group 'chuan_bi' holds the bonus 'extra' among items on the "
        "scale: bonus points are added on top of the scale, but the sheet adds them into the "
        "group, and the group's maximum on the sheet counts its cap (42, where its share of the "
        "scale is 40), so a meeting without the bonus seems to lose points; put bonus items in a "
        "group of their own, without 'max' (as 'diem_thuong' in "
        "rulesets/trung-uong/hd12-2018.yaml)",
        "ruleset.yaml:46:9: warning: group 'ket_qua' holds the bonuses 'more', 'most' among items "
        "on the scale: bonus points are added on top of the scale, but the sheet adds them into "
        "the group, and a meeting that earns them shows the group past its maximum (62/60); put "
        "bonus items in a group of their own, without 'max' (as 'diem_thuong' in "
        "rulesets/trung-uong/hd12-2018.yaml)",
        "ruleset.yaml:49:45: error: grade 'tot': 'at_max' names 'chuan_bi', a group with a bonus "
        "item ('extra'): bonus points are added on top of the scale, for what a meeting need not "
        "do, but the group's maximum counts its cap, so grade 'tot' would need the bonus earned; "
        "name its other items in its place: at_max: [prep, tham_du]",
        "ruleset.yaml:50:45: error: grade 'kha': 'at_max' names 'ket_qua', a group with bonus "
        "items ('more', 'most'): bonus points are added on top of the scale, for what a meeting "
        "need not do, but within the group's 'max' their points would make up for an item short "
        "of its maximum; name its other items in its place: at_max: [tham_du, hoan_thanh]"}},
      {"a veto's at_most names an unknown grade",
       {{"at_most: kha", "at_most: khaa"}},
       {"ruleset.yaml:51:5: error: 'at_most' 'khaa' is not a grade; did you mean 'kha'?"}},
  });
}
