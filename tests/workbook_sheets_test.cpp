// A workbook's tabs: their names, parts and states, worksheets only.
#include "workbook_sheets.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "xlsx_fixture.h"

using chibo::testing::FixtureSheet;
using chibo::testing::zip_parts;

namespace {

// Each worksheet as "name part" (" hidden" when it is), and the first's name.
struct Tabs {
  std::vector<std::string> sheets;
  std::string first;
};

Tabs tabs_of(const std::string& book) {
  std::string why;
  chibo::XlsxArchive zip(book, why);
  REQUIRE(zip.ok());
  std::optional<chibo::WorkbookSheets> sheets = chibo::read_workbook_sheets(zip, 1 << 20, why);
  INFO(why);
  REQUIRE(sheets);
  Tabs out;
  for (const chibo::WorkbookSheet& s : sheets->worksheets) {
    out.sheets.push_back(s.name + " " + s.part + (s.hidden ? " hidden" : ""));
  }
  out.first = sheets->first() ? sheets->first()->name : "(none)";
  return out;
}

}  // namespace

TEST_CASE("a workbook's worksheets in the order of their tabs, chart sheets left out") {
  const Tabs tabs = tabs_of(chibo::testing::workbook_of({{"Biểu đồ", "", "", true},
                                                         {"Hướng dẫn", "", "hidden"},
                                                         {"Bản ghi", ""},
                                                         {"Cũ", "", "veryHidden"},
                                                         {"Khác", "", "visible"}}));
  CHECK(tabs.sheets == std::vector<std::string>{"Hướng dẫn xl/worksheets/sheet2.xml hidden",
                                                "Bản ghi xl/worksheets/sheet3.xml",
                                                "Cũ xl/worksheets/sheet4.xml hidden",
                                                "Khác xl/worksheets/sheet5.xml"});
  CHECK(tabs.first == "Bản ghi");
  // Every worksheet hidden: the first; none: none.
  CHECK(
      tabs_of(chibo::testing::workbook_of({{"Một", "", "hidden"}, {"Hai", "", "hidden"}})).first ==
      "Một");
  CHECK(tabs_of(chibo::testing::workbook_of({{"Biểu đồ", "", "", true}})).first == "(none)");
}

// Targets from xl/ or from the root; a relation without a type is taken for
// a worksheet's; a tab whose relation is not there, or without a name.
TEST_CASE("a tab's part is its relation's target") {
  const Tabs tabs = tabs_of(zip_parts(
      {{"xl/workbook.xml",
        "<workbook><workbookPr date1904=\"1\"/><sheets><sheet name=\"A\" r:id=\"r1\"/>"
        "<sheet name=\"B\" r:id=\"r2\"/><sheet name=\"C\" r:id=\"r9\"/><sheet r:id=\"r3\"/>"
        "</sheets></workbook>"},
       {"xl/_rels/workbook.xml.rels",
        "<Relationships><Relationship Id=\"r1\" Target=\"/xl/worksheets/a.xml\"/>"
        "<Relationship Id=\"r2\" Target=\"worksheets/b.xml\"/>"
        "<Relationship Id=\"r3\" Target=\"c.xml\"/></Relationships>"}}));
  CHECK(tabs.sheets ==
        std::vector<std::string>{"A xl/worksheets/a.xml", "B xl/worksheets/b.xml", " xl/c.xml"});
}

TEST_CASE("a workbook's list of sheets that cannot be read says why") {
  std::string why;
  const std::string book = zip_parts({{"xl/workbook.xml", "<workbook><sheets>"}});
  chibo::XlsxArchive zip(book, why);
  REQUIRE(zip.ok());
  CHECK_FALSE(chibo::read_workbook_sheets(zip, 1 << 20, why));
  CHECK(why == "phần 'xl/workbook.xml' hỏng (no element found, dòng 1)");
  const std::string no_rels = zip_parts({{"xl/workbook.xml", "<workbook/>"}});
  chibo::XlsxArchive zip2(no_rels, why);
  CHECK_FALSE(chibo::read_workbook_sheets(zip2, 1 << 20, why));
  CHECK(why == "thiếu phần 'xl/_rels/workbook.xml.rels' của sổ tính");
}
