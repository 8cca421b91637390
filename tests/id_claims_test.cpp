// The ids of inputs, derived values and criteria (id_claims.cpp), each with
// the exact message `chibo lint` prints: used once, lowercase ASCII, not a
// reserved name nor a word of expressions; checks' and grades' ids shaped
// alike.
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
