#include "chibo/scorer.h"

#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "chibo/explain.h"
#include "chibo/record_checker.h"
#include "compiled_ruleset_data.h"
#include "scorer_fixture.h"
#include "scoring_fixture.h"

using chibo::Rational;
using chibo::testing::compile_text;
using chibo::testing::kBandCriteria;
using chibo::testing::kBandInputs;
using chibo::testing::score_fields;
using chibo::testing::sheet;

TEST_CASE("bands: lower bound inclusive, exact at the edges, non-zero floor") {
  std::string errors;
  auto r = compile_text(sheet(kBandInputs, kBandCriteria), &errors);
  REQUIRE(errors == "");
  REQUIRE(r);
  struct Case {
    const char* done;
    int points;
  } cases[] = {{"100", 15}, {"99,999", 13}, {"90", 13}, {"89.99", 11},
               {"80", 11},  {"79.9999", 5}, {"0", 5},   {"93,5", 13}};
  for (const Case& c : cases) {
    INFO(c.done);
    auto s = score_fields(*r, {{"done", c.done}});
    REQUIRE(s.ok);
    CHECK(s.score.criteria[1].points == Rational(c.points));
    CHECK(s.score.total == Rational(c.points + 85));
  }
}

TEST_CASE("bands explain the row in words") {
  auto r = compile_text(sheet(kBandInputs, kBandCriteria));
  REQUIRE(r);
  auto s = score_fields(*r, {{"done", "85"}});
  REQUIRE(s.ok);
  CHECK(chibo::criterion_reason(*r, s.score, 1) ==
        "Tỷ lệ hoàn thành 85% thuộc mức từ 80% đến dưới 90%: 11/15 điểm");
  // Bands of an expression: the expression in words.
  std::string criteria = kBandCriteria;
  criteria.replace(criteria.find("of: done"), 8, "of: done / 2 + 40");
  auto of = compile_text(sheet(kBandInputs, criteria));
  REQUIRE(of);
  auto half = score_fields(*of, {{"done", "90"}});
  REQUIRE(half.ok);
  CHECK(chibo::criterion_reason(*of, half.score, 1) ==
        "(tỷ lệ hoàn thành / 2 + 40) = 85 thuộc mức từ 80 đến dưới 90: 11/15 điểm");
  CHECK(chibo::criterion_reason(*r, s.score, 2) == "");
  CHECK(chibo::criterion_reason(*r, s.score, 0) == "");
}

// The band is found from the exact value; shown rounded, 89.995 would read
// "90% thuộc mức từ 80% đến dưới 90%". Written with the digits that tell
// then, and only then.
TEST_CASE("a band's value that would be shown out of its band is written with more digits") {
  auto r = compile_text(sheet(kBandInputs, kBandCriteria));
  REQUIRE(r);
  auto reason = [](const chibo::CompiledRuleset& ruleset, const char* done) {
    auto s = score_fields(ruleset, {{"done", done}});
    REQUIRE(s.ok);
    return chibo::criterion_reason(ruleset, s.score, 1);
  };
  CHECK(reason(*r, "89.995") ==
        "Tỷ lệ hoàn thành 89,995% thuộc mức từ 80% đến dưới 90%: 11/15 điểm");
  CHECK(reason(*r, "99,995") ==
        "Tỷ lệ hoàn thành 99,995% thuộc mức từ 90% đến dưới 100%: 13/15 điểm");
  CHECK(reason(*r, "79.9999999") ==
        "Tỷ lệ hoàn thành 79,999999% thuộc mức từ 0% đến dưới 80%: 5/15 điểm");
  CHECK(reason(*r, "89.994") ==
        "Tỷ lệ hoàn thành 89,99% thuộc mức từ 80% đến dưới 90%: 11/15 điểm");
  CHECK(reason(*r, "90.001") == "Tỷ lệ hoàn thành 90% thuộc mức từ 90% đến dưới 100%: 13/15 điểm");
  // Below the lowest row (of an expression, which may fall below it): not
  // shown at its edge either.
  std::string criteria = kBandCriteria;
  criteria.replace(criteria.find("of: done"), 8, "of: done / 2 + 40");
  criteria.replace(criteria.find("{from: 0, to: 80"), 16, "{from: 50, to: 80");
  auto floor50 = compile_text(sheet(kBandInputs, criteria));
  REQUIRE(floor50);
  CHECK(reason(*floor50, "19.992") ==
        "(tỷ lệ hoàn thành / 2 + 40) = 49,996 dưới mức thấp nhất (từ 50 đến dưới 80): 0/15 điểm");
  CHECK(reason(*floor50, "10") ==
        "(tỷ lệ hoàn thành / 2 + 40) = 45 dưới mức thấp nhất (từ 50 đến dưới 80): 0/15 điểm");
}

