#include "chibo/scorer.h"

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "compiled_ruleset_data.h"
#include "csv_reader.h"

#include "chibo/explain.h"
#include "chibo/record_checker.h"
#include "chibo/ruleset_loader.h"
#include "scoring_fixture.h"

using chibo::Rational;
using chibo::testing::compile_text;
using chibo::testing::score_fields;
using chibo::testing::sheet;

namespace {

const char* kBandInputs = "  done: {type: percent, label: Tỷ lệ hoàn thành}\n";
const char* kBandCriteria =
    "  - id: g\n    label: G\n    items:\n"
    "      - id: hoan_thanh\n        label: Hoàn thành\n        max: 15\n"
    "        bands: {of: done, rows: [{from: 100, points: 15}, {from: 90, to: 100, points: 13},"
    " {from: 80, to: 90, points: 11}, {from: 0, to: 80, points: 5}]}\n"
    "      - {id: rest, label: Còn lại, max: 85, when: yes}\n";

const std::string kHoaBinh = std::string(CHIBO_SOURCE_DIR) + "/rulesets/hoa-binh/qd31-2018.yaml";

// Every record of the Hòa Bình sample year (both kinds of meeting, and some
// its own checks reject) that r's checker accepts, given to each with its line.
template <typename Each>
void for_each_sample_record(const chibo::CompiledRuleset& r, Each each) {
  std::ifstream in(std::string(CHIBO_SOURCE_DIR) +
                   "/rulesets/hoa-binh/samples/district/nam-2024.csv");
  chibo::CsvReader reader(in);
  chibo::CsvRecord row;
  REQUIRE(reader.next(row));
  std::vector<std::string> names;
  for (std::size_t i = 0; i < row.fields.size(); ++i) names.emplace_back(row.fields[i]);
  chibo::RecordChecker checker(r);
  chibo::Diagnostics diags;
  checker.bind(names, {"nam-2024.csv", 1, 0}, diags);
  REQUIRE_FALSE(diags.has_errors());
  std::vector<std::string_view> values;
  while (reader.next(row)) {
    values.clear();
    for (std::size_t i = 0; i < row.fields.size(); ++i) values.push_back(row.fields[i]);
    chibo::MeetingRecord rec;
    std::string why;
    if (!checker.check(values, {"nam-2024.csv", row.line, 0}, rec, why)) continue;
    INFO("line " << row.line);
    each(rec);
  }
}

}  // namespace

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

TEST_CASE("explain lists an item left off the sheet as not applying, whoever set its policy") {
  // The policy the ruleset sets for all its items, and the item's own: both rescale.
  for (const auto& [own, ruleset_wide] :
       {std::pair<const char*, const char*>{", not_applicable: rescale", ""},
        std::pair<const char*, const char*>{"", "not_applicable: rescale\n"}}) {
    auto r = compile_text(
        sheet("  thematic_content: {type: yesno, label: Nội dung chuyên đề, default: no}\n",
              std::string("  - id: g\n    label: G\n    items:\n"
                          "      - {id: chuyen_de, label: Chuyên đề, max: 20, when: "
                          "thematic_content,\n         applies_when: month == 3") +
                  own + "}\n      - {id: rest, label: R, max: 80, formula: 60}\n",
              ruleset_wide));
    REQUIRE(r);
    chibo::RecordChecker checker(*r);
    chibo::Diagnostics diags;
    checker.bind({"cell_id", "date"}, {"t.csv", 1, 0}, diags);
    chibo::MeetingRecord rec;
    std::string why;
    REQUIRE(checker.check(std::vector<std::string>{"T1", "2024-02-10"}, {"t.csv", 2, 0}, rec, why));
    chibo::MeetingScore score;
    REQUIRE(chibo::score_meeting(*r, rec, score));
    std::ostringstream out;
    chibo::write_explanation(out, *r, rec, score);
    INFO(out.str());
    CHECK(out.str().find("  [chuyen_de] Chuyên đề: không áp dụng\n") != std::string::npos);
    CHECK(out.str().find("Chi bộ T1, ngày 10/02/2024, sinh hoạt thường kỳ\n") == 0);
  }
}

