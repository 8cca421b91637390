#include "text_table.h"

#include <sstream>

#include <catch2/catch.hpp>

TEST_CASE("columns line up by characters, not bytes") {
  chibo::TextTable t;
  t.add_row({"Chi bộ", "Điểm"});
  t.add_row({"A", "9,5"});
  t.right_aligned = {1};
  std::ostringstream out;
  t.write(out);
  CHECK(out.str() == "Chi bộ  Điểm\nA        9,5\n");
  CHECK(chibo::display_width("Tốt") == 3);
}

TEST_CASE("a table written a row at a time, widths found first") {
  const std::vector<std::vector<std::string>> rows = {
      {"Hạng", "Chi bộ", "Ghi chú"}, {"1", "Chi bộ xóm 12", ""}, {"10", "B", "thiếu tháng 2"}};
  std::vector<std::size_t> width;
  for (const auto& row : rows) chibo::widen(width, row);
  CHECK(width == std::vector<std::size_t>{4, 13, 13});
  std::ostringstream out;
  for (const auto& row : rows) chibo::write_row(out, row, width, {0});
  CHECK(out.str() ==
        "Hạng  Chi bộ         Ghi chú\n"
        "   1  Chi bộ xóm 12\n"
        "  10  B              thiếu tháng 2\n");
}

// A row ended in spaces where its last cells were empty (a ranking's cell
// with no note and no previous period): the spaces are gone, and every text
// still starts at its column.
TEST_CASE("a row ends at its last text, empty cells at its end written as nothing") {
  chibo::TextTable t;
  t.add_row({"Hạng", "Chi bộ", "Điểm", "Kỳ trước", "Ghi chú"});
  t.add_row({"1", "CP-01", "98,86", "98,19 (2)", ""});
  t.add_row({"2", "CP-02", "", "", ""});
  t.add_row({"3", "", "", "", "thiếu tháng 2"});
  t.add_row({"", "", "", "", ""});
  t.right_aligned = {0, 2, 3};
  std::ostringstream out;
  t.write(out);
  CHECK(out.str() ==
        "Hạng  Chi bộ   Điểm   Kỳ trước  Ghi chú\n"
        "   1  CP-01   98,86  98,19 (2)\n"
        "   2  CP-02\n"
        "   3                            thiếu tháng 2\n"
        "\n");
}

TEST_CASE("a Markdown table a row at a time: the rule under the header, '|' escaped") {
  std::ostringstream out;
  chibo::write_markdown_row(out, {"Chi bộ", "Điểm"}, true);
  chibo::write_markdown_row(out, {"A|B", "9,5"}, false);
  CHECK(out.str() == "| Chi bộ | Điểm |\n|---|---|\n| A\\|B | 9,5 |\n");
  // HTML in a name is shown, not run; a line break in one stays in its row.
  std::ostringstream html;
  chibo::write_markdown_row(html, {"Chi bộ <script>x</script>", "dòng 1\ndòng 2", "A &lt; B"},
                            false);
  CHECK(html.str() == "| Chi bộ &lt;script&gt;x&lt;/script&gt; | dòng 1 dòng 2 | A &amp;lt; B |\n");
  // Emphasis, code, links and a backslash of a name are shown as written
  // ("\\|" had ended the cell).
  std::ostringstream marks;
  chibo::write_markdown_row(marks, {"Chi bộ *in* `code` \\| _u_ [x] ~s~", "cell_id"}, false);
  CHECK(marks.str() ==
        "| Chi bộ \\*in\\* \\`code\\` \\\\\\| \\_u\\_ \\[x\\] \\~s\\~ | cell\\_id |\n");
}

// Text outside a table (the ranking's order, under it) is escaped alike.
TEST_CASE("Markdown text is escaped as a table's cells are") {
  CHECK(chibo::markdown_escape("Tỷ lệ *dự* <b> & a_b") == "Tỷ lệ \\*dự\\* &lt;b&gt; &amp; a\\_b");
}

// A cell wider than its column (capped after the widths were found) goes on
// over continuation lines, broken at spaces, the other cells empty there;
// nothing of it is left out.
TEST_CASE("a cell wider than its column goes on over continuation lines") {
  CHECK(chibo::wrap_cell("Chi bộ xóm Bãi Nai", 18) ==
        std::vector<std::string>{"Chi bộ xóm Bãi Nai"});
  CHECK(chibo::wrap_cell("Chi bộ xóm Bãi Nai", 10) ==
        std::vector<std::string>{"Chi bộ xóm", "Bãi Nai"});
  CHECK(chibo::wrap_cell("Chi bộ xóm Bãi Nai", 11) ==
        std::vector<std::string>{"Chi bộ xóm", "Bãi Nai"});
  // A word wider than the column: cut where the column ends, by characters.
  CHECK(chibo::wrap_cell("Đảngbộxãđặcbiệt dài", 6) ==
        std::vector<std::string>{"Đảngbộ", "xãđặcb", "iệt", "dài"});
  const std::vector<std::vector<std::string>> rows = {
      {"Hạng", "Tên", "Điểm"},
      {"1", "Chi bộ xóm Bãi Nai và xóm Bãi Chạo của xã Bắc Phong", "98,86"},
      {"2", "Chi bộ A", "90,00"}};
  std::vector<std::size_t> width;
  for (const auto& row : rows) chibo::widen(width, row);
  width[1] = 20;
  std::ostringstream out;
  for (const auto& row : rows) chibo::write_row(out, row, width, {0, 2});
  CHECK(out.str() ==
        "Hạng  Tên                    Điểm\n"
        "   1  Chi bộ xóm Bãi Nai    98,86\n"
        "      và xóm Bãi Chạo của\n"
        "      xã Bắc Phong\n"
        "   2  Chi bộ A              90,00\n");
}

// Every text table caps its columns of names, by their header (audit's as
// rank's): one name of 100 characters widened every row; other columns not.
TEST_CASE("a text table's columns of names are at most 80 characters wide") {
  const std::string name =
      "Chi bộ tổ dân phố 1 (hợp nhất tổ dân phố Thống Nhất, tổ dân phố Hợp Thành và tổ dân phố "
      "Đoàn Kết)";
  const std::string other(90, 'x');
  chibo::TextTable t{{{"Tên", "Ghi chú"}, {name, other}, {"Chi bộ A", "y"}}, {}};
  std::ostringstream out;
  t.write(out);
  // "Tên" and "Chi bộ A" padded to the 80 characters of the column.
  CHECK(out.str() ==
        "Tên" + std::string(77, ' ') + "  Ghi chú\n" +
            "Chi bộ tổ dân phố 1 (hợp nhất tổ dân phố Thống Nhất, tổ dân phố Hợp Thành "
            "và tổ   " +
            other + "\ndân phố Đoàn Kết)\nChi bộ A" + std::string(72, ' ') + "  y\n");
  std::vector<std::size_t> width = {100, 100, 100, 100};
  chibo::cap_name_columns({"Chi bộ", "Tên", "Đảng bộ cơ sở", "Tổ chức cơ sở đảng"}, width);
  CHECK(width == std::vector<std::size_t>{100, 80, 80, 80});
}