TEST_CASE("condition items: points when it holds, otherwise when not") {
  auto r =
      compile_text(sheet("  minutes_long: {type: minutes, label: Thời gian}\n"
                         "  combined: {type: yesno, label: Kết hợp chuyên đề, default: no}\n",
                         "  - id: g\n    label: G\n    items:\n"
                         "      - {id: thoi_gian, label: Thời gian, max: 10, otherwise: 4,\n"
                         "         when: 'minutes_long >= (if combined then 120 else 90)',\n"
                         "         reason: Chưa đủ thời gian}\n"
                         "      - {id: rest, label: R, max: 90, when: yes}\n"));
  REQUIRE(r);
  CHECK(score_fields(*r, {{"minutes_long", "90"}}).score.total == Rational(100));
  CHECK(score_fields(*r, {{"minutes_long", "89"}}).score.total == Rational(94));
  auto combined = score_fields(*r, {{"minutes_long", "100"}, {"combined", "có"}});
  CHECK(combined.score.total == Rational(94));
  CHECK(chibo::criterion_reason(*r, combined.score, 1) ==
        "Chưa đủ thời gian (thời gian: 100 phút; kết hợp chuyên đề: có): 4/10 điểm");
  CHECK(score_fields(*r, {{"minutes_long", "120"}, {"combined", "x"}}).score.total ==
        Rational(100));
}

TEST_CASE("a condition met that gives less than its max is not blamed for failing") {
  // points: 3 of max 5 when met: the 2 points are the rule's, not the
  // meeting's failure, and its reason (for not meeting it) is not said.
  // The condition said in words: the inputs by their labels, 'and' as và.
  // Unmet, the values it read are said, but not one yes/no value alone (its
  // reason says it).
  for (auto [when, words, values] :
       {std::tuple{"prepared", "chuẩn bị", ""},
        std::tuple{"prepared and minutes > 0", "chuẩn bị và thời gian > 0 phút",
                   " (chuẩn bị: không; thời gian: 90 phút)"}}) {
    INFO(when);
    auto r =
        compile_text(sheet("  prepared: {type: yesno, label: Chuẩn bị}\n"
                           "  minutes: {type: minutes, label: Thời gian}\n",
                           fmt::format("  - id: g\n    label: G\n    items:\n"
                                       "      - {{id: a, label: A, max: 5, points: 3, "
                                       "otherwise: 1, when: '{}', reason: Không chuẩn bị}}\n"
                                       "      - {{id: rest, label: R, max: 95, when: yes}}\n",
                                       when)));
    REQUIRE(r);
    auto met = score_fields(*r, {{"prepared", "có"}, {"minutes", "90"}});
    REQUIRE(met.ok);
    CHECK(chibo::criterion_reason(*r, met.score, 1) ==
          fmt::format("đạt điều kiện '{}', được 3 điểm khi đạt: 3/5 điểm", words));
    auto unmet = score_fields(*r, {{"prepared", "không"}, {"minutes", "90"}});
    REQUIRE(unmet.ok);
    CHECK(chibo::criterion_reason(*r, unmet.score, 1) ==
          fmt::format("Không chuẩn bị{}: 1/5 điểm", values));
  }
}

