// Tailoring: what a child's removals leave the merged ruleset without (a
// group's items, the scale's sum, grades, names still used), said at the
// removal that did it.
#include <string>

#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "ruleset_extends.h"
#include "ruleset_fixture.h"

using namespace chibo;
using namespace chibo::lint_testing;

TEST_CASE("a base's group whose item the child removed is said at the removal", "[extends]") {
  Tailored t(kHead + "remove: [criteria.tham_du]\n");
  CHECK(t.lint() ==
        Lines{"tinh/child.yaml:3:10: error: the items of group 'ket_qua' add up to 30 points, so "
              "it can never reach its maximum 60 (the group is written in base/hd12.yaml, line "
              "25: in this file, make its items add up to 60)"});
  // A top-level group removed: the criteria's sum, at that removal (not at
  // the one before it, of another group's item).
  Tailored top(kHead + "remove:\n  - criteria.tham_du\n  - criteria.chuan_bi\n");
  CHECK(top.lint() ==
        Lines{"tinh/child.yaml:4:5: error: the items of group 'ket_qua' add up to 30 points, so "
              "it can never reach its maximum 60 (the group is written in base/hd12.yaml, line "
              "25: in this file, make its items add up to 60)",
              "tinh/child.yaml:5:5: error: the criteria add up to 60 points, but the scale is "
              "100"});
}

TEST_CASE("a removal of a group's only item is said at the removal", "[extends]") {
  // Was "base/hd12.yaml:20:5: error: 'items' of group 'chuan_bi' must be a
  // non-empty list": at the base's line, which the province did not edit.
  Tailored t(kHead + "remove: [criteria.prep]\n");
  CHECK(t.lint() ==
        Lines{"tinh/child.yaml:3:10: error: 'criteria.prep' is the only item of group 'chuan_bi': "
              "removing it leaves the group with no items; remove 'criteria.chuan_bi' instead",
              "tinh/child.yaml:3:10: error: the criteria add up to 60 points, but the scale is "
              "100"});
}

TEST_CASE("a base's sum the child did not touch is said at the child's 'extends'", "[extends]") {
  // Was "tinh/child.yaml: error: ...", with no line: the child wrote nothing
  // of the group, and the base's line is not the province's to edit.
  Tailored t(kHead + "title: Child\n", changed(kBase, "    max: 60\n", "    max: 65\n"));
  CHECK(t.lint() ==
        Lines{"tinh/child.yaml:1:10: error: the items of group 'ket_qua' add up to 60 points, so "
              "it can never reach its maximum 65 (the group is written in base/hd12.yaml, line "
              "25: in this file, make its items add up to 65)",
              "tinh/child.yaml:1:10: error: the criteria add up to 105 points (chuan_bi 40 + "
              "ket_qua 65), but the scale is 100"});
}

TEST_CASE("a removal within a group without a maximum is said at the removal", "[extends]") {
  // 'nhom' has no maximum: its items' sum is its parent's, whose sum is
  // then wrong (was said at the child's file, with no line).
  std::string base = kBase;
  const std::size_t from = base.find("  - id: ket_qua"), to = base.find("grades:");
  base.replace(from, to - from,
               "  - id: ket_qua\n    label: Results\n    max: 60\n    items:\n"
               "      - {id: nhom, label: Nested, items: [{id: a, label: A, max: 30, when: "
               "prepared}, {id: b, label: B, max: 30, when: prepared}]}\n");
  Tailored t(kHead + "remove:\n  - inputs.rate\n  - criteria.b\n", base);
  CHECK(t.lint() ==
        Lines{"tinh/child.yaml:5:5: error: the items of group 'ket_qua' add up to 30 points, so "
              "it can never reach its maximum 60 (the group is written in base/hd12.yaml, line "
              "25: in this file, make its items add up to 60)"});
}

TEST_CASE("each form's sum is said at the removal from that form", "[extends]") {
  const std::string base =
      "id: forms\ntitle: Forms\nsource: {document: D}\nversion: \"1\"\n"
      "effective: {from: 2020-01-01}\nscale: 10\nkinds: [regular, thematic]\n"
      "inputs:\n  ok: {type: yesno, label: OK}\nforms:\n"
      "  - id: thuong_ky\n    kinds: [regular]\n    criteria:\n"
      "      - {id: a, label: A, max: 5, when: ok}\n      - {id: b, label: B, max: 5, when: ok}\n"
      "  - id: chuyen_de\n    kinds: [thematic]\n    criteria:\n"
      "      - {id: c, label: C, max: 5, when: ok}\n      - {id: d, label: D, max: 5, when: ok}\n"
      "grades:\n  - {id: dat, label: Đạt, from: 5}\n  - {id: khong, label: Không đạt, from: 0}\n";
  Tailored t(kHead + "remove:\n  - criteria.a\n  - criteria.d\n", base);
  CHECK(t.lint() ==
        Lines{"tinh/child.yaml:4:5: error: the criteria add up to 5 points, but the scale is 10",
              "tinh/child.yaml:5:5: error: the criteria add up to 5 points, but the scale is 10"});
}

