// Whether adding up a form's points can fail (points_guard.h), and scoring
// with the points unwanted (score_meeting's wants_points): a meeting is
// accepted or rejected, and said, exactly as a full score would.
#include "points_guard.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "chibo/ruleset_loader.h"
#include "chibo/scorer.h"
#include "compiled_ruleset_data.h"
#include "scorer_fixture.h"
#include "scoring_fixture.h"

using chibo::testing::compile_text;
using chibo::testing::for_each_sample_record;
using chibo::testing::kHoaBinh;
using chibo::testing::score_fields;
using chibo::testing::sheet;

namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

// The slots a form's guard reads, by the names of their inputs.
std::vector<std::string> guarded_inputs(const chibo::CompiledRuleset& r,
                                        const chibo::CompiledForm& f) {
  std::vector<std::string> out;
  for (const chibo::GuardedSlot& g : f.points_guard.slots) {
    const int i = g.slot - r.first_input_slot;
    if (i >= 0 && static_cast<std::size_t>(i) < r.model.inputs.size()) {
      out.push_back(r.model.inputs[static_cast<std::size_t>(i)].id +
                    (g.max_den == 1 ? "" : "/" + std::to_string(g.max_den)));
    } else {
      out.push_back("slot " + std::to_string(g.slot));
    }
  }
  return out;
}

// Scores fields with the points wanted and unwanted: the same outcome and
// reason; unwanted, left when left says so; wanted, never.
void check_both_ways(const chibo::CompiledRuleset& r, const Fields& fields, bool left) {
  const chibo::testing::Scored full = score_fields(r, fields);
  const chibo::testing::Scored checked = score_fields(r, fields, false);
  CHECK(checked.ok == full.ok);
  CHECK(checked.why == full.why);
  CHECK_FALSE(full.score.points_left);
  CHECK(checked.score.points_left == left);
  if (!left) chibo::testing::check_same_score(checked.score, full.score);
}

// One item of deductions by `each` over an integer input with no maximum.
const std::string kEach = sheet(
    "  late: {type: integer, min: 0, label: Muộn}\n"
    "  share: {type: number, min: 0, label: Tỷ lệ}\n",
    "  - id: g\n    label: G\n    items:\n"
    "      - id: muon\n        label: Muộn\n        max: 10\n"
    "        deductions: {floor: 0, rules: [{each: late, points: 10, reason: Muộn}]}\n"
    "      - {id: ty_le, label: Tỷ lệ, max: 10, formula: \"min(share, 10)\"}\n"
    "      - {id: rest, label: R, max: 80, when: yes}\n");

}  // namespace

TEST_CASE("Hòa Bình's sheets add up their points without fail, guarded by two inputs") {
  chibo::Diagnostics diags;
  auto r = chibo::load_compiled_ruleset(kHoaBinh, diags);
  REQUIRE(r);
  REQUIRE_FALSE(r->forms.empty());
  for (const chibo::CompiledForm& f : r->forms) {
    CHECK(f.points_guard.proven);
    // `each: unexcused` and `each: long_absent`; the character's formula
    // only compares it, and its value is one of its numbers.
    CHECK(guarded_inputs(*r, f) == std::vector<std::string>{"unexcused", "long_absent"});
  }
}

TEST_CASE("the sample year scored with and without its points: the same meetings accepted") {
  chibo::Diagnostics diags;
  auto r = chibo::load_compiled_ruleset(kHoaBinh, diags);
  REQUIRE(r);
  int left = 0, rejected = 0;
  for_each_sample_record(*r, [&](const chibo::MeetingRecord& rec) {
    chibo::MeetingScore full, checked;
    const bool ok = chibo::score_meeting(*r, rec, full);
    REQUIRE(chibo::score_meeting(*r, rec, checked, false) == ok);
    CHECK(checked.rejected == full.rejected);
    if (!ok) {
      ++rejected;
      CHECK_FALSE(checked.points_left);
      return;
    }
    REQUIRE(checked.points_left);
    ++left;
    CHECK(checked.form == full.form);
    CHECK(checked.total == chibo::Rational(0));
    CHECK(checked.grade == static_cast<int>(r->model.grades.size()) - 1);
    // The inputs and derived values are the full score's; the points' slots 0.
    for (int s = r->first_input_slot; s < r->slot_count; ++s) {
      const bool point = std::any_of(r->forms[static_cast<std::size_t>(full.form)].steps.begin(),
                                     r->forms[static_cast<std::size_t>(full.form)].steps.end(),
                                     [s](const chibo::NodeStep& step) { return step.slot == s; });
      INFO("slot " << s);
      if (point) {
        CHECK(checked.slots[static_cast<std::size_t>(s)] == chibo::Rational(0));
      } else if (std::none_of(r->forms.begin(), r->forms.end(), [s](const chibo::CompiledForm& f) {
                   return std::any_of(f.steps.begin(), f.steps.end(),
                                      [s](const chibo::NodeStep& st) { return st.slot == s; });
                 })) {
        CHECK(checked.slots[static_cast<std::size_t>(s)] ==
              full.slots[static_cast<std::size_t>(s)]);
      }
    }
  });
  CHECK(left > 1000);
  CHECK(rejected > 0);
}

