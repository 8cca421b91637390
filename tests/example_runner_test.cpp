// Embedded examples: each is scored like a real record and every expected
// total, grade, points or rejection that the ruleset does not give is an
// error at the example (points: at the criterion's key).
#include "chibo/example_runner.h"

#include <catch2/catch.hpp>

#include "ruleset_fixture.h"

using namespace chibo;
using namespace chibo::lint_testing;

namespace {

const std::string kExpect = "expect: {total: 100, grade: tot, points: {tham_du: 30}}";

// The base with its example's record and expectation replaced.
std::string with_example(const std::string& record, const std::string& expect) {
  return changed(kBase, {{"record: {members: 10, present: 10, rate: 100, prepared: yes}", record},
                         {kExpect, expect}});
}

}  // namespace

TEST_CASE("examples whose expectations the ruleset does not meet", "[examples]") {
  const std::string full = "record: {members: 10, present: 10, rate: 100, prepared: yes}";
  SECTION("total, grade and points, each at its place") {
    CHECK(lint_text(with_example(full,
                                 "expect: {total: 90, grade: kha, points: {tham_du: 20, "
                                 "hoan_thanh: 30, ket_qua: 50}}")) ==
          Lines{"ruleset.yaml:53:5: error: example 'full marks': total is 100 but the example "
                "expects 90",
                "ruleset.yaml:53:5: error: example 'full marks': grade is tot but the example "
                "expects kha",
                "ruleset.yaml:55:46: error: example 'full marks': 'tham_du' got 30 points but "
                "the example expects 20",
                "ruleset.yaml:55:75: error: example 'full marks': 'ket_qua' got 60 points but "
                "the example expects 50"});
  }
  SECTION("points of something that is not a criterion") {
    CHECK(lint_text(with_example(full, "expect: {points: {tham_duu: 30}}")) ==
          Lines{"ruleset.yaml:55:23: error: example 'full marks': 'tham_duu' is not a criterion "
                "of this sheet; did you mean 'tham_du'?"});
  }
  SECTION("a veto that lowers the grade is part of what the example checks") {
    std::string yaml =
        changed(with_example("record: {members: 10, present: 9, rate: 100, prepared: yes}",
                             "expect: {total: 100, grade: tot}"),
                "when: present < members / 2,", "when: present < members,");
    CHECK(lint_text(yaml) ==
          Lines{"ruleset.yaml:53:5: error: example 'full marks': grade is kha but the example "
                "expects tot"});
  }
  SECTION("an expected rejection that does not happen") {
    CHECK(lint_text(with_example(full, "expect: {rejected: \"more present\"}")) ==
          Lines{"ruleset.yaml:53:5: error: example 'full marks': expected the record to be "
                "rejected (more present), but it scored 100"});
  }
  SECTION("a rejection for another reason than the expected one") {
    CHECK(lint_text(with_example("record: {members: 10, present: 12, rate: 100, prepared: yes}",
                                 "expect: {rejected: \"too few\"}")) ==
          Lines{"ruleset.yaml:53:5: error: example 'full marks': rejected as 'more present than "
                "members (present: 12; members: 10)', but the example expects 'too few'"});
  }
  SECTION("a rejection that the example does not expect") {
    CHECK(lint_text(with_example("record: {members: 10, present: 12, rate: 100, prepared: yes}",
                                 "expect: {total: 100}")) ==
          Lines{"ruleset.yaml:53:5: error: example 'full marks': the record was rejected: more "
                "present than members (present: 12; members: 10)"});
  }
  SECTION("a field the example leaves out is named once") {
    // It was named twice: as a missing column, then as the rejection.
    CHECK(lint_text(with_example("record: {members: 10, present: 10, prepared: yes}",
                                 "expect: {total: 100}")) ==
          Lines{"ruleset.yaml:53:5: error: example 'full marks': the record was rejected: "
                "thiếu khóa 'rate' (Completion rate)"});
  }
  SECTION("a field left out may be the rejection the example expects") {
    CHECK(lint_text(with_example("record: {members: 10, present: 10}",
                                 "expect: {rejected: \"thiếu khóa 'rate'\"}")) == Lines{});
  }
  SECTION("a key no input has fails the example") {
    CHECK(lint_text(with_example("record: {members: 10, present: 10, rate: 100, prepared: yes, "
                                 "presnt: 3}",
                                 "expect: {total: 100}")) ==
          Lines{"ruleset.yaml:54:66: error: example 'full marks': the record's key 'presnt' is "
                "not an input of this ruleset, so the example fails; did you mean 'present'?"});
  }
  SECTION("a key no input has is said at its own line") {
    CHECK(lint_text(with_example("record:\n      members: 10\n      present: 10\n      rate: 100\n"
                                 "      prepared: yes\n      prepard: no",
                                 "expect: {total: 100}")) ==
          Lines{"ruleset.yaml:59:7: error: example 'full marks': the record's key 'prepard' is "
                "not an input of this ruleset, so the example fails; did you mean 'prepared'?"});
  }
  SECTION("a key close to an input with a default is said once, at the key") {
    // The record is rejected for it (it would be scored as if the input were
    // empty), and that was said again at the example, in Vietnamese.
    const std::string yaml =
        changed(with_example("record: {members: 10, present: 10, rate: 100, prepard: yes}",
                             "expect: {total: 100}"),
                "prepared: {type: yesno, label: Prepared}",
                "prepared: {type: yesno, label: Prepared, default: no}");
    CHECK(lint_text(yaml) ==
          Lines{"ruleset.yaml:54:51: error: example 'full marks': the record's key 'prepard' is "
                "not an input of this ruleset, so the example fails; did you mean 'prepared'?"});
    CHECK(
        lint_text(changed(yaml, "expect: {total: 100}", "expect: {rejected: \"more present\"}")) ==
        Lines{"ruleset.yaml:54:51: error: example 'full marks': the record's key 'prepard' is "
              "not an input of this ruleset, so the example fails; did you mean 'prepared'?"});
  }
  SECTION("a self-score that is no score: the checks' rejection is still the reason") {
    // The claim's warning was taken for the rejection's reason.
    CHECK(lint_text(with_example(
              "record: {members: 10, present: 12, rate: 100, prepared: yes, self_total: 9o}",
              "expect: {rejected: \"more present\"}")) == Lines{});
    CHECK(lint_text(with_example(
              "record: {members: 10, present: 12, rate: 100, prepared: yes, self_total: 9o}",
              "expect: {total: 100}")) ==
          Lines{"ruleset.yaml:53:5: error: example 'full marks': the record was rejected: more "
                "present than members (present: 12; members: 10); khóa 'self_total' (Tổng điểm "
                "chi bộ tự chấm): '9o' không phải là số"});
  }
  SECTION("an expected rejection that happens passes") {
    CHECK(lint_text(with_example("record: {members: 10, present: 12, rate: 100, prepared: yes}",
                                 "expect: {rejected: \"more present\"}")) == Lines{});
  }
}

