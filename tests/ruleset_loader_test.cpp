// The loader's checks of shape: unknown keys (with "did you mean"), values of
// the wrong kind, missing required fields, invalid dates, items with two
// rules or none. Each case changes the base ruleset a little and compares
// the exact diagnostics `chibo lint` would print.
#include <catch2/catch.hpp>

#include "ruleset_fixture.h"

using namespace chibo;
using namespace chibo::lint_testing;

TEST_CASE("the base ruleset of the lint tests is clean", "[loader]") {
  CHECK(lint_text(kBase) == Lines{});
}

TEST_CASE("unknown and misspelt keys are errors, with did you mean", "[loader]") {
  check_cases({
      {"misspelt top-level key",
       {{"scale: 100\n", "scale: 100\npresentaton: {decimals: 2}\n"}},
       {"ruleset.yaml:7:1: error: unknown key 'presentaton' in a ruleset; did you mean "
        "'presentation'?"}},
      {"misspelt key of an input",
       {{"min: 1}", "minn: 1}"}},
       {"ruleset.yaml:8:44: error: unknown key 'minn' in input 'members'; did you mean 'min'?"}},
      {"misspelt optional key of a criterion",
       {{"        when: prepared\n", "        when: prepared\n        reasn: not prepared\n"}},
       {"ruleset.yaml:25:9: error: unknown key 'reasn' in a criterion; did you mean 'reason'?"}},
      {"unknown key with nothing close",
       {{"{from: 50, to: 90, points: 20}", "{from: 50, to: 90, points: 20, colour: red}"}},
       {"ruleset.yaml:36:46: error: unknown key 'colour' in a band row"}},
      {"a decimal comma inside braces: the key after it is named with the fix",
       {{"{from: 50, to: 90, points: 20}", "{from: 50, to: 90, points: 12,5}"}},
       {"ruleset.yaml:36:45: error: unknown key '5' in a band row; a decimal comma? Inside "
        "{...} a comma separates keys: write points: 12.5"}},
      {"digits after a quoted value, or with a value, are an unknown key as any other",
       {{"{from: 50, to: 90, points: 20}", "{from: 50, to: 90, points: '12', 5: 1}"}},
       {"ruleset.yaml:36:48: error: unknown key '5' in a band row"}},
      {"digits as a key on a line of their own are no decimal comma",
       {{"        when: prepared\n", "        when: prepared\n        2024: x\n"}},
       {"ruleset.yaml:25:9: error: unknown key '2024' in a criterion"}},
      {"misspelt key of a grade (columns count characters, not bytes)",
       {{"{id: tot, label: Tốt, from: 90}", "{id: tot, label: Tốt, from: 90, at_maxx: [prep]}"}},
       {"ruleset.yaml:47:37: error: unknown key 'at_maxx' in a grade; did you mean 'at_max'?"}},
      {"misspelt key of an example's expect",
       {{"expect: {total: 100,", "expect: {totl: 100,"}},
       {"ruleset.yaml:55:14: error: unknown key 'totl' in 'expect'; did you mean 'total'?"}},
      {"misspelt value out of a fixed set",
       {{"type: integer, label: Members", "type: integr, label: Members"}},
       {"ruleset.yaml:8:19: error: 'type' must be one of integer, number, percent, yesno, "
        "choice, minutes, date, not 'integr'; did you mean 'integer'?"}},
      {"misspelt not_applicable policy",
       {{"        when: prepared\n", "        when: prepared\n        not_applicable: rescal\n"}},
       {"ruleset.yaml:25:25: error: 'not_applicable' must be full, rescale or zero, not "
        "'rescal'; did you mean 'rescale'?"}},
      {"a policy in the regulation's words",
       {{"        when: prepared\n", "        when: prepared\n        not_applicable: Quy đổi\n"}},
       {"ruleset.yaml:25:25: error: 'not_applicable' must be full, rescale or zero, not "
        "'Quy đổi'; 'Quy đổi' is written 'rescale'"}},
  });
}

