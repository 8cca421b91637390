// UTF-16 text, as Excel saves "Unicode Text (*.txt)" and Notepad "Unicode",
// turned into UTF-8, the one encoding the readers take. Only a file that
// starts with UTF-16's byte-order mark is read so: without the mark, the
// bytes are read as UTF-8 (and what is not UTF-8 is said at its field).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace chibo {

enum class Utf16 { No, LittleEndian, BigEndian };

// What a byte-order mark at the start of text says (FF FE: little endian,
// FE FF: big endian); No without one (or with fewer than two bytes).
Utf16 utf16_order(std::string_view start);

// Decodes the whole code units of in (two bytes; four for a surrogate pair)
// onto out as UTF-8, and returns how many bytes of in it used: what is left
// (an odd byte, the first half of a pair) is given again with the bytes
// that follow it. At the end of the text (at_end) all is used: a byte left
// over, like a surrogate without its other half, becomes a byte 0xFF, which
// no UTF-8 holds, so the field it is in is rejected as not UTF-8, at its line.
// (Hand-written: iconv stops at the first such unit, and the rest of the
// file would be lost with it.)
std::size_t append_utf16_as_utf8(std::string_view in, Utf16 order, bool at_end, std::string& out);

// The whole of text as UTF-8 when it starts with a UTF-16 byte-order mark
// (the mark dropped); else text unchanged.
void utf16_file_to_utf8(std::string& text);

}  // namespace chibo
