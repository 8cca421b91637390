#include "header_row.h"

#include <sstream>

#include <catch2/catch.hpp>

#include "utf8.h"

using chibo::CsvRecord;
using chibo::names_key_column;
using chibo::read_to_header;

namespace {

const std::vector<std::string> kUnitNames = {chibo::fold_case("id"), chibo::fold_case("Mã"),
                                             chibo::fold_case("Mã đơn vị")};

// read_to_header over text: which of the records read is the header, and their lines.
struct Found {
  std::size_t at = 0;
  std::vector<int> lines;
};
Found find(const std::string& text, const std::vector<std::string>& names) {
  std::istringstream in(text);
  chibo::CsvReader reader(in);
  std::vector<CsvRecord> ahead;
  Found out;
  out.at = read_to_header(reader, names, ahead);
  for (const CsvRecord& r : ahead) out.lines.push_back(r.line);
  return out;
}

}  // namespace

TEST_CASE("a key column is named in any capitals, spaces around it apart, in NFC or not") {
  CHECK(names_key_column("cell_id", {"cell_id"}));
  CHECK(names_key_column("  CELL_ID ", {"cell_id"}));
  CHECK(names_key_column("MÃ ĐƠN VỊ", kUnitNames));
  CHECK(names_key_column("Ma\xcc\x83", kUnitNames));  // "Mã" with its tilde apart (NFD)
  CHECK_FALSE(names_key_column("Mã số", kUnitNames));
  CHECK_FALSE(names_key_column("", kUnitNames));
  CHECK_FALSE(names_key_column("   ", {"cell_id"}));
  CHECK_FALSE(names_key_column("cell_id_2", {"cell_id"}));
  CHECK_FALSE(names_key_column(std::string(60, ' ') + "cell_id", {"cell_id"}));  // past 64 bytes
}

TEST_CASE("a line names a key column in one of its cells, whatever separates them") {
  using chibo::line_cell_names;
  using chibo::line_names_key_column;
  CHECK(line_cell_names("STT;Mã đơn vị;Tên", kUnitNames));
  CHECK(line_cell_names("\"STT\", \"Mã\" ,Tên\r", kUnitNames));
  CHECK(line_cell_names("no\tID\tname", kUnitNames));
  CHECK_FALSE(line_cell_names("Mã số, tên chi bộ", kUnitNames));
  CHECK_FALSE(line_cell_names("", kUnitNames));
  // The records' names anywhere in the line, a units list's as a cell.
  CHECK(line_names_key_column("STT;MÃ CHI BỘ (ghi đúng mã);Ngày"));
  CHECK(line_names_key_column("\"cell_id\",date"));
  CHECK(line_names_key_column("Mã đơn vị;Tên đơn vị"));
  CHECK(line_names_key_column("ma don vi;ten don vi"));
  CHECK_FALSE(line_names_key_column("Danh sách mã đơn vị, năm 2024"));
}

TEST_CASE("the header is the first of the first 20 records naming the key column") {
  const Found first = find("id;name\nA;B\nC;D\n", kUnitNames);
  CHECK(first.at == 0);
  CHECK(first.lines == std::vector<int>{1});  // nothing read past it

  const Found titled = find("DANH SÁCH CHI BỘ;;\nNăm 2024;;\n\nMã;Tên;Cấp\nA;B;C\n", kUnitNames);
  CHECK(titled.at == 2);
  CHECK(titled.lines == std::vector<int>{1, 2, 4});  // the blank line is no record

  // None names it: the first is the header, the others read are its rows.
  const Found none = find("code;name\nA;B\nC;D\n", kUnitNames);
  CHECK(none.at == 0);
  CHECK(none.lines == std::vector<int>{1, 2, 3});

  // Looked for in the first 20 records only.
  std::string deep;
  for (int i = 0; i < 20; ++i) deep += "row " + std::to_string(i) + "\n";
  const Found too_deep = find(deep + "cell_id,date\n", {"cell_id"});
  CHECK(too_deep.at == 0);
  CHECK(too_deep.lines.size() == 20);
  const Found twentieth = find(deep.substr(deep.find('\n') + 1) + "cell_id,date\n", {"cell_id"});
  CHECK(twentieth.at == 19);

  const Found empty = find("", {"cell_id"});
  CHECK(empty.at == 0);
  CHECK(empty.lines.empty());
}

TEST_CASE("the rows above a header are said with its line and what they are not") {
  CHECK(chibo::rows_above_header(4, 2, "đơn vị") ==
        "dòng tiêu đề là dòng 4: 2 dòng có chữ ở trên nó (tên bảng...) không phải đơn vị, không "
        "đọc");
}

TEST_CASE("the rows above a header are counted by those with text") {
  std::istringstream in("DANH SÁCH;;;\n;;;\n ; ;;\nid;name;level;type\n");
  chibo::CsvReader reader(in);
  std::vector<CsvRecord> ahead;
  const std::size_t at = read_to_header(reader, kUnitNames, ahead);
  REQUIRE(at == 3);
  CHECK(chibo::rows_with_text(ahead, at) == 1);
  CHECK(chibo::rows_with_text(ahead, 0) == 0);
}