TEST_CASE("a value of the wrong kind is an error at the value", "[loader]") {
  check_cases({
      {"a list where a number goes",
       {{"scale: 100", "scale: [100]"}},
       {"ruleset.yaml:6:8: error: 'scale' must be a number, but this is a list"}},
      {"a word where a number goes",
       {{"scale: 100", "scale: abc"}},
       {"ruleset.yaml:6:8: error: 'scale' must be a number such as 15 or 12.5, not 'abc'"}},
      {"a list where a text goes",
       {{"label: Present", "label: [Present]"}},
       {"ruleset.yaml:9:35: error: 'label' must be a text, but this is a list"}},
      {"a map where a list of names goes",
       {{"scale: 100\n", "scale: 100\nkinds: {regular: yes}\n"}},
       {"ruleset.yaml:7:8: error: 'kinds' must be a list such as [a, b]"}},
      {"kinds written empty (was taken as regular only, a thematic meeting refused unsaid)",
       {{"scale: 100\n", "scale: 100\nkinds: []\n"}},
       {"ruleset.yaml:7:8: error: 'kinds' is empty: list the meetings the ruleset scores, such "
        "as [regular, thematic], or leave 'kinds' out for regular meetings only"}},
      {"kinds written as nothing",
       {{"scale: 100\n", "scale: 100\nkinds: ~\n"}},
       {"ruleset.yaml:7:8: error: 'kinds' is empty: list the meetings the ruleset scores, such "
        "as [regular, thematic], or leave 'kinds' out for regular meetings only"}},
      {"a word where yes or no goes",
       {{"label: Prepared}", "label: Prepared, required: maybe}"}},
       {"ruleset.yaml:11:54: error: 'required' must be yes or no, not 'maybe'"}},
      {"a fraction where a whole number goes",
       {{"scale: 100\n", "scale: 100\npresentation: {decimals: 1.5}\n"}},
       {"ruleset.yaml:7:26: error: 'decimals' must be a whole number, not 1.5"}},
      {"a list where a map of keys goes",
       {{"  attendance: present * 100 / members\n",
         "  attendance: present * 100 / members\n  ratio: [present]\n  share:\n"}},
       {"ruleset.yaml:14:10: error: derived value 'ratio' must be a map of keys, but this is a "
        "list",
        "ruleset.yaml:15:3: error: derived value 'share' needs an expression, such as present * "
        "100 / members"}},
      {"a single value where the criteria list goes",
       {{"      - id: prep\n        label: Content prepared\n        max: 40\n        when: "
         "prepared\n",
         "      - prep\n"}},
       {"ruleset.yaml:21:9: error: a criterion must be a map of keys, but this is a single "
        "value"}},
      {"a list of lists in an expected points map",
       {{"points: {tham_du: 30}", "points: {tham_du: [30]}"}},
       {"ruleset.yaml:55:56: error: 'tham_du' must be a number such as 15 or 12.5, but this "
        "is a list"}},
      {"a map as a record value of an example",
       {{"rate: 100, prepared", "rate: {value: 100}, prepared"}},
       {"ruleset.yaml:54:46: error: example 'full marks': the value of 'rate' must be a single "
        "value, but this is a map of keys"}},
  });
}

