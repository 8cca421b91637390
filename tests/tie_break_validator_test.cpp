// The checks of ranking.tie_break (tie_break_validator.cpp), with the exact
// message `chibo lint` prints: each key known, a mean: of an input or
// derived value with a number in every record.
#include <catch2/catch.hpp>

#include "ruleset_fixture.h"

using namespace chibo;
using namespace chibo::lint_testing;

TEST_CASE("tie-break keys", "[validator]") {
  check_cases({
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
  });
}
