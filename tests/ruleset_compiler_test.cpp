// Expressions of a ruleset are compiled when it is loaded: unknown names
// (with "did you mean") and type errors are reported at their own column
// inside the expression, also when the expression is quoted; cycles between
// derived values are reported at the values.
#include <catch2/catch.hpp>

#include "ruleset_fixture.h"

using namespace chibo;
using namespace chibo::lint_testing;

TEST_CASE("unknown names in expressions, with did you mean", "[compiler]") {
  check_cases({
      {"in a derived value",
       {{"  attendance: present * 100 / members\n",
         "  attendance: present * 100 / members\n  absent: members - presnt\n"}},
       {"ruleset.yaml:14:21: error: unknown name 'presnt'; did you mean 'present'?"}},
      {"in a check",
       {{"require: present <= members,", "require: present <= membrs,"}},
       {"ruleset.yaml:15:50: error: unknown name 'membrs'; did you mean 'members'?"}},
      {"in a condition",
       {{"        when: prepared\n", "        when: preparred\n"}},
       {"ruleset.yaml:24:15: error: unknown name 'preparred'; did you mean 'prepared'?"}},
      {"in a band table's value",
       {{"          of: rate\n", "          of: rates\n"}},
       {"ruleset.yaml:42:15: error: unknown name 'rates'; did you mean 'rate'?"}},
      {"in a veto, where criteria ids are names too",
       {{"{when: present < members / 2,", "{when: tham_du < 20 and hoan_thanhh < 20,"}},
       {"ruleset.yaml:51:29: error: unknown name 'hoan_thanhh'; did you mean 'hoan_thanh'?"}},
      {"nothing close",
       {{"        when: prepared\n", "        when: zzz\n"}},
       {"ruleset.yaml:24:15: error: unknown name 'zzz'"}},
  });
}

TEST_CASE("an expression written over lines is placed at its own line and column", "[compiler]") {
  // Its later lines were placed as if they started at column 1: 'presnt'
  // on a block's second line, indented 6, was said at column 3, not 9.
  check_cases({
      {"a literal block (|), a name on its second line",
       {{"  attendance: present * 100 / members\n",
         "  attendance: present * 100 / members\n  absent: |\n    members\n      - presnt\n"}},
       {"ruleset.yaml:16:9: error: unknown name 'presnt'; did you mean 'present'?"}},
      {"a folded block (>) in a check, and the end of a block's text",
       {{"  - {id: present_le_members, require: present <= members, message: \"more present than "
         "members\"}\n",
         "  - id: present_le_members\n    require: >\n      present <=\n        membrs\n"
         "    message: x\n  - id: second\n    require: |\n      present <=\n    message: y\n"}},
       {"ruleset.yaml:18:9: error: unknown name 'membrs'; did you mean 'members'?",
        "ruleset.yaml:22:17: error: expected an expression, found end of text"}},
      {"plain and quoted text folded over lines",
       {{"        when: prepared\n", "        when: prepared and\n          presnt > 0\n"},
        {"{when: present < members / 2,", "{when: 'present < members / 2\n    and ''x'' or no',"}},
       {"ruleset.yaml:25:11: error: unknown name 'presnt'; did you mean 'present'?",
        "ruleset.yaml:53:9: error: unknown character '''; write strings in double quotes: "
        "\"...\""}},
  });
}

TEST_CASE("names known only in grade and veto conditions say so", "[compiler]") {
  check_cases({
      {"an item's points in an item's own rules",
       {{"        when: prepared\n", "        when: tham_du > 0\n"}},
       {"ruleset.yaml:24:15: error: unknown name 'tham_du': 'tham_du' is a criterion, whose "
        "points are known only in a grade's or a veto's 'when'"}},
      {"a group's points in an item's own rules",
       {{"        when: prepared\n", "        when: ket_qua >= 10\n"}},
       {"ruleset.yaml:24:15: error: unknown name 'ket_qua': 'ket_qua' is a criterion, whose "
        "points are known only in a grade's or a veto's 'when'"}},
      {"'total' in a formula",
       {{"        when: prepared\n", "        formula: total / 10\n"}},
       {"ruleset.yaml:24:18: error: unknown name 'total': 'total' is the sheet's total, known "
        "only in a grade's or a veto's 'when'"}},
      {"'total' in a derived value",
       {{"  attendance: present * 100 / members\n",
         "  attendance: present * 100 / members\n  half: total / 2\n"}},
       {"ruleset.yaml:14:9: error: unknown name 'total': 'total' is the sheet's total, known only "
        "in a grade's or a veto's 'when'"}},
      {"both in a veto",
       {{"{when: present < members / 2,", "{when: total < 50 and hoan_thanh < 20,"}},
       {}},
  });
}

