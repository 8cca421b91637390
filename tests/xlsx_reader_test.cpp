// A workbook's first sheet read as rows of text, as Excel shows its cells.
#include "xlsx_reader.h"

#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "chibo/limits.h"
#include "utf8.h"
#include "xlsx_fixture.h"
#include "xlsx_rows_fixture.h"

using chibo::XlsxRow;
using chibo::testing::rows_of;
using chibo::testing::why_not;
using chibo::testing::workbook;
using chibo::testing::zip_parts;
using Cells = std::vector<std::string>;

namespace {

constexpr std::size_t kMax = chibo::testing::kXlsxMax;

// Styles: 0 General, 1 a date (built in, 14), 2 a percentage (9), 3 a date
// of the workbook's own code, 4 a percentage of its own, 5 a time (20),
// 6 a code with quoted text and a colour only (a number).
const std::string kStyles =
    "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy;@\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"0.0%\"/>"
    "<numFmt numFmtId=\"166\" formatCode=\"[Red]&quot;ngày&quot; 0\"/></numFmts>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
    "<cellXfs count=\"7\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"9\"/>"
    "<xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"20\"/><xf numFmtId=\"166\"/>"
    "</cellXfs>";

}  // namespace

TEST_CASE("cells read as Excel shows them", "[xlsx]") {
  const std::string shared =
      "<si><t>cell_id</t></si><si><t xml:space=\"preserve\"> Tốt </t></si>"
      "<si><r><t>Chi bộ </t></r><r><rPr><b/></rPr><t>xóm 1</t></r>"
      "<rPh><t>ignored reading</t></rPh></si>";
  const std::vector<XlsxRow> rows = rows_of(workbook(
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>"
      "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>1</v></c><c r=\"B4\" s=\"1\"><v>45356</v></c>"
      "<c r=\"C4\" s=\"2\"><v>0.93500000000000005</v></c><c r=\"D4\" s=\"3\"><v>45356.75</v></c>"
      "<c r=\"E4\" s=\"4\"><v>0.9</v></c><c r=\"F4\" s=\"5\"><v>0.0625</v></c>"
      "<c r=\"G4\" s=\"6\"><v>12</v></c><c r=\"H4\"><v>93.500000000000014</v></c>"
      "<c r=\"I4\" t=\"b\"><v>1</v></c><c r=\"J4\" t=\"b\"><v>0</v></c>"
      "<c r=\"K4\" t=\"str\"><f>A4&amp;\"x\"</f><v>Tốtx</v></c>"
      "<c r=\"L4\" t=\"e\"><v>#DIV/0!</v></c><c r=\"M4\"><v>1E-3</v></c>"
      "<c r=\"N4\" t=\"inlineStr\"><is><t>có</t></is></c><c r=\"O4\"><v>20</v></c>"
      "<c r=\"P4\" t=\"d\"><v>2024-03-05T00:00:00</v></c></row>"
      "<row r=\"5\"><c r=\"A5\" t=\"s\"/><c r=\"B5\"></c></row>",  // nothing in it: left out
      shared, kStyles));
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].line == 1);
  CHECK(rows[0].cells == Cells{"cell_id", "", "Chi bộ xóm 1"});
  CHECK(rows[1].line == 4);
  CHECK(rows[1].cells == Cells{" Tốt ", "2024-03-05", "93.5%", "2024-03-05", "90%", "1:30", "12",
                               "93.5", "1", "0", "Tốtx", "#DIV/0!", "0.001", "có", "20",
                               "2024-03-05"});
}

TEST_CASE("dates by the 1900 and the 1904 systems", "[xlsx]") {
  const std::string styles = "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>";
  auto dates = [&](bool date1904) {
    return rows_of(workbook("<row><c s=\"1\"><v>1</v></c><c s=\"1\"><v>59</v></c>"
                            "<c s=\"1\"><v>60</v></c><c s=\"1\"><v>61</v></c>"
                            "<c s=\"1\"><v>0</v></c><c s=\"1\"><v>x</v></c></row>",
                            "", styles, date1904))
        .front()
        .cells;
  };
  // Serial 60 is Lotus's 29 February 1900, a day that never was; 0 is no day.
  CHECK(dates(false) == Cells{"1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01", "0", "x"});
  CHECK(dates(true) ==
        Cells{"1904-01-02", "1904-02-29", "1904-03-01", "1904-03-02", "1904-01-01", "x"});
  // The last day each system reaches, 9999-12-31, and the day after it.
  auto last = [&](bool date1904, const char* serial) {
    return rows_of(workbook(fmt::format("<row><c s=\"1\"><v>{}</v></c></row>", serial), "", styles,
                            date1904))
        .front()
        .cells.front();
  };
  CHECK(last(false, "2958465") == "9999-12-31");
  CHECK(last(false, "2958466") == "2958466");
  CHECK(last(true, "2957003") == "9999-12-31");
  CHECK(last(true, "2957004") == "2957004");
}

