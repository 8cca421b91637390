// TextTable: columns aligned for a terminal, widths counted in characters
// (code points), not bytes, so Vietnamese text lines up.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace chibo {

struct TextTable {
  std::vector<std::vector<std::string>> rows;  // the first row is the header
  std::vector<std::size_t> right_aligned;      // column indices
  void add_row(std::vector<std::string> row) { rows.push_back(std::move(row)); }
  void write(std::ostream& out) const;
};

std::size_t display_width(const std::string& s);

// The same rows as a Markdown pipe table ('|' in a cell escaped).
void write_markdown_table(std::ostream& out, const std::vector<std::vector<std::string>>& rows);

}  // namespace chibo