// A group whose items are all left off is not points lost either; items
// that do not apply but have points (full, zero) show them.
TEST_CASE("explain lists a group all of whose items are left off as not applying") {
  auto r =
      compile_text(sheet("  ok: {type: yesno, label: Đạt}\n",
                         "  - id: g\n    label: G\n    items:\n"
                         "      - {id: f, label: F, max: 10, when: ok, applies_when: month == 3, "
                         "not_applicable: full}\n"
                         "      - {id: z, label: Z, max: 10, when: ok, applies_when: month == 3, "
                         "not_applicable: zero}\n"
                         "  - id: h\n    label: H\n    items:\n"
                         "      - {id: h1, label: H1, max: 10, when: ok, applies_when: month == 3, "
                         "not_applicable: rescale}\n"
                         "      - {id: h2, label: H2, max: 10, when: ok, applies_when: month == 3, "
                         "not_applicable: rescale}\n"
                         "  - {id: rest, label: Rest, max: 60, formula: 50}\n"));
  REQUIRE(r);
  chibo::RecordChecker checker(*r);
  chibo::Diagnostics diags;
  checker.bind({"cell_id", "date", "ok"}, {"t.csv", 1, 0}, diags);
  chibo::MeetingRecord rec;
  std::string why;
  REQUIRE(checker.check(std::vector<std::string>{"T1", "2024-04-01", "không"}, {"t.csv", 2, 0}, rec,
                        why));
  chibo::MeetingScore score;
  REQUIRE(chibo::score_meeting(*r, rec, score));
  std::ostringstream out;
  chibo::write_explanation(out, *r, rec, score);
  CHECK(out.str() ==
        "Chi bộ T1, ngày 01/04/2024, sinh hoạt thường kỳ\n"
        "Bộ tiêu chí: t (D), phiên bản 1\n"
        "\n"
        "[g] G: 10/20 điểm\n"
        "  [f] F: 10/10 điểm\n"
        "      -> không áp dụng (chỉ tính khi tháng = 3): tính đủ 10/10 điểm\n"
        "  [z] Z: 0/10 điểm\n"
        "      -> không áp dụng (chỉ tính khi tháng = 3): 0/10 điểm\n"
        "[h] H: không áp dụng\n"
        "  [h1] H1: không áp dụng\n"
        "      -> không áp dụng (chỉ tính khi tháng = 3): không tính, tổng điểm được quy đổi "
        "theo thang 100\n"
        "  [h2] H2: không áp dụng\n"
        "      -> không áp dụng (chỉ tính khi tháng = 3): không tính, tổng điểm được quy đổi "
        "theo thang 100\n"
        "[rest] Rest: 50/60 điểm\n"
        "    -> tính theo công thức: 50: 50/60 điểm\n"
        "\n"
        "Điểm các tiêu chí được áp dụng: 60/80, quy đổi theo thang 100: 75.\n"
        "Tổng điểm 75,00/100: thuộc khung loại Khá (từ 75 điểm).\n"
        "Xếp loại: Khá.\n");
}