TEST_CASE("a condition on one value is read from its slot, the others evaluated") {
  // Items whose `when` is one yes/no value and that always apply are scored
  // from the compiled NodeStep; an expression or an applies_when takes the
  // general path. Both must give the same points, met and applicability.
  auto r = compile_text(
      sheet("  prepared: {type: yesno, label: Chuẩn bị}\n"
            "  minutes: {type: minutes, label: Thời gian}\n",
            "  - id: g\n    label: G\n    items:\n"
            "      - {id: one_value, label: A, max: 10, otherwise: 3, when: prepared, reason: R}\n"
            "      - {id: expression, label: B, max: 10, when: 'minutes >= 90', reason: R}\n"
            "      - {id: sometimes, label: C, max: 10, when: prepared, applies_when: month == 3,\n"
            "         not_applicable: full, reason: R}\n"
            "      - {id: rest, label: D, max: 70, when: yes}\n"));
  REQUIRE(r);
  const chibo::CompiledForm& form = r->forms[0];
  REQUIRE(form.steps.size() == form.nodes.size());
  CHECK(form.steps[0].when_slot == -1);  // the group
  CHECK(form.steps[1].when_slot == form.nodes[1].when->single_slot());
  CHECK(form.steps[1].when_slot >= 0);
  CHECK(form.steps[2].when_slot == -1);  // an expression
  CHECK(form.steps[3].when_slot == -1);  // applies only in March
  CHECK(form.steps[4].when_slot == -1);  // `yes`: a constant, no slot
  struct Case {
    const char* prepared;
    const char* date;
    int one_value, sometimes, total;
    bool applies;
  } cases[] = {{"có", "2024-03-15", 10, 10, 100, true},
               {"không", "2024-03-15", 3, 0, 83, true},
               {"không", "2024-04-15", 3, 10, 93, false}};
  for (const Case& c : cases) {
    INFO(c.prepared << " " << c.date);
    auto s = score_fields(*r, {{"prepared", c.prepared}, {"minutes", "95"}, {"date", c.date}});
    REQUIRE(s.ok);
    CHECK(s.score.criteria[1].points == Rational(c.one_value));
    CHECK(s.score.criteria[1].met == (c.one_value == 10));
    CHECK(s.score.criteria[1].applicable);
    CHECK(s.score.criteria[3].points == Rational(c.sometimes));
    CHECK(s.score.criteria[3].applicable == c.applies);
    CHECK(s.score.criteria[0].points == Rational(c.total));
    CHECK(s.score.total == Rational(c.total));
  }
}

TEST_CASE("proportional points are exact fractions") {
  auto r = compile_text(
      sheet("  members: {type: integer, min: 1, label: Đảng viên}\n"
            "  present: {type: integer, min: 0, label: Có mặt}\n",
            "  - id: g\n    label: G\n    items:\n"
            "      - {id: du, label: Dự họp, max: 20, proportional: {of: present * 100 / members, "
            "from: 50, to: 100}}\n"
            "      - {id: rest, label: R, max: 80, when: yes}\n"));
  REQUIRE(r);
  CHECK(score_fields(*r, {{"members", "18"}, {"present", "17"}}).score.criteria[1].points ==
        *Rational::make(160, 9));
  CHECK(score_fields(*r, {{"members", "10"}, {"present", "4"}}).score.criteria[1].points ==
        Rational(0));
  CHECK(score_fields(*r, {{"members", "10"}, {"present", "10"}}).score.criteria[1].points ==
        Rational(20));
}

// Short of `to`, a value is not shown as it, nor points short of the
// maximum as the maximum: "100% ...: 60/60 điểm" said nothing was lost.
TEST_CASE("a proportional value and points short of the full are not shown as it") {
  auto r = compile_text(sheet("  done: {type: percent, label: Hoàn thành}\n",
                              "  - id: g\n    label: G\n    items:\n"
                              "      - {id: a, label: A, max: 60, proportional: {of: done, "
                              "from: 0, to: 100}}\n"
                              "      - {id: rest, label: R, max: 40, when: yes}\n"));
  REQUIRE(r);
  auto s = score_fields(*r, {{"done", "99.996"}});
  REQUIRE(s.ok);
  CHECK(chibo::criterion_reason(*r, s.score, 1) ==
        "Hoàn thành 99,996%, tính theo tỷ lệ từ 0% (0 điểm) đến 100% (60 điểm): 59,998/60 điểm");
  auto half = score_fields(*r, {{"done", "50"}});
  REQUIRE(half.ok);
  CHECK(chibo::criterion_reason(*r, half.score, 1) ==
        "Hoàn thành 50%, tính theo tỷ lệ từ 0% (0 điểm) đến 100% (60 điểm): 30/60 điểm");
}

