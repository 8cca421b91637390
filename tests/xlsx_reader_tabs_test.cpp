// A workbook's records in several tabs (a tab a month): every tab holding
// the table by name is read (SheetChoice::EveryTable), and the tabs that
// look as if they hold records but are not read are said.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "xlsx_fixture.h"
#include "xlsx_reader.h"

using chibo::SheetChoice;
using chibo::XlsxLeftTab;
using chibo::testing::FixtureSheet;
using chibo::testing::text_row;

namespace {

constexpr std::size_t kMax = std::size_t{1} << 20;
constexpr const char* kKeySaid = "'cell_id' hay 'Mã chi bộ'";

chibo::XlsxTable read_every(const std::vector<FixtureSheet>& sheets, std::size_t most = kMax) {
  std::string why;
  auto table = chibo::read_xlsx_table(chibo::testing::workbook_of(sheets), most, {"cell_id"},
                                      {"date", "kind"}, why, SheetChoice::EveryTable);
  INFO(why);
  REQUIRE(table);
  return std::move(*table);
}

// The tabs read, in order, each with its first row's first cell and how many rows it has.
std::string tabs_read(const chibo::XlsxTable& table) {
  auto one = [](const std::string& sheet, const std::vector<chibo::XlsxRow>& rows) {
    return sheet + " " + (rows.empty() ? "" : rows.back().cells.front()) + " " +
           std::to_string(rows.size());
  };
  std::string out = one(table.sheet, table.rows);
  for (const chibo::XlsxSheetRows& more : table.more) out += " | " + one(more.sheet, more.rows);
  return out;
}

std::string month(int m) {
  return text_row(1, {"cell_id", "date"}) + text_row(2, {"CB-0" + std::to_string(m), "45356"});
}
const std::string kGuide = text_row(1, {"Cột", "Điền gì"}) +
                           text_row(2, {"cell_id", "Mã chi bộ, như trong danh sách đơn vị"});
const std::string kSummary =
    text_row(1, {"STT", "cell_id", "Điểm"}) + text_row(2, {"1", "CB-01", "90"});
// Names the key, and a column beginning as the date's ("Date sinh hoạt"), but none by name.
const std::string kMisnamed =
    text_row(1, {"cell_id", "Date sinh hoạt", "Nội dung"}) + text_row(2, {"CB-09", "45356"});
const std::string kCover = text_row(1, {"SỔ SINH HOẠT CHI BỘ"});

}  // namespace

TEST_CASE("every later tab holding the table by name is read when asked", "[xlsx]") {
  // A tab a month: all read, in their order; a guide, a summary and a
  // template's tab left empty are no table of records, and not said.
  chibo::XlsxTable table = read_every({{"Tháng 1", month(1)},
                                       {"Hướng dẫn", kGuide},
                                       {"Tháng 2", month(2)},
                                       {"Tổng hợp", kSummary},
                                       {"Trống", text_row(1, {"cell_id", "date"})},
                                       {"Tháng 3", month(3)}});
  CHECK(tabs_read(table) == "Tháng 1 CB-01 2 | Tháng 2 CB-02 2 | Tháng 3 CB-03 2");
  CHECK(table.left.empty());
  CHECK(table.unlooked == 0);
  CHECK(chibo::sheet_note(table, "bản ghi", kKeySaid) == "");
  // Asked for one table (a list of units): the first alone, the later tabs not looked at.
  std::string why;
  auto one = chibo::read_xlsx_table(
      chibo::testing::workbook_of({{"Tháng 1", month(1)}, {"Tháng 2", month(2)}}), kMax,
      {"cell_id"}, {"date"}, why);
  REQUIRE(one);
  CHECK(tabs_read(*one) == "Tháng 1 CB-01 2");
  // A cover before them: the first tab holding the table is read, and those after it too.
  table = read_every({{"Bìa", kCover}, {"Tháng 1", month(1)}, {"Tháng 2", month(2)}});
  CHECK(tabs_read(table) == "Tháng 1 CB-01 2 | Tháng 2 CB-02 2");
  CHECK(chibo::sheet_note(table, "bản ghi", kKeySaid) ==
        "đọc trang 'Tháng 1', 'Tháng 2' (trang đầu 'Bìa' không có dòng tiêu đề của bảng bản ghi: "
        "cột 'cell_id' hay 'Mã chi bộ')");
  // The first holds no table and no later tab does: nothing more is looked for.
  table = read_every({{"Bìa", kCover}, {"Hướng dẫn", kGuide}});
  CHECK(tabs_read(table) == "Hướng dẫn cell_id 2");
  CHECK(table.more.empty());
}

