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

Location location_after(std::string_view text, std::size_t offset, Location start,
                        const std::vector<TextPiece>& pieces) {
  // The end of the text is where its last line ends: a block's text ends
  // in a line break, after which "found end of text" was placed at the
  // start of the next key's line.
  offset = std::min(offset, text.find_last_not_of(" \t\r\n") + 1);  // npos + 1 is 0
  // The last piece starting at or before offset: the text from it on is where it says.
  auto after = std::upper_bound(pieces.begin(), pieces.end(), offset,
                                [](std::size_t at, const TextPiece& p) { return at < p.offset; });
  if (after != pieces.begin()) {
    const TextPiece& p = *std::prev(after);
    text.remove_prefix(p.offset);
    offset -= p.offset;
    start.line = p.line;
    start.column = p.column;
  }
  std::size_t from = 0;
  for (std::size_t nl = text.find('\n'); nl < offset; nl = text.find('\n', nl + 1)) {
    ++start.line;
    start.column = 1;
    from = nl + 1;
  }
  if (start.column > 0) start.column = column_after(text, from, offset, start.column);
  return start;
}

namespace {

// The bytes of the UTF-8 character whose first byte is lead (1 for a byte
// that starts none).
std::size_t utf8_length(char lead) {
  const auto b = static_cast<unsigned char>(lead);
  return b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
}

// The bytes of the escape at a '\' in double quotes: \x41, \u1EA1,
// \U0001F600 or one letter after the '\'.
std::size_t escape_length(std::string_view source, std::size_t at) {
  const char kind = at + 1 < source.size() ? source[at + 1] : '\0';
  return kind == 'x' ? 4 : kind == 'u' ? 6 : kind == 'U' ? 10 : 2;
}

}  // namespace

std::vector<TextPiece> text_pieces(std::string_view text, const YAML::Mark& mark,
                                   std::string_view value) {
  if (mark.is_null() || mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= text.size()) {
    return {};
  }
  // Where the value's text starts: after a quote, on the line after a block's | or >.
  const char first = char_at(text, mark);
  const bool block = first == '|' || first == '>';
  const bool double_quoted = first == '"';
  auto from = static_cast<std::size_t>(mark.pos);
  int line = mark.line + 1;
  if (block) {
    const std::size_t end = text.find('\n', from);
    from = end == std::string_view::npos ? text.size() : end + 1;
    ++line;
  } else if (first == '"' || first == '\'') {
    ++from;
  }
  std::vector<TextPiece> out;
  if (!block && text.compare(from, value.size(), value) == 0) return out;
  // The value's bytes are the file's in order, but for what YAML takes out
  // (indentation, spaces at a line's end, line breaks folded into a space,
  // the second quote of '', an escape's spelling): text is read along the
  // value, skipping what is not in it, and a piece starts at the first byte
  // matched after each skip that is not a space (a line's first letter).
  std::size_t line_begin = line_start(text, from);
  bool piece_next = true;
  for (std::size_t i = 0, j = from; i < value.size() && j < text.size();) {
    const char s = text[j];
    const char v = value[i];
    if (double_quoted && s == '\\') {
      if (j + 1 < text.size() && (text[j + 1] == '\n' || text[j + 1] == '\r')) {
        ++j;  // a line break escaped: nothing in the value (the break is read next)
      } else {
        j += escape_length(text, j);
        i += utf8_length(v);  // the one character it stands for
      }
      piece_next = true;
      continue;
    }
    if (s == v) {
      if (piece_next && v != ' ' && v != '\t' && v != '\n') {
        out.push_back({i, line, column_after(text, line_begin, j, 1)});
        piece_next = false;
      }
      ++i;
    } else if (s == '\n' && v == ' ') {
      ++i;  // a line break folded into a space
    } else {
      piece_next = true;
    }
    if (s == '\n') {
      ++line;
      line_begin = j + 1;
      piece_next = true;
    }
    ++j;
  }
  return out;
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