TEST_CASE("deductions start at the maximum, count per unit and stop at the floor") {
  auto r = compile_text(
      sheet("  unexcused: {type: integer, min: 0, label: Vắng không lý do}\n"
            "  late: {type: yesno, label: Họp muộn}\n",
            "  - id: g\n    label: G\n    items:\n"
            "      - id: ky_luat\n        label: Kỷ luật sinh hoạt\n        max: 20\n"
            "        deductions:\n          floor: 4\n          rules:\n"
            "            - {each: unexcused, points: 3, reason: Đảng viên vắng không lý do}\n"
            "            - {when: late, points: 2, reason: Họp không đúng ngày}\n"
            "      - {id: rest, label: R, max: 80, when: yes}\n"));
  REQUIRE(r);
  auto one = score_fields(*r, {{"unexcused", "1"}, {"late", "có"}});
  CHECK(one.score.criteria[1].points == Rational(15));
  CHECK(chibo::criterion_reason(*r, one.score, 1) ==
        "trừ 3 điểm (1 × 3): Đảng viên vắng không lý do; trừ 2 điểm: Họp không đúng ngày: "
        "15/20 điểm");
  auto many = score_fields(*r, {{"unexcused", "9"}, {"late", "không"}});
  CHECK(many.score.criteria[1].points == Rational(4));
  CHECK(chibo::criterion_reason(*r, many.score, 1) ==
        "trừ 27 điểm (9 × 3): Đảng viên vắng không lý do (không thấp hơn điểm sàn 4): 4/20 điểm");
  // No floor written: 0, said when it held the points up, not when they just reach it.
  auto zero = compile_text(
      sheet("  unexcused: {type: integer, min: 0, label: Vắng không lý do}\n",
            "  - id: g\n    label: G\n    items:\n"
            "      - id: ky_luat\n        label: Kỷ luật sinh hoạt\n        max: 8\n"
            "        deductions:\n          rules:\n"
            "            - {each: unexcused, points: 4, reason: Đảng viên vắng không lý do}\n"
            "      - {id: rest, label: R, max: 92, when: yes}\n"));
  REQUIRE(zero);
  CHECK(chibo::criterion_reason(*zero, score_fields(*zero, {{"unexcused", "3"}}).score, 1) ==
        "trừ 12 điểm (3 × 4): Đảng viên vắng không lý do (không thấp hơn 0 điểm): 0/8 điểm");
  CHECK(chibo::criterion_reason(*zero, score_fields(*zero, {{"unexcused", "2"}}).score, 1) ==
        "trừ 8 điểm (2 × 4): Đảng viên vắng không lý do: 0/8 điểm");
  CHECK(score_fields(*r, {{"unexcused", "0"}, {"late", "no"}}).score.total == Rational(100));
}

TEST_CASE("bonus points are capped, outside the scale, and the total never passes it") {
  auto r = compile_text(sheet(
      "  done: {type: percent, label: Hoàn thành}\n"
      "  ehandbook: {type: yesno, label: Sổ tay điện tử, default: no}\n"
      "  innovation: {type: yesno, label: Đổi mới, default: no}\n",
      "  - id: g\n    label: G\n    items:\n"
      "      - {id: hoan_thanh, label: H, max: 100, proportional: {of: done, from: 0, to: 100}}\n"
      "  - id: thuong\n    label: Điểm thưởng\n    items:\n"
      "      - id: cong\n        label: Cộng điểm\n"
      "        bonus: {cap: 3, rules: [{when: ehandbook, points: 2, reason: Đăng tài liệu},"
      " {when: innovation, points: 2, reason: Đổi mới}]}\n"));
  REQUIRE(r);
  CHECK(score_fields(*r, {{"done", "90"}, {"ehandbook", "có"}}).score.total == Rational(92));
  CHECK(score_fields(*r, {{"done", "90"}, {"ehandbook", "có"}, {"innovation", "có"}}).score.total ==
        Rational(93));
  auto capped = score_fields(*r, {{"done", "99"}, {"ehandbook", "có"}, {"innovation", "có"}});
  CHECK(capped.score.total == Rational(100));
  CHECK(chibo::grade_reasons(*r, capped.score)[0] ==
        "Điểm thưởng: cộng 3, tổng không vượt quá 100.");
  // None earned: said, not left blank.
  auto none = score_fields(*r, {{"done", "90"}});
  CHECK(chibo::criterion_reason(*r, none.score, 3) ==
        "không đạt điều kiện cộng điểm nào: 0/3 điểm");
}

TEST_CASE("formula points are clamped to 0..max") {
  auto r =
      compile_text(sheet("  speakers: {type: integer, min: 0, label: Số ý kiến}\n",
                         "  - id: g\n    label: G\n    items:\n"
                         "      - {id: y_kien, label: Ý kiến, max: 10, formula: speakers * 2}\n"
                         "      - {id: rest, label: R, max: 90, when: yes}\n"));
  REQUIRE(r);
  CHECK(score_fields(*r, {{"speakers", "3"}}).score.criteria[1].points == Rational(6));
  CHECK(score_fields(*r, {{"speakers", "30"}}).score.criteria[1].points == Rational(10));
}

