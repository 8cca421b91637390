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

// A header of records as wide as a real one is (10 of its 31 columns).
const std::vector<std::string> kHeader = {"cell_id",  "date",      "kind",    "members",
                                          "exempt",   "present",   "excused", "speakers",
                                          "duration", "democratic"};
std::string month(int m) {
  return text_row(1, kHeader) + text_row(2, {"CB-0" + std::to_string(m), "45356"});
}
const std::string kGuide = text_row(1, {"Cột", "Điền gì"}) +
                           text_row(2, {"cell_id", "Mã chi bộ, như trong danh sách đơn vị"});
const std::string kSummary =
    text_row(1, {"STT", "cell_id", "Điểm"}) + text_row(2, {"1", "CB-01", "90"});
// Names the key, and a column beginning as the date's ("Date sinh hoạt"), but none by name.
const std::string kMisnamed =
    text_row(1, {"cell_id", "Date sinh hoạt", "Nội dung"}) + text_row(2, {"CB-09", "45356"});
// Names the key and the date, beside a summary's columns: not the table of records.
const std::string kDatedSummary = text_row(1, {"cell_id", "date", "Điểm", "Xếp loại"}) +
                                  text_row(2, {"CB-01", "45356", "90", "Tốt"});
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

// A month done, hidden away, is read; a summary is not, wherever it is.
TEST_CASE("hidden tabs holding the table are read, summaries not, and what is not read said",
          "[xlsx]") {
  chibo::XlsxTable table = read_every({{"Tháng 1", month(1)},
                                       {"Tháng 8", month(8), "hidden"},
                                       {"Ghi chép", kMisnamed},
                                       {"Hỏng", "<row><c>"},
                                       {"Điểm", kDatedSummary},
                                       {"Tháng 2", month(2)},
                                       {"Ẩn trống", kGuide, "veryHidden"}});
  // In the order of the tabs, hidden or not.
  CHECK(tabs_read(table) == "Tháng 1 CB-01 2 | Tháng 8 CB-08 2 | Tháng 2 CB-02 2");
  // The one that cannot be read, then those too narrow (among 3 and 4 columns to 10).
  REQUIRE(table.left.size() == 3);
  CHECK(table.left[0].sheet == "Hỏng");
  CHECK(table.left[0].why == XlsxLeftTab::Why::Unreadable);
  CHECK(table.left[1].sheet == "Ghi chép");
  CHECK(table.left[1].why == XlsxLeftTab::Why::Unlike);
  CHECK(table.left[2].sheet == "Điểm");
  CHECK(table.left[2].why == XlsxLeftTab::Why::Unlike);
  // Those holding no records, a warning; one that could not be read, an error.
  CHECK(chibo::sheet_note(table, "bản ghi", kKeySaid) ==
        "trang 'Ghi chép' có cột 'cell_id' hay 'Mã chi bộ' nhưng dòng tiêu đề không giống bảng "
        "bản ghi của trang 'Tháng 1': không đọc; trang 'Điểm' có cột 'cell_id' hay 'Mã chi bộ' "
        "nhưng dòng tiêu đề không giống bảng bản ghi của trang 'Tháng 1': không đọc");
  CHECK(chibo::sheet_fault(table, "bản ghi") ==
        "không đọc được trang 'Hỏng': phần 'xl/worksheets/sheet4.xml' hỏng (mismatched tag, dòng "
        "1): bản ghi ở đó (nếu có) không được đọc; hãy mở tệp bằng Excel và lưu lại, hoặc chép "
        "trang đó sang một tệp mới");
  // Before the tab read, past a guide: an error too (it was passed by unsaid).
  table = read_every({{"Hướng dẫn", kGuide},
                      {"Tháng 1", "<row><c>"},
                      {"Tháng 2", month(2)},
                      {"Tháng 3", month(3)}});
  CHECK(tabs_read(table) == "Tháng 2 CB-02 2 | Tháng 3 CB-03 2");
  CHECK(chibo::sheet_fault(table, "bản ghi") ==
        "không đọc được trang 'Tháng 1': phần 'xl/worksheets/sheet2.xml' hỏng (mismatched tag, "
        "dòng 1): bản ghi ở đó (nếu có) không được đọc; hãy mở tệp bằng Excel và lưu lại, hoặc "
        "chép trang đó sang một tệp mới");
  // No tab holding the table, one that cannot be read: the first read, and the other an error.
  table = read_every({{"Hướng dẫn", kGuide}, {"Tháng 1", "<row><c>"}});
  CHECK(tabs_read(table) == "Hướng dẫn cell_id 2");
  CHECK(chibo::sheet_fault(table, "bản ghi").starts_with("không đọc được trang 'Tháng 1': "));
  // The summary first: it gives way to the first tab of records, and is said.
  table = read_every({{"Điểm", kDatedSummary}, {"Tháng 1", month(1)}, {"Tháng 2", month(2)}});
  CHECK(tabs_read(table) == "Tháng 1 CB-01 2 | Tháng 2 CB-02 2");
  REQUIRE(table.left.size() == 1);
  CHECK(table.left[0].sheet == "Điểm");
  CHECK(chibo::sheet_note(table, "bản ghi", kKeySaid) ==
        "trang 'Điểm' có cột 'cell_id' hay 'Mã chi bộ' nhưng dòng tiêu đề không giống bảng bản "
        "ghi của trang 'Tháng 1': không đọc");
  // Alone, it is read, as ever (its rows' faults said).
  table = read_every({{"Điểm", kDatedSummary}, {"Hướng dẫn", kGuide}});
  CHECK(tabs_read(table) == "Điểm CB-01 2");
  CHECK(table.left.empty());
  // A tab as wide whose header misnames the date ("Date sinh hoạt"): read,
  // its rows' faults said where they are read (not left out with a warning).
  std::vector<std::string> misnamed = kHeader;
  misnamed[1] = "Date sinh hoạt";
  table = read_every(
      {{"Tháng 1", month(1)}, {"Tháng 2", text_row(1, misnamed) + text_row(2, {"CB-02"})}});
  CHECK(tabs_read(table) == "Tháng 1 CB-01 2 | Tháng 2 CB-02 2");
  // A hidden tab before the first shown is read after it.
  table = read_every({{"Tháng 1", month(1), "hidden"}, {"Tháng 2", month(2)}});
  CHECK(tabs_read(table) == "Tháng 2 CB-02 2 | Tháng 1 CB-01 2");
  // A later tab of the same table in another order, with a title above it,
  // half as wide (the same table, some columns left out): read.
  const std::string reordered = text_row(1, {"THÁNG 2"}) +
                                text_row(3, {"DATE", "Cell_ID", "present", "members", "kind"}) +
                                text_row(4, {"45357", "CB-02"});
  table = read_every({{"Tháng 1", month(1)}, {"Tháng 2", reordered}});
  CHECK(tabs_read(table) == "Tháng 1 CB-01 2 | Tháng 2 45357 3");
  // A cover shown, the months hidden: read from the first of them, the others after it.
  table = read_every({{"Bìa", kCover},
                      {"Tháng 1", month(1), "hidden"},
                      {"Hướng dẫn", kGuide},
                      {"Tháng 2", month(2), "hidden"}});
  CHECK(tabs_read(table) == "Tháng 1 CB-01 2 | Tháng 2 CB-02 2");
  CHECK(table.passed_over == "Bìa");
  // Every tab hidden: the first is read, and the later one too.
  table = read_every({{"Tháng 1", month(1), "hidden"}, {"Tháng 2", month(2), "hidden"}});
  CHECK(tabs_read(table) == "Tháng 1 CB-01 2 | Tháng 2 CB-02 2");
  CHECK(table.left.empty());
}

