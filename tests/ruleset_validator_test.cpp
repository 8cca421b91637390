// The validator's checks of meaning, each with the exact message `chibo lint`
// prints: duplicate ids, reserved names, band tables, points above maxima,
// group and scale sums, grades, names of criteria and grades (forms:
// ruleset_validator_forms_test.cpp).
#include <catch2/catch.hpp>

#include "ruleset_fixture.h"

using namespace chibo;
using namespace chibo::lint_testing;

TEST_CASE("duplicate ids of inputs, derived values and criteria", "[validator]") {
  check_cases({
      {"an input and a derived value",
       {{"  prepared: {type: yesno, label: Prepared}\n",
         "  prepared: {type: yesno, label: Prepared}\n  attendance: {type: number, label: A}\n"}},
       {"ruleset.yaml:14:3: error: duplicate id 'attendance' (already used on line 12)"}},
      {"two criteria",
       {{"      - id: hoan_thanh", "      - id: tham_du"}},
       {"ruleset.yaml:38:9: error: duplicate id 'tham_du' (already used on line 29)"}},
      {"a criterion and an input",
       {{"      - id: prep", "      - id: prepared"}},
       {"ruleset.yaml:21:9: error: duplicate id 'prepared' (already used on line 11)"}},
      {"a group and a derived value",
       {{"  - id: ket_qua", "  - id: attendance"}},
       {"ruleset.yaml:25:5: error: duplicate id 'attendance' (already used on line 13)"}},
      {"two grades",
       {{"{id: tb, label: Trung bình, from: 0}", "{id: kha, label: Trung bình, from: 0}"}},
       {"ruleset.yaml:49:5: error: duplicate grade id 'kha' (already used on line 48)"}},
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

TEST_CASE("ids are lowercase ASCII names", "[validator]") {
  // They passed, then failed in every expression that named them, or stood
  // as a CSV column beside one differing only by case.
  check_cases({
      {"an input with Vietnamese letters, one with a capital, one from a digit",
       {{"  prepared: {type: yesno, label: Prepared}\n",
         "  prepared: {type: yesno, label: Prepared}\n  số_người: {type: integer, label: S}\n"
         "  Members: {type: integer, label: M}\n  2nd: {type: integer, label: N}\n"}},
       {"ruleset.yaml:12:3: error: input id 'số_người' may use only a-z, 0-9 and '_', "
        "and not start with a digit (lowercase ASCII: the label says it in Vietnamese); write "
        "'so_nguoi'",
        "ruleset.yaml:13:3: error: input id 'Members' may use only a-z, 0-9 and '_', "
        "and not start with a digit (lowercase ASCII: the label says it in Vietnamese)",
        "ruleset.yaml:14:3: error: input id '2nd' may use only a-z, 0-9 and '_', and not start "
        "with a digit (lowercase ASCII: the label says it in Vietnamese)"}},
      {"an item with a space",
       {{"      - id: prep", "      - id: \"pr ep\""}},
       {"ruleset.yaml:21:9: error: criterion id 'pr ep' may use only a-z, 0-9 and '_', "
        "and not start with a digit (lowercase ASCII: the label says it in Vietnamese)"}},
      {"a grade written as its label is told the id without accents, đ as d",
       {{"{id: tb, label: Trung bình, from: 0}", "{id: \"Đạt yêu cầu\", label: Đạt, from: 0}"}},
       {"ruleset.yaml:49:5: error: grade id 'Đạt yêu cầu' may use only a-z, 0-9 and '_', and "
        "not start with a digit (lowercase ASCII: the label says it in Vietnamese); write "
        "'dat_yeu_cau'"}},
      {"a grade and a check",
       {{"{id: tb, label: Trung bình, from: 0}", "{id: Trung-binh, label: Trung bình, from: 0}"},
        {"  - {id: present_le_members", "  - {id: Present"}},
       {"ruleset.yaml:15:5: error: check id 'Present' may use only a-z, 0-9 and '_', and not "
        "start with a digit (lowercase ASCII: the label says it in Vietnamese)",
        "ruleset.yaml:49:5: error: grade id 'Trung-binh' may use only a-z, 0-9 and '_', "
        "and not start with a digit (lowercase ASCII: the label says it in Vietnamese)"}},
  });
}

TEST_CASE("reserved names cannot be ids", "[validator]") {
  check_cases({
      {"an input called total",
       {{"  prepared: {type: yesno, label: Prepared}\n",
         "  prepared: {type: yesno, label: Prepared}\n  total: {type: number, label: T}\n"}},
       {"ruleset.yaml:12:3: error: 'total' is a reserved name (every record has kind, date, "
        "year, month and quarter; total is the score); choose another id for this input"}},
      {"a derived value called quarter",
       {{"  attendance: present * 100 / members\n",
         "  attendance: present * 100 / members\n  quarter: members\n"}},
       {"ruleset.yaml:14:3: error: 'quarter' is a reserved name (every record has kind, date, "
        "year, month and quarter; total is the score); choose another id for this derived "
        "value"}},
      {"an item called kind",
       {{"      - id: prep", "      - id: kind"}},
       {"ruleset.yaml:21:9: error: 'kind' is a reserved name (every record has kind, date, "
        "year, month and quarter; total is the score); choose another id for this criterion"}},
      {"a group called cell_id",
       {{"  - id: chuan_bi", "  - id: cell_id"}},
       {"ruleset.yaml:17:5: error: 'cell_id' is a reserved name (every record has kind, date, "
        "year, month and quarter; total is the score); choose another id for this group"}},
  });
  CHECK(is_reserved_name("month"));
  CHECK_FALSE(is_reserved_name("members"));
}

TEST_CASE("words of the expression language cannot be ids", "[validator]") {
  // 'when: no' read the word no, never the input: the item scored 0 for "có".
  check_cases({
      {"an input called no",
       {{"  prepared: {type: yesno, label: Prepared}\n",
         "  prepared: {type: yesno, label: Prepared}\n  no: {type: yesno, label: N}\n"}},
       {"ruleset.yaml:12:3: error: 'no' is a word of the expression language (and, or, not, if, "
        "then, else, yes, no, true, false): an expression naming it reads the word; choose "
        "another id for this input"}},
      {"an item called then",
       {{"      - id: prep", "      - id: then"}},
       {"ruleset.yaml:21:9: error: 'then' is a word of the expression language (and, or, not, "
        "if, then, else, yes, no, true, false): an expression naming it reads the word; choose "
        "another id for this criterion"}},
  });
}

TEST_CASE("a choice's texts each name one option", "[validator]") {
  // A record names an option by id or label: the first listed took a text
  // that named two.
  check_cases({
      {"two options with one label",
       {{"  prepared: {type: yesno, label: Prepared}\n",
         "  prepared: {type: yesno, label: Prepared}\n"
         "  level: {type: choice, label: L, options: {tot: Tốt, kha: Tốt}}\n"}},
       {"ruleset.yaml:12:3: error: input 'level': options 'tot' and 'kha' have the same label: "
        "a record's 'Tốt' could mean either"}},
      {"a label that is another option's id",
       {{"  prepared: {type: yesno, label: Prepared}\n",
         "  prepared: {type: yesno, label: Prepared}\n"
         "  level: {type: choice, label: L, options: {kha: tot, tot: Tốt}}\n"}},
       {"ruleset.yaml:12:3: error: input 'level': the label of option 'kha' is another option's "
        "id: a record's 'tot' could mean either"}},
      // 'Tot' (Tốt typed without accents, as the README allows) was read as
      // kem, whose label it is: 78 points in place of 98, unsaid.
      {"a label that is another option's id but for capitals or accents",
       {{"  prepared: {type: yesno, label: Prepared}\n",
         "  prepared: {type: yesno, label: Prepared}\n"
         "  level: {type: choice, label: L, options: {tot: Tốt, kem: Tot}}\n"
         "  muc: {type: choice, label: M, options: {kem: Trung bình, trung_binh: TB}}\n"}},
       {"ruleset.yaml:12:3: error: input 'level': the label of option 'kem' is option 'tot''s "
        "id but for capitals, accents or ' ' for '_': a record's 'Tot' could mean either",
        "ruleset.yaml:13:3: error: input 'muc': the label of option 'kem' is option "
        "'trung_binh''s id but for capitals, accents or ' ' for '_': a record's 'Trung bình' "
        "could mean either"}},
      {"two labels alike but for capitals: a record's value is read in any",
       {{"  prepared: {type: yesno, label: Prepared}\n",
         "  prepared: {type: yesno, label: Prepared}\n"
         "  level: {type: choice, label: L, options: {tot: Tốt, kha: TỐT}}\n"}},
       {"ruleset.yaml:12:3: error: input 'level': options 'tot' and 'kha' have the same label "
        "but for capitals: a record's 'tốt' could mean either"}},
      {"two ids alike but for accents or '-' for '_': an id is read with its word's accents",
       {{"  prepared: {type: yesno, label: Prepared}\n",
         "  prepared: {type: yesno, label: Prepared}\n"
         "  level: {type: choice, label: L, options: {trung_binh: Vừa, trung-binh: Trung}}\n"}},
       {"ruleset.yaml:12:3: error: input 'level': options 'trung_binh' and 'trung-binh' differ "
        "only in capitals, accents or '-' for '_': a record's 'trung binh' could mean either"}},
      {"options listed without labels",
       {{"  prepared: {type: yesno, label: Prepared}\n",
         "  prepared: {type: yesno, label: Prepared}\n"
         "  level: {type: choice, label: L, options: [tot, kha], default: kha}\n"}},
       {}},
  });
}

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
      {"a veto's at_most names an unknown grade",
       {{"at_most: kha", "at_most: khaa"}},
       {"ruleset.yaml:51:5: error: 'at_most' 'khaa' is not a grade; did you mean 'kha'?"}},
      {"an example expects an unknown grade",
       {{"grade: tot,", "grade: tott,"}},
       {"ruleset.yaml:53:5: error: example 'full marks': it expects grade 'tott', which is not "
        "a grade; did you mean 'tot'?"}},
      {"an unknown tie-break key",
       {{"vetoes:", "ranking: {tie_break: [total, worst]}\nvetoes:"}},
       {"ruleset.yaml:50:30: error: unknown tie-break key 'worst': use total, grade, "
        "worst_month, best_month, count:GRADE or mean:INPUT"}},
      {"a tie-break mean of an input that may have no value",
       {{"vetoes:", "ranking: {tie_break: [total, \"mean:note\"]}\nvetoes:"},
        {"  rate: {type: percent",
         "  note: {type: integer, label: N, required: no}\n  rate: {type: percent"}},
       {"ruleset.yaml:51:30: error: tie-break key 'mean:note': input 'note' is not required and "
        "has no default, so a record may leave it without a value: give it a 'default' (the "
        "value an empty cell takes) to use it here"}},
      {"a tie-break mean of a date, a choice or a yes/no input, each at its own line",
       {{"vetoes:",
         "ranking:\n  tie_break:\n    - total\n    - \"mean:report_date\"\n"
         "    - \"mean:atmosphere\"\n    - \"mean:prepared\"\nvetoes:"},
        {"  rate: {type: percent",
         "  report_date: {type: date, label: D}\n"
         "  atmosphere: {type: choice, label: A, options: {tot: Tốt, kha: Khá}}\n"
         "  rate: {type: percent"}},
       {"ruleset.yaml:55:7: error: tie-break key 'mean:report_date': input 'report_date' has "
        "type date, not a number: 'mean:' averages an integer, number, percent or minutes "
        "input, or a derived value that gives a number",
        "ruleset.yaml:56:7: error: tie-break key 'mean:atmosphere': input 'atmosphere' has type "
        "choice, not a number: 'mean:' averages an integer, number, percent or minutes input, "
        "or a derived value that gives a number",
        "ruleset.yaml:57:7: error: tie-break key 'mean:prepared': input 'prepared' has type "
        "yesno, not a number: 'mean:' averages an integer, number, percent or minutes input, or "
        "a derived value that gives a number"}},
      {"a tie-break mean of a derived value that is no number",
       {{"vetoes:", "ranking: {tie_break: [total, \"mean:full\"]}\nvetoes:"},
        {"  attendance: present * 100 / members\n",
         "  attendance: present * 100 / members\n  full: present == members\n"}},
       {"ruleset.yaml:51:30: error: tie-break key 'mean:full': derived value 'full' gives "
        "yes/no, not a number: 'mean:' averages an integer, number, percent or minutes input, or "
        "a derived value that gives a number"}},
      {"a tie-break mean of a percent input and of a derived number",
       {{"vetoes:", "ranking: {tie_break: [total, \"mean:rate\", \"mean:attendance\"]}\nvetoes:"}},
       {}},
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
