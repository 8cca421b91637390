#include "chibo/report_text.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>

#include "compiled_ruleset_data.h"
#include "rank_rows.h"
#include "report_fixture.h"

using namespace chibo;
using namespace chibo::testing;

TEST_CASE("the summary reads as a district report, numbers as the ruleset writes them") {
  ReportDistrict d = report_district();
  REQUIRE(d.r);
  std::vector<std::string> want = {
      "Qua đánh giá, trong quý I/2024 có 1/3 chi bộ đạt chất lượng sinh hoạt Tốt (33,33%), 1/3 chi "
      "bộ "
      "Khá (33,33%), 1/3 chi bộ Trung bình (33,33%), 0/3 chi bộ Kém (0,00%).",
      "Theo loại hình: Khu dân cư 1/2 chi bộ Tốt (50,00%); Trường học 0/1 chi bộ Tốt (0,00%).",
      "1 chi bộ thiếu tháng sinh hoạt.",
      "Chi bộ dẫn đầu: Chi bộ A (Đảng bộ xã Một), 95,00 điểm, xếp loại Tốt; Chi bộ B (Đảng bộ xã "
      "Một), 80,00 điểm, xếp loại Khá; Chi bộ C (Đảng bộ xã Một), 63,33 điểm, xếp loại Trung bình.",
      "Thứ tự xếp hạng: chi bộ có điểm cao hơn (so điểm chưa làm tròn: hai chi bộ cùng điểm hiển "
      "thị có thể khác hạng) xếp trên; bằng nhau ở mọi mục thì cùng hạng.",
      "Tiêu chí mất nhiều điểm nhất: A: mất 85,00 điểm ở 8/8 cuộc sinh hoạt.",
      "Số liệu: 9 bản ghi đã đọc, 8 đã chấm điểm, 1 bị loại (bản ghi bị loại không được tính "
      "điểm: chi bộ không có bản ghi nào khác của tháng đó bị tính thiếu tháng cho đến khi bản ghi "
      "được sửa); bộ tiêu chí t (D), phiên bản 1, sha256 d99a92044c0e."};
  CHECK(report_paragraphs(d.input()) == want);
  std::ostringstream out;
  write_report_text(out, d.input());
  CHECK(out.str().rfind("Báo cáo chất lượng sinh hoạt chi bộ quý I/2024\n\nQua đánh giá", 0) == 0);
  // A cell's month left missing by its rejected record is named in the
  // ranking's notes: the sentence says where.
  d.ranking.cells[2].now.rejected_missing_months.add(2);
  CHECK(report_paragraphs(d.input()).back() ==
        "Số liệu: 9 bản ghi đã đọc, 8 đã chấm điểm, 1 bị loại (bản ghi bị loại không được tính "
        "điểm: chi bộ không có bản ghi nào khác của tháng đó bị tính thiếu tháng cho đến khi bản "
        "ghi được sửa; cột Ghi chú của bảng xếp hạng ghi tháng, quý có bản ghi bị loại); bộ tiêu "
        "chí t (D), phiên bản 1, sha256 d99a92044c0e.");
  // A thematic record's quarter too.
  d.ranking.cells[2].now.rejected_missing_months = {};
  d.ranking.cells[2].now.rejected_short_quarters.add(1);
  CHECK(report_paragraphs(d.input()).back().find("quý có bản ghi bị loại") != std::string::npos);
}

TEST_CASE("a district with no cells says so in one sentence, then what was read") {
  ReportDistrict d = report_district();
  d.ranking.cells.clear();
  d.summary = summarize(d.ranking, d.units, ruleset_of(*d.r).grades.size());
  CHECK(report_paragraphs(d.input()) ==
        std::vector<std::string>{
            "Qua đánh giá, trong quý I/2024 chưa có chi bộ nào được xếp loại.",
            "Số liệu: 9 bản ghi đã đọc, 8 đã chấm điểm, 1 bị loại (bản ghi bị loại không được "
            "tính điểm: chi bộ không có bản ghi nào khác của tháng đó bị tính thiếu tháng cho đến "
            "khi bản ghi được sửa); bộ tiêu chí t (D), phiên bản 1, sha256 d99a92044c0e."});
  // With none rejected, nothing is said of them.
  d.counts.rejected = 0;
  d.counts.scored = 9;
  CHECK(report_paragraphs(d.input()).back() ==
        "Số liệu: 9 bản ghi đã đọc, 9 đã chấm điểm, 0 bị loại; bộ tiêu chí t (D), phiên bản 1, "
        "sha256 d99a92044c0e.");
}

