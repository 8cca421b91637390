// Tailoring: a ruleset that `extends` a base and overrides, removes and adds.
// Mistakes are reported at the line of the child that makes them; problems
// of the merged result at the file each part was written in.
#include <filesystem>
#include <fstream>
#include <string>

#include <fmt/format.h>
#include <sys/stat.h>  // mkfifo

#include <catch2/catch.hpp>

#include "ruleset_extends.h"
#include "ruleset_fixture.h"

using namespace chibo;
using namespace chibo::lint_testing;

TEST_CASE("a tailoring that overrides, removes and adds", "[extends]") {
  // Attendance is worth 25 (new rows) instead of 30, completion is dropped,
  // a new 35-point item joins the results group, the cell check is gone
  // and a new one is added, and Tốt starts at 80.
  Tailored t(kHead +
             "override:\n"
             "  criteria.tham_du:\n"
             "    max: 25\n"
             "    bands:\n"
             "      of: attendance\n"
             "      rows:\n"
             "        - {from: 90, points: 25}\n"
             "        - {from: 0, to: 90, points: 10}\n"
             "  grades.tot: {from: 80}\n"
             "remove: [criteria.hoan_thanh, checks.present_le_members]\n"
             "add:\n"
             "  criteria.ket_qua: [{id: bao_cao, label: Report, max: 35, when: prepared}]\n"
             "  checks: [{id: some_present, require: present > 0, message: nobody came}]\n"
             "examples:\n"
             "  - name: tailored\n"
             "    record: {members: 10, present: 10, rate: 0, prepared: yes}\n"
             "    expect: {total: 100, grade: tot, points: {tham_du: 25, bao_cao: 35}}\n"
             "  - name: 85 is Tốt now\n"
             "    record: {members: 10, present: 8, rate: 0, prepared: yes}\n"
             "    expect: {total: 85, grade: tot, points: {tham_du: 10}}\n"
             "  - name: the new check\n"
             "    record: {members: 10, present: 0, rate: 0, prepared: no}\n"
             "    expect: {rejected: nobody came}\n");
  CHECK(t.lint() == Lines{});

  std::string resolved = t.dir.resolve("tinh/child.yaml");
  INFO(resolved);
  CHECK(resolved.find("id: child\n") != std::string::npos);
  CHECK(resolved.find("extends") == std::string::npos);
  CHECK(resolved.find("override") == std::string::npos);
  CHECK(resolved.find("      - id: tham_du\n"
                      "        label: Attendance\n"
                      "        max: 25\n"
                      "        bands:\n"
                      "          of: attendance\n"
                      "          rows:\n"
                      "            - from: 90\n"
                      "              points: 25\n"
                      "            - from: 0\n"
                      "              to: 90\n"
                      "              points: 10\n"
                      "      - id: bao_cao\n"
                      "        label: Report\n"
                      "        max: 35\n"
                      "        when: prepared\n"
                      "grades:\n"
                      "  - id: tot\n"
                      "    label: Tốt\n"
                      "    from: 80\n") != std::string::npos);
  CHECK(resolved.find("hoan_thanh") == std::string::npos);
  CHECK(resolved.find("present_le_members") == std::string::npos);
  CHECK(resolved.find("  - id: some_present\n") != std::string::npos);
  // The base's own example is replaced by the child's examples.
  CHECK(resolved.find("full marks") == std::string::npos);
}

TEST_CASE("an override that brings a rule drops the base's rule", "[extends]") {
  Tailored t(kHead + "override:\n  criteria.prep: {formula: \"if prepared then 40 else 10\"}\n");
  CHECK(t.lint() == Lines{});
  std::string resolved = t.dir.resolve("tinh/child.yaml");
  CHECK(resolved.find("        max: 40\n        formula: \"if prepared then 40 else 10\"\n") !=
        std::string::npos);
  CHECK(resolved.find("when: prepared") == std::string::npos);
}

TEST_CASE("what an override makes wrong is reported at the override", "[extends]") {
  // It was reported in the base, at lines that say 90 and 500.
  Tailored t(kHead +
             "override:\n"
             "  grades.tot: {from: 101}\n"
             "  inputs.members: {min: 600, max: 500}\n");
  CHECK(t.lint() ==
        Lines{"tinh/child.yaml:4:15: error: grade 'tot' starts at 101, above the scale 100, so no "
              "meeting can reach it",
              "tinh/child.yaml:5:19: error: input 'members': 'min' 600 is above 'max' 500"});
}

TEST_CASE("an override of a condition's points or reason alone keeps its rule", "[extends]") {
  // It took the rule away: "item 'prep' needs a rule", at the base's line.
  Tailored t(kHead + "override:\n  criteria.prep: {reason: Không chuẩn bị, otherwise: 5}\n");
  CHECK(t.lint() == Lines{});
  std::string resolved = t.dir.resolve("tinh/child.yaml");
  INFO(resolved);
  CHECK(resolved.find("when: prepared") != std::string::npos);
  CHECK(resolved.find("reason: Không chuẩn bị") != std::string::npos);
  CHECK(resolved.find("otherwise: 5") != std::string::npos);
}