TEST_CASE("not-applicable items follow the stated policy") {
  auto make = [](const char* policy) {
    return sheet("  thematic_content: {type: yesno, label: Nội dung chuyên đề, default: no}\n",
                 "  - id: g\n    label: G\n    items:\n"
                 "      - {id: chuyen_de, label: Chuyên đề, max: 20, when: thematic_content,\n"
                 "         applies_when: month == 3 or month == 6 or month == 9 or month == 12,\n"
                 "         not_applicable: " +
                     std::string(policy) +
                     "}\n"
                     "      - {id: rest, label: R, max: 80, formula: 60}\n");
  };
  auto full = compile_text(make("full"));
  auto rescale = compile_text(make("rescale"));
  auto zero = compile_text(make("zero"));
  REQUIRE((full && rescale && zero));
  // February: not applicable.
  CHECK(score_fields(*full, {{"date", "2024-02-10"}}).score.total == Rational(80));
  CHECK(score_fields(*rescale, {{"date", "2024-02-10"}}).score.total == Rational(75));
  CHECK(score_fields(*zero, {{"date", "2024-02-10"}}).score.total == Rational(60));
  // March: applies, and was not held.
  CHECK(score_fields(*rescale, {{"date", "2024-03-10"}}).score.total == Rational(60));
  auto feb = score_fields(*rescale, {{"date", "2024-02-10"}});
  CHECK(chibo::grade_reasons(*rescale, feb.score)[0] ==
        "Điểm các tiêu chí được áp dụng: 60/80, quy đổi theo thang 100: 75.");
  CHECK(chibo::criterion_reason(*rescale, feb.score, 1) ==
        "không áp dụng (chỉ tính khi tháng = 3 hoặc tháng = 6 hoặc tháng = 9 hoặc tháng = 12): "
        "không tính, tổng điểm được quy đổi theo thang 100");
}

TEST_CASE("a bonus that does not apply adds nothing, whatever the ruleset's policy") {
  // Under the ruleset's `full` it added its cap (points nobody earned), and
  // under `rescale` the sheet said it was rescaled, 97/100 -> 97.
  for (const char* policy : {"full", "rescale", "zero"}) {
    INFO(policy);
    auto r = compile_text(
        sheet("  ehandbook: {type: yesno, label: Sổ tay điện tử, default: no}\n",
              "  - id: g\n    label: G\n    items:\n"
              "      - {id: rest, label: R, max: 100, formula: 97}\n"
              "  - id: thuong\n    label: Điểm thưởng\n    items:\n"
              "      - id: cong\n        label: Cộng điểm\n        applies_when: month == 12\n"
              "        bonus: {cap: 3, rules: [{when: ehandbook, points: 2, reason: Đăng tài "
              "liệu}]}\n",
              std::string("not_applicable: ") + policy + "\n"));
    REQUIRE(r);
    auto march = score_fields(*r, {{"ehandbook", "có"}});
    REQUIRE(march.ok);
    CHECK(march.score.total == Rational(97));
    CHECK_FALSE(march.score.rescaled);
    CHECK(march.score.criteria[3].points == Rational(0));
    CHECK(chibo::criterion_reason(*r, march.score, 3) ==
          "không áp dụng (chỉ tính khi tháng = 12): không cộng điểm");
    CHECK(chibo::grade_reasons(*r, march.score)[0] ==
          "Tổng điểm 97,00/100: thuộc khung loại Tốt (từ 90 điểm).");
    auto december = score_fields(*r, {{"date", "2024-12-15"}, {"ehandbook", "có"}});
    CHECK(december.score.total == Rational(99));
  }
}

TEST_CASE("a meeting none of whose items apply, all rescaled away, is rejected, not scored 0") {
  auto r = compile_text(
      sheet("  thematic_content: {type: yesno, label: Nội dung chuyên đề, default: no}\n",
            "  - id: g\n    label: G\n    items:\n"
            "      - {id: a, label: A, max: 60, when: thematic_content,\n"
            "         applies_when: month == 3, not_applicable: rescale}\n"
            "      - {id: b, label: B, max: 40, formula: 30,\n"
            "         applies_when: month == 3, not_applicable: rescale}\n"));
  REQUIRE(r);
  auto feb = score_fields(*r, {{"date", "2024-02-10"}});
  CHECK_FALSE(feb.ok);
  CHECK(feb.why ==
        "không tiêu chí nào áp dụng cho cuộc sinh hoạt này: không có điểm để quy đổi theo thang "
        "100");
  // In March they apply: 0 + 30 of 100.
  auto march = score_fields(*r, {{"date", "2024-03-10"}});
  CHECK(march.ok);
  CHECK(march.score.total == Rational(30));
}