TEST_CASE("a choice's option written bare is told to quote it", "[compiler]") {
  // Was "unknown name 'tot'", where the option was meant.
  check_cases({
      {"an option compared without its quotes",
       {{"  prepared: {type: yesno, label: Prepared}\n",
         "  prepared: {type: yesno, label: Prepared}\n  level: {type: choice, label: L, options: "
         "{tot: Tốt, kha: Khá}}\n"},
        {"        when: prepared\n", "        when: level == tot\n"}},
       {"ruleset.yaml:25:24: error: unknown name 'tot': 'tot' is an option of 'level': write it "
        "in double quotes, as in level == \"tot\""}},
  });
}

TEST_CASE("an input with required: no and no default cannot be computed with", "[compiler]") {
  // A record may leave it empty, and then it has no value: only an input
  // no expression reads (kept for the record) may be so.
  check_cases({
      {"read by a condition",
       {{"  prepared: {type: yesno, label: Prepared}",
         "  prepared: {type: yesno, label: Prepared, required: no}"}},
       {"ruleset.yaml:24:15: error: input 'prepared' is not required and has no default, so a "
        "record may leave it without a value: give it a 'default' (the value an empty cell "
        "takes) to use it here"}},
      {"read by nothing",
       {{"  rate: {type: percent",
         "  note: {type: integer, label: Note, required: no}\n  rate: {type: percent"}},
       {}},
      {"with a default",
       {{"  prepared: {type: yesno, label: Prepared}",
         "  prepared: {type: yesno, label: Prepared, required: no, default: no}"}},
       {}},
  });
}

TEST_CASE("type errors in expressions, at the operator's column", "[compiler]") {
  check_cases({
      {"plain scalar",
       {{"        when: prepared\n", "        when: prepared + 1\n"}},
       {"ruleset.yaml:24:24: error: '+' needs numbers, but the left side is a yes/no"}},
      {"double-quoted scalar: the text starts after the quote",
       {{"        when: prepared\n", "        when: \"prepared and rate\"\n"}},
       {"ruleset.yaml:24:25: error: 'and' needs yes/no values, but the right side is a number"}},
      {"single-quoted scalar",
       {{"        when: prepared\n", "        when: 'rate > 50 or rate'\n"}},
       {"ruleset.yaml:24:26: error: 'or' needs yes/no values, but the right side is a number"}},
      {"inside a flow map",
       {{"{when: present < members / 2,", "{when: present < prepared,"}},
       {"ruleset.yaml:51:20: error: '<' compares two numbers or two dates, but got number and "
        "yes/no"}},
      {"a condition that gives a number",
       {{"require: present <= members,", "require: \"present + 1\","}},
       {"ruleset.yaml:15:40: error: 'require' must give a yes/no condition, but 'present + 1' "
        "gives number"}},
      {"a band value that gives a yes/no",
       {{"          of: rate\n", "          of: rate > 50\n"}},
       {"ruleset.yaml:42:15: error: 'of' must give a number, but 'rate > 50' gives yes/no"}},
      {"a text compared with a number",
       {{"        when: prepared\n", "        when: 'rate == \"tot\"'\n"}},
       {"ruleset.yaml:24:24: error: a text in quotes can only be compared with a choice, e.g. "
        "level == \"tot\""}},
      {"a syntax error",
       {{"        when: prepared\n", "        when: prepared and\n"}},
       {"ruleset.yaml:24:27: error: expected an expression, found end of text"}},
  });
}

TEST_CASE("derived values in a cycle", "[compiler]") {
  check_cases({
      {"two values that use each other",
       {{"  attendance: present * 100 / members\n",
         "  attendance: present * 100 / members\n  a: b + 1\n  b: a * 2\n"}},
       {"ruleset.yaml:14:3: error: derived values use each other in a cycle: a -> b -> a"}},
      {"a value that uses itself",
       {{"  attendance: present * 100 / members\n",
         "  attendance: present * 100 / members\n  a: a + 1\n"}},
       {"ruleset.yaml:14:3: error: derived values use each other in a cycle: a -> a"}},
      {"a longer cycle, written in any order",
       {{"  attendance: present * 100 / members\n",
         "  attendance: present * 100 / members\n  c: a\n  a: b\n  b: c\n"}},
       {"ruleset.yaml:14:3: error: derived values use each other in a cycle: c -> a -> b -> "
        "c"}},
      {"the names in a cycle are not also unknown where they are used",
       {{"  attendance: present * 100 / members\n",
         "  attendance: present * 100 / members\n  a: b + 1\n  b: a * 2\n  c: a + presnt\n"},
        {"require: present <= members,", "require: present <= b,"},
        {"        when: prepared\n", "        when: a > 0\n"},
        {"{when: present < members / 2,", "{when: present < c,"},
        {"{id: kha, label: Khá, from: 70}", "{id: kha, label: Khá, from: 70, when: b > 1}"}},
       {"ruleset.yaml:14:3: error: derived values use each other in a cycle: a -> b -> a",
        "ruleset.yaml:16:10: error: unknown name 'presnt'; did you mean 'present'?"}},
      {"a value that uses itself, used by another",
       {{"  attendance: present * 100 / members\n",
         "  must_attend: must_attend\n  attendance: present * 100 / must_attend\n"}},
       {"ruleset.yaml:13:3: error: derived values use each other in a cycle: must_attend -> "
        "must_attend"}},
      {"a value with a syntax error is not also unknown where it is used",
       {{"  attendance: present * 100 / members\n",
         "  attendance: present * 100 / members\n  absent: members = present\n"},
        {"        when: prepared\n", "        when: absent > 0\n"}},
       {"ruleset.yaml:14:19: error: unknown character '='; write '==' to compare"}},
      {"values may use each other in any order without a cycle",
       {{"  attendance: present * 100 / members\n",
         "  attendance: present * 100 / members\n  a: b + attendance\n  b: present\n"}},
       {}},
  });
}