TEST_CASE("missing required fields are errors at the map that lacks them", "[loader]") {
  check_cases({
      {"no title",
       {{"title: Test ruleset\n", ""}},
       {"ruleset.yaml:1:1: error: a ruleset needs 'title' (a text)"}},
      {"no source",
       {{"source: {document: \"HD 1\", date: 2020-01-01}\n", ""}},
       {"ruleset.yaml:1:1: error: a ruleset needs 'source': {document, date, issuer} of the "
        "regulation it follows"}},
      {"no criteria",
       {{"criteria:", "unused:"}},
       {"ruleset.yaml:1:1: error: a ruleset needs 'criteria' (or 'forms')",
        "ruleset.yaml:16:1: error: unknown key 'unused' in a ruleset"}},
      {"an input without a label",
       {{"{type: integer, label: Members, min: 1}", "{type: integer, min: 1}"}},
       {"ruleset.yaml:8:12: error: input 'members' needs 'label' (a text)"}},
      {"an input without a type",
       {{"{type: integer, label: Members, min: 1}", "{label: Members, min: 1}"}},
       {"ruleset.yaml:8:3: error: input 'members' needs 'type' (one of integer, number, "
        "percent, yesno, choice, minutes, date)"}},
      {"a choice input without options",
       {{"label: Prepared}\n", "label: Prepared}\n  level: {type: choice, label: Level}\n"}},
       {"ruleset.yaml:12:3: error: choice input 'level' needs 'options'"}},
      {"a band row without points",
       {{"{from: 50, to: 90, points: 20}", "{from: 50, to: 90}"}},
       {"ruleset.yaml:36:15: error: a band row needs 'points' (a number)"}},
      {"a criterion without an id",
       {{"      - id: prep\n", "      - label: Content prepared\n"},
        {"        label: Content prepared\n", ""}},
       {"ruleset.yaml:21:9: error: a criterion needs 'id' (a text)"}},
      {"an item without max (and no second message about its group)",
       {{"        max: 40\n        when: prepared", "        when: prepared"}},
       {"ruleset.yaml:21:9: error: item 'prep' needs 'max' (its maximum points)"}},
      {"a check without a message",
       {{", message: \"more present than members\"}", "}"}},
       {"ruleset.yaml:15:5: error: a check needs 'message' (a text)"}},
      {"an example without expect",
       {{"    expect: {total: 100, grade: tot, points: {tham_du: 30}}\n", ""}},
       {"ruleset.yaml:53:5: error: example 'full marks' needs 'expect'"}},
      {"an empty list of grades (scoring read past its end)",
       {{"grades:\n  - {id: tot, label: Tốt, from: 90}\n  - {id: kha, label: Khá, from: 70}\n"
         "  - {id: tb, label: Trung bình, from: 0}\n",
         "grades: []\n"}},
       {"ruleset.yaml:46:9: error: 'grades' is empty: a ruleset needs at least one grade (Tốt, "
        "Khá, ... with their lower bounds)"}},
      {"an example whose expect says nothing",
       {{"expect: {total: 100, grade: tot, points: {tham_du: 30}}", "expect: {}"}},
       {"ruleset.yaml:55:13: error: example 'full marks': 'expect' needs at least one of "
        "total, grade, points or rejected"}},
  });
}

TEST_CASE("dates must be real days written YYYY-MM-DD", "[loader]") {
  check_cases({
      {"30 February",
       {{"effective: {from: 2020-01-01}", "effective: {from: 2019-02-30}"}},
       {"ruleset.yaml:5:19: error: 'from' must be a date written YYYY-MM-DD, such as "
        "2019-01-01, not '2019-02-30'"}},
      {"slashes",
       {{"date: 2020-01-01}", "date: 2020/01/01}"}},
       {"ruleset.yaml:3:34: error: 'date' must be a date written YYYY-MM-DD, such as "
        "2019-01-01, not '2020/01/01'"}},
      {"month 13 in an example",
       {{"  - name: full marks\n", "  - name: full marks\n    date: 2021-13-01\n"}},
       {"ruleset.yaml:54:11: error: 'date' must be a date written YYYY-MM-DD, such as "
        "2019-01-01, not '2021-13-01'"}},
      {"an end date that is not a day",
       {{"effective: {from: 2020-01-01}", "effective: {from: 2020-01-01, to: 2020-1-31}"}},
       {"ruleset.yaml:5:35: error: 'to' must be a date written YYYY-MM-DD, such as "
        "2019-01-01, not '2020-1-31'"}},
  });
}

