// The web report's SVG charts (report_html_charts.cpp): grades, base
// organisations, the quarters of the year, and the criteria's heat-map.
#include "report_html_parts.h"

#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "chibo/report_html.h"
#include "report_fixture.h"

using namespace chibo;
using namespace chibo::testing;

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

// A share as the ruleset writes percentages, rounded as it rounds.
TEST_CASE("percent_text writes a share with the ruleset's decimals") {
  Presentation p;
  CHECK(percent_text(p, 0.78125) == "78,13%");
  CHECK(percent_text(p, 1.0 / 3) == "33,33%");
  CHECK(percent_text(p, 1) == "100,00%");
  p.decimals = 0;
  CHECK(percent_text(p, 0.78125) == "78%");
}

// A column a grade, as tall as its count beside the most's, its count of
// the cells over it and its share under its label.
TEST_CASE("the grade chart: a column a grade, its count over it, its share under it") {
  ReportDistrict d = report_district();
  CHECK(grade_chart(d.input()) ==
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 510 280\" width=\"510\" "
        "height=\"280\" role=\"img\" aria-label=\"Phân bố xếp loại\"><rect x=\"30.0\" y=\"30.0\" "
        "width=\"90.0\" height=\"200.0\" fill=\"#2e7d32\"><title>Tốt: 1/3 chi bộ "
        "(33,33%)</title></rect><text x=\"75.0\" y=\"24.0\" text-anchor=\"middle\" "
        "class=\"\">1/3</text><text x=\"75.0\" y=\"248.0\" text-anchor=\"middle\" "
        "class=\"label\">Tốt</text><text x=\"75.0\" y=\"266.0\" text-anchor=\"middle\" "
        "class=\"muted\">33,33%</text><rect x=\"150.0\" y=\"30.0\" width=\"90.0\" height=\"200.0\" "
        "fill=\"#1565c0\"><title>Khá: 1/3 chi bộ (33,33%)</title></rect><text x=\"195.0\" "
        "y=\"24.0\" text-anchor=\"middle\" class=\"\">1/3</text><text x=\"195.0\" y=\"248.0\" "
        "text-anchor=\"middle\" class=\"label\">Khá</text><text x=\"195.0\" y=\"266.0\" "
        "text-anchor=\"middle\" class=\"muted\">33,33%</text><rect x=\"270.0\" y=\"30.0\" "
        "width=\"90.0\" height=\"200.0\" fill=\"#f9a825\"><title>Trung bình: 1/3 chi bộ "
        "(33,33%)</title></rect><text x=\"315.0\" y=\"24.0\" text-anchor=\"middle\" "
        "class=\"\">1/3</text><text x=\"315.0\" y=\"248.0\" text-anchor=\"middle\" "
        "class=\"label\">Trung bình</text><text x=\"315.0\" y=\"266.0\" text-anchor=\"middle\" "
        "class=\"muted\">33,33%</text><rect x=\"390.0\" y=\"230.0\" width=\"90.0\" height=\"0.0\" "
        "fill=\"#c62828\"><title>Kém: 0/3 chi bộ (0,00%)</title></rect><text x=\"435.0\" "
        "y=\"224.0\" text-anchor=\"middle\" class=\"\">0/3</text><text x=\"435.0\" y=\"248.0\" "
        "text-anchor=\"middle\" class=\"label\">Kém</text><text x=\"435.0\" y=\"266.0\" "
        "text-anchor=\"middle\" class=\"muted\">0,00%</text></svg>");
}

// Base committees a bar each, the base cells (each its own base) together
// in one bar after them, each bar split by grade.
TEST_CASE("the base chart puts the base cells together in a bar of their own") {
  ReportDistrict d = report_district();
  add_base_cell(d);
  quarter(*d.r, *d.store, "A", 2024, 1, {"95", "95", "95"});
  quarter(*d.r, *d.store, "E", 2024, 1, {"50", "50", "50"});
  d.ranking = rank_cells(*d.r, d.units, *d.store, Period{2024, 1}, GroupBy::None);
  d.summary = summarize(d.ranking, d.units, ruleset_of(*d.r).grades.size());
  CHECK(base_chart(d.input()) ==
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 840 54\" width=\"840\" "
        "height=\"54\" role=\"img\" aria-label=\"Xếp loại theo tổ chức cơ sở đảng\"><text "
        "x=\"332.0\" y=\"19.0\" text-anchor=\"end\" class=\"\">Đảng bộ xã Một</text><rect "
        "x=\"340.0\" y=\"7.0\" width=\"146.7\" height=\"16.0\" fill=\"#2e7d32\"><title>Đảng bộ xã "
        "Một: 1/3 chi bộ Tốt (33,33%)</title></rect><rect x=\"486.7\" y=\"7.0\" width=\"293.3\" "
        "height=\"16.0\" fill=\"#c62828\"><title>Đảng bộ xã Một: 2/3 chi bộ Kém "
        "(66,67%)</title></rect><text x=\"786.0\" y=\"19.0\" text-anchor=\"start\" "
        "class=\"muted\">3</text><text x=\"332.0\" y=\"41.0\" text-anchor=\"end\" class=\"\">Các "
        "chi bộ cơ sở</text><rect x=\"340.0\" y=\"29.0\" width=\"440.0\" height=\"16.0\" "
        "fill=\"#f9a825\"><title>Các chi bộ cơ sở: 1/1 chi bộ Trung bình "
        "(100,00%)</title></rect><text x=\"786.0\" y=\"41.0\" text-anchor=\"start\" "
        "class=\"muted\">1</text></svg>");
}