TEST_CASE("rows and cells without their references follow one another", "[xlsx]") {
  // A writer that leaves out r= (and one that prefixes SpreadsheetML's names).
  const std::vector<XlsxRow> rows =
      rows_of(workbook("<x:row><x:c t=\"inlineStr\"><x:is><x:t>a</x:t></x:is></x:c>"
                       "<x:c><x:v>2</x:v></x:c></x:row>"
                       "<row r=\"7\"><c r=\"B7\"><v>3</v></c></row><row><c><v>4</v></c></row>"
                       // A number no greater than the row's before, or past Excel's last row.
                       "<row r=\"2\"><c><v>5</v></c></row><row r=\"99999999999\"><c><v>6</v></c>"
                       "</row>"));
  REQUIRE(rows.size() == 5);
  CHECK((rows[3].line == 9 && rows[4].line == 10));
  CHECK((rows[0].line == 1 && rows[0].cells == Cells{"a", "2"}));
  CHECK((rows[1].line == 7 && rows[1].cells == Cells{"", "3"}));
  CHECK((rows[2].line == 8 && rows[2].cells == Cells{"4"}));
}

TEST_CASE("an id typed as a number and shown with its zeros reads as shown", "[xlsx]") {
  const std::string styles =
      "<numFmts count=\"1\"><numFmt numFmtId=\"170\" formatCode=\"000\"/></numFmts>"
      "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"170\"/></cellXfs>";
  const std::vector<XlsxRow> got =
      rows_of(workbook("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>1</v></c><c r=\"B1\"><v>1</v></c>"
                       "<c r=\"C1\" s=\"1\"><v>12345</v></c></row>",
                       "", styles));
  REQUIRE(got.size() == 1);
  CHECK(got[0].cells == Cells{"001", "1", "12345"});
}

// An id typed as a number in a format of its unit's prefix, then zeros
// ("CP-TN-"00, as Excel shows 1 as CP-TN-01): read as shown, where it was
// read "1", another cell than CP-TN-01. A format with text after the number
// (a unit: 0" phút") is read as the number, as before.
TEST_CASE("an id typed as a number in a format of text then zeros reads as shown", "[xlsx]") {
  const std::string styles =
      "<numFmts count=\"3\"><numFmt numFmtId=\"170\" formatCode=\"&quot;CP-TN-&quot;00\"/>"
      "<numFmt numFmtId=\"171\" formatCode=\"\\C\\B\\-000\"/>"
      "<numFmt numFmtId=\"172\" formatCode=\"0&quot; phút&quot;\"/></numFmts>"
      "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"170\"/><xf numFmtId=\"171\"/>"
      "<xf numFmtId=\"172\"/></cellXfs>";
  const std::vector<XlsxRow> got =
      rows_of(workbook("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>1</v></c><c r=\"B1\" s=\"1\">"
                       "<v>123</v></c><c r=\"C1\" s=\"2\"><v>7</v></c>"
                       "<c r=\"D1\" s=\"3\"><v>90</v></c></row>",
                       "", styles));
  REQUIRE(got.size() == 1);
  CHECK(got[0].cells == Cells{"CP-TN-01", "CP-TN-123", "CB-007", "90"});
}

// A date typed once for two meetings, its cell merged over both rows: each
// row reads it. A merge across columns (a title), one whose top cell is
// empty, one over rows that hold nothing, and references that are none
// change nothing; a cell of its own in the range is kept.
TEST_CASE("a cell merged down a column is read on each of its rows", "[xlsx]") {
  const std::string rows =
      "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>10</v></c></row>"
      "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"
      "<row r=\"3\"><c r=\"A3\"><v>3</v></c><c r=\"C3\"><v>7</v></c></row>"
      "<row r=\"4\"><c r=\"A4\"><v>4</v></c><c r=\"B4\"><v>44</v></c></row>"
      "<row r=\"8\"><c r=\"A8\"><v>8</v></c></row>";
  const std::string merges =
      "<mergeCells count=\"6\"><mergeCell ref=\"B1:B4\"/><mergeCell ref=\"C3:D3\"/>"
      "<mergeCell ref=\"E1:E8\"/><mergeCell ref=\"A5:A7\"/><mergeCell ref=\"B1\"/>"
      "<mergeCell ref=\"B8:B2\"/><mergeCell ref=\"1:3\"/><mergeCell/></mergeCells>";
  const std::vector<XlsxRow> got = rows_of(workbook(rows, "", "", false, merges));
  REQUIRE(got.size() == 5);
  CHECK(got[0].cells == Cells{"1", "10"});
  CHECK(got[1].cells == Cells{"2", "10"});
  CHECK(got[2].cells == Cells{"3", "10", "7"});
  CHECK(got[3].cells == Cells{"4", "44"});
  CHECK(got[4].cells == Cells{"8"});
  // Bounded: what the copies hold counts against max_bytes.
  std::string tall = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + std::string(1000, 'x') +
                     "</t></is></c></row>";
  for (int r = 2; r <= 200; ++r)
    tall += fmt::format("<row r=\"{}\"><c r=\"B{}\"><v>1</v></c></row>", r, r);
  CHECK(why_not(
            workbook(tall, "", "", false, "<mergeCells><mergeCell ref=\"A1:A200\"/></mergeCells>"),
            50000) ==
        "phần 'xl/worksheets/sheet1.xml': các ô đọc ra hơn 50.000 byte (giới hạn "
        "max_file_bytes)");
}