TEST_CASE("an effective period that ends before it starts, a list of no rules", "[loader]") {
  check_cases({
      {"to before from",
       {{"effective: {from: 2020-01-01}", "effective: {from: 2020-01-01, to: 2019-12-31}"}},
       {"ruleset.yaml:5:35: error: 'effective': 'to' 2019-12-31 is before 'from' 2020-01-01"}},
      {"one day",
       {{"effective: {from: 2020-01-01}", "effective: {from: 2020-01-01, to: 2020-01-01}"}},
       {}},
      {"deductions of no rules",
       {{"        max: 40\n        when: prepared\n",
         "        max: 40\n        deductions: {rules: []}\n"}},
       {"ruleset.yaml:24:29: error: 'rules' is empty: a deduction or bonus needs at least one "
        "rule"}},
      {"a rule whose when is empty: said once",
       {{"        max: 40\n        when: prepared\n",
         "        max: 40\n        deductions: {rules: [{when: '', points: 1, reason: x}]}\n"}},
       {"ruleset.yaml:24:37: error: 'when' is empty: write an expression there"}},
  });
}

TEST_CASE("an example's expectation that could check nothing is an error", "[loader]") {
  // Each passed whatever the record scored.
  check_cases({
      {"an empty grade",
       {{"expect: {total: 100, grade: tot,", "expect: {total: 100, grade: '',"}},
       {"ruleset.yaml:55:33: error: 'grade' is empty: write the grade id the example expects"}},
      {"no points named",
       {{"points: {tham_du: 30}}", "points: {}}"}},
       {"ruleset.yaml:55:46: error: 'points' is empty: name at least one criterion and its "
        "points"}},
      {"rejected with a total",
       {{"expect: {total: 100, grade: tot, points: {tham_du: 30}}",
         "expect: {total: 100, rejected: more}"}},
       {"ruleset.yaml:55:36: error: example 'full marks': a rejected record has no total, grade "
        "or points: expect 'rejected' alone, or those without it"}},
  });
}

TEST_CASE("an item has exactly one rule", "[loader]") {
  check_cases({
      {"two rules",
       {{"        when: prepared\n", "        when: prepared\n        formula: 40\n"}},
       {"ruleset.yaml:25:18: error: item 'prep' can have only one rule, but it has both "
        "'when' and 'formula'"}},
      {"no rule",
       {{"        max: 40\n        when: prepared\n", "        max: 40\n"}},
       {"ruleset.yaml:21:9: error: item 'prep' needs a rule: one of when, bands, "
        "proportional, deductions, bonus or formula"}},
      {"a group with a rule of its own",
       {{"    max: 40\n    items:", "    max: 40\n    when: prepared\n    items:"}},
       {"ruleset.yaml:20:11: error: 'chuan_bi' is a group (it has items), so it cannot have a "
        "rule of its own ('when')"}},
      {"a group that applies only sometimes: read and never used, so refused",
       {{"    max: 40\n    items:",
         "    max: 40\n    applies_when: present > 0\n    not_applicable: zero\n    items:"}},
       {"ruleset.yaml:20:19: error: 'chuan_bi' is a group (it has items): 'applies_when' goes on "
        "each of its items, not on the group",
        "ruleset.yaml:21:21: error: 'chuan_bi' is a group (it has items): 'not_applicable' goes "
        "on each of its items, not on the group"}},
      {"a bonus item with max",
       {{"        max: 40\n        when: prepared\n",
         "        max: 40\n        when: prepared\n  - id: diem_thuong\n    label: B\n    "
         "items:\n      - id: thuong\n        label: Bonus\n"
         "        max: 5\n        bonus: {cap: 5, rules: [{when: prepared, points: 5, reason: "
         "x}]}\n"}},
       {"ruleset.yaml:30:14: error: bonus item 'thuong' takes its maximum from 'cap'; remove "
        "'max'"}},
      {"a bonus item with a policy for months it does not apply to: it adds nothing then",
       {{"        max: 40\n        when: prepared\n",
         "        max: 40\n        when: prepared\n  - id: diem_thuong\n    label: B\n    "
         "items:\n      - id: thuong\n        label: Bonus\n"
         "        applies_when: present > 0\n        not_applicable: full\n"
         "        bonus: {cap: 5, rules: [{when: prepared, points: 5, reason: x}]}\n"}},
       {"ruleset.yaml:31:25: error: bonus item 'thuong' adds nothing in a month it does not "
        "apply to: 'not_applicable' has no meaning for it; remove it"}},
      {"points otherwise and reason of a condition on an item with another rule: were ignored",
       {{"            - {from: 0, to: 90, points: 10}\n",
         "            - {from: 0, to: 90, points: 10}\n        points: 25\n        otherwise: 5\n"
         "        reason: not done\n"}},
       {"ruleset.yaml:46:17: error: item 'hoan_thanh': 'points' belongs to a condition ('when'), "
        "and its rule is 'bands', which does not read it: remove it",
        "ruleset.yaml:47:20: error: item 'hoan_thanh': 'otherwise' belongs to a condition "
        "('when'), and its rule is 'bands', which does not read it: remove it",
        "ruleset.yaml:48:17: error: item 'hoan_thanh': 'reason' belongs to a condition ('when'), "
        "and its rule is 'bands', which does not read it: remove it"}},
      {"points on a group: was ignored",
       {{"    max: 40\n    items:", "    max: 40\n    points: 40\n    items:"}},
       {"ruleset.yaml:20:13: error: 'chuan_bi' is a group (it has items): 'points' belongs to "
        "an item's condition ('when'), not to the group: remove it"}},
      {"a deduction or bonus rule with both when and each",
       {{"        max: 40\n        when: prepared\n",
         "        max: 40\n        deductions: {rules: [{when: prepared, each: present, "
         "points: 1, reason: x}]}\n"}},
       {"ruleset.yaml:24:30: error: a deduction or bonus rule needs exactly one of 'when' (a "
        "condition) or 'each' (a count)"}},
  });
}

