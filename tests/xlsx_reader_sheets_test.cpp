// Which sheet of a workbook read_xlsx_table reads: the first tab holding the
// table's header, passing by a guide, a cover or a sheet it cannot read, and
// saying so.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "xlsx_fixture.h"
#include "xlsx_reader.h"
#include "xlsx_rows_fixture.h"

using chibo::XlsxRow;
using chibo::testing::rows_of;
using chibo::testing::why_not;

namespace {

constexpr std::size_t kMax = chibo::testing::kXlsxMax;

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
        "trang 'Bản ghi': phần 'xl/worksheets/sheet2.xml' giải nén ra hơn 1.000 byte (giới hạn "
        "max_file_bytes)");
  // The first sheet that cannot be read refuses the workbook, as ever.
  CHECK(why_not(chibo::testing::workbook_of({{"Hỏng", "<row><c>"}, {"Bản ghi", kTable}})) ==
        "phần 'xl/worksheets/sheet1.xml' hỏng (mismatched tag, dòng 1)");
}

// read_xlsx_rows: the first sheet, whatever it holds.
TEST_CASE("the rows read are the first sheet's, whatever it holds", "[xlsx]") {
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