TEST_CASE("a guard holds for small values, whole where the input is whole") {
  std::string errors;
  auto r = compile_text(kEach, &errors);
  INFO(errors);
  REQUIRE(r);
  const chibo::CompiledForm& f = r->forms[0];
  REQUIRE(f.points_guard.proven);
  CHECK(guarded_inputs(*r, f) == std::vector<std::string>{"late", "share/1048576"});
  check_both_ways(*r, {{"late", "2"}, {"share", "7.5"}}, true);
  check_both_ways(*r, {{"late", "536870912"}, {"share", "7.5"}}, true);  // 2^29: at the bound
  // Past the bounds: scored in full, with the same outcome.
  check_both_ways(*r, {{"late", "536870913"}, {"share", "7.5"}}, false);
  check_both_ways(*r, {{"late", "2"}, {"share", "0.0000001"}}, false);  // a denominator of 10^7
  check_both_ways(*r, {{"late", "2"}, {"share", "3000000000"}}, false);
}

TEST_CASE("points that overflow are found with the points unwanted too") {
  auto r = compile_text(kEach);
  REQUIRE(r);
  // 10 * (10^18 - 1) does not fit: rejected both ways (the guard does not hold).
  const Fields huge{{"late", "999999999999999999"}, {"share", "1"}};
  const chibo::testing::Scored full = score_fields(*r, huge);
  CHECK_FALSE(full.ok);
  CHECK(full.why ==
        "không tính được 'tổng điểm': số quá lớn hoặc có quá nhiều chữ số sau dấu phẩy để tính "
        "chính xác");
  check_both_ways(*r, huge, false);
}

TEST_CASE("a sheet whose points could fail to add up is not proven") {
  const std::string inputs =
      "  present: {type: integer, min: 0, label: Có mặt}\n"
      "  members: {type: integer, min: 1, label: Đảng viên}\n"
      "  x: {type: yesno, label: X}\n";
  auto proven = [&](const std::string& criteria, const std::string& extra = "") {
    std::string errors;
    auto r = compile_text(sheet(inputs, criteria, extra), &errors);
    INFO(errors);
    REQUIRE(r);
    return r->forms[0].points_guard.proven;
  };
  const std::string head = "  - id: g\n    label: G\n    items:\n";
  const std::string rest = "      - {id: rest, label: R, max: 90, when: yes}\n";
  CHECK(proven(head + "      - {id: a, label: A, max: 10, when: present >= members}\n" + rest));
  // Sums, products and divisions by a number fit for values within the guard.
  CHECK(proven(head + "      - {id: a, label: A, max: 10, when: present * 2 >= members}\n" + rest));
  CHECK(proven(head +
               "      - id: a\n        label: A\n        max: 10\n"
               "        deductions: {floor: 0, rules: [{each: present - 1, points: 1, "
               "reason: A}]}\n" +
               rest));
  CHECK(proven(head + "      - {id: a, label: A, max: 10, formula: present / 4 + 1}\n" + rest));
  // A division by a value (it may be 0), or a product that may not fit.
  CHECK_FALSE(proven(head + "      - {id: a, label: A, max: 10, formula: 30 / present}\n" + rest));
  CHECK_FALSE(
      proven(head + "      - {id: a, label: A, max: 10, formula: present * 10000000000}\n" + rest));
  CHECK_FALSE(proven(head + "      - {id: a, label: A, max: 10, when: x}\n" + rest,
                     "vetoes:\n  - {when: present * 100 / members < 50, at_most: kha, reason: "
                     "V}\n"));
  // A proportional item: its share divides by its span, a number.
  CHECK(proven(
      head + "      - {id: a, label: A, max: 10, proportional: {of: present, from: 0, to: 30}}\n" +
      rest));
  // Every item may be left off and rescaled: the sheet's maximum may be 0.
  CHECK_FALSE(proven(head +
                     "      - {id: a, label: A, max: 100, when: x, applies_when: present > 0,\n"
                     "         not_applicable: rescale}\n"));
  CHECK(proven(head +
               "      - {id: a, label: A, max: 10, when: x, applies_when: present > 0,\n"
               "         not_applicable: rescale}\n" +
               rest));
}

