#include "yaml_quote.h"

#include <algorithm>

namespace chibo {

void LastQuote::saw_scalar(std::string_view text, const YAML::Mark& mark) {
  if (mark.is_null() || mark.pos < 0) return;
  auto pos = static_cast<std::size_t>(mark.pos);
  while (pos < text.size() && (text[pos] == '&' || text[pos] == '!')) {
    pos = text.find_first_of(" \t\r\n", pos);
    if (pos == std::string_view::npos) return;
    pos = text.find_first_not_of(" \t\r\n", pos);
    if (pos == std::string_view::npos) return;
  }
  if (pos >= text.size() || (text[pos] != '"' && text[pos] != '\'')) return;
  if (pos_ == std::string_view::npos || pos > pos_) {
    pos_ = pos;
    mark_ = mark;
  }
}

std::optional<OpenQuote> LastQuote::unclosed(std::string_view text) const {
  if (pos_ == std::string_view::npos) return std::nullopt;
  const char quote = text[pos_];
  for (std::size_t i = pos_ + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;  // an escape: the next character is the text's own
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;  // '' is a quote inside '...'
      } else {
        return std::nullopt;
      }
    }
  }
  return OpenQuote{mark_, quote};
}

std::optional<SpanningQuote> quote_closed_on_error_line(std::string_view text,
                                                        std::size_t error_pos) {
  const std::size_t end = std::min(error_pos, text.size());
  std::optional<SpanningQuote> last;                  // the last quoted text closed before end
  int line = 0;                                       // from 0
  bool value_start = true;                            // a quote here would open a text
  bool line_start = true;                             // only spaces so far on this line
  std::size_t indent = 0;                             // of this line
  std::size_t line_begin = 0;                         // where this line starts
  std::size_t key_column = std::string_view::npos;    // this line's last plain text's
  std::size_t block_indent = std::string_view::npos;  // a block text's key's column; npos: none
  for (std::size_t i = 0; i < end; ++i) {
    const char c = text[i];
    if (c == '\n') {
      ++line;
      value_start = line_start = true;
      indent = 0;
      line_begin = i + 1;
      key_column = std::string_view::npos;
      continue;
    }
    // A CRLF line's CR (a line of it alone is blank, also in a block text).
    if (c == '\r') continue;
    if (line_start && c == ' ') {
      ++indent;
      continue;
    }
    if (line_start) {
      line_start = false;
      // A block text's lines are those indented more than its key.
      if (block_indent != std::string_view::npos) {
        if (indent > block_indent) {
          const std::size_t next = text.find('\n', i);
          i = (next == std::string_view::npos ? end : std::min(next, end)) - 1;
          continue;
        }
        block_indent = std::string_view::npos;
      }
    }
    if (c == '#' && (i == line_begin || text[i - 1] == ' ' || text[i - 1] == '\t')) {
      const std::size_t next = text.find('\n', i);  // a comment, to its line's end
      i = (next == std::string_view::npos ? end : std::min(next, end)) - 1;
      continue;
    }
    if (c == ' ' || c == '\t') continue;
    const char after = i + 1 < text.size() ? text[i + 1] : '\n';
    const bool spaced = after == ' ' || after == '\t' || after == '\r' || after == '\n';
    if (c == ':' && spaced) {  // a key's end: its value follows
      value_start = true;
      continue;
    }
    if (c == '-' && spaced && value_start) continue;  // a list's item: its value follows
    if (c == '[' || c == '{' || c == ',') {
      value_start = true;
      continue;
    }
    if (!value_start) continue;
    if (c == '&' || c == '!') {  // an anchor or a tag, then the value
      while (i + 1 < end && text[i + 1] != ' ' && text[i + 1] != '\n') ++i;
      continue;
    }
    if (c == '|' || c == '>') {  // the key's column ("- note: |"), or an item's dash's
      block_indent = key_column != std::string_view::npos ? key_column : indent;
      value_start = false;
      continue;
    }
    if (c != '"' && c != '\'') {
      value_start = false;  // a plain value: a quote in it is its own
      key_column = i - line_begin;
      continue;
    }
    SpanningQuote q;
    q.mark.pos = static_cast<int>(i);
    q.mark.line = line;
    q.quote = c;
    std::size_t j = i + 1;
    for (; j < end; ++j) {
      if (text[j] == '\n') {
        ++line;
      } else if (c == '"' && text[j] == '\\') {
        if (j + 1 < end && text[j + 1] == '\n') ++line;
        ++j;  // an escape: the next character is the text's own
      } else if (text[j] == c) {
        if (c == '\'' && j + 1 < end && text[j + 1] == '\'') {
          ++j;  // '' is a quote inside '...'
        } else {
          break;
        }
      }
    }
    if (j >= end) return std::nullopt;  // open at the error: not this case
    q.closed_line = line + 1;
    last = q;
    i = j;
    value_start = false;
  }
  // The error's line (from 0) is the one the scan ended on.
  if (last && last->mark.line < line && last->closed_line == line + 1) return last;
  return std::nullopt;
}

}  // namespace chibo
