// What a workbook's table calls for being said: the sheet read when it is
// not the first, the tabs left (sheet_note, a warning); the tabs that may
// hold rows and were not read (sheet_fault, an error); a workbook that
// cannot be read (read_workbook). Vietnamese, with what to do.
#include <fmt/format.h>

#include "chibo/limits.h"
#include "xlsx_reader.h"

namespace chibo {

std::string sheet_note(const XlsxTable& table, const char* what, std::string_view key) {
  // What the first sheet lacked, its key column named after a colon or in brackets.
  auto lacked = [&](bool brackets) {
    if (table.first_empty) {
      return fmt::format("có dòng tiêu đề của bảng {} nhưng không có dòng nào dưới nó", what);
    }
    if (brackets) return fmt::format("không có dòng tiêu đề của bảng {} (cột {})", what, key);
    return fmt::format("không có dòng tiêu đề của bảng {}: cột {}", what, key);
  };
  // A hidden tab holding the table, and how to show it.
  const std::string hidden =
      table.hidden.empty()
          ? ""
          : fmt::format(
                "; trang '{}' có bảng {} nhưng đang bị ẩn (hãy bấm chuột phải vào tên "
                "một trang, chọn Unhide/Bỏ ẩn, chọn '{}')",
                table.hidden, what, table.hidden);
  // The later tabs not read when the one read holds the table
  // (SheetChoice::EveryTable) and hold no records (not readable ones: sheet_fault()).
  std::string later;
  for (const XlsxLeftTab& tab : table.left) {
    if (tab.why != XlsxLeftTab::Why::Unlike) continue;
    later += fmt::format(
        "{}trang '{}' có cột {} nhưng dòng tiêu đề không giống bảng {} của trang '{}': không đọc",
        later.empty() ? "" : "; ", tab.sheet, key, what, table.sheet);
  }
  if (table.passed_over) {
    std::string read = table.sheet;  // and the tabs read too
    for (const XlsxSheetRows& more : table.more) read += "', '" + more.sheet;
    return fmt::format("đọc trang '{}' (trang đầu '{}' {}){}{}", read, *table.passed_over,
                       lacked(false), hidden, later.empty() ? "" : "; " + later);
  }
  if (!later.empty()) return later;
  if (!hidden.empty()) {
    return fmt::format("trang đầu '{}' {}{}: đọc trang đầu", table.sheet, lacked(true), hidden);
  }
  if (!table.unread.empty()) {
    return fmt::format("trang đầu '{}' {}, và không đọc được {}: đọc trang đầu", table.sheet,
                       lacked(true), table.unread);
  }
  return "";
}

std::string sheet_fault(const XlsxTable& table, const char* what) {
  std::string fault;
  for (const XlsxLeftTab& tab : table.left) {
    if (tab.why != XlsxLeftTab::Why::Unreadable) continue;
    fault += fmt::format("{}không đọc được trang '{}': {}", fault.empty() ? "" : "; ", tab.sheet,
                         tab.text);
  }
  if (table.unlooked > 0) {
    fault += fmt::format(
        "{}không xem {} trang sau (quá 100 trang, hoặc quá giới hạn "
        "max_file_bytes)",
        fault.empty() ? "" : "; ", table.unlooked);
  }
  if (fault.empty()) return "";
  // Past a limit, or a part damaged: what to do differs.
  if (fault.find("max_file_bytes") != std::string::npos) {
    return fmt::format(
        "{}: {} ở đó (nếu có) không được đọc; hãy chia sổ thành vài tệp, mỗi tệp ít trang hơn, "
        "hoặc chạy với --limit max_file_bytes=... lớn hơn",
        fault, what);
  }
  return fmt::format(
      "{}: {} ở đó (nếu có) không được đọc; hãy mở tệp bằng Excel và lưu lại, hoặc chép trang đó "
      "sang một tệp mới",
      fault, what);
}

std::optional<XlsxTable> read_workbook(std::string_view bytes, const std::string& name,
                                       const std::vector<std::string>& key,
                                       const std::vector<std::string>& others, Diagnostics& diags,
                                       SheetChoice choice) {
  std::string why;
  std::optional<XlsxTable> table =
      read_xlsx_table(bytes, limits().max_file_bytes, key, others, why, choice);
  if (!table) {
    diags.error({name, 0, 0}, fmt::format("không đọc được tệp Excel: {}; hãy mở tệp bằng Excel "
                                          "và lưu lại (.xlsx, hoặc CSV UTF-8)",
                                          why));
  }
  return table;
}

}  // namespace chibo
