// TextTable: columns aligned for a terminal, widths counted in characters
// (code points), not bytes, so Vietnamese text lines up.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace chibo {

// Its columns of names are capped (cap_name_columns), as every text table's.
struct TextTable {
  std::vector<std::vector<std::string>> rows;  // the first row is the header
  std::vector<std::size_t> right_aligned;      // column indices
  void add_row(std::vector<std::string> row) { rows.push_back(std::move(row)); }
  void write(std::ostream& out) const;
};

std::size_t display_width(std::string_view s);

// The widest a column of names is, in characters: one unit's name of 300
// characters widened every row of a table past any screen; a longer name goes
// on over continuation lines (write_row). The longest names in use (a bank's
// branch's cell, 79) fit whole.
constexpr std::size_t kNameColumnWidth = 80;
// The columns of names, by their header ("Tên", "Đảng bộ cơ sở", "Tổ chức
// cơ sở đảng"; header: the
// table's first row), at most kNameColumnWidth wide in width (widen's).
void cap_name_columns(const std::vector<std::string>& header, std::vector<std::size_t>& width);

// A table written a row at a time, for rows made on the fly (a national
// ranking's 262,894 rows kept whole were 150 MB): widen() every row first,
// then write_row() each with the widths found (as TextTable::write does).
void widen(std::vector<std::size_t>& width, const std::vector<std::string>& row);
// A cell wider than its column (a width capped after widen(): a unit's name
// of 300 characters widened every row of the ranking past any screen) goes
// on over continuation lines, wrap_cell's, the row's other cells empty there.
void write_row(std::ostream& out, const std::vector<std::string>& row,
               const std::vector<std::size_t>& width,
               const std::vector<std::size_t>& right_aligned);

// The lines text takes in a column width characters wide: broken after the
// last space that fits, a word wider than the column where the column ends;
// nothing is left out but the spaces broken at. One line when it fits.
std::vector<std::string> wrap_cell(std::string_view text, std::size_t width);

// text as Markdown shows it as written: '|', '*', '_', '`', '[', ']', '~' and
// '\' after a '\', '<', '>', '&' as entities, a line break as a space.
std::string markdown_escape(std::string_view text);

// The same rows as a Markdown pipe table ('|' in a cell escaped).
void write_markdown_table(std::ostream& out, const std::vector<std::vector<std::string>>& rows);
// One row of it (header: the first, followed by the rule under it).
void write_markdown_row(std::ostream& out, const std::vector<std::string>& row, bool header);

}  // namespace chibo
