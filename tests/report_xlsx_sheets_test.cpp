// The workbook's summary, audit and rejected-records sheets
// (report_xlsx_sheets.cpp).
#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "report_fixture.h"
#include "report_xlsx_book.h"
#include "report_xlsx_fixture.h"
#include "temp_dir.h"

using namespace chibo;
using namespace chibo::testing;

// The records not listed (RejectedList) are said in a row after the listed.
TEST_CASE("the rejected sheet ends saying how many records it does not list") {
  ReportDistrict d = report_district();
  ReportInput in = d.input();
  in.rejected = rejected_list(
      {{{"m.csv", 7, 0}, "sai", "A"}, {{"m.csv", 8, 0}, "sai", "B"}, {{"m.csv", 9, 0}, "sai", "C"}},
      d.units, 2);
  TempDir dir;
  XlsxBook b = open_book(dir.path("report.xlsx"), in, false);
  REQUIRE(b.book != nullptr);
  add_rejected_sheet(b, in);
  std::vector<SheetSeen> sheets = sheets_of(b.book, 1);
  REQUIRE(sheets.size() == 1);
  CHECK(sheets[0].last_row == 3);                         // two listed, then the rest said
  CHECK(sheets[0].numbers == std::vector<double>{7, 8});  // their lines; the last row has none
  lxw_worksheet* ws = STAILQ_FIRST(b.book->worksheets);
  lxw_row* last = lxw_worksheet_find_row(ws, 3);
  REQUIRE(last != nullptr);
  CHECK(lxw_worksheet_find_cell_in_row(last, 0) == nullptr);  // no file: no record's row
  lxw_cell* said = lxw_worksheet_find_cell_in_row(last, 3);
  REQUIRE(said != nullptr);
  CHECK((said->type == STRING_CELL || said->type == INLINE_STRING_CELL));
  REQUIRE(workbook_close(b.book) == LXW_NO_ERROR);
}

// The title, the summary's paragraphs (merged across the tables' width),
// then the grades' counts and shares for all, by type and by base.
TEST_CASE("Tổng hợp: the title, the paragraphs, then the tallies") {
  ReportDistrict d = report_district();
  CHECK(sheet_written(d.input(), add_summary_sheet) ==
        std::vector<std::string>{
            "|Báo cáo chất lượng sinh hoạt chi bộ quý I/2024|||||||||", "||||||||||",
            "|Qua đánh giá, trong quý I/2024 có 1/3 chi bộ đạt chất lượng sinh hoạt Tốt (33,33%), "
            "1/3 chi bộ Khá (33,33%), 1/3 chi bộ Trung bình (33,33%), 0/3 chi bộ Kém "
            "(0,00%).|||||||||",
            "|Theo loại hình: Khu dân cư 1/2 chi bộ Tốt (50,00%); Trường học 0/1 chi bộ Tốt "
            "(0,00%).|||||||||",
            "|1 chi bộ thiếu tháng sinh hoạt.|||||||||",
            "|Chi bộ dẫn đầu: Chi bộ A (Đảng bộ xã Một), 95,00 điểm, xếp loại Tốt; Chi bộ B (Đảng "
            "bộ xã Một), 80,00 điểm, xếp loại Khá; Chi bộ C (Đảng bộ xã Một), 63,33 điểm, xếp loại "
            "Trung bình.|||||||||",
            "|Thứ tự xếp hạng: chi bộ có điểm cao hơn (so điểm chưa làm tròn: hai chi bộ cùng điểm "
            "hiển thị có thể khác hạng) xếp trên; bằng nhau ở mọi mục thì cùng hạng.|||||||||",
            "|Tiêu chí mất nhiều điểm nhất: A: mất 85,00 điểm ở 8/8 cuộc sinh hoạt.|||||||||",
            "|Số liệu: 9 bản ghi đã đọc, 8 đã chấm điểm, 1 bị loại (bản ghi bị loại không được "
            "tính điểm: chi bộ không có bản ghi nào khác của tháng đó bị tính thiếu tháng cho đến "
            "khi bản ghi được sửa); bộ tiêu chí t (D), phiên bản 1, sha256 d99a92044c0e.|||||||||",
            "||||||||||",
            "|Toàn đảng bộ|Tốt|Khá|Trung bình|Kém|Số chi bộ|Tỷ lệ Tốt|Tỷ lệ Khá|Tỷ lệ Trung "
            "bình|Tỷ lệ Kém",
            "|Tất cả chi bộ|1|1|1|0|3|0.3333|0.3333|0.3333|0", "||||||||||",
            "|Loại hình|Tốt|Khá|Trung bình|Kém|Số chi bộ|Tỷ lệ Tốt|Tỷ lệ Khá|Tỷ lệ Trung bình|Tỷ "
            "lệ Kém",
            "|Khu dân cư|1|0|1|0|2|0.5|0|0.5|0", "|Trường học|0|1|0|0|1|0|1|0|0", "||||||||||",
            "|Tổ chức cơ sở đảng|Tốt|Khá|Trung bình|Kém|Số chi bộ|Tỷ lệ Tốt|Tỷ lệ Khá|Tỷ lệ Trung "
            "bình|Tỷ lệ Kém",
            "|Đảng bộ xã Một|1|1|1|0|3|0.3333|0.3333|0.3333|0"});
}

