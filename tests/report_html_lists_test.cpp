// The web report's lists (report_html_lists.cpp): the meetings whose
// self-score is over, and the records refused, as the workbook's "Tự chấm"
// and "Bị loại" sheets list them.
#include "report_html_parts.h"

#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "chibo/report_html.h"
#include "report_fixture.h"

using namespace chibo;
using namespace chibo::testing;

// The page says what the workbook's "Tự chấm" and "Bị loại" sheets do: the
// meetings whose self-score is over, and the records refused with file, line
// and reason (before, a page sent up the chain listed neither).
TEST_CASE("the web page lists the self-scores over and the records refused") {
  ReportDistrict d = report_district();
  flag_one(d);
  std::ostringstream out;
  write_report_html(out, d.input());
  const std::string page = out.str();
  const std::size_t audit = page.find("<h2>Tự chấm cao hơn mức cho phép</h2>");
  REQUIRE(audit != std::string::npos);
  const std::string lists = page.substr(audit);
  CHECK(lists.find("<p>8 cuộc sinh hoạt; 2 cuộc có điểm tự chấm; 1 cuộc tự chấm cao hơn mức cho "
                   "phép, ở 0 chi bộ.</p>") != std::string::npos);
  CHECK(lists.find(
            "<tr><td>A</td><td>Chi bộ A</td><td>Đảng bộ xã Một</td><td>15/03/2024</td><td>thường "
            "kỳ</td><td>99,00</td><td>95,00</td><td></td><td>4,00</td><td></td><td></"
            "td><td>thang-3.csv:4</td></tr>") != std::string::npos);
  CHECK(lists.find("<h2>Bản ghi bị loại</h2>\n<p>1 bản ghi bị loại, không được tính điểm: chi bộ "
                   "không có bản ghi nào khác của tháng đó bị tính thiếu tháng cho đến khi bản "
                   "ghi được sửa.</p>") != std::string::npos);
  CHECK(lists.find("<tr><td>m.csv</td><td>7</td><td>A</td><td>sai</td></tr>") != std::string::npos);
  // Nothing refused, nothing over: said in a line, no empty table.
  ReportDistrict clean = report_district();
  ReportInput in = clean.input();
  in.rejected = RejectedList();
  std::ostringstream none;
  write_report_html(none, in);
  const std::string quiet = none.str();
  CHECK(quiet.find("<p>Không bản ghi nào bị loại.</p>") != std::string::npos);
  CHECK(quiet.find("<table class=\"list\">") == std::string::npos);
}

// A wrong units list rejects every record: the page lists the first ones
// (RejectedList) and says how many more there are and where all are said.
TEST_CASE("the web page lists the first rejected records and counts the rest") {
  ReportDistrict d = report_district();
  ReportInput in = d.input();
  in.rejected = rejected_list({{{"m.csv", 7, 0}, "sai", "A"},
                               {{"m.csv", 8, 0}, "không có trong danh sách", "Z"},
                               {{"m.csv", 9, 0}, "không có trong danh sách", "Y"}},
                              d.units, 2);
  in.counts = {10, 7, 3};
  std::ostringstream out;
  write_report_html(out, in);
  const std::string page = out.str();
  const std::size_t at = page.find("<h2>Bản ghi bị loại</h2>");
  REQUIRE(at != std::string::npos);
  const std::string list = page.substr(at, page.find("</table>", at) - at);
  CHECK(list.find("<p>3 bản ghi bị loại, không được tính điểm (2 là bản ghi của chi bộ không có "
                  "trong danh sách đơn vị, không làm chi bộ nào thiếu tháng)") !=
        std::string::npos);
  CHECK(list.find("<p>Danh sách chỉ ghi 2 bản ghi bị loại đầu tiên; 1 bản ghi bị loại khác không "
                  "ghi ở đây. Mọi bản ghi bị loại, với lý do, được in ra ở các dòng lỗi khi chạy "
                  "lệnh chibo report (lưu vào tệp: thêm 2&gt; loi.txt vào cuối lệnh).</p>") !=
        std::string::npos);
  CHECK(list.find("<td>8</td><td>Z</td>") != std::string::npos);
  CHECK(list.find("<td>9</td>") == std::string::npos);
  // All listed: nothing said of the rest.
  in.rejected = rejected_list({{{"m.csv", 7, 0}, "sai", "A"}}, d.units, 1);
  std::ostringstream whole;
  write_report_html(whole, in);
  CHECK(whole.str().find("Danh sách chỉ ghi") == std::string::npos);
}

