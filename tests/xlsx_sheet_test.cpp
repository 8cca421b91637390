// A worksheet's formulas (xlsx_sheet.h): one never worked out, as a program
// that does not calculate writes it, refuses the workbook, whichever tab it
// is in; it was read as an empty cell, "để trống" each row.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "xlsx_fixture.h"
#include "xlsx_reader.h"

using chibo::testing::text_row;
using chibo::testing::workbook;
using chibo::testing::workbook_of;

namespace {

constexpr std::size_t kMax = std::size_t{1} << 20;

std::string why_not(const std::string& book) {
  std::string why;
  CHECK_FALSE(chibo::read_xlsx_table(book, kMax, {"cell_id"}, {"date"}, why));
  return why;
}

std::vector<std::string> first_row(const std::string& book) {
  std::string why;
  auto table = chibo::read_xlsx_table(book, kMax, {}, {}, why);
  INFO(why);
  REQUIRE(table);
  REQUIRE_FALSE(table->rows.empty());
  return table->rows.front().cells;
}

const std::string kUncomputed =
    " nhưng chưa có giá trị tính sẵn (tệp được lưu bởi chương trình không tính công thức)";

}  // namespace

TEST_CASE("a formula never worked out refuses the workbook", "[xlsx]") {
  // No value at all; an empty one, as openpyxl writes it (<v></v>, <v/>).
  for (const char* cell :
       {"<c r=\"F3\"><f>D3-E3</f></c>", "<c r=\"F3\"><f>D3-E3</f><v></v></c>",
        "<c r=\"F3\"><f>D3-E3</f><v/></c>", "<c r=\"F3\" t=\"str\"><f>D3-E3</f></c>"}) {
    INFO(cell);
    CHECK(why_not(workbook(std::string("<row r=\"3\">") + cell + "</row>")) ==
          "phần 'xl/worksheets/sheet1.xml': ô F3 có công thức =D3-E3" + kUncomputed);
  }
  // A shared formula's other cells, without a reference of their own.
  CHECK(why_not(workbook("<row r=\"2\"><c><f t=\"shared\" si=\"0\"/></c></row>")) ==
        "phần 'xl/worksheets/sheet1.xml': dòng 2 có ô có công thức" + kUncomputed);
  // Cut at 40 bytes or so where a character starts, and said cut.
  CHECK(why_not(workbook("<row r=\"2\"><c r=\"B2\"><f>\"" + std::string(36, 'x') +
                         "ốốố\"</f></c></row>")) ==
        "phần 'xl/worksheets/sheet1.xml': ô B2 có công thức =\"" + std::string(36, 'x') + "ố…" +
            kUncomputed);
}

TEST_CASE("a formula worked out is its value, an empty text one too", "[xlsx]") {
  CHECK(first_row(workbook("<row><c r=\"A1\"><f>1+1</f><v>2</v></c></row>")) ==
        std::vector<std::string>{"2"});
  // =IF(...;"";...): Excel writes the empty text it gave.
  CHECK(first_row(workbook("<row><c r=\"A1\" t=\"str\"><f>\"\"</f><v></v></c>"
                           "<c r=\"B1\"><v>5</v></c></row>")) == std::vector<std::string>{"", "5"});
}

TEST_CASE("a formula never worked out in the records' tab is not passed by for a guide", "[xlsx]") {
  // The guide's rows were read as 28 records when the tab after it was
  // passed by as unreadable.
  const std::string guide = text_row(1, {"cell_id", "Mã chi bộ (xem trang Bản ghi)"});
  const std::string records = text_row(1, {"cell_id", "date"}) +
                              "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>CP-01</t></is></c>"
                              "<c r=\"B2\"><f>TODAY()</f></c></row>";
  CHECK(why_not(workbook_of({{"Hướng dẫn", guide}, {"Bản ghi", records}})) ==
        "trang 'Bản ghi': phần 'xl/worksheets/sheet2.xml': ô B2 có công thức =TODAY()" +
            kUncomputed);
}

// Excel stores a character XML cannot hold, as a carriage return pasted into
// a cell from a web page, as "_x000D_" (ECMA-376 ST_Xstring), and an
// underscore before what would read as such an escape as "_x005F_": read as
// written, "CP-01_x000D_" was a cell other than CP-01 (and a yes/no
// "có_x000D_" no answer).
TEST_CASE("a shared or inline string's _xHHHH_ escapes are undone", "[xlsx]") {
  CHECK(first_row(workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                           "<c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
                           "<c r=\"D1\" t=\"inlineStr\"><is><t>có_x000d_</t></is></c>"
                           "<c r=\"E1\" t=\"s\"><v>3</v></c></row>",
                           "<si><t>CP-01_x000D_</t></si><si><t>a_x005F_x0041_b</t></si>"
                           "<si><r><t>Chi bộ_x00A0_</t></r><r><t>1_x1EDD_</t></r></si>"
                           "<si><t>_x_x00_x12345_ _xZZZZ_ _xD800_</t></si>")) ==
        std::vector<std::string>{"CP-01\r", "a_x0041_b", "Chi bộ\u00A01\u1EDD", "có\r",
                                 "_x_x00_x12345_ _xZZZZ_ _xD800_"});
}
