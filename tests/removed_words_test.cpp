// What a use of something a tailoring removed is told.
#include <catch2/catch.hpp>

#include "removed_words.h"

using namespace chibo;

TEST_CASE("removed_names gives the removed ids expressions read, with where each went",
          "[removed_words]") {
  Ruleset r;
  r.removed = {{"inputs.prepared", {"tinh.yaml", 8, 5}, "", ""},
               {"grades.kha", {"tinh.yaml", 9, 5}, "", ""},  // no expression names a grade
               {"criteria.tham_du", {"tinh.yaml", 10, 5}, "ket_qua", ""}};
  const auto names = removed_names(r);
  REQUIRE(names.size() == 2);
  CHECK(names[0].first == "prepared");
  CHECK(names[0].second ==
        "'inputs.prepared' was removed ('remove' in tinh.yaml, line 8): remove or override what "
        "uses it too");
  CHECK(names[1].first == "tham_du");
  CHECK(names[1].second == removed_words(r, "criteria", "tham_du"));
  CHECK(removed_words(r, "derived", "prepared").empty());
}

TEST_CASE("a use in a section whose parts cannot be named says to write the section",
          "[removed_words]") {
  Ruleset r;
  r.removed = {{"grades.kha", {"tinh.yaml", 9, 5}, "", ""}};
  CHECK(removed_words(r, "grades", "kha", "rollup") ==
        "'grades.kha' was removed ('remove' in tinh.yaml, line 9): write 'rollup:' in tinh.yaml "
        "without it ('rollup' written there replaces the base's whole: a part of it cannot be "
        "overridden or removed)");
  CHECK(removed_words(r, "grades", "kha") ==
        "'grades.kha' was removed ('remove' in tinh.yaml, line 9): remove or override what uses "
        "it too");
  CHECK(removed_words(r, "grades", "tot", "rollup").empty());
}