// Units left out of the list for its errors: said under the counts, which
// read whole without them (the workbook's first sheet says nothing of it).
TEST_CASE("Tổng hợp: the units left out of the list are said under the counts") {
  ReportDistrict d = report_district();
  d.units.left_out = {{"DB2", 12}};
  const std::vector<std::string> rows = sheet_written(d.input(), add_summary_sheet);
  REQUIRE(rows.size() > 4);
  CHECK(rows[3] ==
        "|1 đơn vị của danh sách đơn vị units.csv bị loại vì lỗi trong danh sách (ở dòng 12), "
        "không có trong báo cáo này, kể cả trong các số trên: 'DB2'; hãy sửa danh sách rồi lập "
        "lại báo cáo.|||||||||");
}

// A quarter with no meeting: no table of every cell at the lowest grade.
TEST_CASE("Tổng hợp: a period with no meeting has no tallies") {
  ReportDistrict d = report_district();
  d.ranking = rank_cells(*d.r, d.units, *d.store, Period{2024, 3}, GroupBy::None);
  d.summary = summarize(d.ranking, d.units, ruleset_of(*d.r).grades.size());
  CHECK(
      sheet_written(d.input(), add_summary_sheet) ==
      std::vector<std::string>{
          "|Báo cáo chất lượng sinh hoạt chi bộ quý III/2024|||||||||", "||||||||||",
          "|Không có cuộc sinh hoạt thường kỳ nào của quý III/2024 được chấm điểm (kỳ báo cáo và "
          "các tệp bản ghi có đúng không?), nên chưa xếp loại được chi bộ nào: trong bảng xếp "
          "hạng, cả 3 chi bộ đều bị tính thiếu mọi tháng của kỳ.|||||||||",
          "|Số liệu: 9 bản ghi đã đọc, 8 đã chấm điểm, 1 bị loại (bản ghi bị loại không được tính "
          "điểm: chi bộ không có bản ghi nào khác của tháng đó bị tính thiếu tháng cho đến khi bản "
          "ghi được sửa); bộ tiêu chí t (D), phiên bản 1, sha256 d99a92044c0e.|||||||||"});
}

// The rows of `chibo audit` for people, the date as Excel's day number and
// the scores as numbers (only the excesses that are over).
TEST_CASE("Tự chấm: the flagged meetings, the date and the scores as numbers") {
  ReportDistrict d = report_district();
  flag_one(d);
  CHECK(
      sheet_written(d.input(), add_audit_sheet) ==
      std::vector<std::string>{
          "|Chi bộ|Tên|Đảng bộ cơ sở|Ngày sinh hoạt|Loại|Tự chấm|Điểm theo tiêu chí|Cấp trên "
          "chấm|Cao hơn điểm theo tiêu chí|Cao hơn điểm cấp trên|Tiêu chí tự chấm cao hơn|Bản ghi",
          "|A|Chi bộ A|Đảng bộ xã Một|45366|thường kỳ|99|95||4|||thang-3.csv:4"});
}

// Two bases of one name: each with its id, in the tallies by base as in
// rank's summary by organisation, and on "Tự chấm" as in audit's rows.
TEST_CASE("Tổng hợp and Tự chấm: a base's name another shares is given with its id") {
  ReportDistrict d = report_district();
  namesake_base(d);
  const std::vector<std::string> summary = sheet_written(d.input(), add_summary_sheet);
  REQUIRE(summary.size() > 2);
  CHECK(std::vector<std::string>(summary.end() - 2, summary.end()) ==
        std::vector<std::string>{"|Đảng bộ xã Một (DB1)|1|1|0|0|2|0.5|0.5|0|0",
                                 "|Đảng bộ xã Một (DB2)|0|0|1|0|1|0|0|1|0"});
  flag_one(d);
  CHECK(sheet_written(d.input(), add_audit_sheet).back() ==
        "|A|Chi bộ A|Đảng bộ xã Một (DB1)|45366|thường kỳ|99|95||4|||thang-3.csv:4");
}