TEST_CASE("a name the child removed, still used in the base, is said with where it went",
          "[extends]") {
  // Said at the use, in the base; "did you mean" would offer another name.
  Tailored t(kHead + "remove:\n  - derived.attendance\n  - inputs.prepared\n");
  CHECK(t.lint() ==
        Lines{"base/hd12.yaml:24:15: error: unknown name 'prepared': 'inputs.prepared' was "
              "removed ('remove' in tinh/child.yaml, line 5), but item 'prep' still uses it: "
              "remove or override 'criteria.prep' too",
              "base/hd12.yaml:33:15: error: unknown name 'attendance': 'derived.attendance' was "
              "removed ('remove' in tinh/child.yaml, line 4), but item 'tham_du' still uses it: "
              "remove or override 'criteria.tham_du' too"});
  // A grade's at_max naming a removed criterion.
  Tailored at_max(kHead + "remove: [criteria.tham_du]\n" +
                  "add:\n  criteria.ket_qua: [{id: them, label: T, max: 30, when: prepared}]\n" +
                  "override:\n  grades.tot: {at_max: [tham_du]}\n");
  CHECK(at_max.lint() ==
        Lines{"tinh/child.yaml:7:24: error: grade 'tot': 'at_max' names 'tham_du': "
              "'criteria.tham_du' was removed ('remove' in tinh/child.yaml, line 3): remove or "
              "override 'grades.tot' too"});
  // A group removed takes its items with it.
  Tailored group(kHead + "remove: [criteria.ket_qua]\n" +
                 "add:\n  criteria: [{id: moi, label: M, max: 60, items: [{id: them, label: T, "
                 "max: 60, when: prepared}]}]\n" +
                 "override:\n  grades.tot: {at_max: [hoan_thanh]}\n");
  CHECK(group.lint() ==
        Lines{"tinh/child.yaml:7:24: error: grade 'tot': 'at_max' names 'hoan_thanh': "
              "'criteria.hoan_thanh' was removed ('remove' in tinh/child.yaml, line 3): remove or "
              "override 'grades.tot' too"});
  // Along a chain: the file that removed it, and a group's sum said in the
  // file linted only at its own removals (the middle one's are no line there).
  Tailored chain(kHead + "remove: [criteria.tham_du]\n" +
                 "add:\n  criteria.ket_qua: [{id: them, label: T, max: 30, when: prepared}]\n");
  chain.dir.write("huyen/a.yaml",
                  "extends: ../tinh/child.yaml\nid: a\nremove: [criteria.them]\n"
                  "override:\n  grades.tot: {at_max: [tham_du]}\nversion: 1\n");
  CHECK(chain.dir.lint("huyen/a.yaml") ==
        Lines{"huyen/a.yaml:3:10: error: the items of group 'ket_qua' add up to 30 points, so it "
              "can never reach its maximum 60 (the group is written in base/hd12.yaml, line 25: "
              "in this file, make its items add up to 60)",
              "huyen/a.yaml:5:24: error: grade 'tot': 'at_max' names 'tham_du': "
              "'criteria.tham_du' was removed ('remove' in tinh/child.yaml, line 3): remove or "
              "override 'grades.tot' too"});
  // Removed and added again (another type): known, no message of the removal.
  Tailored again(kHead +
                 "remove: [inputs.prepared]\nadd:\n  inputs:\n    prepared: {type: yesno, "
                 "label: Soạn trước}\n");
  CHECK(again.lint() == Lines{});
}

TEST_CASE("a base's criteria that no longer add up to the scale are said in the child",
          "[extends]") {
  // The child raises the results group to 65 (its items 30 + 30 + an added 5):
  // said at its own override, not at the base's first criterion.
  Tailored t(kHead +
             "override:\n"
             "  criteria.ket_qua: {max: 65}\n"
             "add:\n"
             "  criteria.ket_qua: [{id: them, label: T, max: 5, when: prepared}]\n");
  CHECK(t.lint() ==
        Lines{"tinh/child.yaml:4:21: error: the criteria add up to 105 points (chuan_bi 40 + "
              "ket_qua 65), but the scale is 100"});
}

TEST_CASE("a duplicate id across the base and the child names both files", "[extends]") {
  // A child that replaces the whole inputs section with one that reuses a
  // criterion's id of the base.
  Tailored t(kHead + "add:\n  inputs: {prep: {type: yesno, label: P}}\n");
  CHECK(t.lint() == Lines{"base/hd12.yaml:21:9: error: duplicate id 'prep' (already used on "
                          "line 4 of tinh/child.yaml)"});
}

