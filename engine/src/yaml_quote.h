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

}  // namespace chibo