TEST_CASE("extends must name an existing ruleset, with did you mean on file names", "[extends]") {
  Tailored t("extends: ../base/hd21.yaml\nid: child\n");
  CHECK(t.lint() == Lines{"tinh/child.yaml:1:10: error: 'extends' names no ruleset: "
                          "base/hd21.yaml does not exist; did you mean 'hd12.yaml'?"});
  Tailored quoted("extends: \"../base/nothing-like-it.yaml\"\nid: child\n");
  CHECK(quoted.lint() == Lines{"tinh/child.yaml:1:11: error: 'extends' names no ruleset: "
                               "base/nothing-like-it.yaml does not exist"});
  Tailored folder("extends: ../base\nid: child\n");
  CHECK(folder.lint() == Lines{"tinh/child.yaml:1:10: error: 'extends' names a folder, not a "
                               "ruleset file: base"});
  // A pipe is no file to read (it waited for a writer, or was "does not exist").
  Tailored pipe("extends: ../base/pipe.yaml\nid: child\n");
  REQUIRE(::mkfifo(pipe.dir.path("base/pipe.yaml").c_str(), 0600) == 0);
  CHECK(pipe.lint() == Lines{"tinh/child.yaml:1:10: error: 'extends' names base/pipe.yaml, "
                             "which is not a file (a pipe or a device)"});
  Tailored empty("extends: [a, b]\nid: child\n");
  CHECK(empty.lint() ==
        Lines{"tinh/child.yaml:1:10: error: 'extends' must be the path of the base ruleset file"});
}

// Without an id of its own a tailoring kept the base's id and version:
// its scores, ranks and reports said they were made by the base ruleset.
TEST_CASE("a tailoring needs an id of its own", "[extends]") {
  Tailored t("# Tỉnh X\nextends: ../base/hd12.yaml\ntitle: Tỉnh X\n");
  CHECK(t.lint() == Lines{"tinh/child.yaml:2:1: error: a ruleset that extends another needs an "
                          "'id' of its own: without one it keeps the base's id 'test' and version "
                          "1, and every score, ranking and report made with it would name the "
                          "base ruleset; add 'id: ...' (and 'version: ...') to this file"});
  // Its own id, even with the base's version, is its own.
  Tailored own("extends: ../base/hd12.yaml\nid: tinh-x\n");
  CHECK(own.lint() == Lines{});
  // A base that itself extends another needs one too, said in its own file.
  TempDir dir;
  dir.write("base.yaml", kBase);
  dir.write("mid.yaml", "extends: base.yaml\n");
  dir.write("top.yaml", "extends: mid.yaml\nid: top\nversion: 1\n");
  CHECK(dir.lint("top.yaml") ==
        Lines{"mid.yaml:1:1: error: a ruleset that extends another needs an 'id' of its own: "
              "without one it keeps the base's id 'test' and version 1, and every score, "
              "ranking and report made with it would name the base ruleset; add 'id: ...' (and "
              "'version: ...') to this file"});
}

// Its own id and no version: it took the base's version without a word, and
// its results gave as its own a version of it never written. A warning at
// its id (its id, its own, keeps its results apart from the base's).
TEST_CASE("a tailoring without a version of its own is warned of", "[extends]") {
  TempDir dir;
  dir.write("base.yaml", kBase);
  dir.write("child.yaml", "# Tỉnh X\nextends: base.yaml\nid: tinh-x\n");
  CHECK(dir.lint("child.yaml") ==
        Lines{"child.yaml:3:1: warning: this ruleset extends another and has no 'version' of its "
              "own: it takes the base's version 1, and every score, ranking and report made with "
              "it would give that number as its own; add 'version: ...' to this file"});
  dir.write("versioned.yaml", "extends: base.yaml\nid: tinh-x\nversion: 2024.1\n");
  CHECK(dir.lint("versioned.yaml") == Lines{});
}

TEST_CASE("an extends cycle is an error at the extends that closes it", "[extends]") {
  TempDir dir;
  dir.write("a.yaml", "extends: b.yaml\nid: a\n");
  dir.write("b.yaml", "id: b\nextends: a.yaml\n");
  CHECK(dir.lint("a.yaml") ==
        Lines{"b.yaml:2:10: error: 'extends' makes a cycle: a.yaml -> b.yaml -> a.yaml"});
  // A chain too long to be meant: refused at the extends past 32 rulesets.
  for (int i = 0; i < 40; ++i) {
    dir.write(fmt::format("chain{}.yaml", i), fmt::format("extends: chain{}.yaml\n", i + 1));
  }
  CHECK(dir.lint("chain0.yaml") ==
        Lines{"chain31.yaml:1:10: error: 'extends' goes more than 32 rulesets deep"});
  dir.write("self.yaml", "extends: self.yaml\n");
  CHECK(dir.lint("self.yaml") ==
        Lines{"self.yaml:1:10: error: 'extends' makes a cycle: self.yaml -> self.yaml"});
}

