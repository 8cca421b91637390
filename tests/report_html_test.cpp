#include "chibo/report_html.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "report_fixture.h"

using namespace chibo;
using namespace chibo::testing;

TEST_CASE("html_escape escapes the five characters that matter") {
  CHECK(html_escape("<a href=\"x\">Tô & 'y'</a>") ==
        "&lt;a href=&quot;x&quot;&gt;Tô &amp; &#39;y&#39;&lt;/a&gt;");
  CHECK(html_escape("Chi bộ xóm Bãi Nai") == "Chi bộ xóm Bãi Nai");
}

TEST_CASE("the web page escapes names from the inputs and needs nothing from outside") {
  ReportDistrict d = report_district("<script>alert('x')</script> & co");
  std::ostringstream out;
  write_report_html(out, d.input());
  std::string page = out.str();
  CHECK(page.find("<script>alert") == std::string::npos);
  CHECK(page.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co") != std::string::npos);
  CHECK(page.find("http://") == page.find("http://www.w3.org/2000/svg"));  // the SVG namespace only
  CHECK(page.find("https://") == std::string::npos);
  CHECK(page.find("<table id=\"ranking\">") != std::string::npos);
}

TEST_CASE("the ranking table filters by the base's id and sorts numbers by their values") {
  ReportDistrict d = report_district();
  std::ostringstream out;
  write_report_html(out, d.input());
  const std::string page = out.str();
  const std::string table = page.substr(page.find("<div class=\"filters\">"));
  INFO(table.substr(0, 2000));
  // By id: a name's double space is collapsed by a browser in an option, and
  // two bases of one name were one option.
  CHECK(table.find("<option value=\"DB1\">Đảng bộ xã Một</option>") != std::string::npos);
  CHECK(table.find("<tr data-type=\"Khu dân cư\" data-base=\"DB1\">") != std::string::npos);
  // "3/3" and "2/3" months, as numbers; the score by its value too.
  CHECK(table.find("<td class=\"num\" data-v=\"3\">3/3</td>") != std::string::npos);
  CHECK(table.find("<td class=\"num\" data-v=\"2\">2/3</td>") != std::string::npos);
  CHECK(table.find("<td class=\"num\" data-v=\"95.00\">95,00</td>") != std::string::npos);
  // A grade by the grades' order (Tốt first), not alphabetically (Khá before Tốt).
  CHECK(table.find("<td data-v=\"0\">Tốt</td>") != std::string::npos);
}

// The filters' choices in Vietnamese alphabetical order, as the table sorts
// its text: by their bytes "Bình" came before "Bắc" and "Đơn vị sự nghiệp"
// after "Khu dân cư".
TEST_CASE("the ranking's filters list types and bases in Vietnamese order") {
  ReportDistrict d = report_district();
  d.units.units[2].type = UnitType::Service;     // B
  d.units.units[3].type = UnitType::Enterprise;  // C
  const Unit binh{
      "DB2", "Đảng bộ xã Bình Thanh", UnitLevel::BaseCommittee, UnitType::Residential, "", 0, {}};
  const Unit bac{
      "DB3", "Đảng bộ xã Bắc Phong", UnitLevel::BaseCommittee, UnitType::Residential, "", 0, {}};
  d.ranking.cells[1].now.base = &binh;
  d.ranking.cells[2].now.base = &bac;
  std::ostringstream out;
  write_report_html(out, d.input());
  const std::string page = out.str();
  const std::string filters =
      page.substr(page.find("<div class=\"filters\">"),
                  page.find("<table id=\"ranking\">") - page.find("<div class=\"filters\">"));
  CHECK(filters ==
        "<div class=\"filters\"><label>Loại hình <select id=\"filter-type\"><option "
        "value=\"\">Tất cả</option><option value=\"Doanh nghiệp\">Doanh nghiệp</option><option "
        "value=\"Đơn vị sự nghiệp\">Đơn vị sự nghiệp</option><option value=\"Khu dân cư\">Khu dân "
        "cư</option></select></label><label>Tổ chức cơ sở đảng <select id=\"filter-base\"><option "
        "value=\"\">Tất cả</option><option value=\"DB3\">Đảng bộ xã Bắc Phong</option><option "
        "value=\"DB2\">Đảng bộ xã Bình Thanh</option><option value=\"DB1\">Đảng bộ xã "
        "Một</option></select></label><span class=\"muted\">Đang hiển thị <b "
        "id=\"shown\">3/3</b> chi bộ</span></div>\n");
}

// The page says what the workbook's "Tự chấm" and "Bị loại" sheets do: the
// meetings whose self-score is over, and the records refused with file, line
// and reason (before, a page sent up the chain listed neither).
TEST_CASE("the web page lists the self-scores over and the records refused") {
  ReportDistrict d = report_district();
  d.audit.meetings = 8;
  d.audit.claimed = 2;
  AuditedMeeting m;
  m.cell_id = "A";
  m.date = 19797;  // 2024-03-15
  m.where = {"thang-3.csv", 4, 0};
  AuditLine total;
  total.self = Rational(99);
  total.computed = Rational(95);
  total.over_computed = true;
  m.lines.push_back(total);
  d.audit.flagged.push_back(m);
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

// The share over each quarter's column is the best grade's, said under the
// title (over a column of every grade it read as a share of the whole).
TEST_CASE("the quarters' chart says whose share is written over its columns") {
  ReportDistrict d = report_district();
  std::ostringstream out;
  write_report_html(out, d.input());
  CHECK(out.str().find("<figcaption>Xếp loại theo quý, năm 2024<br><span class=\"muted\">số trên "
                       "mỗi cột: tỷ lệ chi bộ Tốt</span></figcaption>") != std::string::npos);
}

// A long base name was drawn from the label column's right edge and ran off
// the chart's left: its tail alone showed. Cut to 44 characters with "…",
// whole in the tooltip; a name of 44 characters is kept as it is.
TEST_CASE("the base chart cuts a long base name and keeps it whole in a tooltip") {
  ReportDistrict d = report_district();
  d.units.units[0].name = d.units.keep(
      "Đảng bộ Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh huyện Cao Phong");
  std::ostringstream out;
  write_report_html(out, d.input());
  const std::string page = out.str();
  CHECK(page.find("<g><title>Đảng bộ Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh "
                  "huyện Cao Phong</title><text x=\"332.0\" y=\"19.0\" text-anchor=\"end\" "
                  "class=\"\">Đảng bộ Ngân hàng Nông nghiệp và Phát triển…</text></g>") !=
        std::string::npos);

  d.units.units[0].name = d.units.keep("Đảng bộ Cơ quan Chính quyền thị xã Cao Phong");  // 44
  std::ostringstream kept;
  write_report_html(kept, d.input());
  CHECK(kept.str().find("<text x=\"332.0\" y=\"19.0\" text-anchor=\"end\" class=\"\">Đảng bộ Cơ "
                        "quan Chính quyền thị xã Cao Phong</text>") != std::string::npos);
}

// A year no meeting was kept of: the quarters' chart says so, where it was a
// blank box under its title.
TEST_CASE("the quarters' chart of a year without meetings says there were none") {
  ReportDistrict d = report_district();
  d.store = std::make_unique<MeetingStore>(*d.r, d.units, std::vector<int>{}, true);
  d.ranking = rank_cells(*d.r, d.units, *d.store, Period{2024, 1}, GroupBy::None);
  d.summary = summarize(d.ranking, d.units, ruleset_of(*d.r).grades.size());
  std::ostringstream out;
  write_report_html(out, d.input());
  CHECK(out.str().find("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 320 254\" "
                       "width=\"320\" height=\"254\" role=\"img\" aria-label=\"Xếp loại theo quý "
                       "2024\"><text x=\"160.0\" y=\"124.0\" text-anchor=\"middle\" "
                       "class=\"muted\">Không có cuộc sinh hoạt nào trong năm 2024</text></svg>") !=
        std::string::npos);
}

// The heat-map has a column a base organisation: a province's hundreds made
// the whole page scroll sideways. It scrolls in a box of its own.
TEST_CASE("the heat-map scrolls sideways in a box of its own") {
  ReportDistrict d = report_district();
  std::ostringstream out;
  write_report_html(out, d.input());
  const std::string page = out.str();
  CHECK(page.find(".wide{overflow-x:auto}") != std::string::npos);
  const std::size_t box = page.find("<div class=\"wide\"><svg ");
  REQUIRE(box != std::string::npos);
  const std::size_t end = page.find("</svg></div>\n<h2>Xếp hạng chi bộ</h2>", box);
  REQUIRE(end != std::string::npos);
  const std::string chart = page.substr(box, end - box);
  CHECK(chart.find("aria-label=\"Tiêu chí mất điểm theo tổ chức cơ sở đảng\"") !=
        std::string::npos);
  CHECK(chart.find("<svg ", 19) == std::string::npos);  // that chart alone
}

// "Đang hiển thị 1234/1234 chi bộ" beside counts written 1.234 everywhere
// else on the page: the count shown is written so too, by the filter's
// script as well.
TEST_CASE("the ranking's count of rows shown sets off thousands by dots") {
  std::vector<std::pair<std::string, UnitType>> cells;
  for (int i = 0; i < 1234; ++i) cells.emplace_back("C" + std::to_string(i), UnitType::Residential);
  ReportDistrict d = report_district();
  d.units = make_units(cells);
  d.store = std::make_unique<MeetingStore>(*d.r, d.units, std::vector<int>{}, true);
  d.ranking = rank_cells(*d.r, d.units, *d.store, Period{2024, 1}, GroupBy::None);
  d.summary = summarize(d.ranking, d.units, ruleset_of(*d.r).grades.size());
  std::ostringstream out;
  write_report_html(out, d.input());
  const std::string page = out.str();
  CHECK(page.find("Đang hiển thị <b id=\"shown\">1.234/1.234</b> chi bộ") != std::string::npos);
  CHECK(page.find("shown.textContent = count(n) + '/' + count(body.rows.length);") !=
        std::string::npos);
}

// The page goes up to the province: the units list named by its file's
// name, not by the folder it was read from here; the ruleset by its hash.
TEST_CASE("the page names the units list by its file's name alone") {
  ReportDistrict d = report_district();
  d.units.file = "/home/ban-to-chuc/bao-cao/don-vi.csv";
  std::ostringstream out;
  write_report_html(out, d.input());
  const std::string page = out.str();
  CHECK(page.find("<p class=\"meta\">Bộ tiêu chí t (D), phiên bản 1, sha256 d99a92044c0e. Danh "
                  "sách đơn vị: don-vi.csv.</p>") != std::string::npos);
  CHECK(page.find("/home/") == std::string::npos);
}

// A quarter with no meeting: its charts of grades say so, where they drew
// every cell at the lowest grade.
TEST_CASE("the charts of a period with no meeting say so") {
  ReportDistrict d = report_district();
  d.ranking = rank_cells(*d.r, d.units, *d.store, Period{2024, 3}, GroupBy::None);
  d.summary = summarize(d.ranking, d.units, ruleset_of(*d.r).grades.size());
  std::ostringstream out;
  write_report_html(out, d.input());
  const std::string page = out.str();
  const std::string none =
      "<text x=\"180.0\" y=\"64.0\" text-anchor=\"middle\" class=\"muted\">Không có cuộc sinh "
      "hoạt nào trong quý III/2024</text>";
  const std::size_t first = page.find(none);
  REQUIRE(first != std::string::npos);
  CHECK(page.find(none, first + 1) != std::string::npos);  // the base chart too
  CHECK(page.find("3/3 chi bộ (") == std::string::npos);   // no column of 3/3 Kém
}