TEST_CASE("a meeting with no item left to rescale by is rejected with its points unwanted too") {
  auto r = compile_text(sheet("  present: {type: integer, min: 0, label: Có mặt}\n",
                              "  - id: g\n    label: G\n    items:\n"
                              "      - {id: a, label: A, max: 100, when: yes, applies_when: "
                              "present > 0,\n         not_applicable: rescale}\n"));
  REQUIRE(r);
  CHECK_FALSE(r->forms[0].points_guard.proven);
  check_both_ways(*r, {{"present", "0"}}, false);
  CHECK_FALSE(score_fields(*r, {{"present", "0"}}, false).ok);
  check_both_ways(*r, {{"present", "3"}}, false);
}
TEST_CASE("the shipped rulesets: every sheet proven, guarded by the values that make points") {
  const std::vector<std::pair<std::string, std::vector<std::string>>> shipped = {
      {"trung-uong/hd12-2018.yaml", {"unexcused", "long_absent"}},
      {"hoa-binh/qd31-2018.yaml", {"unexcused", "long_absent"}},
      {"binh-thuan/duk-2019.yaml", {}},  // levels chosen by name: compared only
      // formula: "speakers * 2", a proportional share of the duration.
      {"phu-tho/dukcq-2020.yaml", {"unexcused", "duration", "speakers"}},
  };
  for (const auto& [path, guarded] : shipped) {
    chibo::Diagnostics diags;
    auto r =
        chibo::load_compiled_ruleset(std::string(CHIBO_SOURCE_DIR) + "/rulesets/" + path, diags);
    INFO(path);
    REQUIRE(r);
    for (const chibo::CompiledForm& f : r->forms) {
      CHECK(f.points_guard.proven);
      CHECK(guarded_inputs(*r, f) == guarded);
    }
  }
}

TEST_CASE("values computed with in a condition are guarded too") {
  auto r =
      compile_text(sheet("  present: {type: integer, min: 0, label: Có mặt}\n"
                         "  members: {type: integer, min: 1, label: Đảng viên}\n",
                         "  - id: g\n    label: G\n    items:\n"
                         "      - {id: a, label: A, max: 10, when: present * 2 >= members}\n"
                         "      - {id: rest, label: R, max: 90, when: yes}\n"));
  REQUIRE(r);
  REQUIRE(r->forms[0].points_guard.proven);
  CHECK(guarded_inputs(*r, r->forms[0]) == std::vector<std::string>{"present"});
  check_both_ways(*r, {{"present", "9"}, {"members", "10"}}, true);
  // members is only compared: any size.
  check_both_ways(*r, {{"present", "9"}, {"members", "999999999999999999"}}, true);
  check_both_ways(*r, {{"present", "536870913"}, {"members", "10"}}, false);
}

TEST_CASE("a date read within the guard may be taken apart: year, month, day") {
  // year() takes a day's number within 10^9: the guard's 2^29 is below it.
  auto r =
      compile_text(sheet("  a: {type: integer, min: 0, label: A}\n"
                         "  dd: {type: date, label: Ngày}\n",
                         "  - id: g\n    label: G\n    items:\n"
                         "      - {id: i1, label: I1, max: 5, when: 'year(dd) == 2024'}\n"
                         "      - {id: i2, label: I2, max: 5, formula: 'a * 2'}\n"
                         "      - {id: rest, label: R, max: 90, when: yes}\n"));
  REQUIRE(r);
  REQUIRE(r->forms[0].points_guard.proven);
  CHECK(guarded_inputs(*r, r->forms[0]) == std::vector<std::string>{"a", "dd"});
  check_both_ways(*r, {{"a", "3"}, {"dd", "2024-01-05"}}, true);
  check_both_ways(*r, {{"a", "3"}, {"dd", "2023-01-05"}}, true);
}