// The rejected list opens as the summary's data sentence says it: records of
// cells the units list lacks leave no listed cell a month short.
TEST_CASE("the rejected list says records of unlisted cells leave no cell a month short") {
  ReportDistrict d = report_district();
  std::vector<RejectedRecord> rejected = {{{"m.csv", 7, 0}, "không có trong danh sách", "Z"}};
  auto opening = [&] {
    ReportInput in = d.input();
    in.rejected = rejected_list(rejected, d.units);
    in.counts.rejected = static_cast<std::int64_t>(rejected.size());
    std::ostringstream out;
    write_report_html(out, in);
    const std::string page = out.str();
    const std::size_t at = page.find("<h2>Bản ghi bị loại</h2>\n<p>");
    REQUIRE(at != std::string::npos);
    const std::size_t from = page.find("<p>", at) + 3;
    return page.substr(from, page.find("</p>", from) - from);
  };
  CHECK(opening() ==
        "1 bản ghi bị loại, là bản ghi của chi bộ không có trong danh sách đơn vị: không được "
        "tính, và không chi bộ nào trong danh sách bị tính thiếu tháng vì bản ghi đó.");
  rejected.push_back({{"m.csv", 8, 0}, "không có trong danh sách", "Y"});
  CHECK(opening() ==
        "2 bản ghi bị loại, đều là bản ghi của chi bộ không có trong danh sách đơn vị: không "
        "được tính, và không chi bộ nào trong danh sách bị tính thiếu tháng vì các bản ghi đó.");
  rejected.push_back({{"m.csv", 9, 0}, "sai", "A"});
  CHECK(opening() ==
        "3 bản ghi bị loại, không được tính điểm (2 là bản ghi của chi bộ không có trong danh "
        "sách đơn vị, không làm chi bộ nào thiếu tháng): chi bộ không có bản ghi nào khác của "
        "tháng đó bị tính thiếu tháng cho đến khi bản ghi được sửa.");
}

// The audit's list whole: its heading, the totals line as a sentence, then
// the rows of `chibo audit` for people, a plain table (no sort, no filter).
TEST_CASE("the audit list: heading, totals, and the flagged meetings' table") {
  ReportDistrict d = report_district();
  flag_one(d);
  std::ostringstream out;
  write_audit_list(out, d.input());
  CHECK(out.str() ==
        "<h2>Tự chấm cao hơn mức cho phép</h2>\n"
        "<p>8 cuộc sinh hoạt; 2 cuộc có điểm tự chấm; 1 cuộc tự chấm cao hơn mức cho phép, ở 0 chi "
        "bộ.</p>\n"
        "<table class=\"list\"><thead><tr><th scope=\"col\">Chi bộ</th><th "
        "scope=\"col\">Tên</th><th scope=\"col\">Đảng bộ cơ sở</th><th scope=\"col\">Ngày sinh "
        "hoạt</th><th scope=\"col\">Loại</th><th scope=\"col\">Tự chấm</th><th scope=\"col\">Điểm "
        "theo tiêu chí</th><th scope=\"col\">Cấp trên chấm</th><th scope=\"col\">Cao hơn điểm theo "
        "tiêu chí</th><th scope=\"col\">Cao hơn điểm cấp trên</th><th scope=\"col\">Tiêu chí tự "
        "chấm cao hơn</th><th scope=\"col\">Bản ghi</th></tr></thead>\n"
        "<tbody>\n"
        "<tr><td>A</td><td>Chi bộ A</td><td>Đảng bộ xã Một</td><td>15/03/2024</td><td>thường "
        "kỳ</td><td>99,00</td><td>95,00</td><td></td><td>4,00</td><td></td><td></"
        "td><td>thang-3.csv:4</td></tr>\n"
        "</tbody></table>\n");
  // None audited: the totals line alone, no empty table.
  ReportDistrict none = report_district();
  std::ostringstream quiet;
  write_audit_list(quiet, none.input());
  CHECK(quiet.str() ==
        "<h2>Tự chấm cao hơn mức cho phép</h2>\n"
        "<p>Không có cuộc sinh hoạt nào.</p>\n");
}