TEST_CASE("the leading cells: every one tied for a place, none without a meeting") {
  ReportDistrict d = report_district();
  // B tied with A for first, C third: all three lead.
  d.ranking.cells[1].rank = 1;
  auto leaders = [&] {
    for (const std::string& p : report_paragraphs(d.input())) {
      if (p.rfind("Chi bộ dẫn đầu", 0) == 0) return p;
    }
    return std::string();
  };
  CHECK(leaders() ==
        "Chi bộ dẫn đầu: Chi bộ A (Đảng bộ xã Một), 95,00 điểm, xếp loại Tốt; Chi bộ B (Đảng bộ xã "
        "Một), 80,00 điểm, xếp loại Khá; Chi bộ C (Đảng bộ xã Một), 63,33 điểm, xếp loại Trung "
        "bình.");
  // Four tied for third: all named.
  d.ranking.cells.push_back(d.ranking.cells[2]);
  CHECK(leaders().find("63,33 điểm, xếp loại Trung bình; Chi bộ C (Đảng bộ xã Một), 63,33 điểm, "
                       "xếp loại Trung bình.") != std::string::npos);
  // A cell that held no meeting in the quarter is no leader; none: no sentence.
  for (RankedCell& c : d.ranking.cells) {
    for (int m = 1; m <= 3; ++m) c.now.missing_months.add(m);
  }
  d.ranking.cells[0].now.missing_months = NumberSet();
  d.ranking.cells[0].now.missing_months.add(2);
  CHECK(leaders() == "Chi bộ dẫn đầu: Chi bộ A (Đảng bộ xã Một), 95,00 điểm, xếp loại Tốt.");
  // A leader graded below its score's grade (a missing thematic meeting
  // caps it) says the grade it has.
  d.ranking.cells[0].now.grade = 1;
  CHECK(leaders() == "Chi bộ dẫn đầu: Chi bộ A (Đảng bộ xã Một), 95,00 điểm, xếp loại Khá.");
  d.ranking.cells[0].now.grade = 0;
  d.ranking.cells[0].now.missing_months.add(1);
  d.ranking.cells[0].now.missing_months.add(3);
  CHECK(leaders() == "");
}

TEST_CASE("when records give self-scores, the summary says how many were higher") {
  ReportDistrict d = report_district();
  REQUIRE(d.r);
  d.audit.meetings = 8;
  d.audit.claimed = 6;
  d.audit.flagged.resize(2);
  d.audit.cells.resize(1);
  std::vector<std::string> p = report_paragraphs(d.input());
  REQUIRE(p.size() == 8);
  CHECK(p[6] ==
        "Tự chấm: 6/8 cuộc sinh hoạt có điểm tự chấm; 2 cuộc tự chấm cao hơn điểm tính theo "
        "tiêu chí hoặc điểm cấp ủy cấp trên chấm, ở 1 chi bộ, cần xem xét đánh giá lại.");
  // None higher: said so, no review asked for.
  d.audit.flagged.clear();
  d.audit.cells.clear();
  CHECK(report_paragraphs(d.input())[6] ==
        "Tự chấm: 6/8 cuộc sinh hoạt có điểm tự chấm; không cuộc nào tự chấm cao hơn điểm tính "
        "theo tiêu chí hoặc điểm cấp ủy cấp trên chấm.");
  // Self-scores that were no score: said even when none was read.
  d.audit.claimed = 0;
  d.audit.unreadable = 2;
  CHECK(report_paragraphs(d.input())[6] ==
        "Tự chấm: 0/8 cuộc sinh hoạt có điểm tự chấm; 2 cuộc có điểm tự chấm hoặc điểm cấp trên "
        "chấm không đọc được, không kiểm tra điểm đó (xem cảnh báo ở từng bản ghi); không cuộc "
        "nào tự chấm cao hơn điểm tính theo tiêu chí hoặc điểm cấp ủy cấp trên chấm.");
}

