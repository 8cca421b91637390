#include "yaml_location.h"

#include <algorithm>

namespace chibo {

std::size_t line_start(std::string_view text, std::size_t pos) {
  if (pos == 0) return 0;
  std::size_t newline = text.rfind('\n', pos - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

int column_after(std::string_view text, std::size_t from, std::size_t to, int column) {
  for (std::size_t i = from; i < to; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;  // not a continuation byte
  }
  return column;
}

Location location_after(std::string_view text, std::size_t offset, Location start) {
  offset = std::min(offset, text.size());
  std::size_t from = 0;
  for (std::size_t nl = text.find('\n'); nl < offset; nl = text.find('\n', nl + 1)) {
    ++start.line;
    start.column = 1;
    from = nl + 1;
  }
  if (start.column > 0) start.column = column_after(text, from, offset, start.column);
  return start;
}

char char_at(std::string_view text, const YAML::Mark& mark) {
  if (mark.is_null() || mark.pos < 0) return 0;
  const auto pos = static_cast<std::size_t>(mark.pos);
  return pos < text.size() ? text[pos] : '\0';
}

int block_text_column(std::string_view text, std::size_t indicator) {
  std::size_t at = text.find('\n', indicator);
  while (at != std::string_view::npos) {
    const std::size_t start = at + 1;
    at = text.find('\n', start);
    const std::string_view line =
        text.substr(start, (at == std::string_view::npos ? text.size() : at) - start);
    const std::size_t first = line.find_first_not_of(' ');
    if (first != std::string_view::npos && line[first] != '\r') return static_cast<int>(first) + 1;
  }
  return 0;
}

Location location_in(std::string_view text, const std::string& file, const YAML::Mark& mark) {
  if (mark.is_null()) return {file, 0, 0};
  Location where{file, mark.line + 1, mark.column + 1};
  if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) > text.size()) return where;
  auto pos = static_cast<std::size_t>(mark.pos);
  where.column = column_after(text, line_start(text, pos), pos, 1);
  return where;
}

std::optional<Location> empty_value_location(std::string_view text, const std::string& file,
                                             const YAML::Mark& mark) {
  if (mark.is_null() || mark.pos < 0) return std::nullopt;
  const std::size_t at = std::min(static_cast<std::size_t>(mark.pos), text.size());
  if (at < text.size() && (text[at] == '~' || text[at] == 'n' || text[at] == 'N')) {
    return std::nullopt;
  }
  std::size_t begin = line_start(text, at);
  if (text.substr(begin, at - begin).find_first_not_of(" \t") != std::string_view::npos) {
    return std::nullopt;
  }
  int line = mark.line;
  while (begin > 0) {
    const std::size_t end = begin - 1;  // the '\n' ending the line above
    begin = line_start(text, end);
    --line;
    const std::string_view above = text.substr(begin, end - begin);
    const std::size_t first = above.find_first_not_of(" \t\r");
    if (first == std::string_view::npos || above[first] == '#') continue;
    const std::size_t last = above.find_last_not_of(" \t\r");
    if (above[last] != '-' && above[last] != ':') return std::nullopt;
    YAML::Mark own = mark;
    own.pos = static_cast<int>(begin + last);
    own.line = line;
    return location_in(text, file, own);
  }
  return std::nullopt;
}

}  // namespace chibo
