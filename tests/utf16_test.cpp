// UTF-16 (Excel's "Unicode Text") decoded to UTF-8.
#include "utf16.h"

#include <string>

#include <catch2/catch.hpp>

using chibo::Utf16;

TEST_CASE("utf16_order reads the byte-order mark", "[utf16]") {
  CHECK(chibo::utf16_order("\xFF\xFE"
                           "a") == Utf16::LittleEndian);
  CHECK(chibo::utf16_order("\xFE\xFF") == Utf16::BigEndian);
  CHECK(chibo::utf16_order("\xEF\xBB\xBF") == Utf16::No);  // UTF-8's
  CHECK(chibo::utf16_order("\xFF") == Utf16::No);
  CHECK(chibo::utf16_order("") == Utf16::No);
}

TEST_CASE("utf16_start reads a mark or four code units of UTF-16 without one", "[utf16]") {
  using chibo::utf16_start;
  // With the mark: its two bytes are the mark's.
  CHECK(utf16_start("\xFF\xFE"
                    "a")
            .order == Utf16::LittleEndian);
  CHECK(utf16_start("\xFF\xFE").mark == 2);
  CHECK(utf16_start("\xFE\xFF").order == Utf16::BigEndian);
  // Without: a NUL every other byte, the other never NUL, for four units.
  const auto le = utf16_start(std::string("c\0e\0l\0l\0_\0", 10));
  CHECK(le.order == Utf16::LittleEndian);
  CHECK(le.mark == 0);
  CHECK(utf16_start(std::string("\0c\0e\0l\0l", 8)).order == Utf16::BigEndian);
  // Latin-1 letters and line ends are such units too ("Mã c", CR LF CR LF).
  CHECK(utf16_start(std::string("M\0\xE3\0 \0c\0", 8)).order == Utf16::LittleEndian);
  CHECK(utf16_start(std::string("\0\r\0\n\0\r\0\n", 8)).order == Utf16::BigEndian);
  // Not unmistakable: fewer than four units, a unit past U+00FF ("Đ"), a
  // unit U+0000 (UTF-32 is no UTF-16), UTF-8 text.
  CHECK(utf16_start(std::string("a\0;\0b\0", 6)).order == Utf16::No);
  CHECK(utf16_start(std::string("\x10\x01n\0 \0v\0", 8)).order == Utf16::No);
  CHECK(utf16_start(std::string("c\0\0\0e\0\0\0", 8)).order == Utf16::No);
  CHECK(utf16_start(std::string("\0\0\0c\0\0\0e", 8)).order == Utf16::No);
  CHECK(utf16_start(std::string("c\0e\0l\0lx", 8)).order == Utf16::No);
  CHECK(utf16_start("cell_id;").order == Utf16::No);
  CHECK(utf16_start("\xEF\xBB\xBF"
                    "cell_id;")
            .order == Utf16::No);
  CHECK(utf16_start("").order == Utf16::No);
}

TEST_CASE("append_utf16_as_utf8 decodes whole units and leaves the rest", "[utf16]") {
  std::string out;
  // "Tố" + U+1D7D7 (a pair) in little endian, and the first half of another pair.
  const std::string le("T\0\xD1\x1E\x35\xD8\xD7\xDF\x35\xD8", 10);
  CHECK(chibo::append_utf16_as_utf8(le, Utf16::LittleEndian, false, out) == 8);
  CHECK(out == "T\xE1\xBB\x91\xF0\x9D\x9F\x97");
  // At the end, the half pair alone is a byte 0xFF, as is an odd byte.
  out.clear();
  CHECK(chibo::append_utf16_as_utf8(le, Utf16::LittleEndian, true, out) == 10);
  CHECK(out == "T\xE1\xBB\x91\xF0\x9D\x9F\x97\xFF");
  out.clear();
  CHECK(chibo::append_utf16_as_utf8(std::string("\0a\0", 3), Utf16::BigEndian, false, out) == 2);
  CHECK(out == "a");
  CHECK(chibo::append_utf16_as_utf8(std::string("\0a\0", 3), Utf16::BigEndian, true, out) == 3);
  CHECK(out == "aa\xFF");
  // A second half alone; a first half followed by no second half.
  out.clear();
  chibo::append_utf16_as_utf8(std::string("\xDC\x00\xD8\x00\x00x", 6), Utf16::BigEndian, true, out);
  CHECK(out == "\xFF\xFFx");
  // Two- and three-byte forms, and U+0000.
  out.clear();
  chibo::append_utf16_as_utf8(std::string("\x01\x10\xFF\xFF\x00\x00", 6), Utf16::BigEndian, true,
                              out);
  CHECK(out == std::string("\xC4\x90\xEF\xBF\xBF\0", 6));
}

TEST_CASE("utf16_file_to_utf8 converts a text with the mark or UTF-16 plainly without one",
          "[utf16]") {
  std::string text(
      "\xFF\xFE"
      "a\0:\0 \0\x90\x01",
      10);
  chibo::utf16_file_to_utf8(text);
  CHECK(text == "a: \xC6\x90");
  std::string utf8 = "a: \xC6\x90";
  chibo::utf16_file_to_utf8(utf8);
  CHECK(utf8 == "a: \xC6\x90");
  std::string unmarked("\0a\0:\0 \0b\x01\x90", 10);
  chibo::utf16_file_to_utf8(unmarked);
  CHECK(unmarked == "a: b\xC6\x90");
  std::string short_text("a\0:\0", 4);  // too short to tell: as it is
  chibo::utf16_file_to_utf8(short_text);
  CHECK(short_text == std::string("a\0:\0", 4));
}
