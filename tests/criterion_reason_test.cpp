#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "chibo/explain.h"
#include "scoring_fixture.h"

using chibo::testing::compile_text;
using chibo::testing::score_fields;
using chibo::testing::sheet;

namespace {

// Two formulas, one of them on a derived value; 85 more points always earned.
const std::string kFormulas = sheet(
    "  speakers: {type: integer, min: 0, label: Phát biểu}\n"
    "  tone: {type: choice, label: Tính chất, options: {tot: Tốt, kha: Khá}}\n"
    "  members: {type: integer, min: 1, label: Đảng viên}\n",
    "  - id: g\n    label: G\n    items:\n"
    "      - {id: a, label: A, max: 10, formula: 'speakers * 2'}\n"
    "      - {id: b, label: B, max: 5,\n"
    "         formula: 'if tone == \"tot\" then 5 else share / 20'}\n"
    "      - {id: rest, label: R, max: 85, when: yes}\n",
    "derived:\n  share: {expr: speakers * 100 / members, label: Tỷ lệ, "
    "unit: '%'}\n");

}  // namespace

TEST_CASE("a formula's reason shows the values it read") {
  auto r = compile_text(kFormulas);
  REQUIRE(r);
  auto s = score_fields(*r, {{"speakers", "4"}, {"tone", "kha"}, {"members", "6"}});
  REQUIRE(s.ok);
  CHECK(chibo::criterion_reason(*r, s.score, 1) ==
        "tính theo công thức: phát biểu × 2 (phát biểu: 4): 8/10 điểm");
  CHECK(chibo::criterion_reason(*r, s.score, 2) ==
        "tính theo công thức: nếu tính chất là Tốt thì 5, nếu không thì tỷ lệ / 20 (tính chất: "
        "Khá; tỷ lệ: 66,67%): 3,33/5 điểm");
  // At the maximum, not past it: nothing cut, nothing lost.
  auto full = score_fields(*r, {{"speakers", "5"}, {"tone", "tot"}, {"members", "6"}});
  REQUIRE(full.ok);
  CHECK(chibo::criterion_reason(*r, full.score, 1) == "");
  CHECK(chibo::criterion_reason(*r, full.score, 2) == "");
}

// Cut to the item's range: the formula's own result is said, both ways.
TEST_CASE("a formula's result below 0 is said, and not shown as 0") {
  auto under = compile_text(sheet("  rate: {type: number, label: Điểm}\n",
                                  "  - id: g\n    label: G\n    items:\n"
                                  "      - {id: a, label: A, max: 15, formula: 'rate * 2 - 12'}\n"
                                  "      - {id: rest, label: R, max: 85, when: yes}\n"));
  REQUIRE(under);
  auto low = score_fields(*under, {{"rate", "5,5"}});
  REQUIRE(low.ok);
  CHECK(chibo::criterion_reason(*under, low.score, 1) ==
        "tính theo công thức: điểm × 2 - 12 (điểm: 5,5), ra -1, không dưới 0: 0/15 điểm");
  // Below 0 by less than the decimals show: not "ra 0".
  auto thousandth =
      compile_text(sheet("  rate: {type: number, label: Điểm}\n",
                         "  - id: g\n    label: G\n    items:\n"
                         "      - {id: a, label: A, max: 15, formula: 'rate / 1000 - 1'}\n"
                         "      - {id: rest, label: R, max: 85, when: yes}\n"));
  REQUIRE(thousandth);
  auto just_below = score_fields(*thousandth, {{"rate", "999"}});
  REQUIRE(just_below.ok);
  CHECK(chibo::criterion_reason(*thousandth, just_below.score, 1) ==
        "tính theo công thức: điểm / 1000 - 1 (điểm: 999), ra -0,001, không dưới 0: 0/15 điểm");
}

