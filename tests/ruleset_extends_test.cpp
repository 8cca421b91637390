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

TEST_CASE("a bonus a tailoring adds to a group a base grade's at_max names is said at the bonus",
          "[extends]") {
  // The base's Tốt needs its results at their maximum; the child adds a
  // bonus to that group, which would then need the bonus earned. The base
  // is not the province's to edit (and lints clean): said at the child's
  // bonus, with the override it can write.
  const std::string base = changed(kBase, "{id: tot, label: Tốt, from: 90}",
                                   "{id: tot, label: Tốt, from: 90, at_max: [ket_qua]}");
  Tailored t(kHead +
                 "add:\n"
                 "  criteria.ket_qua:\n"
                 "    - {id: extra, label: E, bonus: {cap: 2, rules: [{when: prepared, points: 2, "
                 "reason: r}]}}\n",
             base);
  CHECK(t.dir.lint("base/hd12.yaml") == Lines{});
  CHECK(
      t.lint() ==
      Lines{
          "tinh/child.yaml:5:7: warning: group 'ket_qua' holds the bonus 'extra' among items on "
          "the scale: bonus points are added on top of the scale, but the sheet adds them into the "
          "group, and a meeting that earns it shows the group past its maximum (62/60); put bonus "
          "items in a group of their own, without 'max' (as 'diem_thuong' in "
          "rulesets/trung-uong/hd12-2018.yaml)",
          "tinh/child.yaml:5:7: error: grade 'tot': 'at_max' names 'ket_qua', a group with a "
          "bonus item ('extra'): bonus points are added on top of the scale, for what a "
          "meeting need not do, but within the group's 'max' its points would make up for an "
          "item short of its maximum; grade 'tot' is written in base/hd12.yaml, line 47: in "
          "this file, name the group's other items in its place, under 'override': "
          "grades.tot: {at_max: [tham_du, hoan_thanh]}"});
  // Written so, the grade is right; the group, mixed, still reads wrong on
  // the sheet (warned of): a group of the bonus's own mends that too.
  Tailored mended(kHead +
                      "override:\n"
                      "  grades.tot: {at_max: [tham_du, hoan_thanh]}\n"
                      "add:\n"
                      "  criteria.ket_qua:\n"
                      "    - {id: extra, label: E, bonus: {cap: 2, rules: [{when: prepared, "
                      "points: 2, reason: r}]}}\n",
                  base);
  CHECK(
      mended.lint() ==
      Lines{
          "tinh/child.yaml:7:7: warning: group 'ket_qua' holds the bonus 'extra' among items on "
          "the scale: bonus points are added on top of the scale, but the sheet adds them into the "
          "group, and a meeting that earns it shows the group past its maximum (62/60); put bonus "
          "items in a group of their own, without 'max' (as 'diem_thuong' in "
          "rulesets/trung-uong/hd12-2018.yaml)"});
  Tailored apart(kHead +
                     "add:\n"
                     "  criteria:\n"
                     "    - {id: thuong, label: T, items: [{id: extra, label: E, bonus: {cap: 2, "
                     "rules: [{when: prepared, points: 2, reason: r}]}}]}\n",
                 base);
  CHECK(apart.lint() == Lines{});
}