TEST_CASE("a province's counts are written with their thousands set off by dots") {
  ReportDistrict d = report_district();
  d.summary.all.cells = 262894;
  d.summary.all.per_grade = {131447, 100000, 31447, 0};
  d.summary.cells_with_missing_months = 1234;
  const std::vector<std::string> paragraphs = report_paragraphs(d.input());
  REQUIRE(paragraphs.size() > 2);
  CHECK(paragraphs[0].rfind("Qua đánh giá, trong quý I/2024 có 131.447/262.894 chi bộ đạt chất "
                            "lượng sinh hoạt Tốt (50,00%), 100.000/262.894 chi bộ Khá",
                            0) == 0);
  CHECK(paragraphs[2] == "1.234 chi bộ thiếu tháng sinh hoạt.");
  // Those missing a month a record was rejected for: how many of them.
  d.summary.cells_with_rejected_months = 1001;
  CHECK(report_paragraphs(d.input())[2] ==
        "1.234 chi bộ thiếu tháng sinh hoạt (trong đó 1.001 chi bộ thiếu tháng do bản ghi bị "
        "loại).");
}

// Every cell missing March, the others met: the sentence of the gaps says no
// cell has March's meeting (its records left out of the files?), where it
// read as three cells that did not meet.
TEST_CASE("the gaps sentence names the months no cell met in") {
  ReportDistrict d = report_district();
  d.store = std::make_unique<MeetingStore>(*d.r, d.units, std::vector<int>{}, true);
  quarter(*d.r, *d.store, "A", 2024, 1, {"95", "95", ""});
  quarter(*d.r, *d.store, "B", 2024, 1, {"80", "80", ""});
  quarter(*d.r, *d.store, "C", 2024, 1, {"95", "95", ""});
  d.ranking = rank_cells(*d.r, d.units, *d.store, Period{2024, 1}, GroupBy::None);
  d.summary = summarize(d.ranking, d.units, ruleset_of(*d.r).grades.size());
  CHECK(report_paragraphs(d.input())[2] ==
        "3 chi bộ thiếu tháng sinh hoạt; không chi bộ nào có bản ghi sinh hoạt thường kỳ của "
        "tháng 3/2024 được chấm điểm (mọi chi bộ bị tính thiếu tháng đó).");
  quarter(*d.r, *d.store, "A", 2024, 2, {"95", "", ""});
  d.ranking = rank_cells(*d.r, d.units, *d.store, Period{2024, 2}, GroupBy::None);
  d.summary = summarize(d.ranking, d.units, ruleset_of(*d.r).grades.size());
  CHECK(report_paragraphs(d.input())[2] ==
        "3 chi bộ thiếu tháng sinh hoạt; không chi bộ nào có bản ghi sinh hoạt thường kỳ của "
        "tháng 5, 6/2024 được chấm điểm (mọi chi bộ bị tính thiếu các tháng đó).");
}

