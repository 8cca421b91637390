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
