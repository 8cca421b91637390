// Cutting CSV text in two halves that two readers read as the whole.
#include "csv_split.h"

#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "csv_fixture.h"

using chibo::CsvReader;
using chibo::CsvRecord;
using chibo::testing::Read;
using chibo::testing::read_all;
using chibo::testing::utf16;

TEST_CASE("CSV text is cut in two halves that read as the whole") {
  auto split = [](const std::string& text) {
    std::istringstream in(text);
    auto at = chibo::find_csv_split(in, text.size());
    CHECK(in.tellg() == 0);
    return at;
  };
  std::string text = "\xEF\xBB\xBFid;name\r\n";
  for (int i = 0; i < 30000; ++i) {
    text += "CP-" + std::to_string(i) + ";Chi bộ " + std::to_string(i) + (i % 7 ? "\r\n" : "\n");
    if (i % 1000 == 0) text += "\r\n";  // a blank line, counted
  }
  const auto at = split(text);
  REQUIRE(at);
  const auto cut = static_cast<std::size_t>(at->at);
  CHECK(cut >= text.size() / 2);
  CHECK(text[cut - 1] == '\n');
  CHECK(text.find('\n', text.size() / 2) == cut - 1);
  const Read whole = read_all(text);
  std::istringstream first_half(text.substr(0, cut)), second_half(text.substr(cut));
  CsvReader first(first_half), second(second_half, ';', 1 << 16, at->line);
  std::vector<CsvRecord> halves;
  CsvRecord record;
  while (first.next(record)) halves.push_back(record);
  CHECK(first.separator() == ';');
  while (second.next(record)) halves.push_back(record);
  REQUIRE(halves.size() == whole.records.size());
  for (std::size_t i = 0; i < halves.size(); ++i) {
    INFO(i);
    CHECK(halves[i].line == whole.records[i].line);
    CHECK(halves[i].fields.size() == whole.records[i].fields.size());
    CHECK(halves[i].fields[0] == whole.records[i].fields[0]);
  }
  CHECK(halves.back().line == 30031);  // header, 30,000 rows, 30 blank lines

  std::string quoted = text;
  quoted[text.size() - 5] = '"';  // near the end, far from the middle
  CHECK_FALSE(split(quoted));
  std::string lone_cr = text;
  lone_cr[100] = '\r';  // in the first 64 KiB piece
  CHECK_FALSE(split(lone_cr));
  std::string cr_at_piece_end = text;
  cr_at_piece_end[65535] = '\r';  // the last byte of the first piece, a LF not after it
  cr_at_piece_end[65536] = 'x';
  CHECK_FALSE(split(cr_at_piece_end));
  CHECK_FALSE(split("id,name\nCP-1,Chi bộ 1"));  // no line end past the middle
  // UTF-16: a line end is two bytes, and its halves would be read undecoded.
  CHECK_FALSE(split(utf16(u"id,name\nCP-1,a\nCP-2,b\n", true)));
  // And without its mark, as its start tells it (the reader decodes it).
  CHECK_FALSE(split(utf16(u"id,name\nCP-1,a\nCP-2,b\n", true).substr(2)));
  CHECK_FALSE(split(utf16(u"id,name\nCP-1,a\nCP-2,b\n", false).substr(2)));
  CHECK(split("id,name\nCP-1,a\nCP-2,b\n")->line == 3);
  CHECK(split("id,name\nCP-1,a\nCP-2,b\n")->at == 15);
}
