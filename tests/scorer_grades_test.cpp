// The scorer: a sheet's grades, its conditions, vetoes and at_max; record checks, forms and
// meeting kinds; a score made again; numbers past 64 bits; expressions shown in words.
#include "chibo/scorer.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "chibo/explain.h"
#include "chibo/ruleset_loader.h"
#include "compiled_ruleset_data.h"
#include "scorer_fixture.h"
#include "scoring_fixture.h"

using chibo::Rational;
using chibo::testing::compile_text;
using chibo::testing::for_each_sample_record;
using chibo::testing::kBandCriteria;
using chibo::testing::kBandInputs;
using chibo::testing::kHoaBinh;
using chibo::testing::score_fields;
using chibo::testing::sheet;

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
  CHECK(s.why ==
        "bộ tiêu chí không chấm sinh hoạt chuyên đề (thematic), chỉ chấm sinh hoạt thường kỳ "
        "(regular)");
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
  CHECK(blank.why ==
        "bộ tiêu chí không chấm sinh hoạt chuyên đề (thematic), chỉ chấm sinh hoạt thường kỳ "
        "(regular)");
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
        "không tính được 'tổng điểm': số quá lớn hoặc có quá nhiều chữ số sau dấu phẩy để tính "
        "chính xác");
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