// A month with the required columns alone, beside one with every column
// (the self-scores too: 43 against 20): the same table, read; its 20
// meetings were left out as a summary's.
TEST_CASE("a narrow tab whose columns are all the widest tab's is read", "[xlsx]") {
  const std::string narrow =
      text_row(1, {"Cell_ID", "DATE", " kind", "members"}) + text_row(2, {"CB-02", "45357"});
  chibo::XlsxTable table = read_every({{"Tháng 1", month(1)}, {"Tháng 2", narrow}});
  CHECK(tabs_read(table) == "Tháng 1 CB-01 2 | Tháng 2 CB-02 2");
  CHECK(table.left.empty());
  // First, it is read first, not passed over for the wider one.
  table = read_every({{"Tháng 2", narrow}, {"Tháng 1", month(1)}});
  CHECK(tabs_read(table) == "Tháng 2 CB-02 2 | Tháng 1 CB-01 2");
  CHECK(table.left.empty());
  // One column the widest has not ("Điểm"): a summary, not read, wherever it is.
  const std::string scored =
      text_row(1, {"cell_id", "date", "kind", "Điểm"}) + text_row(2, {"CB-02", "45357", "", "90"});
  table = read_every({{"Điểm", scored}, {"Tháng 1", month(1)}, {"Tháng 2", narrow}});
  CHECK(tabs_read(table) == "Tháng 1 CB-01 2 | Tháng 2 CB-02 2");
  REQUIRE(table.left.size() == 1);
  CHECK(table.left[0].sheet == "Điểm");
}