// A reason, a file name or a cell id is text from the records: escaped; a
// record of no line (a YAML meeting's file, said at the file) has an empty
// cell there.
TEST_CASE("the rejected list escapes what it lists, a line of 0 left empty") {
  ReportDistrict d = report_district();
  ReportInput in = d.input();
  in.rejected = rejected_list({{{"a&b.csv", 0, 0}, "cột 'x': <b> không phải là \"số\"", "A'1"},
                               {{"m.csv", 12, 0}, "sai", "B"}},
                              d.units);
  std::ostringstream out;
  write_rejected_list(out, in);
  CHECK(out.str() ==
        "<h2>Bản ghi bị loại</h2>\n"
        "<p>2 bản ghi bị loại, không được tính điểm (1 là bản ghi của chi bộ không có trong danh "
        "sách đơn vị, không làm chi bộ nào thiếu tháng): chi bộ không có bản ghi nào khác của "
        "tháng đó bị tính thiếu tháng cho đến khi bản ghi được sửa.</p>\n"
        "<table class=\"list\"><thead><tr><th scope=\"col\">Tệp</th><th scope=\"col\">Dòng</th><th "
        "scope=\"col\">Chi bộ</th><th scope=\"col\">Lý do</th></tr></thead>\n"
        "<tbody>\n"
        "<tr><td>a&amp;b.csv</td><td></td><td>A&#39;1</td><td>cột &#39;x&#39;: &lt;b&gt; không "
        "phải là &quot;số&quot;</td></tr>\n"
        "<tr><td>m.csv</td><td>12</td><td>B</td><td>sai</td></tr>\n"
        "</tbody></table>\n");
}

// Records of units left out of the list, or dated out of the ruleset's
// force, leave no listed cell a month short: counted apart from those of
// cells the list lacks and from those to mend, as the summary does.
TEST_CASE("the web page's rejected records tell those that leave no cell short by why") {
  ReportDistrict d = report_district();
  d.units.left_out = {{"L", 4}};
  ReportInput in = d.input();
  auto intro = [&] {
    std::ostringstream out;
    write_rejected_list(out, in);
    const std::string list = out.str();
    return list.substr(0, list.find('\n', list.find("<p>")) + 1);
  };
  in.rejected = rejected_list({{{"m.csv", 7, 0}, "bị loại khỏi danh sách", "L"},
                               {{"m.csv", 8, 0}, "bị loại khỏi danh sách", "L"}},
                              d.units);
  CHECK(intro() ==
        "<h2>Bản ghi bị loại</h2>\n<p>2 bản ghi bị loại, đều là bản ghi của đơn vị bị loại khỏi "
        "danh sách đơn vị vì lỗi trong danh sách: không được tính, và không chi bộ nào trong danh "
        "sách bị tính thiếu tháng vì các bản ghi đó.</p>\n");
  in.rejected = rejected_list({{{"m.csv", 7, 0}, "bị loại khỏi danh sách", "L"},
                               {{"m.csv", 8, 0}, "sau ngày hết hiệu lực", "A"}},
                              d.units, RejectedList::kListed, {"A"});
  CHECK(intro() ==
        "<h2>Bản ghi bị loại</h2>\n<p>2 bản ghi bị loại: 1 bản ghi của đơn vị bị loại khỏi danh "
        "sách đơn vị vì lỗi trong danh sách; 1 bản ghi có ngày sinh hoạt ngoài thời gian hiệu lực "
        "của bộ tiêu chí (từ 01/01/2019): không được tính, và không chi bộ nào trong danh sách bị "
        "tính thiếu tháng vì các bản ghi đó.</p>\n");
  in.rejected = rejected_list(
      {{{"m.csv", 8, 0}, "sau ngày hết hiệu lực", "A"}, {{"m.csv", 9, 0}, "sai", "B"}}, d.units,
      RejectedList::kListed, {"A"});
  CHECK(intro() ==
        "<h2>Bản ghi bị loại</h2>\n<p>2 bản ghi bị loại, không được tính điểm (1 là bản ghi có "
        "ngày sinh hoạt ngoài thời gian hiệu lực của bộ tiêu chí (từ 01/01/2019), không làm chi "
        "bộ nào thiếu tháng): chi bộ không có bản ghi nào khác của tháng đó bị tính thiếu tháng "
        "cho đến khi bản ghi được sửa.</p>\n");
}