// A quarter the records files do not cover: every cell's months missing,
// graded the lowest. The summary opened "3/3 chi bộ Kém"; it says no meeting
// was recorded, and grades no cell.
TEST_CASE("a period with no meeting says so, not every cell graded the lowest") {
  ReportDistrict d = report_district();
  d.ranking = rank_cells(*d.r, d.units, *d.store, Period{2024, 3}, GroupBy::None);
  d.summary = summarize(d.ranking, d.units, ruleset_of(*d.r).grades.size());
  REQUIRE(d.summary.all.cells == 3);
  CHECK_FALSE(period_has_meeting(d.ranking));
  CHECK(report_paragraphs(d.input()) ==
        std::vector<std::string>{
            "Không có cuộc sinh hoạt thường kỳ nào của quý III/2024 được chấm điểm (kỳ báo cáo và "
            "các tệp bản ghi có đúng không?), nên chưa xếp loại được chi bộ nào: trong bảng xếp "
            "hạng, cả 3 chi bộ đều bị tính thiếu mọi tháng của kỳ.",
            "Số liệu: 9 bản ghi đã đọc, 8 đã chấm điểm, 1 bị loại (bản ghi bị loại không được "
            "tính điểm: chi bộ không có bản ghi nào khác của tháng đó bị tính thiếu tháng cho đến "
            "khi bản ghi được sửa); bộ tiêu chí t (D), phiên bản 1, sha256 d99a92044c0e."});
  // One cell alone.
  d.summary.all.cells = 1;
  CHECK(report_paragraphs(d.input())[0].find("trong bảng xếp hạng, chi bộ duy nhất bị tính thiếu "
                                             "mọi tháng của kỳ.") != std::string::npos);
  // A quarter with a meeting is graded as before.
  d.ranking = rank_cells(*d.r, d.units, *d.store, Period{2024, 1}, GroupBy::None);
  CHECK(period_has_meeting(d.ranking));
}

// Every rejected record was of a cell the units list lacks: no listed cell
// is a month short for it, where the sentence said cells were.
TEST_CASE("the data sentence tells records of unlisted cells from the others") {
  ReportDistrict d = report_district();
  std::vector<RejectedRecord> rejected = {{{"m.csv", 7, 0}, "không có trong danh sách", "Z"}};
  auto data_sentence = [&] {
    ReportInput in = d.input();
    in.rejected = rejected_list(rejected, d.units);
    in.counts.rejected = static_cast<std::int64_t>(rejected.size());
    return report_paragraphs(in).back();
  };
  CHECK(data_sentence() ==
        "Số liệu: 9 bản ghi đã đọc, 8 đã chấm điểm, 1 bị loại (là bản ghi của chi bộ không có "
        "trong danh sách đơn vị, không được tính; không chi bộ nào trong danh sách bị tính thiếu "
        "tháng vì bản ghi đó); bộ tiêu chí t (D), phiên bản 1, sha256 d99a92044c0e.");
  rejected.push_back({{"m.csv", 8, 0}, "không có trong danh sách", "Y"});
  CHECK(data_sentence() ==
        "Số liệu: 9 bản ghi đã đọc, 8 đã chấm điểm, 2 bị loại (đều là bản ghi của chi bộ không có "
        "trong danh sách đơn vị, không được tính; không chi bộ nào trong danh sách bị tính thiếu "
        "tháng vì các bản ghi đó); bộ tiêu chí t (D), phiên bản 1, sha256 d99a92044c0e.");
  // One of a listed cell (A) and one whose cell could not be read: the rule said of those.
  rejected.push_back({{"m.csv", 9, 0}, "sai", "A"});
  rejected.push_back({{"m.csv", 10, 0}, "sai", ""});
  CHECK(data_sentence() ==
        "Số liệu: 9 bản ghi đã đọc, 8 đã chấm điểm, 4 bị loại (2 bản ghi của chi bộ không có "
        "trong danh sách đơn vị, không được tính; bản ghi bị loại khác không được tính điểm: chi "
        "bộ không có bản ghi nào khác của tháng đó bị tính thiếu tháng cho đến khi bản ghi được "
        "sửa); bộ tiêu chí t (D), phiên bản 1, sha256 d99a92044c0e.");
}