TEST_CASE("grades: conditions pass a meeting down, vetoes cap it, explained") {
  std::string criteria =
      "  - id: g\n    label: G\n    items:\n"
      "      - {id: chuyen_can, label: Chuyên cần, max: 20, formula: attendance_points}\n"
      "      - {id: rest, label: R, max: 80, when: yes}\n";
  auto r = compile_text(
      "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
      "scale: 100\ninputs:\n"
      "  attendance_points: {type: integer, min: 0, max: 20, label: Điểm chuyên cần}\n"
      "  violation: {type: yesno, label: Vi phạm, default: no}\n"
      "criteria:\n" +
      criteria +
      "grades:\n  - {id: tot, label: Tốt, from: 90, at_max: [chuyen_can]}\n"
      "  - {id: kha, label: Khá, from: 70}\n  - {id: kem, label: Kém, from: 0}\n"
      "vetoes:\n  - {when: violation, at_most: kem, reason: Có đảng viên vi phạm}\n");
  REQUIRE(r);
  auto top = score_fields(*r, {{"attendance_points", "20"}});
  CHECK(top.score.grade == 0);
  auto down = score_fields(*r, {{"attendance_points", "18"}});
  CHECK(down.score.total == Rational(98));
  CHECK(down.score.grade == 1);
  CHECK(
      chibo::grade_reasons(*r, down.score) ==
      std::vector<std::string>{
          "Tổng điểm 98,00/100: thuộc khung loại Tốt (từ 90 điểm).",
          "Loại Tốt cần tiêu chí 'Chuyên cần' đạt tối đa, nhưng chỉ đạt 18/20 điểm: hạ xuống loại "
          "Khá.",
          "Xếp loại: Khá."});
  auto vetoed = score_fields(*r, {{"attendance_points", "20"}, {"violation", "có"}});
  CHECK(vetoed.score.grade == 2);
  CHECK(chibo::grade_reasons(*r, vetoed.score)[1] ==
        "Có đảng viên vi phạm: xếp loại tối đa là Kém.");
}