// A conditional format's number format (in <dxfs>) may reuse an id of the
// workbook's own: the cells' is the one in <numFmts>.
TEST_CASE("a cell's number format is the workbook's, not a conditional format's", "[xlsx]") {
  const std::string styles =
      "<numFmts><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/></numFmts>"
      "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs>"
      "<dxfs><dxf><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></dxf></dxfs>";
  CHECK(rows_of(workbook("<row><c s=\"1\"><v>0.9</v></c></row>", "", styles)).front().cells ==
        Cells{"90%"});
}

// A small sheet may ask for much: its rows' last column, one long shared
// string named in a million cells. What the rows hold is bounded as the
// parts are, and a cell past Excel's last column refuses the sheet.
TEST_CASE("what a sheet's rows hold is bounded", "[xlsx]") {
  std::string far;
  for (int r = 1; r <= 100; ++r)
    far += fmt::format("<row r=\"{}\"><c r=\"XFD{}\"><v>1</v></c></row>", r, r);
  CHECK(why_not(workbook(far), 1 << 20) ==
        "phần 'xl/worksheets/sheet1.xml': các ô đọc ra hơn 1.048.576 byte (giới hạn "
        "max_file_bytes)");
  CHECK(rows_of(workbook("<row><c r=\"XFD1\"><v>1</v></c></row>")).front().cells.size() == 16384);
  std::string cells;
  for (int c = 0; c < 2000; ++c) cells += "<c t=\"s\"><v>0</v></c>";
  const std::string shared = "<si><t>" + std::string(1000, 'x') + "</t></si>";
  CHECK(why_not(workbook("<row>" + cells + "</row>", shared), 1 << 20)
            .find("các ô đọc ra hơn 1.048.576 byte") != std::string::npos);
  std::string past;
  for (int c = 0; c <= 16384; ++c) past += "<c><v>1</v></c>";
  CHECK(why_not(workbook("<row>" + past + "</row>")) ==
        "phần 'xl/worksheets/sheet1.xml': dòng 1 có ô quá cột thứ 16.384 (cột cuối của Excel)");
  std::string many;
  for (int i = 0; i < 40000; ++i) many += "<si/>";
  CHECK(why_not(workbook("<row><c><v>1</v></c></row>", many), 1 << 20) ==
        "phần 'xl/sharedStrings.xml': quá nhiều chuỗi (giới hạn max_file_bytes: 1.048.576 byte)");
}

// The sheet read is the first tab one fills in: not a chart sheet, not a
// sheet hidden away (unless every worksheet is).
TEST_CASE("the first worksheet that is not hidden is read", "[xlsx]") {
  const std::string type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  auto sheet = [](const char* text) {
    return std::string("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>") + text +
           "</t></is></c></row></sheetData></worksheet>";
  };
  // A chart sheet first, then two worksheets in the states given.
  auto first_cell = [&](const std::string& first, const std::string& second) {
    const std::string book = zip_parts(
        {{"xl/workbook.xml",
          "<workbook><sheets><sheet name=\"Biểu đồ\" r:id=\"rId3\"/>"
          "<sheet name=\"Một\" state=\"" +
              first +
              "\" r:id=\"rId1\"/>"
              "<sheet name=\"Hai\" state=\"" +
              second +
              "\" r:id=\"rId2\"/>"
              "</sheets></workbook>"},
         {"xl/_rels/workbook.xml.rels",
          "<Relationships><Relationship Id=\"rId1\" Type=\"" + type +
              "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" +
              type +
              "worksheet\" Target=\"worksheets/sheet2.xml\"/><Relationship Id=\"rId3\" "
              "Type=\"" +
              type +
              "chartsheet\" Target=\"chartsheets/sheet1.xml\"/>"
              "</Relationships>"},
         {"xl/worksheets/sheet1.xml", sheet("one")},
         {"xl/worksheets/sheet2.xml", sheet("two")},
         {"xl/chartsheets/sheet1.xml", "<chartsheet/>"}});
    return rows_of(book).front().cells.front();
  };
  CHECK(first_cell("visible", "visible") == "one");
  CHECK(first_cell("hidden", "visible") == "two");
  CHECK(first_cell("veryHidden", "visible") == "two");
  CHECK(first_cell("hidden", "hidden") == "one");  // every worksheet hidden: the first
}