// No points lost, but the line said "10/10 điểm" alone, as if the formula
// gave 10.
TEST_CASE("a formula's result past its maximum is said, and not shown as the maximum") {
  auto r = compile_text(kFormulas);
  REQUIRE(r);
  auto over = score_fields(*r, {{"speakers", "7"}, {"tone", "kha"}, {"members", "6"}});
  REQUIRE(over.ok);
  CHECK(chibo::criterion_reason(*r, over.score, 1) ==
        "tính theo công thức: phát biểu × 2 (phát biểu: 7), ra 14, vượt tối đa 10: 10/10 điểm");
  CHECK(chibo::criterion_reason(*r, over.score, 2) ==
        "tính theo công thức: nếu tính chất là Tốt thì 5, nếu không thì tỷ lệ / 20 (tính chất: "
        "Khá; tỷ lệ: 116,67%), ra 5,83, vượt tối đa 5: 5/5 điểm");
  // Past it by less than the decimals show: not "ra 15, vượt tối đa 15".
  auto rate = compile_text(sheet("  rate: {type: number, label: Điểm}\n",
                                 "  - id: g\n    label: G\n    items:\n"
                                 "      - {id: a, label: A, max: 15, formula: rate / 1000}\n"
                                 "      - {id: rest, label: R, max: 85, when: yes}\n"));
  REQUIRE(rate);
  auto just_over = score_fields(*rate, {{"rate", "15004"}});
  REQUIRE(just_over.ok);
  CHECK(chibo::criterion_reason(*rate, just_over.score, 1) ==
        "tính theo công thức: điểm / 1000 (điểm: 15004), ra 15,004, vượt tối đa 15: 15/15 điểm");
  CHECK(chibo::criterion_reason(*rate, score_fields(*rate, {{"rate", "15000"}}).score, 1) == "");
  // A value read is said as it was read, not at the sheet's decimals: a rate
  // of 15,004 said "điểm: 15" beside its result 15,004.
  auto as_read = compile_text(sheet("  rate: {type: number, label: Điểm}\n",
                                    "  - id: g\n    label: G\n    items:\n"
                                    "      - {id: a, label: A, max: 15, formula: rate}\n"
                                    "      - {id: rest, label: R, max: 85, when: yes}\n"));
  REQUIRE(as_read);
  CHECK(chibo::criterion_reason(*as_read, score_fields(*as_read, {{"rate", "15,004"}}).score, 1) ==
        "tính theo công thức: điểm (điểm: 15,004), ra 15,004, vượt tối đa 15: 15/15 điểm");
  CHECK(chibo::criterion_reason(*as_read, score_fields(*as_read, {{"rate", "12,5"}}).score, 1) ==
        "tính theo công thức: điểm (điểm: 12,5): 12,5/15 điểm");
}

