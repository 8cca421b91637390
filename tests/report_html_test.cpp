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

// A name two bases share: the filter's options name them as the table's rows
// do (base_names.h), not by a rule of their own.
TEST_CASE("the filter names two bases of one name as the table does") {
  ReportDistrict d = report_district();
  namesake_base(d);
  std::ostringstream out;
  write_report_html(out, d.input());
  const std::string page = out.str();
  const std::size_t from = page.find("<select id=\"filter-base\">");
  REQUIRE(from != std::string::npos);
  CHECK(page.substr(from, page.find("</select>", from) - from) ==
        "<select id=\"filter-base\"><option value=\"\">Tất cả</option><option "
        "value=\"DB1\">Đảng bộ xã Một (DB1)</option><option value=\"DB2\">Đảng bộ xã Một "
        "(DB2)</option>");
  CHECK(page.find("<td>Đảng bộ xã Một (DB1)</td>") != std::string::npos);
  CHECK(page.find("<td>Đảng bộ xã Một (DB2)</td>") != std::string::npos);
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
  // Units left out of it for its errors: the list named is not the one ranked whole.
  d.units.left_out = {{"DB2", 12}, {"DB2-01", 12}};
  std::ostringstream left_out;
  write_report_html(left_out, d.input());
  CHECK(left_out.str().find("Danh sách đơn vị: don-vi.csv (2 đơn vị bị loại vì lỗi trong danh "
                            "sách, xem Tóm tắt).</p>") != std::string::npos);
}

// Units left out of the list: said beside the count of rows shown, as under
// rank's table ("x/y chi bộ" read as the whole list's); nothing when none was.
TEST_CASE("the ranking's count of rows shown says the units the list left out") {
  ReportDistrict d = report_district();
  std::ostringstream whole;
  write_report_html(whole, d.input());
  CHECK(whole.str().find("Đang hiển thị <b id=\"shown\">3/3</b> chi bộ</span>") !=
        std::string::npos);
  d.units.left_out = {{"DB2", 12}, {"DB2-01", 13}};
  std::ostringstream out;
  write_report_html(out, d.input());
  CHECK(out.str().find("Đang hiển thị <b id=\"shown\">3/3</b> chi bộ; 2 đơn vị của danh sách bị "
                       "loại vì lỗi trong danh sách, không có trong bảng này</span>") !=
        std::string::npos);
}