TEST_CASE("the base's own problems are reported in the base", "[extends]") {
  Tailored t(kHead, changed(kBase, "  rate: {type: percent", "  rate: {type: percentage"));
  CHECK(t.lint() == Lines{"base/hd12.yaml:10:16: error: 'type' must be one of integer, number, "
                          "percent, yesno, choice, minutes, date, not 'percentage'; did you "
                          "mean 'percent'?"});
}

TEST_CASE("a child that removes every grade is told at its last removal", "[extends]") {
  // Was said at the base's 'grades:' line, which the province does not edit.
  Tailored t(kHead + "remove:\n  - grades.tot\n  - grades.kha\n  - grades.tb\n");
  CHECK(t.lint() ==
        Lines{"tinh/child.yaml:6:5: error: 'grades' is empty (every grade was removed): a "
              "ruleset needs at least one grade (Tốt, Khá, ... with their lower bounds)"});
  // Written empty in the child: at its own line, as in a ruleset of its own.
  Tailored own(kHead + "grades: []\n");
  CHECK(own.lint() == Lines{"tinh/child.yaml:3:9: error: 'grades' is empty: a ruleset needs at "
                            "least one grade (Tốt, Khá, ... with their lower bounds)"});
}

TEST_CASE("a grade the child removed, still named in the base or the child, says where it went",
          "[extends]") {
  // Was "'at_most' 'kha' is not a grade", at the base's veto, with no word
  // of the removal that made it so; then "remove or override what uses it
  // too", which a veto, an example or a tie-break key cannot be: the
  // section is written anew in the child.
  // Then by its place alone: which veto, as its 'when' is told ("veto 1").
  Tailored veto(kHead + "remove: [grades.kha]\n");
  CHECK(veto.lint() ==
        Lines{"base/hd12.yaml:51:5: error: 'at_most' 'kha': 'grades.kha' was removed ('remove' in "
              "tinh/child.yaml, line 3), but veto 1 in 'vetoes:' still uses it: write 'vetoes:' "
              "in tinh/child.yaml without it ('vetoes' written there replaces the base's whole: "
              "a part of it cannot be overridden or removed)"});
  Tailored second(kHead + "remove: [grades.tb]\noverride:\n  grades.kha: {from: 0}\n",
                  changed(kBase, "reason: \"half absent\"}\n",
                          "reason: \"half absent\"}\n  - {when: rate < 50, at_most: tb, "
                          "reason: \"low\"}\n"));
  CHECK(second.lint() ==
        Lines{"base/hd12.yaml:52:5: error: 'at_most' 'tb': 'grades.tb' was removed ('remove' in "
              "tinh/child.yaml, line 3), but veto 2 in 'vetoes:' still uses it: write 'vetoes:' "
              "in tinh/child.yaml without it ('vetoes' written there replaces the base's whole: "
              "a part of it cannot be overridden or removed)"});
  // (Its veto, at most Khá, would lower nothing with Tốt gone: none.)
  Tailored tie(kHead + "remove: [grades.tot]\nvetoes: []\n" +
               "ranking: {tie_break: [total, \"count:tot\"]}\n");
  CHECK(tie.lint() ==
        Lines{"base/hd12.yaml:53:5: error: example 'full marks': it expects grade 'tot': "
              "'grades.tot' was removed ('remove' in tinh/child.yaml, line 3): write 'examples:' "
              "in tinh/child.yaml without it ('examples' written there replaces the base's "
              "whole: a part of it cannot be overridden or removed)",
              "tinh/child.yaml:5:30: error: tie-break key 'count:tot': 'grades.tot' was removed "
              "('remove' in tinh/child.yaml, line 3): write 'ranking:' in tinh/child.yaml "
              "without it ('ranking' written there replaces the base's whole: a part of it "
              "cannot be overridden or removed)"});
}

TEST_CASE("a child that removes the lowest grade is told at that removal", "[extends]") {
  // Was said at the base's line of 'kha', which the province does not edit.
  Tailored t(kHead + "remove: [grades.tb]\n");
  CHECK(t.lint() == Lines{"tinh/child.yaml:3:10: error: the lowest grade 'kha' starts at 70 (with "
                          "'grades.tb' removed), so totals from 0 to under 70 get no grade; let "
                          "it start at 0"});
}

TEST_CASE("a child that removes the highest grade a veto lowers from is told at that removal",
          "[extends]") {
  // Was "base/hd12.yaml:51:5: error: 'at_most' 'kha' is the highest grade: this veto can lower
  // no meeting": at the base's veto, with no word of the removal that made it so.
  Tailored t(kHead + "remove: [grades.tot]\nexamples: []\n");
  CHECK(t.lint() == Lines{"tinh/child.yaml:3:10: error: 'at_most' 'kha' is the highest grade "
                          "(with 'grades.tot' removed): this veto can lower no meeting"});
}