// Each later tab within max_bytes, all of them within four times it, and 100 tabs at most.
TEST_CASE("the later tabs read too are bounded, and those not read are an error", "[xlsx]") {
  const std::string large =
      text_row(1, kHeader) + text_row(2, {"CB-09", "45356", std::string(3000, 'x')});
  // Within 4,000 bytes each, 16,000 in all: 'Lớn' read (3,000 unpacked and held), and the rest.
  chibo::XlsxTable table =
      read_every({{"Tháng 1", month(1)}, {"Lớn", large}, {"Tháng 2", month(2)}}, 4000);
  CHECK(tabs_read(table) == "Tháng 1 CB-01 2 | Lớn CB-09 2 | Tháng 2 CB-02 2");
  CHECK(chibo::sheet_fault(table, "bản ghi") == "");
  // Five such (each about 6,300 bytes unpacked and held): the third is
  // past what is left of the 16,000, the two after it not looked at: an error.
  table = read_every({{"Tháng 1", month(1)},
                      {"Lớn 1", large},
                      {"Lớn 2", large},
                      {"Lớn 3", large},
                      {"Lớn 4", large},
                      {"Lớn 5", large}},
                     4000);
  CHECK(table.more.size() == 2);
  REQUIRE(table.left.size() == 1);
  CHECK(table.left[0].sheet == "Lớn 3");
  CHECK(table.unlooked == 2);
  const std::string fault = chibo::sheet_fault(table, "bản ghi");
  CHECK(
      fault.starts_with("không đọc được trang 'Lớn 3': phần 'xl/worksheets/sheet4.xml' giải "
                        "nén ra hơn "));
  CHECK(fault.ends_with(
      "; không xem 2 trang sau (quá 100 trang, hoặc quá giới hạn max_file_bytes): bản ghi ở đó "
      "(nếu có) không được đọc; hãy chia sổ thành vài tệp, mỗi tệp ít trang hơn, hoặc chạy với "
      "--limit max_file_bytes=... lớn hơn"));
  // Within 2,500 each, 'Lớn' cannot be read: an error; 'Tháng 2' read after it.
  table = read_every({{"Tháng 1", month(1)}, {"Lớn", large}, {"Tháng 2", month(2)}}, 2500);
  CHECK(tabs_read(table) == "Tháng 1 CB-01 2 | Tháng 2 CB-02 2");
  REQUIRE(table.left.size() == 1);
  CHECK(table.left[0].why == XlsxLeftTab::Why::Unreadable);
  CHECK(table.unlooked == 0);
  CHECK(chibo::sheet_note(table, "bản ghi", kKeySaid) == "");
  CHECK(chibo::sheet_fault(table, "bản ghi") ==
        "không đọc được trang 'Lớn': phần 'xl/worksheets/sheet2.xml' giải nén ra hơn 2.500 byte "
        "(giới hạn max_file_bytes): bản ghi ở đó (nếu có) không được đọc; hãy chia sổ thành vài "
        "tệp, mỗi tệp ít trang hơn, hoặc chạy với --limit max_file_bytes=... lớn hơn");
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