TEST_CASE("no cell short of months or thematic meetings is said in words") {
  ReportDistrict d = report_district();
  d.summary.cells_with_missing_months = 0;
  CHECK(report_paragraphs(d.input())[2] == "Không chi bộ nào thiếu tháng sinh hoạt.");
  CHECK(missing_months_count(d.summary) == "không chi bộ nào thiếu tháng sinh hoạt");
  CHECK(short_of_thematic_count(d.summary) == "không chi bộ nào thiếu sinh hoạt chuyên đề");
  d.summary.cells_short_of_thematic = 2;
  CHECK(short_of_thematic_count(d.summary) == "2 chi bộ thiếu sinh hoạt chuyên đề");
}

// Units left out of the list for its errors: the counts read whole without
// them, so the report says so after the counts, and their records are told
// apart from those of cells the list lacks ("không có trong danh sách").
TEST_CASE("the summary says which units the list left out and whose records those were") {
  ReportDistrict d = report_district();
  d.units.left_out = {{"DB2", 12}, {"DB2-01", 12}};
  ReportInput in = d.input();
  in.rejected =
      rejected_list({{{"m.csv", 7, 0}, "chi bộ 'DB2-01' bị loại khỏi danh sách", "DB2-01"},
                     {{"m.csv", 8, 0}, "không có trong danh sách", "Z"}},
                    d.units);
  in.counts.rejected = 2;
  const std::vector<std::string> said = report_paragraphs(in);
  REQUIRE(said.size() == 8);
  CHECK(said[0].rfind("Qua đánh giá, trong quý I/2024 có 1/3 chi bộ", 0) == 0);
  CHECK(said[1] ==
        "2 đơn vị của danh sách đơn vị units.csv bị loại vì lỗi trong danh sách (ở dòng 12), "
        "không có trong báo cáo này, kể cả trong các số trên: 'DB2', 'DB2-01'; hãy sửa danh sách "
        "rồi lập lại báo cáo.");
  CHECK(said.back() ==
        "Số liệu: 9 bản ghi đã đọc, 8 đã chấm điểm, 2 bị loại (1 bản ghi của chi bộ không có "
        "trong danh sách đơn vị; 1 bản ghi của đơn vị bị loại khỏi danh sách đơn vị vì lỗi trong "
        "danh sách: không được tính; không chi bộ nào trong danh sách bị tính thiếu tháng vì các "
        "bản ghi đó); bộ tiêu chí t (D), phiên bản 1, sha256 d99a92044c0e.");
  // One of a listed cell besides: the others said apart from it.
  in.rejected = rejected_list(
      {{{"m.csv", 7, 0}, "bị loại khỏi danh sách", "DB2-01"}, {{"m.csv", 9, 0}, "sai", "A"}},
      d.units);
  CHECK(report_paragraphs(in).back() ==
        "Số liệu: 9 bản ghi đã đọc, 8 đã chấm điểm, 2 bị loại (1 bản ghi của đơn vị bị loại khỏi "
        "danh sách đơn vị vì lỗi trong danh sách: không được tính, không làm chi bộ nào bị tính "
        "thiếu tháng; bản ghi bị loại khác không được tính điểm: chi bộ không có bản ghi nào khác "
        "của tháng đó bị tính thiếu tháng cho đến khi bản ghi được sửa); bộ tiêu chí t (D), phiên "
        "bản 1, sha256 d99a92044c0e.");
}