TEST_CASE("the later tabs holding something of the table but not read are said", "[xlsx]") {
  chibo::XlsxTable table = read_every({{"Tháng 1", month(1)},
                                       {"Nháp", month(8), "hidden"},
                                       {"Ghi chép", kMisnamed},
                                       {"Hỏng", "<row><c>"},
                                       {"Tháng 2", month(2)},
                                       {"Ẩn trống", kGuide, "veryHidden"}});
  CHECK(tabs_read(table) == "Tháng 1 CB-01 2 | Tháng 2 CB-02 2");
  // The visible ones in their order, then the hidden ones.
  REQUIRE(table.left.size() == 3);
  CHECK(table.left[0].sheet == "Ghi chép");
  CHECK(table.left[0].why == XlsxLeftTab::Why::Unnamed);
  CHECK(table.left[1].sheet == "Hỏng");
  CHECK(table.left[1].why == XlsxLeftTab::Why::Unreadable);
  CHECK(table.left[2].sheet == "Nháp");
  CHECK(table.left[2].why == XlsxLeftTab::Why::Hidden);
  CHECK(chibo::sheet_note(table, "bản ghi", kKeySaid) ==
        "trang 'Ghi chép' có cột 'cell_id' hay 'Mã chi bộ' nhưng dòng tiêu đề không ghi đúng tên "
        "cột nào khác của bảng bản ghi (như trang 'Tháng 1'): không đọc; không đọc được trang "
        "'Hỏng': phần 'xl/worksheets/sheet4.xml' hỏng (mismatched tag, dòng 1); trang 'Nháp' có "
        "bảng bản ghi nhưng đang bị ẩn, không đọc (hãy bấm chuột phải vào tên một trang, chọn "
        "Unhide/Bỏ ẩn, chọn 'Nháp')");
}

// As when the first holds no table: within max_bytes in all and 100 tabs.
TEST_CASE("the later tabs read too are bounded, and those not looked at counted", "[xlsx]") {
  const std::string large =
      text_row(1, {"cell_id", "date", std::string(3000, 'x')}) + text_row(2, {"CB-09", "45356"});
  // 'Lớn' read, within 4,000 bytes, took them all (3,000 unpacked and held): 'Tháng 2' not looked
  // at.
  chibo::XlsxTable table =
      read_every({{"Tháng 1", month(1)}, {"Lớn", large}, {"Tháng 2", month(2)}}, 4000);
  CHECK(tabs_read(table) == "Tháng 1 CB-01 2 | Lớn CB-09 2");
  CHECK(table.left.empty());
  CHECK(table.unlooked == 1);
  CHECK(chibo::sheet_note(table, "bản ghi", kKeySaid) ==
        "không xem 1 trang sau (quá 100 trang, hoặc quá giới hạn max_file_bytes)");
  // Within 2,500, 'Lớn' cannot be read (unpacked up to them all): said, and 'Tháng 2' not looked
  // at.
  table = read_every({{"Tháng 1", month(1)}, {"Lớn", large}, {"Tháng 2", month(2)}}, 2500);
  CHECK(tabs_read(table) == "Tháng 1 CB-01 2");
  REQUIRE(table.left.size() == 1);
  CHECK(table.left[0].why == XlsxLeftTab::Why::Unreadable);
  CHECK(chibo::sheet_note(table, "bản ghi", kKeySaid) ==
        "không đọc được trang 'Lớn': phần 'xl/worksheets/sheet2.xml' giải nén ra hơn 2500 byte "
        "(giới hạn max_file_bytes); không xem 1 trang sau (quá 100 trang, hoặc quá giới hạn "
        "max_file_bytes)");
  std::vector<FixtureSheet> tabs = {{"Tháng 1", month(1)}};
  for (int i = 1; i <= 100; ++i) tabs.push_back({"Trống " + std::to_string(i), ""});
  tabs.push_back({"Tháng 2", month(2)});
  tabs.push_back({"Tháng 3", month(3)});
  table = read_every(tabs);
  CHECK(tabs_read(table) == "Tháng 1 CB-01 2");
  CHECK(table.unlooked == 2);
  tabs.erase(tabs.begin() + 1);
  table = read_every(tabs);
  CHECK(tabs_read(table) == "Tháng 1 CB-01 2 | Tháng 2 CB-02 2");
  CHECK(table.unlooked == 1);
}
