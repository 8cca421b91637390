// What a workbook's table calls for being said (xlsx_sheet_note.cpp): the
// sheet read when it is not the first and the tabs left (sheet_note), the
// tabs that may hold rows and were not read (sheet_fault), a workbook that
// cannot be read (read_workbook).
#include <string>

#include <catch2/catch.hpp>

#include "chibo/diagnostic.h"
#include "xlsx_reader.h"

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
}

namespace {

const char* const kKey = "'cell_id' hay 'Mã chi bộ'";

}  // namespace

// The first sheet read, a later one holding the table hidden: how to show it.
TEST_CASE("sheet_note: a hidden tab holding the table, and how to show it", "[xlsx]") {
  chibo::XlsxTable table;
  table.sheet = "Bìa";
  table.hidden = "Bản ghi";
  CHECK(chibo::sheet_note(table, "bản ghi", kKey) ==
        "trang đầu 'Bìa' không có dòng tiêu đề của bảng bản ghi (cột 'cell_id' hay 'Mã chi bộ'); "
        "trang 'Bản ghi' có bảng bản ghi nhưng đang bị ẩn (hãy bấm chuột phải vào tên một trang, "
        "chọn Unhide/Bỏ ẩn, chọn 'Bản ghi'): đọc trang đầu");
  table.first_empty = true;
  CHECK(chibo::sheet_note(table, "bản ghi", kKey) ==
        "trang đầu 'Bìa' có dòng tiêu đề của bảng bản ghi nhưng không có dòng nào dưới nó; trang "
        "'Bản ghi' có bảng bản ghi nhưng đang bị ẩn (hãy bấm chuột phải vào tên một trang, chọn "
        "Unhide/Bỏ ẩn, chọn 'Bản ghi'): đọc trang đầu");
}

// The sheet read with the tabs read after it, a hidden one and the tabs
// whose header is not the table's: all in one note.
TEST_CASE("sheet_note: the tabs read, hidden and left, said in one note", "[xlsx]") {
  chibo::XlsxTable table;
  table.sheet = "Tháng 1";
  table.passed_over = "Hướng dẫn";
  table.more.resize(2);
  table.more[0].sheet = "Tháng 2";
  table.more[1].sheet = "Tháng 3";
  table.hidden = "Cũ";
  table.left = {{"Tổng hợp", chibo::XlsxLeftTab::Why::Unlike, ""},
                {"Hỏng", chibo::XlsxLeftTab::Why::Unreadable, "hỏng"},
                {"Mẫu", chibo::XlsxLeftTab::Why::Unlike, ""}};
  CHECK(chibo::sheet_note(table, "bản ghi", kKey) ==
        "đọc trang 'Tháng 1', 'Tháng 2', 'Tháng 3' (trang đầu 'Hướng dẫn' không có dòng tiêu đề "
        "của bảng bản ghi: cột 'cell_id' hay 'Mã chi bộ'); trang 'Cũ' có bảng bản ghi nhưng đang "
        "bị ẩn (hãy bấm chuột phải vào tên một trang, chọn Unhide/Bỏ ẩn, chọn 'Cũ'); trang 'Tổng "
        "hợp' có cột 'cell_id' hay 'Mã chi bộ' nhưng dòng tiêu đề không giống bảng bản ghi của "
        "trang 'Tháng 1': không đọc; trang 'Mẫu' có cột 'cell_id' hay 'Mã chi bộ' nhưng dòng tiêu "
        "đề không giống bảng bản ghi của trang 'Tháng 1': không đọc");
  // The first read, holding the table: the tabs left alone are said.
  table.passed_over.reset();
  table.hidden.clear();
  CHECK(chibo::sheet_note(table, "bản ghi", kKey) ==
        "trang 'Tổng hợp' có cột 'cell_id' hay 'Mã chi bộ' nhưng dòng tiêu đề không giống bảng bản "
        "ghi của trang 'Tháng 1': không đọc; trang 'Mẫu' có cột 'cell_id' hay 'Mã chi bộ' nhưng "
        "dòng tiêu đề không giống bảng bản ghi của trang 'Tháng 1': không đọc");
}

// Tabs that could not be read, or were not looked at: what to do differs
// when a limit was passed (a larger limit) from a part damaged (save again).
TEST_CASE("sheet_fault: the tabs not read, and what to do", "[xlsx]") {
  chibo::XlsxTable table;
  table.sheet = "Tháng 1";
  CHECK(chibo::sheet_fault(table, "bản ghi") == "");
  table.left = {{"Tháng 2", chibo::XlsxLeftTab::Why::Unreadable, "phần 'x' hỏng"},
                {"Tổng hợp", chibo::XlsxLeftTab::Why::Unlike, ""},
                {"Tháng 3", chibo::XlsxLeftTab::Why::Unreadable, "phần 'y' hỏng"}};
  CHECK(chibo::sheet_fault(table, "bản ghi") ==
        "không đọc được trang 'Tháng 2': phần 'x' hỏng; không đọc được trang 'Tháng 3': phần 'y' "
        "hỏng: bản ghi ở đó (nếu có) không được đọc; hãy mở tệp bằng Excel và lưu lại, hoặc chép "
        "trang đó sang một tệp mới");
  table.unlooked = 3;
  CHECK(chibo::sheet_fault(table, "bản ghi") ==
        "không đọc được trang 'Tháng 2': phần 'x' hỏng; không đọc được trang 'Tháng 3': phần 'y' "
        "hỏng; không xem 3 trang sau (quá 100 trang, hoặc quá giới hạn max_file_bytes): bản ghi ở "
        "đó (nếu có) không được đọc; hãy chia sổ thành vài tệp, mỗi tệp ít trang hơn, hoặc chạy "
        "với --limit max_file_bytes=... lớn hơn");
}

// Bytes that are no workbook: said at the file, with what to do.
TEST_CASE("read_workbook: a file that is no workbook is said at the file", "[xlsx]") {
  chibo::Diagnostics diags;
  CHECK_FALSE(chibo::read_workbook("không phải zip", "m.xlsx", {"cell_id"}, {"date"}, diags,
                                   chibo::SheetChoice::OneTable));
  REQUIRE(diags.items().size() == 1);
  CHECK(chibo::format_diagnostic(diags.items()[0]) ==
        "m.xlsx: error: không đọc được tệp Excel: tệp không phải tệp nén .xlsx, hoặc đã hỏng hay "
        "bị cắt ngắn; hãy mở tệp bằng Excel và lưu lại (.xlsx, hoặc CSV UTF-8)");
}