TEST_CASE("an expected number is compared to as many decimals as it is written with",
          "[examples]") {
  // 100.004 passed for 100: both shown 100.00 at the ruleset's 2 decimals.
  const std::string full = "record: {members: 10, present: 10, rate: 100, prepared: yes}";
  CHECK(lint_text(with_example(full, "expect: {total: 100.004, points: {tham_du: 30.0001}}")) ==
        Lines{"ruleset.yaml:53:5: error: example 'full marks': total is 100 but the example "
              "expects 100.004",
              "ruleset.yaml:55:39: error: example 'full marks': 'tham_du' got 30 points but the "
              "example expects 30.0001"});
  // Zeros written past the ruleset's decimals change nothing.
  CHECK(lint_text(with_example(full, "expect: {total: 100.000, points: {tham_du: 30.00}}")) ==
        Lines{});
}

TEST_CASE("run_examples counts passed and failed examples", "[examples]") {
  std::string yaml = kBase +
                     "  - name: prepared only\n"
                     "    record: {members: 10, present: 0, rate: 0, prepared: yes}\n"
                     "    expect: {total: 50, grade: tb, points: {tham_du: 0, hoan_thanh: 10}}\n"
                     "  - name: wrong\n"
                     "    record: {members: 10, present: 10, rate: 95, prepared: no}\n"
                     "    expect: {total: 61}\n";
  TempDir dir;
  Diagnostics diags;
  auto compiled = load_compiled_ruleset(dir.write("r.yaml", yaml), diags);
  REQUIRE(compiled);
  ExampleCounts counts = run_examples(*compiled, diags);
  CHECK(counts.passed == 2);
  CHECK(counts.failed == 1);
  CHECK(dir.formatted(diags) ==
        Lines{"r.yaml:59:5: error: example 'wrong': total is 60 but the example expects 61"});
}

