// A quoted text never closed. yaml-cpp takes a text left open ("... or
// '...) as running to the end of the file: the keys and items after it
// vanish into it, with no error. Only the last quoted text can be such a one
// (it holds all that follows), so it alone is read again for its closing
// quote. Hand-written: yaml-cpp 0.7 reports no such error.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include <yaml-cpp/mark.h>

namespace chibo {

struct OpenQuote {
  YAML::Mark mark;  // where the text starts
  char quote = 0;   // '"' or '\''
};

class LastQuote {
 public:
  // Notes the scalar at mark in text if it is quoted: its quote may follow
  // an anchor (&name) or a tag (!!str), each ended by a space.
  void saw_scalar(std::string_view text, const YAML::Mark& mark);

  // The last quoted text noted, when text has no closing quote for it.
  std::optional<OpenQuote> unclosed(std::string_view text) const;

 private:
  std::size_t pos_ = std::string_view::npos;  // where the last quoted text starts
  YAML::Mark mark_;
};

// A quoted text opened on a line before the syntax error at error_pos and
// closed on the error's own line: yaml-cpp read the lines between as the
// text, and the error is at its end ("cell_id: \"CP-02" left open, then
// `name: "Chi bộ"` three lines on: "does not line up" at that line, which is
// fine). The text is looked at as YAML's lexer would, as far as quotes go:
// a quote opens a text only where a value starts (a line's start, after
// "- ", ": ", "[", "{" or ","; after an anchor or a tag), not inside a plain
// value or a comment or a block (| or >) text. Hand-written: yaml-cpp 0.7
// says only where it stopped.
struct SpanningQuote {
  YAML::Mark mark;      // where the text opens (line from 0, pos)
  char quote = 0;       // '"' or '\''
  int closed_line = 0;  // where it closes, from 1
};
std::optional<SpanningQuote> quote_closed_on_error_line(std::string_view text,
                                                        std::size_t error_pos);

}  // namespace chibo