TEST_CASE("a workbook that cannot be read says why", "[xlsx]") {
  CHECK(why_not("id;name\n") == "tệp không phải tệp nén .xlsx, hoặc đã hỏng hay bị cắt ngắn");
  const std::string book = workbook("<row><c><v>1</v></c></row>");
  CHECK(why_not(book.substr(0, book.size() / 2)) ==
        "tệp không phải tệp nén .xlsx, hoặc đã hỏng hay bị cắt ngắn");
  CHECK(why_not(zip_parts({{"a.txt", "x"}})) == "thiếu phần 'xl/workbook.xml' của sổ tính");
  CHECK(why_not(workbook("<row><c><v>1</v></row>")) ==
        "phần 'xl/worksheets/sheet1.xml' hỏng (mismatched tag, dòng 1)");
  CHECK(why_not(workbook("<row><c><v>1</v></c></row>"), 100) ==
        "phần 'xl/workbook.xml' giải nén ra hơn 100 byte (giới hạn max_file_bytes)");
  CHECK(why_not(zip_parts({{"xl/workbook.xml", "<workbook/>"},
                           {"xl/_rels/workbook.xml.rels", "<Relationships/>"}})) ==
        "sổ tính không có trang tính nào");
  // A shared string that is not there: the workbook is damaged (its index
  // as written was read as the cell's text, 29 members).
  CHECK(why_not(workbook("<row r=\"2\"><c t=\"s\"><v>3</v></c></row>")) ==
        "phần 'xl/worksheets/sheet1.xml': dòng 2 có ô trỏ tới chuỗi thứ 3 trong bảng chuỗi dùng "
        "chung (sharedStrings), mà bảng không có");
  CHECK(why_not(workbook("<row><c t=\"s\"><v>x</v></c></row>", "<si><t>a</t></si>")) ==
        "phần 'xl/worksheets/sheet1.xml': dòng 1 có ô trỏ tới chuỗi thứ x trong bảng chuỗi dùng "
        "chung (sharedStrings), mà bảng không có");
  CHECK(
      rows_of(workbook("<row><c t=\"s\"><v>0</v></c></row>", "<si><t>a</t></si>")).front().cells ==
      Cells{"a"});
  // A reference past XFD, Excel's last column, holding something: not put
  // in the column after the one before it (the date's, or the cell's id).
  CHECK(
      why_not(workbook("<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"XFE3\"><v>2</v></c></row>")) ==
      "phần 'xl/worksheets/sheet1.xml': dòng 3 có ô quá cột thứ 16.384 (cột cuối của Excel)");
}

// A sheet may have its title above its table: the header is the row that
// names a column it must have.
TEST_CASE("the header is the first row naming a needed column", "[xlsx]") {
  const std::vector<std::string> names = {"cell_id"};
  const std::vector<XlsxRow> titled = {{1, {"ĐẢNG BỘ HUYỆN"}},
                                       {2, {"", "Tháng 3"}},
                                       {4, {" Cell_ID ", "date"}},
                                       {5, {"cell_id", "x"}}};
  CHECK(chibo::header_row(titled, names) == 2);
  CHECK(chibo::header_row({{1, {"id", "date"}}, {2, {"a"}}}, names) == 0);  // none: the first
  CHECK(chibo::header_row({}, names) == 0);
  std::vector<XlsxRow> deep;
  for (int r = 1; r <= 25; ++r) deep.push_back({r, {r == 22 ? "cell_id" : "tiêu đề"}});
  CHECK(chibo::header_row(deep, names) == 0);  // looked for in the first 20 rows only
  CHECK(chibo::header_row({{1, {"x"}}, {2, {"MÃ"}}}, {chibo::fold_case("Mã")}) == 1);
}

TEST_CASE("a row as a record: as wide as its header, within the limits", "[xlsx]") {
  chibo::CsvRecord record;
  chibo::xlsx_record({9, {"a", "", "b"}}, 5, record);
  CHECK(record.line == 9);
  CHECK(record.fields == chibo::FieldList{"a", "", "b", "", ""});
  CHECK(record.error.empty());
  chibo::xlsx_record({10, {"a", "b"}}, 1, record);
  CHECK(record.fields == chibo::FieldList{"a", "b"});  // wider than its header: as it is
  chibo::Limits small = chibo::limits();
  const chibo::Limits saved = small;
  small.max_fields = 2;
  chibo::set_limits(small);
  chibo::xlsx_record({11, {"a", "b", "c"}}, 0, record);
  chibo::set_limits(saved);
  CHECK(record.error == "có hơn 2 ô (giới hạn max_fields)");
}
