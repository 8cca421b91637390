// write_explanation: the whole explanation of one meeting, criterion by
// criterion in the form's order (a group's items indented under it), then
// how the grade came about; a criterion left off the sheet said as not
// applying, not as points lost.
#include "chibo/explain.h"

#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "chibo/record_checker.h"
#include "chibo/scorer.h"
#include "scorer_fixture.h"
#include "scoring_fixture.h"

using chibo::testing::compile_text;
using chibo::testing::kBandCriteria;
using chibo::testing::kBandInputs;
using chibo::testing::sheet;

namespace {

// The explanation of the one record (columns names, its values) scored with r.
std::string explain(const chibo::CompiledRuleset& r, const std::vector<std::string>& names,
                    const std::vector<std::string>& values) {
  chibo::RecordChecker checker(r);
  chibo::Diagnostics diags;
  checker.bind(names, {"t.csv", 1, 0}, diags);
  REQUIRE(diags.items().empty());
  chibo::MeetingRecord rec;
  std::string why;
  REQUIRE(checker.check(values, {"t.csv", 2, 0}, rec, why));
  chibo::MeetingScore score;
  const bool scored = chibo::score_meeting(r, rec, score);
  INFO(score.rejected);
  REQUIRE(scored);
  std::ostringstream out;
  chibo::write_explanation(out, r, rec, score);
  return out.str();
}

}  // namespace

TEST_CASE("explain: the meeting, the ruleset, each criterion with its reason, then the grade") {
  auto r = compile_text(sheet(kBandInputs, kBandCriteria));
  REQUIRE(r);
  CHECK(explain(*r, {"cell_id", "date", "kind", "done"}, {"CB05", "2024-12-31", "regular", "85"}) ==
        "Chi bộ CB05, ngày 31/12/2024, sinh hoạt thường kỳ\n"
        "Bộ tiêu chí: t (D), phiên bản 1\n"
        "\n"
        "[g] G: 96/100 điểm\n"
        "  [hoan_thanh] Hoàn thành: 11/15 điểm\n"
        "      -> Tỷ lệ hoàn thành 85% thuộc mức từ 80% đến dưới 90%: 11/15 điểm\n"
        "  [rest] Còn lại: 85/85 điểm\n"
        "\n"
        "Tổng điểm 96,00/100: thuộc khung loại Tốt (từ 90 điểm).\n"
        "Xếp loại: Tốt.\n");
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

// The self-score and the reviewer's, as `chibo audit` compares them: the
// secretary sees what the district's audit will flag.
TEST_CASE("explain ends with the self-score against the score, as the audit compares them") {
  auto r = compile_text(sheet(kBandInputs, kBandCriteria));
  REQUIRE(r);
  const std::string said = explain(*r,
                                   {"cell_id", "date", "kind", "done", "self_total",
                                    "reviewer_total", "self.hoan_thanh", "self.rest"},
                                   {"CB05", "2024-12-31", "regular", "85", "99", "97", "11", "85"});
  const std::string claims = said.substr(said.find("\nĐiểm tự chấm"));
  CHECK(claims ==
        "\nĐiểm tự chấm so với điểm theo tiêu chí, như chibo audit so sánh (mức chênh lệch cho "
        "phép: tổng điểm 0; mỗi tiêu chí 0):\n"
        "  Tổng điểm: tự chấm 99, theo tiêu chí 96, cấp trên chấm 97: cao hơn điểm theo tiêu chí "
        "3 điểm, cao hơn điểm cấp trên chấm 2 điểm.\n"
        "  Hoàn thành (hoan_thanh): tự chấm 11, theo tiêu chí 11: khớp.\n"
        "  Còn lại (rest): tự chấm 85, theo tiêu chí 85: khớp.\n");
  // No self-score: nothing said of it.
  CHECK(explain(*r, {"cell_id", "date", "kind", "done", "reviewer_total"},
                {"CB05", "2024-12-31", "regular", "85", "90"})
            .find("tự chấm") == std::string::npos);
}