// Said as its items are: with their condition when they share it, else
// that none of them applies. A group with an item that applies, or whose
// items keep their points (full), says nothing.
TEST_CASE("a group all of whose items are left off the sheet says so") {
  auto r =
      compile_text(sheet("  ok: {type: yesno, label: Đạt}\n",
                         "  - id: g\n    label: G\n    items:\n"
                         "      - {id: f, label: F, max: 10, when: ok, applies_when: month == 3, "
                         "not_applicable: full}\n"
                         "      - {id: r, label: R, max: 10, when: ok, applies_when: month == 3, "
                         "not_applicable: rescale}\n"
                         "  - id: h\n    label: H\n    items:\n"
                         "      - {id: h1, label: H1, max: 10, when: ok, applies_when: month == 3, "
                         "not_applicable: rescale}\n"
                         "      - {id: h2, label: H2, max: 10, when: ok, applies_when: month == 3, "
                         "not_applicable: rescale}\n"
                         "  - id: k\n    label: K\n    items:\n"
                         "      - {id: k1, label: K1, max: 10, when: ok, applies_when: month == 3, "
                         "not_applicable: rescale}\n"
                         "      - {id: k2, label: K2, max: 10, when: ok, applies_when: month == 6, "
                         "not_applicable: rescale}\n"
                         "  - {id: rest, label: Rest, max: 40, formula: 40}\n"));
  REQUIRE(r);
  const std::string rescaled = "không tính, tổng điểm được quy đổi theo thang 100";
  auto april = score_fields(*r, {{"ok", "không"}, {"date", "2024-04-01"}});
  REQUIRE(april.ok);
  CHECK(chibo::criterion_reason(*r, april.score, 0) == "");
  CHECK(chibo::criterion_reason(*r, april.score, 3) ==
        "không áp dụng (chỉ tính khi tháng = 3): " + rescaled);
  CHECK(chibo::criterion_reason(*r, april.score, 4) ==
        "không áp dụng (chỉ tính khi tháng = 3): " + rescaled);
  CHECK(chibo::criterion_reason(*r, april.score, 6) ==
        "không áp dụng (mọi mục của nhóm đều không áp dụng): " + rescaled);
  CHECK(chibo::criterion_reason(*r, april.score, 8) ==
        "không áp dụng (chỉ tính khi tháng = 6): " + rescaled);
  // In March g and h apply; k1 does, so k is on the sheet.
  auto march = score_fields(*r, {{"ok", "không"}, {"date", "2024-03-15"}});
  REQUIRE(march.ok);
  CHECK(chibo::criterion_reason(*r, march.score, 3) == "");
  CHECK(chibo::criterion_reason(*r, march.score, 6) == "");
}

