#include "text_table.h"

#include <algorithm>
#include <string_view>

namespace chibo {

std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

void widen(std::vector<std::size_t>& width, const std::vector<std::string>& row) {
  if (width.size() < row.size()) width.resize(row.size(), 0);
  for (std::size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], display_width(row[c]));
}

void cap_name_columns(const std::vector<std::string>& header, std::vector<std::size_t>& width) {
  for (std::size_t c = 0; c < header.size() && c < width.size(); ++c) {
    // "Tổ chức cơ sở đảng": rank's summary by base names each base there
    // (audit's table of bases gives its id, as short as ever).
    if (header[c] == "Tên" || header[c] == "Đảng bộ cơ sở" || header[c] == "Tổ chức cơ sở đảng") {
      width[c] = std::min(width[c], kNameColumnWidth);
    }
  }
}

namespace {

// One line of a row, every cell within its column.
void write_line(std::ostream& out, const std::vector<std::string>& row,
                const std::vector<std::size_t>& width,
                const std::vector<std::size_t>& right_aligned) {
  std::string line;
  for (std::size_t c = 0; c < row.size(); ++c) {
    std::string pad(width[c] - display_width(row[c]), ' ');
    bool right = std::find(right_aligned.begin(), right_aligned.end(), c) != right_aligned.end();
    if (c > 0) line += "  ";
    line += right ? pad + row[c] : row[c] + pad;
  }
  // Nothing after the last text: empty cells at a row's end (no note, no
  // previous period) and their padding left spaces there, which an editor
  // or a diff shows as changes and a copy into a message carries along.
  line.erase(line.find_last_not_of(' ') + 1);
  out << line << '\n';
}

}  // namespace

std::vector<std::string> wrap_cell(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  width = std::max<std::size_t>(width, 1);
  while (display_width(text) > width) {
    // end: where the character after the width characters that fit starts.
    std::size_t end = 0;
    for (std::size_t chars = 0; chars < width; ++chars) {
      ++end;
      while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    }
    const std::size_t space = text.substr(0, end + 1).rfind(' ');
    if (space != std::string_view::npos && space > 0) {
      lines.emplace_back(text.substr(0, space));
      text.remove_prefix(space + 1);
    } else {
      lines.emplace_back(text.substr(0, end));
      text.remove_prefix(end);
    }
  }
  lines.emplace_back(text);
  return lines;
}

void write_row(std::ostream& out, const std::vector<std::string>& row,
               const std::vector<std::size_t>& width,
               const std::vector<std::size_t>& right_aligned) {
  bool fits = true;
  for (std::size_t c = 0; c < row.size() && fits; ++c) fits = display_width(row[c]) <= width[c];
  if (fits) {
    write_line(out, row, width, right_aligned);
    return;
  }
  std::vector<std::vector<std::string>> cells(row.size());
  std::size_t lines = 1;
  for (std::size_t c = 0; c < row.size(); ++c) {
    cells[c] = wrap_cell(row[c], width[c]);
    lines = std::max(lines, cells[c].size());
  }
  std::vector<std::string> line(row.size());
  for (std::size_t i = 0; i < lines; ++i) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      line[c] = i < cells[c].size() ? std::move(cells[c][i]) : std::string();
    }
    write_line(out, line, width, right_aligned);
  }
}

void TextTable::write(std::ostream& out) const {
  std::vector<std::size_t> width;
  for (const auto& row : rows) widen(width, row);
  if (!rows.empty()) cap_name_columns(rows[0], width);
  for (const auto& row : rows) write_row(out, row, width, right_aligned);
}

std::string markdown_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    // '|' would end the cell, a line break the row; '<' and '>' would be
    // read as HTML by the viewers that show Markdown (a name "<script>"),
    // and '&' as the start of an entity ("&lt;" shown as "<"); '*', '_',
    // '`', '[', ']' and '~' as emphasis, code or links, and '\' as the
    // escape of what follows ("\|" ended the cell): each escaped.
    if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      if (std::string_view("|\\*_`[]~").find(c) != std::string_view::npos) out += '\\';
      out += c;
    }
  }
  return out;
}

void write_markdown_row(std::ostream& out, const std::vector<std::string>& row, bool header) {
  std::string line = "|";
  for (const std::string& cell : row) line += ' ' + markdown_escape(cell) + " |";
  out << line << '\n';
  if (header) {
    std::string rule = "|";
    for (std::size_t c = 0; c < row.size(); ++c) rule += "---|";
    out << rule << '\n';
  }
}

void write_markdown_table(std::ostream& out, const std::vector<std::vector<std::string>>& rows) {
  for (std::size_t i = 0; i < rows.size(); ++i) write_markdown_row(out, rows[i], i == 0);
}

}  // namespace chibo