// A folder deeper than the system can name (its path longer than PATH_MAX,
// 4,096 bytes: no file in it has a canonical path),
// entered a level at a time; left, and removed, the same way.
class DeepFolder {
 public:
  explicit DeepFolder(const std::string& in) : home_(std::filesystem::current_path()) {
    std::filesystem::current_path(in);
    for (std::size_t length = in.size(); length <= 4200; length += kLevel.size() + 1) {
      std::filesystem::create_directory(kLevel);
      std::filesystem::current_path(kLevel);
      ++levels_;
    }
  }
  ~DeepFolder() {
    std::error_code ec;
    for (; levels_ > 0; --levels_) {
      std::filesystem::current_path("..", ec);
      std::filesystem::remove_all(kLevel, ec);
    }
    std::filesystem::current_path(home_, ec);
  }
  DeepFolder(const DeepFolder&) = delete;
  DeepFolder& operator=(const DeepFolder&) = delete;

 private:
  const std::string kLevel = std::string(200, 'd');
  std::filesystem::path home_;
  int levels_ = 0;
};

TEST_CASE("a base in a folder too deep for a canonical path is no cycle", "[extends]") {
  TempDir dir;
  DeepFolder deep(dir.path(""));
  std::ofstream("hd12.yaml", std::ios::binary) << kBase;
  std::error_code ec;
  CHECK(std::filesystem::weakly_canonical("hd12.yaml", ec).empty());
  REQUIRE(ec);  // the case under test: no canonical path to be had here
  std::ofstream("child.yaml", std::ios::binary) << "extends: hd12.yaml\nid: child\nversion: 1\n";
  std::ofstream("self.yaml", std::ios::binary) << "extends: self.yaml\n";
  Diagnostics diags;
  std::optional<Ruleset> r = load_ruleset("child.yaml", diags);
  CHECK(dir.formatted(diags) == Lines{});
  REQUIRE(r);
  CHECK(r->id == "child");
  // A real cycle is still one.
  Diagnostics cycle;
  CHECK_FALSE(load_ruleset("self.yaml", cycle));
  CHECK(dir.formatted(cycle) ==
        Lines{"self.yaml:1:10: error: 'extends' makes a cycle: self.yaml -> self.yaml"});
}

TEST_CASE("add of something that exists is an error: use override", "[extends]") {
  Tailored t(kHead +
             "add:\n"
             "  inputs: {members: {type: integer, label: M}}\n"
             "  derived: {attendance: present}\n"
             "  criteria.ket_qua: [{id: prep, label: P, max: 5, when: prepared}]\n"
             "  criteria: [{id: g, label: G, items: [{id: tham_du, label: T, max: 1, when: "
             "prepared}]}]\n"
             "  grades: [{id: kha, label: K, from: 50}]\n"
             "  checks: [{id: present_le_members, require: present > 0, message: m}]\n"
             "  criteria.khong_co: [{id: x, label: X, max: 1, when: prepared}]\n");
  const std::string base = "base/hd12.yaml";
  CHECK(t.lint() ==
        Lines{"tinh/child.yaml:4:12: error: 'inputs.members' already exists in the base ruleset " +
                  base + "; use override to change it",
              "tinh/child.yaml:5:13: error: 'derived.attendance' already exists in the base "
              "ruleset " +
                  base + "; use override to change it",
              "tinh/child.yaml:6:27: error: 'criteria.prep' already exists in the base ruleset " +
                  base + "; use override to change it",
              "tinh/child.yaml:7:45: error: 'criteria.tham_du' already exists in the base "
              "ruleset " +
                  base + "; use override to change it",
              "tinh/child.yaml:8:17: error: 'grades.kha' already exists in the base ruleset " +
                  base + "; use override to change it",
              "tinh/child.yaml:9:17: error: 'checks.present_le_members' already exists in the "
              "base ruleset " +
                  base + "; use override to change it",
              "tinh/child.yaml:10:3: error: 'criteria.khong_co' names nothing in the base "
              "ruleset " +
                  base});
}

TEST_CASE("problems of the merged ruleset are located in the file that wrote them", "[extends]") {
  // The child lowers tham_du's max to 25: its band row with 30 points, in
  // the base, is now too high, and the results group (written in the base,
  // max 60) can no longer reach its maximum. The child's new item has a
  // misspelt name, reported in the child.
  Tailored t(kHead +
             "override:\n"
             "  criteria.tham_du: {max: 25}\n"
             "add:\n"
             "  criteria.chuan_bi: [{id: extra, label: E, max: 0, when: preparred}]\n");
  // The group's sum is the child's doing: said at its override of the item,
  // naming where the group is written and the fix the child can make.
  CHECK(t.lint() ==
        Lines{"base/hd12.yaml:35:15: error: item 'tham_du': band points 30 is above the item's "
              "maximum 25",
              "tinh/child.yaml:4:21: error: the items of group 'ket_qua' add up to 55 points, so "
              "it can never reach its maximum 60 (the group is written in base/hd12.yaml, line "
              "25: in this file, make its items add up to 60)",
              "tinh/child.yaml:6:23: warning: item 'extra': 'max: 0' gives no points to earn or "
              "lose: give it its maximum, or leave the item out",
              "tinh/child.yaml:6:59: error: unknown name 'preparred'; did you mean "
              "'prepared'?"});
}

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
