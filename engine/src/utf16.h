// UTF-16 text, as Excel saves "Unicode Text (*.txt)" and Notepad "Unicode",
// turned into UTF-8, the one encoding the readers take. A file that starts
// with UTF-16's byte-order mark is read so, and one without it whose start
// is plainly UTF-16 (utf16_start: a "Unicode" export without the mark,
// PowerShell's or a database's); any other is read as UTF-8 (and what is
// not UTF-8 is said at its field).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace chibo {

enum class Utf16 { No, LittleEndian, BigEndian };

// What a byte-order mark at the start of text says (FF FE: little endian,
// FE FF: big endian); No without one (or with fewer than two bytes).
Utf16 utf16_order(std::string_view start);

// How many bytes of a file's start utf16_start looks at.
inline constexpr std::size_t kUtf16StartBytes = 8;

struct Utf16Start {
  Utf16 order = Utf16::No;
  std::size_t mark = 0;  // the byte-order mark's bytes (2), to drop; 0 without one
};

// What a file's start (its first kUtf16StartBytes bytes, or all of a shorter
// file) says: a byte-order mark, or else UTF-16 without one when unmistakable.
Utf16Start utf16_start(std::string_view start);

// Decodes the whole code units of in (two bytes; four for a surrogate pair)
// onto out as UTF-8, and returns how many bytes of in it used: what is left
// (an odd byte, the first half of a pair) is given again with the bytes
// that follow it. At the end of the text (at_end) all is used: a byte left
// over, like a surrogate without its other half, becomes a byte 0xFF, which
// no UTF-8 holds, so the field it is in is rejected as not UTF-8, at its line.
// (Hand-written: iconv stops at the first such unit, and the rest of the
// file would be lost with it.)
std::size_t append_utf16_as_utf8(std::string_view in, Utf16 order, bool at_end, std::string& out);

// Said of a CSV header holding a NUL byte, which no UTF-8 text holds: UTF-16
// that utf16_start did not tell (a letter past U+00FF first: "Đ").
inline constexpr const char* kUtf16WithoutMark =
    "tệp có vẻ là UTF-16 không có BOM (dòng tiêu đề có byte NUL): hãy lưu tệp dạng CSV UTF-8";

// The whole of text as UTF-8 when utf16_start tells it UTF-16 (the mark
// dropped); else text unchanged.
void utf16_file_to_utf8(std::string& text);

}  // namespace chibo