TEST_CASE("a text shown on one line holds no line break, but a block's last one is dropped",
          "[loader]") {
  // A '>' block keeps a final line break: the stamp and the template's first
  // comment were cut in two by a version or document written so.
  check_cases({
      {"folded blocks end in a line break, dropped",
       {{"title: Test ruleset\n", "title: >\n  Test\n  ruleset\n"},
        {"version: \"1\"\n", "version: |\n  1\n"}},
       {}},
      {"a literal block of two lines",
       {{"        label: Content prepared\n",
         "        label: |\n          Content\n          prepared\n"}},
       // At its text's first letter (it had no column: a block's text is on the next line).
       {"ruleset.yaml:23:11: error: 'label' holds a line break or control character (byte 8 of "
        "the text): write it on one line"}},
      {"a check's message, a tab",
       {{"message: \"more present than members\"", "message: \"more\\tpresent\""}},
       {"ruleset.yaml:15:69: error: 'message' holds a line break or control character (byte 5 "
        "of the text): write it on one line"}},
      {"a choice's label",
       {{"  prepared: {type: yesno, label: Prepared}\n",
         "  prepared: {type: yesno, label: Prepared}\n  tinh_chat: {type: choice, label: T, "
         "options: {tot: \"Tốt\\u2028\"}}\n"}},
       {"ruleset.yaml:12:55: error: 'label' holds a line break or control character (byte 6 of "
        "the text): write it on one line"}},
  });
  check_cases({
      {"an option of a list, an option's id in a map",
       {{"  prepared: {type: yesno, label: Prepared}\n",
         "  prepared: {type: yesno, label: Prepared}\n  t1: {type: choice, label: T, required: no, "
         "options: [\"tot\\nx: 1\", kha]}\n  t2: {type: choice, label: U, required: no, "
         "options: {\"tot\\nx: 1\": Tốt}}\n"}},
       {"ruleset.yaml:12:57: error: 'option' holds a line break or control character (byte 4 of "
        "the text): write it on one line",
        "ruleset.yaml:13:56: error: option 'tot\\nx: 1' holds a line break or control character "
        "(byte 4): write it on one line"}},
  });
  // A note is never shown: it may hold lines.
  check_cases({{"a note of two lines",
                {{"  members: {type: integer, label: Members, min: 1}\n",
                  "  members: {type: integer, label: Members, min: 1, note: \"a\\nb\"}\n"}},
                {}}});
}

