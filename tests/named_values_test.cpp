// The values an expression named, as a meeting had them: inputs, derived
// values, built-ins, and in a grade's or a veto's condition criterion points
// and the total.
#include "named_values.h"

#include <string>

#include <catch2/catch.hpp>

#include "compiled_ruleset_data.h"
#include "scoring_fixture.h"

using chibo::testing::compile_text;
using chibo::testing::score_fields;
using chibo::testing::sheet;

TEST_CASE("names read: built-ins everywhere and points and total given the form") {
  auto r = compile_text(sheet("  x: {type: number, min: 0, max: 20, label: X}\n",
                              "  - {id: a, label: Nhiệm vụ, max: 20, formula: x}\n"
                              "  - {id: rest, label: R, max: 80, when: yes}\n"));
  REQUIRE(r);
  const auto plain = chibo::names_read(r->model, "x > 1 and month == 3 or a < total");
  REQUIRE(plain.size() == 2);
  CHECK(plain[0].input == 0);
  CHECK(plain[1].builtin == chibo::kSlotMonth);
  const auto graded =
      chibo::names_read(r->model, "x > 1 and month == 3 or a < total", &r->forms[0]);
  REQUIRE(graded.size() == 4);
  CHECK(graded[2].node == 0);
  CHECK(graded[3].builtin == chibo::kSlotTotal);
}

TEST_CASE("a built-in's value is said as explain says the meeting's") {
  auto r = compile_text(sheet("  x: {type: number, min: 0, max: 20, label: X}\n",
                              "  - {id: a, label: Nhiệm vụ, max: 20, formula: x}\n"
                              "  - {id: rest, label: R, max: 80, when: yes}\n"));
  REQUIRE(r);
  const auto s = score_fields(*r, {{"x", "7"}, {"date", "2024-05-09"}});
  REQUIRE(s.ok);
  const auto names = chibo::names_read(
      r->model, "kind == \"regular\" and date > date and year + quarter + month > 0 and a < total",
      &r->forms[0]);
  CHECK(chibo::named_values(*r, s.score, names) ==
        "loại sinh hoạt: thường kỳ; ngày sinh hoạt: 09/05/2024; năm: 2024; quý: 2; tháng: 5; "
        "điểm nhiệm vụ: 7; tổng điểm: 87");
}
