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

using chibo::XlsxRow;
using chibo::testing::workbook;
using chibo::testing::zip_parts;
using Cells = std::vector<std::string>;

namespace {

constexpr std::size_t kMax = std::size_t{1} << 20;

std::vector<XlsxRow> rows_of(const std::string& book) {
  std::string why;
  auto rows = chibo::read_xlsx_rows(book, kMax, why);
  INFO(why);
  REQUIRE(rows);
  return *rows;
}

std::string why_not(const std::string& book, std::size_t most = kMax) {
  std::string why;
  CHECK_FALSE(chibo::read_xlsx_rows(book, most, why));
  return why;
}

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

namespace {

using chibo::testing::FixtureSheet;
using chibo::testing::text_row;

// The sheet read_xlsx_table reads of the tabs given (records' names: the
// key cell_id, the others date and kind), the first it passed over ("-":
// none), and the first cell of the rows read.
std::string sheet_read(const std::vector<FixtureSheet>& sheets) {
  std::string why;
  auto table = chibo::read_xlsx_table(chibo::testing::workbook_of(sheets), kMax, {"cell_id"},
                                      {"date", "kind"}, why);
  INFO(why);
  REQUIRE(table);
  return table->sheet + " / " + table->passed_over.value_or("-") + " / " +
         (table->rows.empty() ? "" : table->rows.front().cells.front());
}

// As `chibo template` writes its guide: the columns listed down column A.
const std::string kGuide = text_row(1, {"Cột", "Điền gì"}) +
                           text_row(2, {"cell_id", "Mã chi bộ, như trong danh sách đơn vị"}) +
                           text_row(3, {"date", "Ngày sinh hoạt"});
const std::string kTable = text_row(1, {"cell_id", "date"}) + text_row(2, {"CB-01", "45356"});
const std::string kTitled = text_row(1, {"BẢNG TỔNG HỢP"}) + text_row(3, {"Date", "Cell_ID"});
const std::string kCover = text_row(1, {"SỔ SINH HOẠT CHI BỘ"}) + text_row(2, {"Năm 2024"});
const std::string kKeyAlone = text_row(1, {"cell_id", "ghi chú"});

}  // namespace

// A guide or a cover sheet moved before the table's: the first later tab
// whose header names the key and another column is read, and said.
TEST_CASE("a sheet holding no table's header is passed by for a later one", "[xlsx]") {
  // The first holds the table: read, as ever (a guide after it is not).
  CHECK(sheet_read({{"Bản ghi", kTable}, {"Hướng dẫn", kGuide}}) == "Bản ghi / - / cell_id");
  CHECK(sheet_read({{"Hướng dẫn", kGuide}, {"Bản ghi", kTable}}) ==
        "Bản ghi / Hướng dẫn / cell_id");
  CHECK(sheet_read({{"Bìa", kCover}, {"Tháng 3", kTitled}}) == "Tháng 3 / Bìa / BẢNG TỔNG HỢP");
  CHECK(sheet_read({{"Trống", ""}, {"Bản ghi", kTable}}) == "Bản ghi / Trống / cell_id");
  // Hidden sheets and chart sheets are not looked at; the first later one holding it is read.
  CHECK(sheet_read({{"Bìa", kCover},
                    {"Cũ", kTitled, "hidden"},
                    {"Biểu đồ", "", "", true},
                    {"Bản ghi", kTable},
                    {"Tháng 3", kTitled}}) == "Bản ghi / Bìa / cell_id");
  CHECK(sheet_read({{"Bìa", kCover}, {"Cũ", kTable, "veryHidden"}}) ==
        "Bìa / - / SỔ SINH HOẠT CHI BỘ");
  // The hidden one holding the table is named, for the warning.
  std::string why;
  auto hidden = chibo::read_xlsx_table(
      chibo::testing::workbook_of({{"Hướng dẫn", kGuide}, {"Bản ghi", kTable, "hidden"}}), 1 << 20,
      {"cell_id"}, {"date"}, why);
  REQUIRE(hidden);
  CHECK(hidden->sheet == "Hướng dẫn");
  CHECK(hidden->hidden == "Bản ghi");
  CHECK(chibo::sheet_note(*hidden, "bản ghi", "'cell_id' hay 'Mã chi bộ'") ==
        "trang đầu 'Hướng dẫn' không có dòng tiêu đề của bảng bản ghi (cột 'cell_id' hay 'Mã chi "
        "bộ'); trang 'Bản ghi' có bảng bản ghi nhưng đang bị ẩn (hãy bấm chuột phải vào tên một "
        "trang, chọn Unhide/Bỏ ẩn, chọn 'Bản ghi'): đọc trang đầu");
  // Named too when a tab without a table is read for want of it; a big
  // hidden tab does not keep a later visible table from being read.
  hidden = chibo::read_xlsx_table(
      chibo::testing::workbook_of(
          {{"Bìa", kCover}, {"Bản ghi", kTable, "hidden"}, {"Hướng dẫn", kKeyAlone}}),
      1 << 20, {"cell_id"}, {"date"}, why);
  REQUIRE(hidden);
  CHECK(hidden->sheet == "Hướng dẫn");
  CHECK(hidden->hidden == "Bản ghi");
  const std::string big =
      text_row(1, {"cell_id", "date", std::string(3000, 'x')}) + text_row(2, {"CB-01", "45356"});
  hidden = chibo::read_xlsx_table(
      chibo::testing::workbook_of(
          {{"Hướng dẫn", kGuide}, {"Cũ", big, "hidden"}, {"Bản ghi", kTable}}),
      4000, {"cell_id"}, {"date"}, why);
  REQUIRE(hidden);
  CHECK(hidden->sheet == "Bản ghi");
  CHECK(hidden->hidden.empty());
  // Every worksheet hidden: the first, as ever.
  CHECK(sheet_read({{"Một", kCover, "hidden"}, {"Hai", kTable, "hidden"}}) ==
        "Một / - / SỔ SINH HOẠT CHI BỘ");
  // None holds a header: the first, as ever.
  CHECK(sheet_read({{"Bìa", kCover}, {"Khác", kCover}}) == "Bìa / - / SỔ SINH HOẠT CHI BỘ");
  CHECK(sheet_read({{"Hướng dẫn", kGuide}}) == "Hướng dẫn / - / Cột");
  // The first's header naming the key among more cells, one beginning as the date's name does:
  // a table, read (its rows' faults said), not another month's sheet.
  const std::string misnamed =
      text_row(1, {"cell_id", "Date sinh hoạt", "members"}) + text_row(2, {"x"});
  CHECK(sheet_read({{"Tháng 3", misnamed}, {"Tháng 2", kTable}}) == "Tháng 3 / - / cell_id");
  // A summary naming cell_id among other columns, none of the table's: passed by.
  const std::string summary = text_row(1, {"STT", "cell_id", "Tên chi bộ", "Điểm"}) +
                              text_row(2, {"1", "CB-01", "A", "90"});
  CHECK(sheet_read({{"Tổng hợp", summary}, {"Bản ghi", kTable}}) == "Bản ghi / Tổng hợp / cell_id");
  // A table's header with no row under it (a template's sheet not filled
  // in): a later table with rows is read rather; else it is.
  const std::string empty = text_row(1, {"cell_id", "date"});
  CHECK(sheet_read({{"Bản ghi", empty}, {"Tháng 1", kTable}}) == "Tháng 1 / Bản ghi / cell_id");
  CHECK(sheet_read({{"Bìa", kCover}, {"Bản ghi", empty}, {"Tháng 1", kTable}}) ==
        "Tháng 1 / Bìa / cell_id");
  CHECK(sheet_read({{"Bìa", kCover}, {"Bản ghi", empty}, {"Khác", kKeyAlone}}) ==
        "Bản ghi / Bìa / cell_id");
  CHECK(sheet_read({{"Bản ghi", empty}, {"Bản ghi 2", empty}}) == "Bản ghi / - / cell_id");
}

TEST_CASE("a sheet naming the key alone is read when the first names it nowhere", "[xlsx]") {
  CHECK(sheet_read({{"Bìa", kCover}, {"Bản ghi", kKeyAlone}}) == "Bản ghi / Bìa / cell_id");
  // One holding a table's header after it is read rather.
  CHECK(sheet_read({{"Bìa", kCover}, {"Nháp", kKeyAlone}, {"Bản ghi", kTable}}) ==
        "Bản ghi / Bìa / cell_id");
  // The first names the key itself (a guide): it is read, as ever.
  CHECK(sheet_read({{"Hướng dẫn", kGuide}, {"Nháp", kKeyAlone}}) == "Hướng dẫn / - / Cột");
}

// A later sheet is only looked at: one that cannot be read refuses nothing.
TEST_CASE("a later sheet that cannot be read is passed by", "[xlsx]") {
  CHECK(sheet_read({{"Hướng dẫn", kGuide}, {"Hỏng", "<row><c>"}, {"Bản ghi", kTable}}) ==
        "Bản ghi / Hướng dẫn / cell_id");
  CHECK(sheet_read({{"Hướng dẫn", kGuide}, {"Hỏng", "<row><c>"}}) == "Hướng dẫn / - / Cột");
  // Past max_bytes: the first read, and why the later one was not kept.
  const std::string big = text_row(1, {"cell_id", "date", std::string(2000, 'x')});
  std::string why;
  auto table =
      chibo::read_xlsx_table(chibo::testing::workbook_of({{"Bìa", kCover}, {"Bản ghi", big}}), 1000,
                             {"cell_id"}, {"date"}, why);
  REQUIRE(table);
  CHECK(table->sheet == "Bìa");
  CHECK(!table->passed_over);
  CHECK(table->unread ==
        "trang 'Bản ghi': phần 'xl/worksheets/sheet2.xml' giải nén ra hơn 1000 byte (giới hạn "
        "max_file_bytes)");
  // The first sheet that cannot be read refuses the workbook, as ever.
  CHECK(why_not(chibo::testing::workbook_of({{"Hỏng", "<row><c>"}, {"Bản ghi", kTable}})) ==
        "phần 'xl/worksheets/sheet1.xml' hỏng (mismatched tag, dòng 1)");
}

TEST_CASE("the sheet read instead of the first is said", "[xlsx]") {
  chibo::XlsxTable table;
  table.sheet = "Bản ghi";
  CHECK(chibo::sheet_note(table, "bản ghi", "'cell_id' hay 'Mã chi bộ'") == "");
  table.passed_over = "Hướng dẫn";
  CHECK(chibo::sheet_note(table, "bản ghi", "'cell_id' hay 'Mã chi bộ'") ==
        "đọc trang 'Bản ghi' (trang đầu 'Hướng dẫn' không có dòng tiêu đề của bảng bản ghi: cột "
        "'cell_id' hay 'Mã chi bộ')");
  table.first_empty = true;
  CHECK(chibo::sheet_note(table, "bản ghi", "'cell_id' hay 'Mã chi bộ'") ==
        "đọc trang 'Bản ghi' (trang đầu 'Hướng dẫn' có dòng tiêu đề của bảng bản ghi nhưng không "
        "có dòng nào dưới nó)");
  table.first_empty = false;
  // The first read for want of a later sheet that could be read: said.
  table.passed_over.reset();
  table.sheet = "Bìa";
  table.unread = "trang 'Bản ghi': phần 'xl/worksheets/sheet2.xml' quá lớn";
  CHECK(chibo::sheet_note(table, "bản ghi", "'cell_id' hay 'Mã chi bộ'") ==
        "trang đầu 'Bìa' không có dòng tiêu đề của bảng bản ghi (cột 'cell_id' hay 'Mã chi bộ'), "
        "và không đọc được trang 'Bản ghi': phần 'xl/worksheets/sheet2.xml' quá lớn: đọc trang "
        "đầu");
  // read_xlsx_rows: the first sheet, whatever it holds.
  CHECK(rows_of(chibo::testing::workbook_of({{"Bìa", kCover}, {"Bản ghi", kTable}}))
            .front()
            .cells.front() == "SỔ SINH HOẠT CHI BỘ");
}

// A workbook of many tabs, or of large ones, costs no more than its first
// sheet could: the later sheets are looked at within max_bytes in all.
TEST_CASE("the later sheets looked at are bounded", "[xlsx]") {
  const std::string large = text_row(1, {std::string(3000, 'x')});
  auto sheet_within = [&](std::size_t most) {
    std::string why;
    auto table = chibo::read_xlsx_table(
        chibo::testing::workbook_of({{"Hướng dẫn", kGuide}, {"Lớn", large}, {"Bản ghi", kTable}}),
        most, {"cell_id"}, {"date"}, why);
    INFO(why);
    REQUIRE(table);
    return table->sheet;
  };
  CHECK(sheet_within(20000) == "Bản ghi");
  CHECK(sheet_within(4000) == "Hướng dẫn");  // 'Lớn' took it all (3,000 bytes unpacked and held)
  // At most 100 tabs after the first.
  std::vector<FixtureSheet> tabs = {{"Bìa", kCover}};
  for (int i = 1; i <= 99; ++i) tabs.push_back({"Trống " + std::to_string(i), ""});
  tabs.push_back({"Bản ghi", kTable});
  CHECK(sheet_read(tabs) == "Bản ghi / Bìa / cell_id");
  tabs.insert(tabs.begin() + 1, {"Trống 0", ""});
  CHECK(sheet_read(tabs) == "Bìa / - / SỔ SINH HOẠT CHI BỘ");
}
