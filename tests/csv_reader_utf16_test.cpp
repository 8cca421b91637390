// CsvReader on UTF-16 text (Excel's "Unicode Text", Notepad's "Unicode",
// with its byte-order mark or without): decoded as read, to the records the
// same text in UTF-8 gives.
#include "csv_reader.h"

#include <string>

#include <catch2/catch.hpp>

#include "csv_fixture.h"

using chibo::testing::Read;
using chibo::testing::read_all;
using chibo::testing::utf16;
using Fields = chibo::FieldList;

// Excel's "Unicode Text" (tab-separated UTF-16 LE) and Notepad's "Unicode":
// decoded as read, to the records the same text in UTF-8 gives, at any chunk
// size (a pair of units, or a unit's two bytes, cut between two chunks).
TEST_CASE("UTF-16 with its byte-order mark reads as the same text in UTF-8") {
  const std::u16string text =
      u"cell_id\tdate\tghi_chú\r\nCP-01\t2024-03-05\t\"Tốt; 𝟗 \"\"x\"\"\"\r\n\r\nCP-02\t"
      u"2024-03-06\tĐạt";
  const Read reference = read_all(
      "cell_id\tdate\tghi_chú\r\nCP-01\t2024-03-05\t\"Tốt; \xF0\x9D\x9F\x97 \"\"x\"\"\"\r\n\r\n"
      "CP-02\t2024-03-06\tĐạt");
  REQUIRE(reference.records.size() == 3);
  CHECK(reference.records[1].fields[2] == "Tốt; \xF0\x9D\x9F\x97 \"x\"");
  for (bool little : {true, false}) {
    for (std::size_t chunk :
         {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{5}, std::size_t{1} << 16}) {
      INFO("little endian " << little << ", chunk size " << chunk);
      const Read r = read_all(utf16(text, little), 0, chunk);
      CHECK(r.separator == '\t');
      REQUIRE(r.records.size() == reference.records.size());
      for (std::size_t i = 0; i < r.records.size(); ++i) {
        CHECK(r.records[i].line == reference.records[i].line);
        CHECK(r.records[i].fields == reference.records[i].fields);
      }
    }
  }
  // A unit that is no character (half a pair alone), or an odd byte at the
  // end: a byte no UTF-8 has, in its own field, which is rejected for it.
  const Read broken = read_all(utf16(u"a;b\nx;\xD800y", true) + "z");
  REQUIRE(broken.records.size() == 2);
  CHECK(broken.records[1].fields == Fields{"x", "\xFFy\xFF"});
  // Without the mark and too short to be told UTF-16 (three units), the
  // bytes are read as they are.
  const Read nul = read_all(std::string("a\0;b\0", 6));
  REQUIRE(nul.records.size() == 1);
  CHECK(nul.records[0].fields.size() == 2);
  // The one or two bytes of a text too short for more than a mark are read,
  // at any chunk size; a mark alone is an empty text.
  for (std::size_t chunk : {std::size_t{1}, std::size_t{2}, std::size_t{1} << 16}) {
    INFO("chunk size " << chunk);
    const Read one = read_all("\xFF", 0, chunk);
    REQUIRE(one.records.size() == 1);
    CHECK(one.records[0].fields == Fields{"\xFF"});
    const Read two = read_all("a\n", 0, chunk);
    REQUIRE(two.records.size() == 1);
    CHECK(two.records[0].fields == Fields{"a"});
    CHECK(read_all("\xFF\xFE", 0, chunk).records.empty());
    CHECK(read_all(std::string("\xFE\xFF\x00", 3), 0, chunk).records.size() == 1);  // an odd byte
  }
}

// UTF-16 without a mark (a "Unicode" export without one, PowerShell, some
// databases), told by its first four units: decoded as with the mark, at
// any chunk size; a text that does not start so is read as it is.
TEST_CASE("UTF-16 without a mark is told by its start and read as with the mark") {
  const std::u16string text =
      u"cell_id;date;ghi_chú\r\nCP-01;2024-03-05;\"Tốt; 𝟗 \"\"x\"\"\"\r\n\r\nCP-02;"
      u"2024-03-06;Đạt\r\n";
  for (bool little : {true, false}) {
    const Read reference = read_all(utf16(text, little));
    REQUIRE(reference.records.size() == 3);
    CHECK(reference.records[2].fields[2] == "Đạt");
    for (std::size_t chunk :
         {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{7}, std::size_t{1} << 16}) {
      INFO("little endian " << little << ", chunk size " << chunk);
      const Read r = read_all(utf16(text, little).substr(2), 0, chunk);
      CHECK(r.separator == ';');
      REQUIRE(r.records.size() == reference.records.size());
      for (std::size_t i = 0; i < r.records.size(); ++i) {
        CHECK(r.records[i].line == reference.records[i].line);
        CHECK(r.records[i].fields == reference.records[i].fields);
      }
    }
  }
  // Four units and no more; a header starting with a Latin-1 letter.
  CHECK(read_all(utf16(u"id\r\n", true).substr(2)).records[0].fields == Fields{"id"});
  CHECK(read_all(utf16(u"Mã;x\nCP", false).substr(2)).records[1].fields == Fields{"CP"});
  // A unit past U+00FF among the first four ("Đ"): not told, read as it is.
  const std::string dang = utf16(u"Đơn vị;x", true).substr(2);
  const Read untold = read_all(dang);
  REQUIRE(untold.records.size() == 1);
  CHECK(untold.records[0].fields[0] == dang.substr(0, dang.find(';')));
}
