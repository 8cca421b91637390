// UTF-8 checks and Unicode normalisation of text that users type.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace chibo {

// Byte offset of the first invalid UTF-8 sequence, or nullopt if valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Byte offset of the first character in valid UTF-8 text that breaks a line
// or is not shown: C0 controls (tab, line feed, NUL...), DEL, C1 controls
// (U+0080..U+009F; U+0085 is a line break) and U+2028, U+2029 (line and
// paragraph separators); npos when there is none. No id or name holds one.
std::size_t find_control(std::string_view text);

// text without what a cell copied from a web page or Word keeps around
// its value and no one sees: spaces, tabs, and the no-break (U+00A0,
// U+202F), zero-width (U+200B) and byte-order-mark (U+FEFF) spaces, the
// marks of direction (U+200E, U+200F), the word joiner (U+2060) and the
// soft hyphen (U+00AD); line
// breaks too when line_breaks (a units list's cells; a record's id holding
// one is said to).
std::string_view trim_invisible(std::string_view text, bool line_breaks = false);

// True when text holds only code points that are NFC in any sequence (ASCII,
// U+0080..U+02FF, and U+1E00..U+1EFF, where Vietnamese letters live), so
// to_nfc can skip ICU. False says nothing. (Hand-written because ICU works on
// UTF-16 and the conversion costs more than the check; tests prove the ranges
// against ICU.)
bool plainly_nfc(std::string_view text);

// NFC form of valid UTF-8 text (ASCII returns unchanged, fast). "Hòa" typed
// with a combining accent and with a precomposed one compare equal after this.
std::string to_nfc(std::string_view text);

// At most the first most bytes of UTF-8 text, cut where a character starts
// (a long note quoted in a message: its start).
std::string_view utf8_start(std::string_view text, std::size_t most);

// Text with its ASCII capitals lowered, other bytes as they are: a file's
// ending (".XLSX"), a header's English names.
std::string lower_ascii(std::string text);

// Unicode case folding of valid UTF-8 text (ICU): "TỐT", "Tốt" and "tốt" fold
// alike. For matching what people typed; not on a hot path.
std::string fold_case(std::string_view text);

// text with each run of spaces, tabs, line breaks and no-break spaces
// (U+00A0) between its words as one space: a header's name wrapped in its
// cell (Alt+Enter in Excel: "Số đảng viên\ncó mặt") or typed with two spaces
// reads as its label. For matching names; not on a hot path.
std::string one_space_between_words(std::string_view text);

// Folded text (fold_case) without its Vietnamese accents, đ as d, and a
// space or '-' between words as '_': "trung bình" -> "trung_binh", the id a
// ruleset gives the option. ICU (NFD, marks dropped); not on a hot path.
std::string bare_id(std::string_view folded);

// Whether valid UTF-8 text starts with a letter or a combining mark beyond
// ASCII (ICU): "ó", "đ", an accent typed apart; not "≥".
bool starts_with_non_ascii_letter(std::string_view text);

// A label as it reads inside a sentence: its first letter lowered unless
// its first word is in capitals ("Tỷ lệ đảng viên dự" -> "tỷ lệ đảng viên
// dự", "Ý kiến" -> "ý kiến"; "BCH chi bộ" and "HD 12" stay as written), nor
// when its second word starts with a capital too: a name ("Hồ Chí Minh",
// "Ban Thường vụ"). ICU, for letters beyond ASCII.
std::string lower_first_letter(std::string_view text);

// Whether valid UTF-8 text a comes before b in Vietnamese alphabetical order
// (ICU's collation for "vi": a ă â b c d đ e ê ..., "Bảo" before "Bưu", "Tây"
// before "Thu"), where their bytes put "Đ..." after "Z" and "Bưu" first; text
// the collator finds equal is ordered by its bytes. For lists people choose
// from; not on a hot path.
bool vietnamese_less(std::string_view a, std::string_view b);

}  // namespace chibo
