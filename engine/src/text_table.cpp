#include "text_table.h"

#include <algorithm>

namespace chibo {

std::size_t display_width(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

void TextTable::write(std::ostream& out) const {
  std::vector<std::size_t> width;
  for (const auto& row : rows) {
    if (width.size() < row.size()) width.resize(row.size(), 0);
    for (std::size_t c = 0; c < row.size(); ++c)
      width[c] = std::max(width[c], display_width(row[c]));
  }
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      std::string pad(width[c] - display_width(row[c]), ' ');
      bool right = std::find(right_aligned.begin(), right_aligned.end(), c) != right_aligned.end();
      if (c > 0) line += "  ";
      line += right ? pad + row[c] : row[c] + (c + 1 < row.size() ? pad : "");
    }
    out << line << '\n';
  }
}

void write_markdown_table(std::ostream& out, const std::vector<std::vector<std::string>>& rows) {
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::string line = "|";
    for (const std::string& cell : rows[i]) {
      line += ' ';
      for (char c : cell) {
        if (c == '|') line += '\\';
        line += c;
      }
      line += " |";
    }
    out << line << '\n';
    if (i == 0) {
      std::string rule = "|";
      for (std::size_t c = 0; c < rows[i].size(); ++c) rule += "---|";
      out << rule << '\n';
    }
  }
}

}  // namespace chibo