// A ruleset in force to 31/05/2024, reported for 2024: said before every
// count, and the records of June, rejected for their dates alone, were said
// to be mended before their cells' months would count.
TEST_CASE("the summary says the ruleset was in force for part of the period only") {
  std::string text = points_ruleset("  missing_month: zero\n  year: {by: mean}\n");
  text.replace(text.find("2019-01-01"), 10, "2019-01-01, to: 2024-02-29");
  auto r = compile_text(text);
  REQUIRE(r);
  ReportDistrict d = report_district();
  // The fixture's store and ranking under this ruleset: A and B met in
  // January and February, C in January alone.
  d.store = std::make_unique<MeetingStore>(*r, d.units, std::vector<int>{}, true);
  quarter(*r, *d.store, "A", 2024, 1, {"95", "95"});
  quarter(*r, *d.store, "B", 2024, 1, {"80", "80"});
  quarter(*r, *d.store, "C", 2024, 1, {"95"});
  d.ranking = rank_cells(*r, d.units, *d.store, Period{2024, 0}, GroupBy::None);
  d.summary = summarize(d.ranking, d.units, ruleset_of(*r).grades.size());
  ReportInput in{*r,
                 d.units,
                 *d.store,
                 d.ranking,
                 d.summary,
                 rejected_list({{{"m.csv", 7, 0}, "sau ngày hết hiệu lực", "A"},
                                {{"m.csv", 8, 0}, "sau ngày hết hiệu lực", "B"}},
                               d.units, RejectedList::kListed, {"A", "B"}),
                 RunCounts{7, 5, 2},
                 d.audit};
  const std::vector<std::string> said = report_paragraphs(in);
  REQUIRE(said.size() >= 3);
  CHECK(said[0] ==
        "Bộ tiêu chí chỉ có hiệu lực từ 01/01/2019 đến 29/02/2024, nên năm 2024 chỉ tính đến "
        "tháng 2/2024: các số dưới đây chỉ xét các tháng đó; tháng 3, 4, 5, 6, 7, 8, 9, 10, 11, "
        "12/2024 ngoài thời gian hiệu lực, không tính điểm và không coi là thiếu.");
  CHECK(said[1] ==
        "Qua đánh giá, trong năm 2024 có 1/3 chi bộ đạt chất lượng sinh hoạt Tốt (33,33%), 1/3 "
        "chi bộ Khá (33,33%), 0/3 chi bộ Trung bình (0,00%), 1/3 chi bộ Kém (33,33%).");
  CHECK(said.back() ==
        "Số liệu: 7 bản ghi đã đọc, 5 đã chấm điểm, 2 bị loại (đều là bản ghi có ngày sinh hoạt "
        "ngoài thời gian hiệu lực của bộ tiêu chí (từ 01/01/2019 đến 29/02/2024), không được "
        "tính; không chi bộ nào trong danh sách bị tính thiếu tháng vì các bản ghi đó); bộ tiêu "
        "chí t (D), phiên bản 1, sha256 " +
            ruleset_of(*r).content_hash.substr(0, 12) + ".");
  // With a record to mend besides.
  in.rejected = rejected_list(
      {{{"m.csv", 7, 0}, "sau ngày hết hiệu lực", "A"}, {{"m.csv", 9, 0}, "sai", "C"}}, d.units,
      RejectedList::kListed, {"A"});
  CHECK(report_paragraphs(in).back().rfind(
            "Số liệu: 7 bản ghi đã đọc, 5 đã chấm điểm, 2 bị loại (1 bản ghi có ngày sinh hoạt "
            "ngoài thời gian hiệu lực của bộ tiêu chí (từ 01/01/2019 đến 29/02/2024): không được "
            "tính, không làm chi bộ nào bị tính thiếu tháng; bản ghi bị loại khác không được tính "
            "điểm: chi bộ không có bản ghi nào khác của tháng đó bị tính thiếu tháng cho đến khi "
            "bản ghi được sửa);",
            0) == 0);
}

// A leader's base whose name another base of the list shares is named with
// its id, as rank's rows name it (the two read as one base); after a comma,
// as the base is in brackets already ("(Đảng bộ xã Một (DB1))" nested them).
TEST_CASE("a leader's base that shares its name with another is given its id") {
  ReportDistrict d = report_district();
  namesake_base(d);
  const std::vector<std::string> paragraphs = report_paragraphs(d.input());
  CHECK(std::find(paragraphs.begin(), paragraphs.end(),
                  "Chi bộ dẫn đầu: Chi bộ A (Đảng bộ xã Một, mã DB1), 95,00 điểm, xếp loại Tốt; "
                  "Chi bộ B (Đảng bộ xã Một, mã DB1), 80,00 điểm, xếp loại Khá; Chi bộ C (Đảng bộ "
                  "xã Một, mã DB2), 63,33 điểm, xếp loại Trung bình.") != paragraphs.end());
}
