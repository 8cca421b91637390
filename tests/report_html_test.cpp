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