TEST_CASE("a clean ruleset compiles, one with errors gives nullptr", "[compiler]") {
  TempDir dir;
  Diagnostics diags;
  CHECK(load_compiled_ruleset(dir.write("ok.yaml", kBase), diags) != nullptr);
  CHECK(diags.items().empty());
  Diagnostics bad;
  CHECK(load_compiled_ruleset(dir.write("bad.yaml", changed(kBase, "scale: 100", "scale: 90")),
                              bad) == nullptr);
  CHECK(dir.formatted(bad) ==
        Lines{"bad.yaml:17:5: error: the criteria add up to 100 points (chuan_bi 40 + ket_qua 60), "
              "but the scale is 90"});
}

TEST_CASE("a name a tailoring removed is said with what still uses it and how to mend that",
          "[compiler][extends]") {
  // Was "remove or override what uses it too" at every use, but a veto, the
  // roll-up and a check without an id have no name to override or remove:
  // their section is written whole in the tailoring (rulesets/README 5.11).
  const std::string base = changed(
      kBase, {{"more present than members\"}\n",
               "more present than members\"}\n  - {require: present >= 0, message: \"none\"}\n"},
              {"  - {id: tot, label: Tốt, from: 90}",
               "  - {id: tot, label: Tốt, from: 90, when: "
               "present > 1}"},
              {"examples:", "rollup: {counts_as_thematic: present > 20}\nexamples:"}});
  Tailored t(kHead + "remove: [inputs.present]\n", base);
  const std::string gone =
      "unknown name 'present': 'inputs.present' was removed ('remove' in tinh/child.yaml, line "
      "3), but ";
  const std::string whole = "' written there replaces the base's whole: ";
  CHECK(t.lint() ==
        Lines{"base/hd12.yaml:13:15: error: " + gone +
                  "derived value 'attendance' still uses it: remove or override "
                  "'derived.attendance' too",
              "base/hd12.yaml:15:39: error: " + gone +
                  "check 'present_le_members' still uses it: remove or override "
                  "'checks.present_le_members' too",
              "base/hd12.yaml:16:15: error: " + gone +
                  "check 2 in 'checks:' still uses it: write 'checks:' in tinh/child.yaml "
                  "without it ('checks" +
                  whole + "a check without an 'id' cannot be overridden or removed)",
              "base/hd12.yaml:48:43: error: " + gone +
                  "grade 'tot' still uses it: remove or override 'grades.tot' too",
              "base/hd12.yaml:52:12: error: " + gone +
                  "veto 1 in 'vetoes:' still uses it: write 'vetoes:' in tinh/child.yaml "
                  "without it ('vetoes" +
                  whole + "a part of it cannot be overridden or removed)",
              "base/hd12.yaml:53:30: error: " + gone +
                  "the roll-up's 'counts_as_thematic' still uses it: write 'rollup:' in "
                  "tinh/child.yaml without it ('rollup" +
                  whole + "a part of it cannot be overridden or removed)"});
  // An item's use: ruleset_extends_test ("a name the child removed, ...").
}

// Grades over several forms: compiled for each form's sheet.

TEST_CASE("a grade's at_max names a criterion every form has", "[compiler]") {
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

TEST_CASE("a grade's when names a criterion one form lacks", "[compiler]") {
  // Grade conditions are compiled for each form's sheet.
  const std::string two =
      changed(changed(kForms, "items: [{id: x, label: X, max: 10, when: ok}]}\n  - id: chuyen_de",
                      "items: [{id: y, label: Y, max: 10, when: ok}]}\n  - id: chuyen_de"),
              "{id: dat, label: Đạt, from: 5}", "{id: dat, label: Đạt, from: 5, when: y > 5}");
  CHECK(lint_text(two) == Lines{"ruleset.yaml:20:42: error: unknown name 'y': 'y' is a criterion "
                                "of another form, not of form 'chuyen_de'"});
}
