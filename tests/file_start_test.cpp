// What a file is by its first bytes.
#include "file_start.h"

#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "xlsx_fixture.h"

using chibo::testing::zip_parts;

TEST_CASE("a file's first bytes tell a workbook, an old .xls or another", "[xlsx]") {
  auto start = [](const std::string& text) {
    std::istringstream in(text);
    const chibo::FileStart got = chibo::file_start(in);
    CHECK(in.tellg() == 0);  // left at its start
    return got;
  };
  CHECK(start(zip_parts({{"a", "b"}})) == chibo::FileStart::Zip);
  CHECK(start(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest", 13)) == chibo::FileStart::Xls);
  CHECK(start("cell_id;date\n") == chibo::FileStart::Other);
  CHECK(start("PK") == chibo::FileStart::Other);
  std::istringstream moved("PK\x03\x04...");
  moved.get();  // not at its start: not looked at
  CHECK(chibo::file_start(moved) == chibo::FileStart::Other);
  // Bytes already read (standard input's first line) tell it as well.
  CHECK(chibo::file_start_of("PK\x03\x04rest") == chibo::FileStart::Zip);
  CHECK(chibo::file_start_of("PK\x03") == chibo::FileStart::Other);
}

TEST_CASE("a file named as a workbook and no zip is told text (a CSV renamed) or not", "[xlsx]") {
  CHECK(chibo::looks_like_text("cell_id;date\r\nCB-01;2024-03-05\r\n"));
  CHECK(chibo::looks_like_text("\xEF\xBB\xBFM\xC3\xA3 chi b\xE1\xBB\x99\tNg\xC3\xA0y\f\x1A"));
  CHECK(
      chibo::looks_like_text(std::string("\xFF\xFE"
                                         "c\0;\0",
                                         6)));                              // UTF-16, its NULs
  CHECK(chibo::looks_like_text(std::string("c\0e\0l\0l\0_\0i\0d\0", 14)));  // no mark
  CHECK_FALSE(chibo::looks_like_text(""));
  CHECK_FALSE(chibo::looks_like_text(std::string("cell_id\0;date", 13)));
  CHECK_FALSE(chibo::looks_like_text("%PDF-1.4\n\x01\x02"));
  // Only the start is looked at: a control character far on is the CSV's to say.
  CHECK(chibo::looks_like_text(std::string(4096, 'a') + "\x01"));
}