TEST_CASE("a tailoring's changes that fail the base's examples: told at its 'extends'",
          "[examples]") {
  // Each failure is at the base's line; the fix is in the tailoring: lint
  // says it once there, with the failure.
  const std::string veto = "vetoes:\n  - {when: present == members, at_most: kha, reason: x}\n";
  Tailored child(kHead + veto);
  CHECK(child.lint() ==
        Lines{"tinh/child.yaml:1:10: error: 1 of the base's examples fails with this file's "
              "changes (base/hd12.yaml:53:5: example 'full marks': grade is kha but the example "
              "expects tot): a tailoring runs the base's examples unless it has its own; write "
              "'examples:' in this file, with the points this ruleset gives (it replaces the "
              "base's)"});
  // Its own examples replace the base's: nothing more to say.
  Tailored own(kHead + veto +
               "examples:\n  - name: full\n    record: {members: 10, present: 10, rate: 100, "
               "prepared: yes}\n    expect: {total: 100, grade: kha}\n");
  CHECK(own.lint().empty());
}

namespace {

// kBase with three examples more: two that full attendance fails under the
// veto above, one it passes.
const std::string kThreeMore = kBase +
                               "  - name: again\n"
                               "    record: {members: 10, present: 10, rate: 100, prepared: yes}\n"
                               "    expect: {grade: tot}\n"
                               "  - name: none present\n"
                               "    record: {members: 10, present: 0, rate: 0, prepared: yes}\n"
                               "    expect: {total: 50}\n"
                               "  - name: and again\n"
                               "    record: {members: 10, present: 10, rate: 100, prepared: yes}\n"
                               "    expect: {total: 100, grade: tot}\n";

// A tailoring of base whose veto lowers full attendance to kha.
Tailored tailoring_of(const std::string& base) {
  return Tailored(kHead + "vetoes:\n  - {when: present == members, at_most: kha, reason: x}\n",
                  base);
}

// What `chibo test tinh/child.yaml` counts of child's examples, each failure
// said in diags.
ExampleCounts examples_of(const Tailored& child, Diagnostics& diags) {
  auto compiled = load_compiled_ruleset(child.dir.path("tinh/child.yaml"), diags);
  REQUIRE(compiled);
  return run_examples(*compiled, diags);
}

}  // namespace

TEST_CASE("the base's examples a tailoring fails: lint counts them, chibo test says each",
          "[examples]") {
  const Tailored child = tailoring_of(kThreeMore);
  // chibo lint: one error, where the fix goes, not one at each base line.
  CHECK(child.lint() ==
        Lines{"tinh/child.yaml:1:10: error: 3 of the base's examples fail with this file's "
              "changes (the first at base/hd12.yaml:53:5: example 'full marks': grade is kha but "
              "the example expects tot; 'chibo test tinh/child.yaml' says each): a tailoring "
              "runs the base's examples unless it has its own; write 'examples:' in this file, "
              "with the points this ruleset gives (it replaces the base's)"});
  // chibo test: each, and where to mend them; the counts are every example's.
  Diagnostics diags;
  const ExampleCounts counts = examples_of(child, diags);
  CHECK(counts.passed == 1);
  CHECK(counts.failed == 3);
  CHECK(child.dir.formatted(diags) ==
        Lines{"base/hd12.yaml:53:5: error: example 'full marks': grade is kha but the example "
              "expects tot",
              "base/hd12.yaml:56:5: error: example 'again': grade is kha but the example expects "
              "tot",
              "base/hd12.yaml:62:5: error: example 'and again': grade is kha but the example "
              "expects tot",
              "tinh/child.yaml:1:10: warning: 3 of the base's examples fail with this file's "
              "changes (each said at its line in base/hd12.yaml): a tailoring runs the base's "
              "examples unless it has its own; write 'examples:' in this file, with the points "
              "this ruleset gives (it replaces the base's)"});
  // A ruleset's own examples are said each, by lint as by chibo test.
  TempDir dir;
  const std::string failing =
      changed(kThreeMore, "when: present < members / 2,", "when: present == members,");
  dir.write("r.yaml", failing);
  CHECK(dir.lint("r.yaml") ==
        Lines{"r.yaml:53:5: error: example 'full marks': grade is kha but the example expects tot",
              "r.yaml:56:5: error: example 'again': grade is kha but the example expects tot",
              "r.yaml:62:5: error: example 'and again': grade is kha but the example expects "
              "tot"});
}

