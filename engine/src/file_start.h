// What a file is by its first bytes, whatever its name: a workbook (.xlsx,
// a zip), an Excel 97-2003 file, or another (text the readers take).
#pragma once

#include <istream>
#include <string_view>

namespace chibo {

// What a file's first bytes say it is: a zip (an .xlsx, whatever it is
// named), an Excel 97-2003 workbook (.xls, an OLE2 file), or another.
enum class FileStart { Other, Zip, Xls };
// What text's first bytes say.
FileStart file_start_of(std::string_view text);
// in's, when in is at the start of a file that can be read from there
// again (it is left there); Other for a pipe.
FileStart file_start(std::istream& in);

// Whether bytes, of a file named as a workbook but not a zip, are text (a
// CSV saved, or renamed, as .xlsx): UTF-16 (utf16_start), or no NUL nor
// control character in the first 4,096 bytes but tab, line ends, form feed
// and the old end-of-file mark (Ctrl+Z).
bool looks_like_text(std::string_view bytes);

// What is said of such a file, read as the CSV it is (Excel opens it so
// too, after a warning): a warning, not an error.
inline constexpr const char* kTextNamedXlsx =
    "tệp mang đuôi .xlsx nhưng không phải sổ tính Excel mà là tệp văn bản (CSV): đã đọc như tệp "
    "CSV; hãy đổi đuôi tên tệp thành .csv";

// What is said of an .xls (a workbook saved with a password starts as one does).
inline constexpr const char* kXlsRefused =
    "đây là tệp Excel 97-2003 (.xls) hoặc tệp Excel có mật khẩu, không đọc được; hãy mở tệp bằng "
    "Excel và lưu lại dạng .xlsx (không đặt mật khẩu) hoặc CSV UTF-8";

}  // namespace chibo
