// What a tailoring's override, remove and add name (SECTION.ID), and what
// a name that finds nothing is told: where the thing is, if anywhere.
#include <string>

#include <catch2/catch.hpp>

#include "ruleset_fixture.h"

using namespace chibo;
using namespace chibo::lint_testing;

TEST_CASE("override and remove must name something in the base", "[extends]") {
  Tailored t(kHead +
             "override:\n"
             "  criteria.tham_duu: {max: 25}\n"
             "  inputs.rat: {min: 10}\n"
             "  things.x: {max: 1}\n"
             "remove: [criteria.prepp, grades.kah, derived]\n");
  CHECK(t.lint() ==
        Lines{"tinh/child.yaml:4:3: error: 'criteria.tham_duu' names nothing in the base ruleset "
              "base/hd12.yaml; did you mean 'criteria.tham_du'?",
              "tinh/child.yaml:5:3: error: 'inputs.rat' names nothing in the base ruleset "
              "base/hd12.yaml; did you mean 'inputs.rate'?",
              "tinh/child.yaml:6:3: error: 'things.x' does not name anything: write SECTION.ID, "
              "where SECTION is one of inputs, derived, checks, criteria, grades, forms",
              "tinh/child.yaml:7:10: error: 'criteria.prepp' names nothing in the base ruleset "
              "base/hd12.yaml; did you mean 'criteria.prep'?",
              "tinh/child.yaml:7:26: error: 'grades.kah' names nothing in the base ruleset "
              "base/hd12.yaml; did you mean 'grades.kha'?",
              "tinh/child.yaml:7:38: error: 'derived' does not name anything: write SECTION.ID, "
              "where SECTION is one of inputs, derived, checks, criteria, grades, forms"});
}

TEST_CASE("an override naming an id with its Vietnamese accents is told the id", "[extends]") {
  // Was "'grades.khá' names nothing in the base ruleset base/hd12.yaml", with
  // no "did you mean": 'khá' is two bytes from 'kha', past a third of its 4.
  Tailored t(kHead +
             "override:\n"
             "  grades.khá: {from: 75}\n");
  CHECK(t.lint() == Lines{"tinh/child.yaml:4:3: error: 'grades.khá' names nothing in the base "
                          "ruleset base/hd12.yaml; did you mean 'grades.kha'?"});
}

TEST_CASE("a removal listed twice is said once, as twice", "[extends]") {
  // The second found nothing left, and was "names nothing; did you mean" itself.
  Tailored t(kHead + "remove:\n  - checks.present_le_members\n  - checks.present_le_members\n");
  CHECK(t.lint() == Lines{"tinh/child.yaml:5:5: error: 'checks.present_le_members' is listed "
                          "twice in 'remove' (first on line 4)"});
  // Two items that are no names (lists) are each refused as such, never "twice".
  Tailored lists(kHead + "remove: [[checks.present_le_members], [grades.kha]]\n");
  CHECK(lists.lint() == Lines{"tinh/child.yaml:3:10: error: each item of 'remove' must be a name "
                              "such as criteria.ID, but this is a list",
                              "tinh/child.yaml:3:39: error: each item of 'remove' must be a name "
                              "such as criteria.ID, but this is a list"});
}

TEST_CASE("a name this file removed is said as removed, not as missing from the base",
          "[extends]") {
  // Was "'criteria.prep' names nothing in the base ruleset base/hd12.yaml;
  // did you mean 'criteria.prepp'?": it is in the base, and the hint was
  // another id.
  Tailored t(kHead +
             "remove: [criteria.chuan_bi, inputs.rate]\n"
             "override:\n"
             "  criteria.chuan_bi: {max: 30}\n"
             "  criteria.prep: {max: 30}\n"
             "  inputs.rate: {max: 50}\n"
             "add:\n"
             "  criteria.chuan_bi: [{id: x, label: X, max: 1, when: prepared}]\n");
  CHECK(t.lint() ==
        Lines{"base/hd12.yaml:42:15: error: unknown name 'rate': 'inputs.rate' was removed "
              "('remove' in tinh/child.yaml, line 3), but item 'hoan_thanh' still uses it: "
              "remove or override 'criteria.hoan_thanh' too",
              "tinh/child.yaml:3:10: error: the criteria add up to 60 points, but the scale is "
              "100",
              "tinh/child.yaml:5:3: error: 'criteria.chuan_bi' is removed ('remove' on line 3) "
              "in this file, so there is nothing left to override: keep the one you mean",
              "tinh/child.yaml:6:3: error: 'criteria.prep' went with 'criteria.chuan_bi' "
              "('remove' on line 3) in this file, so there is nothing left to override: keep "
              "the one you mean",
              "tinh/child.yaml:7:3: error: 'inputs.rate' is removed ('remove' on line 3) in this "
              "file, so there is nothing left to override: keep the one you mean",
              "tinh/child.yaml:9:3: error: 'criteria.chuan_bi' is removed ('remove' on line 3) "
              "in this file, so there is nothing left to add to: keep the one you mean"});
}