TEST_CASE("a base's example that fails in the base itself is not said to fail for the tailoring",
          "[examples]") {
  // The base's own example is wrong (its total is 100): the tailoring, which
  // changes only the title, did not make it fail.
  const std::string wrong = changed(kBase, kExpect, "expect: {total: 90}");
  Tailored child(kHead + "title: Child\n", wrong);
  CHECK(child.lint() ==
        Lines{"tinh/child.yaml:1:10: error: 1 of the base's examples fails in the base already, "
              "not for this file's changes (base/hd12.yaml:53:5: example 'full marks': total is "
              "100 but the example expects 90): mend it in base/hd12.yaml, or: a tailoring runs "
              "the base's examples unless it has its own; write 'examples:' in this file, with "
              "the points this ruleset gives (it replaces the base's)"});
  Diagnostics diags;
  const ExampleCounts counts = examples_of(child, diags);
  CHECK(counts.failed == 1);
  REQUIRE(counts.failures.size() == 1);
  CHECK(child.dir.formatted(counts.failures[0]) ==
        Lines{"base/hd12.yaml:53:5: error: example 'full marks': total is 100 but the example "
              "expects 90"});
  CHECK(child.dir.formatted(diags) ==
        Lines{"base/hd12.yaml:53:5: error: example 'full marks': total is 100 but the example "
              "expects 90",
              "tinh/child.yaml:1:10: warning: 1 of the base's examples fails in the base "
              "already, not for this file's changes (each said at its line in base/hd12.yaml): "
              "mend it in base/hd12.yaml, or: a tailoring runs the base's examples unless it has "
              "its own; write 'examples:' in this file, with the points this ruleset gives (it "
              "replaces the base's)"});
}

TEST_CASE("the base's examples a tailoring fails, some failing in the base already: each counted",
          "[examples]") {
  // 'none present' expects 55 where the base gives 50; the veto fails the
  // three of full attendance.
  const Tailored child =
      tailoring_of(changed(kThreeMore, "expect: {total: 50}", "expect: {total: 55}"));
  CHECK(child.lint() ==
        Lines{"tinh/child.yaml:1:10: error: 4 of the base's examples fail, 3 with this file's "
              "changes and 1 in the base already (the first at base/hd12.yaml:53:5: example "
              "'full marks': grade is kha but the example expects tot; 'chibo test "
              "tinh/child.yaml' says each): a tailoring runs the base's examples unless it has "
              "its own; write 'examples:' in this file, with the points this ruleset gives (it "
              "replaces the base's)"});
  Diagnostics diags;
  const ExampleCounts counts = examples_of(child, diags);
  CHECK(counts.passed == 0);
  CHECK(counts.failed == 4);
  CHECK(counts.failures.size() == 4);
  CHECK(child.dir.formatted(diags).back() ==
        "tinh/child.yaml:1:10: warning: 4 of the base's examples fail, 3 with this file's "
        "changes and 1 in the base already (each said at its line in base/hd12.yaml): a "
        "tailoring runs the base's examples unless it has its own; write 'examples:' in this "
        "file, with the points this ruleset gives (it replaces the base's)");
}