TEST_CASE("at_max: every criterion short is named, one left off the sheet asks nothing") {
  // chuyen_de applies to thematic meetings only and is rescaled away at
  // others: at a regular meeting it (and its group's share of it) has no
  // maximum to reach.
  auto r = compile_text(
      "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
      "scale: 100\nkinds: [regular, thematic]\ninputs:\n"
      "  a: {type: integer, min: 0, max: 10, label: A}\n"
      "  b: {type: integer, min: 0, max: 10, label: B}\n"
      "  report: {type: yesno, label: Báo cáo}\n"
      "criteria:\n"
      "  - id: g\n    label: G\n    items:\n"
      "      - {id: ia, label: Mục A, max: 10, formula: a}\n"
      "      - {id: ib, label: Mục B, max: 10, formula: b}\n"
      "      - {id: chuyen_de, label: Chuyên đề, max: 10, when: report,\n"
      "         applies_when: 'kind == \"thematic\"', not_applicable: rescale}\n"
      "  - {id: rest, label: R, max: 70, when: yes}\n"
      "grades:\n  - {id: tot, label: Tốt, from: 80, at_max: [ia, ib, chuyen_de]}\n"
      "  - {id: kha, label: Khá, from: 50, at_max: [g]}\n  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(r);
  auto regular = score_fields(*r, {{"a", "10"}, {"b", "10"}, {"report", "không"}});
  REQUIRE(regular.ok);
  CHECK(regular.score.grade == 0);  // chuyen_de left off: at_max asks nothing of it
  auto two_short = score_fields(*r, {{"a", "8"}, {"b", "9"}, {"report", "không"}});
  REQUIRE(two_short.ok);
  CHECK(two_short.score.grade == 2);  // and g (20 of 20 on this sheet) short for Khá
  CHECK(chibo::grade_reasons(*r, two_short.score) ==
        std::vector<std::string>{
            "Điểm các tiêu chí được áp dụng: 87/90, quy đổi theo thang 100: 96,67.",
            "Tổng điểm 96,67/100: thuộc khung loại Tốt (từ 80 điểm).",
            "Loại Tốt cần tiêu chí 'Mục A' và 'Mục B' đạt tối đa, nhưng chỉ đạt 8/10 và 9/10 "
            "điểm: hạ xuống loại Khá.",
            "Loại Khá cần tiêu chí 'G' đạt tối đa, nhưng chỉ đạt 17/20 điểm: hạ xuống loại Kém.",
            "Xếp loại: Kém."});
  auto thematic =
      score_fields(*r, {{"a", "10"}, {"b", "10"}, {"report", "không"}, {"kind", "thematic"}});
  REQUIRE(thematic.ok);
  CHECK(thematic.score.grade == 2);  // on the sheet now, and short
}

TEST_CASE("grade edges are exact: 90 is Tốt, 89.99 is not") {
  auto r = compile_text(sheet("  points: {type: number, min: 0, max: 100, label: Điểm}\n",
                              "  - id: g\n    label: G\n    items:\n"
                              "      - {id: all, label: A, max: 100, formula: points}\n"));
  REQUIRE(r);
  CHECK(score_fields(*r, {{"points", "90"}}).score.grade == 0);
  CHECK(score_fields(*r, {{"points", "89,99"}}).score.grade == 1);
  CHECK(score_fields(*r, {{"points", "75"}}).score.grade == 1);
  CHECK(score_fields(*r, {{"points", "74.999"}}).score.grade == 2);
}

// The total as explain shows it lies in the band of the grade it names:
// 89.996 is Khá, and "90,00 ... Khá" read as a wrong grade.
TEST_CASE("a total that would be shown at the next grade's edge is written with more digits") {
  auto r = compile_text(sheet("  points: {type: number, min: 0, max: 100, label: Điểm}\n",
                              "  - id: g\n    label: G\n    items:\n"
                              "      - {id: all, label: A, max: 100, formula: points}\n"));
  REQUIRE(r);
  auto first_reason = [&](const char* points) {
    auto s = score_fields(*r, {{"points", points}});
    REQUIRE(s.ok);
    return chibo::grade_reasons(*r, s.score)[0];
  };
  CHECK(first_reason("89,996") == "Tổng điểm 89,996/100: thuộc khung loại Khá (từ 75 điểm).");
  CHECK(first_reason("74.9999") ==
        "Tổng điểm 74,9999/100: thuộc khung loại Trung bình (từ 50 điểm).");
  CHECK(first_reason("89.99") == "Tổng điểm 89,99/100: thuộc khung loại Khá (từ 75 điểm).");
  CHECK(first_reason("90") == "Tổng điểm 90,00/100: thuộc khung loại Tốt (từ 90 điểm).");
  CHECK(first_reason("99.996") == "Tổng điểm 100,00/100: thuộc khung loại Tốt (từ 90 điểm).");
}

TEST_CASE("a criterion short of its maximum for a grade is not shown at it") {
  auto r = compile_text(
      "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
      "scale: 100\ninputs:\n  x: {type: number, min: 0, max: 20, label: X}\n"
      "criteria:\n  - {id: a, label: A, max: 20, formula: x}\n"
      "  - {id: rest, label: R, max: 80, when: yes}\n"
      "grades:\n  - {id: tot, label: Tốt, from: 90, at_max: [a]}\n"
      "  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(r);
  auto s = score_fields(*r, {{"x", "19.996"}});
  REQUIRE(s.ok);
  CHECK(chibo::grade_reasons(*r, s.score) ==
        std::vector<std::string>{
            "Tổng điểm 100,00/100: thuộc khung loại Tốt (từ 90 điểm).",
            "Loại Tốt cần tiêu chí 'A' đạt tối đa, nhưng chỉ đạt 19,996/20 điểm: hạ xuống loại "
            "Kém.",
            "Xếp loại: Kém."});
}

TEST_CASE("record checks reject with their message, division by zero is a rejection") {
  auto r = compile_text(sheet(
      "  members: {type: integer, min: 1, label: Đảng viên}\n"
      "  exempt: {type: integer, min: 0, default: 0, label: Miễn}\n"
      "  present: {type: integer, min: 0, label: Có mặt}\n",
      "  - id: g\n    label: G\n    items:\n"
      "      - {id: du, label: Dự, max: 100, proportional: {of: present * 100 / (members - exempt),"
      " from: 0, to: 100}}\n",
      "checks:\n  - {require: present <= members, message: Số có mặt vượt quá số đảng viên}\n"));
  REQUIRE(r);
  auto over = score_fields(*r, {{"members", "10"}, {"present", "11"}});
  CHECK_FALSE(over.ok);
  // With the values the check read, to say which number to mend.
  CHECK(over.why == "Số có mặt vượt quá số đảng viên (có mặt: 11; đảng viên: 10)");
  auto zero = score_fields(*r, {{"members", "10"}, {"exempt", "10"}, {"present", "0"}});
  CHECK_FALSE(zero.ok);
  CHECK(zero.why == "không tính được 'present * 100 / (members - exempt)': phép chia cho 0");
}

TEST_CASE("forms: one sheet per meeting kind") {
  auto r = compile_text(
      "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
      "kinds: [regular, thematic]\nscale: 100\n"
      "inputs:\n  ok: {type: yesno, label: Đạt}\n"
      "forms:\n"
      "  - id: thuong_ky\n    kinds: [regular]\n    criteria:\n"
      "      - {id: a, label: A, max: 100, when: ok}\n"
      "  - id: chuyen_de\n    kinds: [thematic]\n    criteria:\n"
      "      - {id: b, label: B, max: 60, when: ok}\n"
      "      - {id: c, label: C, max: 40, when: yes}\n"
      "grades:\n  - {id: dat, label: Đạt, from: 50}\n  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(r);
  auto regular = score_fields(*r, {{"ok", "không"}});
  CHECK(regular.score.form == 0);
  CHECK(regular.score.total == Rational(0));
  auto thematic = score_fields(*r, {{"ok", "không"}, {"kind", "chuyên đề"}});
  CHECK(thematic.score.form == 1);
  CHECK(thematic.score.total == Rational(40));
}

TEST_CASE("a meeting kind the ruleset does not score is rejected") {
  auto r = compile_text(sheet(kBandInputs, kBandCriteria));
  REQUIRE(r);
  auto s = score_fields(*r, {{"done", "90"}, {"kind", "thematic"}});
  CHECK_FALSE(s.ok);
  CHECK(s.why == "bộ tiêu chí không chấm loại sinh hoạt 'thematic' (chuyên đề)");
  // Said before the checks, which read its fields left blank as 0 (its kind
  // asks for none of them): "có mặt 5, tổng số 0" hid the reason.
  auto checked = compile_text(
      "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
      "scale: 100\ninputs:\n  members: {type: integer, min: 0, label: Tổng số}\n"
      "  present: {type: integer, min: 0, label: Có mặt}\n"
      "checks:\n  - {require: present <= members, message: Có mặt quá số đảng viên}\n"
      "criteria:\n  - {id: a, label: A, max: 100, formula: present}\n"
      "grades:\n  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(checked);
  auto blank = score_fields(*checked, {{"members", ""}, {"present", "5"}, {"kind", "chuyên đề"}});
  CHECK_FALSE(blank.ok);
  CHECK(blank.why == "bộ tiêu chí không chấm loại sinh hoạt 'thematic' (chuyên đề)");
}

TEST_CASE("a score made again over the last one's is the same as a fresh one") {
  // score_meeting keeps a reused score's slots (it writes every slot an
  // expression reads first): the Hòa Bình sheet's sample year, both forms,
  // its checks and vetoes, scored into one MeetingScore and into fresh ones.
  chibo::Diagnostics diags;
  auto r = chibo::load_compiled_ruleset(kHoaBinh, diags);
  REQUIRE(r);
  chibo::MeetingScore again;
  int scored[2] = {0, 0}, rejected = 0;
  for_each_sample_record(*r, [&](const chibo::MeetingRecord& rec) {
    chibo::MeetingScore fresh;
    const bool ok = chibo::score_meeting(*r, rec, fresh);
    REQUIRE(chibo::score_meeting(*r, rec, again) == ok);
    if (!ok) {
      CHECK(again.rejected == fresh.rejected);
      ++rejected;
      return;
    }
    ++scored[static_cast<int>(rec.kind)];
    CHECK(again.total == fresh.total);
    CHECK(again.grade == fresh.grade);
    CHECK(again.form == fresh.form);
    REQUIRE(again.criteria.size() == fresh.criteria.size());
    for (std::size_t n = 0; n < fresh.criteria.size(); ++n) {
      CHECK(again.criteria[n].points == fresh.criteria[n].points);
      CHECK(again.criteria[n].value == fresh.criteria[n].value);
    }
    REQUIRE(again.steps.size() == fresh.steps.size());
    for (std::size_t i = 0; i < fresh.steps.size(); ++i) {
      CHECK(again.steps[i].to_grade == fresh.steps[i].to_grade);
      CHECK(again.steps[i].veto == fresh.steps[i].veto);
    }
    // Every slot but other forms' criteria (never read) is the same.
    std::vector<bool> others(fresh.slots.size(), false);
    for (std::size_t f = 0; f < r->forms.size(); ++f) {
      if (static_cast<int>(f) == fresh.form) continue;
      for (const chibo::CompiledNode& n : r->forms[f].nodes) {
        others[static_cast<std::size_t>(n.slot)] = true;
      }
    }
    for (std::size_t s = 0; s < fresh.slots.size(); ++s) {
      if (!others[s]) CHECK(again.slots[s] == fresh.slots[s]);
    }
  });
  // The sample holds both kinds of meeting, and rejections by the sheet's
  // own checks.
  CHECK(scored[0] > 1000);
  CHECK(scored[1] > 100);
  CHECK(rejected > 0);
}

// The applicable maximum starts from the sum of every item's maximum and
// loses those that do not apply. A validated ruleset's items add up to its
// scale, so that sum fits; compiled without the validator it may not, and
// then the items that apply are summed as before: a meeting is refused only
// when theirs does not fit.
TEST_CASE("the applicable maximum when the maxima together do not fit") {
  // a and ten more items of 9 * 10^17: the eleven add up past 2^63, ten do not.
  std::string items =
      "  - {id: a, label: A, max: 900000000000000000, when: thematic_content,\n"
      "     applies_when: month == 3, not_applicable: rescale}\n";
  for (int i = 0; i < 10; ++i) {
    items += "  - {id: b" + std::to_string(i) +
             ", label: B, max: 900000000000000000, when: thematic_content}\n";
  }
  chibo::Diagnostics diags;
  auto loaded = chibo::load_ruleset(
      chibo::testing::write_temp(
          "big.yaml",
          sheet("  thematic_content: {type: yesno, label: Nội dung chuyên đề, default: no}\n",
                items)),
      diags);
  REQUIRE(loaded);
  auto r = chibo::compile_ruleset(std::move(*loaded), diags);  // not validated
  REQUIRE(r);
  // February: a does not apply, and the other ten's maxima fit.
  auto feb = score_fields(*r, {{"date", "2024-02-10"}});
  REQUIRE(feb.ok);
  CHECK(feb.score.applicable_max == Rational(9'000'000'000'000'000'000));
  CHECK(feb.score.rescaled);
  // March: all eleven apply, and their maxima are more than a Rational holds.
  CHECK(score_fields(*r, {{"date", "2024-03-10"}}).why ==
        "không tính được 'tổng điểm': số quá lớn");
}

namespace {

// Every part of two scores is the same.
void check_same_score(const chibo::MeetingScore& a, const chibo::MeetingScore& b) {
  CHECK(a.rejected == b.rejected);
  CHECK(a.form == b.form);
  CHECK(a.total == b.total);
  CHECK(a.earned == b.earned);
  CHECK(a.applicable_max == b.applicable_max);
  CHECK(a.scaled == b.scaled);
  CHECK(a.bonus == b.bonus);
  CHECK(a.rescaled == b.rescaled);
  CHECK(a.capped == b.capped);
  CHECK(a.grade == b.grade);
  CHECK(a.total_grade == b.total_grade);
  REQUIRE(a.criteria.size() == b.criteria.size());
  for (std::size_t n = 0; n < a.criteria.size(); ++n) {
    INFO("node " << n);
    CHECK(a.criteria[n].points == b.criteria[n].points);
    CHECK(a.criteria[n].max == b.criteria[n].max);
    CHECK(a.criteria[n].applicable == b.criteria[n].applicable);
    CHECK(a.criteria[n].met == b.criteria[n].met);
    CHECK(a.criteria[n].band == b.criteria[n].band);
    CHECK(a.criteria[n].value == b.criteria[n].value);
  }
  CHECK(a.rule_counts == b.rule_counts);
  REQUIRE(a.steps.size() == b.steps.size());
  for (std::size_t i = 0; i < a.steps.size(); ++i) {
    CHECK(a.steps[i].from_grade == b.steps[i].from_grade);
    CHECK(a.steps[i].to_grade == b.steps[i].to_grade);
    CHECK(a.steps[i].veto == b.steps[i].veto);
    CHECK(a.steps[i].failed_node == b.steps[i].failed_node);
    CHECK(a.steps[i].failed_when == b.steps[i].failed_when);
  }
  CHECK(a.slots == b.slots);
}

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

TEST_CASE("an expression written on several lines is shown on one") {
  // A long condition written as a '>' block keeps its final line break, a
  // '|' block every one: explain's line was split where they were.
  auto r = compile_text(sheet("  speakers: {type: integer, min: 0, label: Phát biểu}\n",
                              "  - id: g\n    label: G\n    items:\n"
                              "      - id: a\n        label: A\n        max: 10\n"
                              "        when: |\n          speakers >= 3 and\n"
                              "            speakers < 100\n"
                              "      - {id: rest, label: R, max: 90, when: yes}\n"));
  REQUIRE(r);
  auto s = score_fields(*r, {{"speakers", "2"}});
  REQUIRE(s.ok);
  CHECK(chibo::criterion_reason(*r, s.score, 1) ==
        "không đạt điều kiện 'phát biểu ≥ 3 và phát biểu < 100' (phát biểu: 2): 0/10 điểm");
  CHECK(chibo::one_line_expression("  a\t+\r\n  b \n") == "a + b");
}

// A yes/no derived value a condition read is said as có/không, a number with its unit.
TEST_CASE("an unmet condition says the derived values it read in the records' words") {
  auto r = compile_text(
      sheet("  members: {type: integer, min: 1, label: Tổng số}\n"
            "  present: {type: integer, min: 0, label: Có mặt}\n",
            "  - {id: a, label: A, max: 10, when: 'full and rate >= 90', reason: Chưa đủ}\n"
            "  - {id: rest, label: R, max: 90, when: yes}\n",
            "derived:\n  full: {expr: 'present == members', label: Đủ mặt}\n"
            "  rate: {expr: 'present * 100 / members', label: Tỷ lệ dự, unit: '%'}\n"));
  REQUIRE(r);
  auto s = score_fields(*r, {{"members", "20"}, {"present", "18"}});
  REQUIRE(s.ok);
  CHECK(chibo::criterion_reason(*r, s.score, 0) ==
        "Chưa đủ (đủ mặt: không; tỷ lệ dự: 90%): 0/10 điểm");
}

TEST_CASE("a meeting kind has its id and its words, and a ruleset's kind id its words") {
  CHECK(std::string_view(chibo::meeting_kind_id(chibo::MeetingKind::Regular)) == "regular");
  CHECK(std::string_view(chibo::meeting_kind_id(chibo::MeetingKind::Thematic)) == "thematic");
  CHECK(std::string_view(chibo::meeting_kind_words(chibo::MeetingKind::Regular)) == "thường kỳ");
  CHECK(std::string_view(chibo::meeting_kind_words(chibo::MeetingKind::Thematic)) == "chuyên đề");
  CHECK(std::string_view(chibo::meeting_kind_words("regular")) == "thường kỳ");
  CHECK(std::string_view(chibo::meeting_kind_words("thematic")) == "chuyên đề");
  CHECK(std::string_view(chibo::meeting_kind_words("other")).empty());
}
