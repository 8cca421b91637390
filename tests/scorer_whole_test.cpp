// The scorer's whole-number adding (CompiledForm::whole) against the general way.
#include "chibo/scorer.h"

#include <memory>
#include <string>

#include <catch2/catch.hpp>

#include "chibo/ruleset_loader.h"
#include "compiled_ruleset_data.h"
#include "scorer_fixture.h"
#include "scoring_fixture.h"

using chibo::testing::check_same_score;
using chibo::testing::compile_text;
using chibo::testing::for_each_sample_record;
using chibo::testing::kHoaBinh;
using chibo::testing::score_fields;
using chibo::testing::sheet;

namespace {

// The same ruleset compiled again, its sheets scored the general way (as if
// their points were not all whole).
std::shared_ptr<const chibo::CompiledRuleset> without_whole(const std::string& path) {
  chibo::Diagnostics diags;
  auto r = chibo::load_compiled_ruleset(path, diags);
  if (!r) return r;
  // Made by compile_ruleset as a non-const object: changing it is defined.
  for (chibo::CompiledForm& f : const_cast<chibo::CompiledRuleset&>(*r).forms) f.whole = false;
  return r;
}

}  // namespace

TEST_CASE("sheets of whole points add up in integers, as the general way does") {
  // Hòa Bình's sheets qualify; the sample year is scored both ways.
  chibo::Diagnostics diags;
  auto whole = chibo::load_compiled_ruleset(kHoaBinh, diags);
  auto general = without_whole(kHoaBinh);
  REQUIRE(whole);
  REQUIRE(general);
  REQUIRE_FALSE(whole->forms.empty());
  for (const chibo::CompiledForm& f : whole->forms) CHECK(f.whole);
  int scored = 0;
  for_each_sample_record(*whole, [&](const chibo::MeetingRecord& rec) {
    chibo::MeetingScore a, b;
    REQUIRE(chibo::score_meeting(*whole, rec, a) == chibo::score_meeting(*general, rec, b));
    if (a.rejected.empty()) ++scored;
    check_same_score(a, b);
  });
  CHECK(scored > 1000);
}

TEST_CASE("a sheet of whole points whose item scores a fraction is scored the general way") {
  // Whole maxima, but a proportional share, deductions counted by a value
  // that may be a fraction, a bonus and an item rescaled when it does not
  // apply: every record of a grid scored both ways.
  const std::string text = sheet(
      "  members: {type: integer, min: 1, label: Đảng viên}\n"
      "  present: {type: integer, min: 0, label: Có mặt}\n"
      "  late: {type: number, min: 0, label: Giờ muộn}\n"
      "  thematic: {type: yesno, label: Chuyên đề, default: no}\n",
      "  - id: g\n    label: G\n    items:\n"
      "      - {id: du, label: Dự họp, max: 20, proportional: {of: present * 100 / members, "
      "from: 50, to: 100}}\n"
      "      - id: muon\n        label: Muộn\n        max: 10\n"
      "        deductions: {floor: 0, rules: [{each: late, points: 2, reason: Muộn}]}\n"
      "      - {id: cd, label: Chuyên đề, max: 10, when: thematic, applies_when: thematic,\n"
      "         not_applicable: rescale}\n"
      "      - {id: rest, label: R, max: 60, when: yes}\n"
      "  - id: thuong\n    label: Thưởng\n    items:\n"
      "      - {id: t, label: T, bonus: {cap: 3, rules: [{when: thematic, points: 3, reason: "
      "T}]}}\n");
  const std::string path = chibo::testing::write_temp("fractions.yaml", text);
  chibo::Diagnostics diags;
  auto whole = chibo::load_compiled_ruleset(path, diags);
  auto general = without_whole(path);
  REQUIRE(whole);
  REQUIRE(general);
  CHECK(whole->forms[0].whole);
  int fractions = 0;
  for (const char* present : {"5", "7", "9", "10"}) {
    for (const char* late : {"0", "1", "2.5", "7"}) {
      for (const char* thematic : {"có", "không"}) {
        auto a = score_fields(
            *whole,
            {{"members", "10"}, {"present", present}, {"late", late}, {"thematic", thematic}});
        auto b = score_fields(
            *general,
            {{"members", "10"}, {"present", present}, {"late", late}, {"thematic", thematic}});
        INFO(present << " " << late << " " << thematic);
        REQUIRE(a.ok == b.ok);
        check_same_score(a.score, b.score);
        if (!a.score.total.is_integer()) ++fractions;
      }
    }
  }
  CHECK(fractions > 0);
}

TEST_CASE("a sheet qualifies for whole-number adding only within its bounds") {
  auto fraction = compile_text(sheet("  x: {type: yesno, label: X}\n",
                                     "  - id: g\n    label: G\n    items:\n"
                                     "      - {id: a, label: A, max: 2.5, when: x}\n"
                                     "      - {id: b, label: B, max: 97.5, when: yes}\n"));
  REQUIRE(fraction);
  CHECK_FALSE(fraction->forms[0].whole);
  auto points = compile_text(sheet("  x: {type: yesno, label: X}\n",
                                   "  - id: g\n    label: G\n    items:\n"
                                   "      - {id: a, label: A, max: 100, when: x}\n"));
  REQUIRE(points);
  CHECK(points->forms[0].whole);
  CHECK(points->forms[0].steps[1].whole_max == 100);
  CHECK(points->forms[0].steps[1].whole_met == 100);
  CHECK(points->forms[0].steps[1].whole_unmet == 0);
}