// A column a quarter of the year that has meetings, split by grade, the
// best grade's share over it.
TEST_CASE("the quarters' chart: a column a quarter with meetings") {
  ReportDistrict d = report_district();
  quarter(*d.r, *d.store, "A", 2024, 3, {"60", "", ""});
  CHECK(trend_chart(d.input()) ==
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 260 254\" width=\"260\" "
        "height=\"254\" role=\"img\" aria-label=\"Xếp loại theo quý 2024\"><rect x=\"40.0\" "
        "y=\"157.3\" width=\"70.0\" height=\"66.7\" fill=\"#2e7d32\"><title>quý I/2024: 1/3 chi bộ "
        "Tốt (33,33%)</title></rect><rect x=\"40.0\" y=\"90.7\" width=\"70.0\" height=\"66.7\" "
        "fill=\"#1565c0\"><title>quý I/2024: 1/3 chi bộ Khá (33,33%)</title></rect><rect "
        "x=\"40.0\" y=\"24.0\" width=\"70.0\" height=\"66.7\" fill=\"#f9a825\"><title>quý I/2024: "
        "1/3 chi bộ Trung bình (33,33%)</title></rect><text x=\"75.0\" y=\"16.0\" "
        "text-anchor=\"middle\" class=\"\">33,33%</text><text x=\"75.0\" y=\"242.0\" "
        "text-anchor=\"middle\" class=\"label\">quý I/2024</text><rect x=\"150.0\" y=\"24.0\" "
        "width=\"70.0\" height=\"200.0\" fill=\"#c62828\"><title>quý III/2024: 3/3 chi bộ Kém "
        "(100,00%)</title></rect><text x=\"185.0\" y=\"16.0\" text-anchor=\"middle\" "
        "class=\"\">0,00%</text><text x=\"185.0\" y=\"242.0\" text-anchor=\"middle\" "
        "class=\"label\">quý III/2024</text></svg>");
}

// The heat-map's rows: a label longer than 60 bytes cut before the letter
// that would pass 57 bytes, with "…" (whole in the tooltip); a cell of no
// meeting grey; the others the redder the more is lost.
TEST_CASE("the heat-map cuts a long label at a letter and greys a cell of no meeting") {
  ReportDistrict d = report_district();
  CriterionMatrix m;
  m.groups = {{"DB1", "Đảng bộ xã Một"}};
  CriterionLoss lost;
  lost.id = "a";
  lost.label = "Chi bộ có kết luận hoặc nghị quyết về nhiệm vụ lãnh đạo của tháng";
  lost.district_share = 0.5;
  lost.group_share = {0.25};
  CriterionLoss none;
  none.id = "b";
  none.label = "B";
  none.district_share = 0;
  none.group_share = {-1};
  m.criteria = {lost, none};
  CHECK(
      heat_map(d.input(), m) ==
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 458 168\" width=\"458\" "
      "height=\"168\" role=\"img\" aria-label=\"Tiêu chí mất điểm theo tổ chức cơ sở đảng\"><text "
      "transform=\"translate(386.0,104) rotate(-55)\" class=\"small\">Toàn huyện<title>Toàn đảng "
      "bộ huyện</title></text><text transform=\"translate(430.0,104) rotate(-55)\" "
      "class=\"small\">DB1<title>Đảng bộ xã Một</title></text><g><title>Chi bộ có kết luận hoặc "
      "nghị quyết về nhiệm vụ lãnh đạo của tháng</title><text x=\"352.0\" y=\"126.0\" "
      "text-anchor=\"end\" class=\"\">Chi bộ có kết luận hoặc nghị quyết về nhi…</text></g><rect "
      "x=\"361.0\" y=\"111.0\" width=\"42.0\" height=\"22.0\" fill=\"rgb(255,55,55)\"><title>Toàn "
      "huyện — Chi bộ có kết luận hoặc nghị quyết về nhiệm vụ lãnh đạo của tháng: bình quân mất "
      "50,00% số điểm tối đa mỗi cuộc sinh hoạt</title></rect><text x=\"382.0\" y=\"126.0\" "
      "text-anchor=\"middle\" class=\"small\">50%</text><rect x=\"405.0\" y=\"111.0\" "
      "width=\"42.0\" height=\"22.0\" fill=\"rgb(255,155,155)\"><title>Đảng bộ xã Một — Chi bộ có "
      "kết luận hoặc nghị quyết về nhiệm vụ lãnh đạo của tháng: bình quân mất 25,00% số điểm tối "
      "đa mỗi cuộc sinh hoạt</title></rect><text x=\"426.0\" y=\"126.0\" text-anchor=\"middle\" "
      "class=\"small\">25%</text><g><title>B</title><text x=\"352.0\" y=\"150.0\" "
      "text-anchor=\"end\" class=\"\">B</text></g><rect x=\"361.0\" y=\"135.0\" width=\"42.0\" "
      "height=\"22.0\" fill=\"rgb(255,255,255)\"><title>Toàn huyện — B: bình quân mất 0,00% số "
      "điểm tối đa mỗi cuộc sinh hoạt</title></rect><text x=\"382.0\" y=\"150.0\" "
      "text-anchor=\"middle\" class=\"small\">0%</text><rect x=\"405.0\" y=\"135.0\" "
      "width=\"42.0\" height=\"22.0\" fill=\"#eeeeee\"><title>B: không có cuộc sinh "
      "hoạt</title></rect></svg>");
}

// Two bases of one name: each bar labelled with its id, as rank's summary
// by organisation names them (two bars read as one base's).
TEST_CASE("the base chart gives a name two bases share with each one's id") {
  ReportDistrict d = report_district();
  namesake_base(d);
  const std::string chart = base_chart(d.input());
  CHECK(chart.find("class=\"\">Đảng bộ xã Một (DB1)</text>") != std::string::npos);
  CHECK(chart.find("class=\"\">Đảng bộ xã Một (DB2)</text>") != std::string::npos);
}