TEST_CASE("an empty expression is an error, not one left out", "[loader]") {
  // '' was taken as no expression: a check that never refused, a condition
  // never met, and where one is needed (bands' of) a crash when scoring.
  check_cases({
      {"a check's require",
       {{"require: present <= members,", "require: '',"}},
       {"ruleset.yaml:15:39: error: 'require' is empty: write an expression there"}},
      {"a condition item's when",
       {{"        when: prepared\n", "        when: ''\n"}},
       {"ruleset.yaml:24:15: error: 'when' is empty: write an expression there"}},
      {"bands' of",
       {{"          of: attendance\n", "          of: \"\"\n"}},
       {"ruleset.yaml:33:15: error: 'of' is empty: write an expression there"}},
      {"a veto's when",
       {{"when: present < members / 2,", "when: '',"}},
       {"ruleset.yaml:51:12: error: 'when' is empty: write an expression there"}},
      {"a derived value",
       {{"  attendance: present * 100 / members", "  attendance: ''"}},
       {"ruleset.yaml:13:15: error: 'attendance' is empty: write an expression there",
        "ruleset.yaml:33:15: error: unknown name 'attendance'"}},
  });
}

TEST_CASE("every problem of a ruleset is reported in one run", "[loader]") {
  // Five unrelated mistakes: a bad ruleset id, a misspelt key, a misspelt
  // name in an expression, a gap in a band table, a veto naming no grade.
  std::string yaml =
      changed(kBase, {{"id: test", "id: Test Ruleset"},
                      {"  members: {type: integer, label: Members, min: 1}",
                       "  members: {type: integer, labl: Members, min: 1}"},
                      {"present * 100 / members", "presnt * 100 / members"},
                      {"{from: 50, to: 90, points: 20}", "{from: 50, to: 80, points: 20}"},
                      {"at_most: kha", "at_most: khaa"}});
  CHECK(lint_text(yaml) ==
        Lines{
            "ruleset.yaml:1:5: error: ruleset id 'Test Ruleset' may use only a-z, 0-9, '-' and "
            "'_'",
            "ruleset.yaml:8:12: error: input 'members' needs 'label' (a text)",
            "ruleset.yaml:8:28: error: unknown key 'labl' in input 'members'; did you mean "
            "'label'?",
            "ruleset.yaml:13:15: error: unknown name 'presnt'; did you mean 'present'?",
            "ruleset.yaml:36:15: error: item 'tham_du': values from 80 to under 90 get no points "
            "(a gap between band rows)",
            "ruleset.yaml:51:5: error: 'at_most' 'khaa' is not a grade; did you mean 'kha'?",
        });
}

TEST_CASE("a file that is not a map of keys", "[loader]") {
  CHECK(lint_text("- id: x\n") ==
        Lines{"ruleset.yaml:1:1: error: a ruleset must be a map of keys (id:, title:, "
              "criteria:, ...)"});
  TempDir dir;
  Diagnostics diags;
  CHECK_FALSE(load_ruleset(dir.path("missing.yaml"), diags));
  CHECK(dir.formatted(diags) ==
        Lines{"missing.yaml: error: cannot open the file (does it exist, and may it be read?)"});
}

TEST_CASE("an unknown meeting kind is said at its place in the list", "[loader]") {
  // Both were said at the list's '[' (6:8).
  CHECK(lint_text(
            changed(kBase, "scale: 100", "kinds: [regular, thường kỳ, chuyên đề]\nscale: 100")) ==
        Lines{"ruleset.yaml:6:18: error: unknown meeting kind 'thường kỳ': use regular (thường "
              "kỳ) or thematic (chuyên đề)",
              "ruleset.yaml:6:29: error: unknown meeting kind 'chuyên đề': use regular (thường "
              "kỳ) or thematic (chuyên đề)"});
}
