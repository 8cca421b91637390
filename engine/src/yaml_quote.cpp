#include "yaml_quote.h"

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

}  // namespace chibo