// A veto or grade condition that lowered the grade says what it read, as an
// item's condition does: "Tỷ lệ đảng viên dự không trên 85%" beside the band
// line "từ 85% đến dưới 90%" did not say the meeting's rate was 85%. A
// condition on one yes/no input says nothing more.
TEST_CASE("a veto or grade condition that lowered the grade shows the values it read") {
  auto r = compile_text(sheet(
      "  members: {type: integer, min: 1, label: Tổng số đảng viên}\n"
      "  present: {type: integer, min: 0, label: Số có mặt}\n"
      "  unexcused: {type: integer, min: 0, default: 0, label: Số vắng không lý do}\n"
      "  violation: {type: yesno, default: no, label: Vi phạm}\n",
      "  - {id: a, label: A, max: 100, when: yes}\n",
      "derived:\n  attendance: {expr: present * 100 / members, label: Tỷ lệ đảng viên dự, "
      "unit: '%'}\n"
      "vetoes:\n"
      "  - {when: violation, at_most: kem, reason: Có đảng viên vi phạm}\n"
      "  - {when: attendance <= 85, at_most: tb, reason: Tỷ lệ dự không trên 85%}\n"
      "  - {when: unexcused > 0 and present < members, at_most: kha, reason: Có vắng không lý "
      "do}\n"));
  REQUIRE(r);
  auto reasons = [&](std::vector<std::pair<std::string, std::string>> fields) {
    const auto s = score_fields(*r, std::move(fields));
    REQUIRE(s.ok);
    return chibo::grade_reasons(*r, s.score);
  };
  CHECK(reasons({{"members", "20"}, {"present", "17"}})[1] ==
        "Tỷ lệ dự không trên 85% (tỷ lệ đảng viên dự: 85%): xếp loại tối đa là Trung bình.");
  CHECK(reasons({{"members", "20"}, {"present", "19"}, {"unexcused", "1"}})[1] ==
        "Có vắng không lý do (số vắng không lý do: 1; số có mặt: 19; tổng số đảng viên: 20): "
        "xếp loại tối đa là Khá.");
  CHECK(reasons({{"members", "20"}, {"present", "20"}, {"violation", "có"}})[1] ==
        "Có đảng viên vi phạm: xếp loại tối đa là Kém.");
  // A grade's own condition likewise.
  auto graded = compile_text(
      "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
      "scale: 100\ninputs:\n  present: {type: integer, min: 0, label: Số có mặt}\n"
      "criteria:\n  - {id: a, label: A, max: 100, when: yes}\n"
      "grades:\n  - {id: tot, label: Tốt, from: 90, when: present >= 10}\n"
      "  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(graded);
  const auto s = score_fields(*graded, {{"present", "8"}});
  REQUIRE(s.ok);
  CHECK(chibo::grade_reasons(*graded, s.score)[1] ==
        "Loại Tốt cần điều kiện 'số có mặt ≥ 10', nhưng cuộc sinh hoạt không đạt (số có mặt: 8): "
        "hạ xuống loại Kém.");
}

// A veto or grade condition on criterion points, the total or a built-in
// said nothing of them ("Nhiệm vụ thấp: xếp loại tối đa là Trung bình."):
// each is said as the condition's words name it, points as their line shows
// them, the total as the total's line does.
TEST_CASE("a veto or grade condition on points and the total shows them") {
  auto r = compile_text(
      "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
      "scale: 100\ninputs:\n  x: {type: number, min: 0, max: 20, label: X}\n"
      "criteria:\n  - id: g\n    label: Kết quả\n    items:\n"
      "      - {id: a, label: Nhiệm vụ, max: 20, formula: x}\n"
      "  - {id: rest, label: R, max: 80, when: yes}\n"
      "grades:\n  - {id: tot, label: Tốt, from: 90, when: g >= 18 and total >= 95}\n"
      "  - {id: kha, label: Khá, from: 75}\n  - {id: tb, label: Trung bình, from: 50}\n"
      "  - {id: kem, label: Kém, from: 0}\n"
      "vetoes:\n  - {when: a < 13, at_most: tb, reason: Nhiệm vụ thấp}\n"
      "  - {when: month == 3 and total < 82, at_most: kem, reason: Tháng cuối quý thấp}\n");
  REQUIRE(r);
  auto reasons = [&](const char* x) {
    const auto s = score_fields(*r, {{"x", x}});
    REQUIRE(s.ok);
    return chibo::grade_reasons(*r, s.score);
  };
  CHECK(reasons("17,5") ==
        std::vector<std::string>{
            "Tổng điểm 97,50/100: thuộc khung loại Tốt (từ 90 điểm).",
            "Loại Tốt cần điều kiện 'điểm kết quả ≥ 18 và tổng điểm ≥ 95', nhưng cuộc sinh hoạt "
            "không đạt (điểm kết quả: 17,5; tổng điểm: 97,5): hạ xuống loại Khá.",
            "Xếp loại: Khá."});
  CHECK(reasons("12") ==
        std::vector<std::string>{
            "Tổng điểm 92,00/100: thuộc khung loại Tốt (từ 90 điểm).",
            "Loại Tốt cần điều kiện 'điểm kết quả ≥ 18 và tổng điểm ≥ 95', nhưng cuộc sinh hoạt "
            "không đạt (điểm kết quả: 12; tổng điểm: 92): hạ xuống loại Khá.",
            "Nhiệm vụ thấp (điểm nhiệm vụ: 12): xếp loại tối đa là Trung bình.",
            "Xếp loại: Trung bình."});
  CHECK(reasons("1")[2] ==
        "Tháng cuối quý thấp (tháng: 3; tổng điểm: 81): xếp loại tối đa là Kém.");
  // A value rounding would carry across a number the condition writes gets
  // the digits that keep it on its side: not "13" beside "< 13", nor "82"
  // beside "< 82".
  CHECK(reasons("12,996")[2] ==
        "Nhiệm vụ thấp (điểm nhiệm vụ: 12,996): xếp loại tối đa là Trung bình.");
  CHECK(reasons("1,996")[2] ==
        "Tháng cuối quý thấp (tháng: 3; tổng điểm: 81,996): xếp loại tối đa là Kém.");
}
