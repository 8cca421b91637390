// What a use of something a tailoring removed is told.
#include <catch2/catch.hpp>

#include "removed_words.h"

using namespace chibo;

TEST_CASE("a use a tailoring can name is told to remove or override it", "[removed_words]") {
  Ruleset r;
  r.removed = {{"inputs.prepared", {"tinh.yaml", 8, 5}, "", "", ""},
               {"grades.kha", {"tinh.yaml", 9, 5}, "", "", ""},
               {"criteria.tham_du", {"tinh.yaml", 10, 5}, "ket_qua", "", ""}};
  const RemovedUse derived = RemovedUse::named("derived value 'ready'", "derived.ready");
  CHECK(removed_words(r, "inputs", "prepared", derived) ==
        "'inputs.prepared' was removed ('remove' in tinh.yaml, line 8), but derived value "
        "'ready' still uses it: remove or override 'derived.ready' too");
  // The message names the use already (a grade's at_max).
  CHECK(removed_words(r, "criteria", "tham_du", RemovedUse::named("", "grades.tot")) ==
        "'criteria.tham_du' was removed ('remove' in tinh.yaml, line 10): remove or override "
        "'grades.tot' too");
  CHECK(removed_words(r, "derived", "prepared", derived).empty());
}

TEST_CASE(
    "a name an expression reads is looked for among removed inputs, derived values and "
    "criteria",
    "[removed_words]") {
  Ruleset r;
  r.removed = {{"grades.kha", {"tinh.yaml", 9, 5}, "", "", ""},  // no expression names a grade
               {"criteria.tham_du", {"tinh.yaml", 10, 5}, "ket_qua", "", ""}};
  const RemovedUse item = RemovedUse::named("item 'a'", "criteria.a");
  CHECK(removed_name_words(r, "tham_du", item) == removed_words(r, "criteria", "tham_du", item));
  CHECK(removed_name_words(r, "kha", item).empty());
  CHECK(removed_name_words(r, "tham", item).empty());
}

TEST_CASE("a use in a section whose parts cannot be named says to write the section",
          "[removed_words]") {
  Ruleset r;
  r.removed = {{"grades.kha", {"tinh.yaml", 9, 5}, "", "", ""},
               {"inputs.present", {"tinh.yaml", 4, 5}, "", "", ""}};
  CHECK(removed_words(r, "grades", "kha", RemovedUse::in_section("rollup")) ==
        "'grades.kha' was removed ('remove' in tinh.yaml, line 9): write 'rollup:' in tinh.yaml "
        "without it ('rollup' written there replaces the base's whole: a part of it cannot be "
        "overridden or removed)");
  CHECK(removed_words(r, "inputs", "present", veto_use(1)) ==
        "'inputs.present' was removed ('remove' in tinh.yaml, line 4), but veto 2 in 'vetoes:' "
        "still uses it: write 'vetoes:' in tinh.yaml without it ('vetoes' written there "
        "replaces the base's whole: a part of it cannot be overridden or removed)");
  // A veto's 'at_most' is told which veto as its 'when' is (it was told by its place alone).
  CHECK(removed_words(r, "grades", "kha", veto_use(0)) ==
        "'grades.kha' was removed ('remove' in tinh.yaml, line 9), but veto 1 in 'vetoes:' still "
        "uses it: write 'vetoes:' in tinh.yaml without it ('vetoes' written there replaces the "
        "base's whole: a part of it cannot be overridden or removed)");
  // A roll-up's rule is told which, and its 'otherwise' which period's.
  CHECK(removed_words(r, "grades", "kha", rollup_use("year", 1)) ==
        "'grades.kha' was removed ('remove' in tinh.yaml, line 9), but rule 2 of 'year' in "
        "'rollup:' still uses it: write 'rollup:' in tinh.yaml without it ('rollup' written there "
        "replaces the base's whole: a part of it cannot be overridden or removed)");
  CHECK(removed_words(r, "grades", "kha", rollup_use("quarter", kNoRule)) ==
        "'grades.kha' was removed ('remove' in tinh.yaml, line 9), but 'quarter' in 'rollup:' "
        "still uses it: write 'rollup:' in tinh.yaml without it ('rollup' written there replaces "
        "the base's whole: a part of it cannot be overridden or removed)");
  CHECK(removed_words(r, "grades", "tot", RemovedUse::in_section("rollup")).empty());
}