TEST_CASE("a name in the wrong section, or in none, is told the section it is in", "[extends]") {
  // Was "'inputs.prep' names nothing in the base ruleset base/hd12.yaml",
  // and "'prep' does not name anything: write SECTION.ID, ..." with no hint.
  Tailored t(kHead +
             "override:\n"
             "  inputs.prep: {max: 30}\n"
             "  tham_du: {max: 30}\n"
             "  grades.attendance: {from: 80}\n");
  CHECK(t.lint() ==
        Lines{"tinh/child.yaml:4:3: error: 'inputs.prep' names nothing in the base ruleset "
              "base/hd12.yaml; 'prep' is there as 'criteria.prep'",
              "tinh/child.yaml:5:3: error: 'tham_du' does not name anything: write SECTION.ID, "
              "where SECTION is one of inputs, derived, checks, criteria, grades, forms; did you "
              "mean 'criteria.tham_du'?",
              "tinh/child.yaml:6:3: error: 'grades.attendance' names nothing in the base ruleset "
              "base/hd12.yaml; 'attendance' is there as 'derived.attendance'"});
}

TEST_CASE("a part of vetoes, rollup or ranking is told to write the section whole", "[extends]") {
  // Was "'vetoes.kha' does not name anything: write SECTION.ID, where
  // SECTION is one of inputs, ...": vetoes have no ids, and no SECTION
  // named them; writing 'vetoes:' in the child replaces the base's.
  Tailored t(kHead + "remove: [vetoes.kha, rollup]\noverride:\n  ranking.tie_break: [total]\n");
  CHECK(t.lint() ==
        Lines{"tinh/child.yaml:3:10: error: 'vetoes.kha' does not name anything: 'vetoes' has "
              "no parts to name; write 'vetoes:' in this file, in full: it replaces the base's",
              "tinh/child.yaml:3:22: error: 'rollup' does not name anything: 'rollup' has no "
              "parts to name; write 'rollup:' in this file, in full: it replaces the base's",
              "tinh/child.yaml:5:3: error: 'ranking.tie_break' does not name anything: 'ranking' "
              "has no parts to name; write 'ranking:' in this file, in full: it replaces the "
              "base's"});
}

TEST_CASE("a section written whole in a tailoring tells a base's use of what it left out",
          "[extends]") {
  // 'derived:' in the child replaces the base's (rule 1 of 5.11): was only
  // "unknown name 'attendance'", at the base's line, with nothing to say why.
  Tailored t(kHead + "derived:\n  absent: members - present\n");
  CHECK(t.lint() ==
        Lines{"base/hd12.yaml:33:15: error: unknown name 'attendance': 'derived.attendance' is "
              "not there: 'derived:' written in tinh/child.yaml (line 3) replaces the base's "
              "whole 'derived' and leaves it out, but item 'tham_du' still uses it: to keep the "
              "base's and add to them, write yours under 'add:' ('add: {derived: {...}}'), not "
              "'derived:'"});
  // 'inputs:' likewise, at each use; one the child writes again is there.
  Tailored inputs(kHead +
                  "inputs:\n  members: {type: integer, label: M, min: 1}\n"
                  "  present: {type: integer, label: P, min: 0}\n"
                  "  rate: {type: percent, label: R}\n");
  CHECK(inputs.lint() ==
        Lines{"base/hd12.yaml:24:15: error: unknown name 'prepared': 'inputs.prepared' is not "
              "there: 'inputs:' written in tinh/child.yaml (line 3) replaces the base's whole "
              "'inputs' and leaves it out, but item 'prep' still uses it: to keep the base's and "
              "add to them, write yours under 'add:' ('add: {inputs: {...}}'), not 'inputs:'"});
  // Added as meant: nothing to say.
  Tailored added(kHead + "add:\n  derived:\n    absent: members - present\n");
  CHECK(added.lint() == Lines{});
}

TEST_CASE("a tailoring's key with no value is said at that key and not at the base's first line",
          "[extends]") {
  // Was "base/hd12.yaml:1:1: error: a ruleset needs 'title' (a text)".
  Tailored t(kHead + "title:\n");
  CHECK(t.lint() == Lines{"tinh/child.yaml:3:6: error: 'title' has no value: a ruleset needs "
                          "'title' (a text)"});
}
