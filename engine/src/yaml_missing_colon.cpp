#include "yaml_missing_colon.h"

#include "yaml_location.h"

namespace chibo {
namespace {

constexpr std::size_t kNone = std::string_view::npos;

// One line of the text: where it starts, its indentation in spaces, and
// its content without a trailing comment, spaces or '\r' ("" when blank or
// a comment).
struct TextLine {
  std::size_t begin = 0;
  std::size_t indent = 0;
  std::string_view content;
};

TextLine line_from(std::string_view text, std::size_t begin) {
  std::size_t end = text.find('\n', begin);
  if (end == kNone) end = text.size();
  const std::string_view line = text.substr(begin, end - begin);
  TextLine out{begin, 0, {}};
  out.indent = line.find_first_not_of(' ');
  if (out.indent == kNone || line[out.indent] == '#') return out;
  std::string_view content = line.substr(out.indent);
  if (std::size_t comment = content.find(" #"); comment != kNone)
    content = content.substr(0, comment);
  while (!content.empty() && (content.back() == ' ' || content.back() == '\r')) {
    content.remove_suffix(1);
  }
  out.content = content;
  return out;
}

// The nearest line above the one starting at begin that has content.
std::optional<TextLine> line_above(std::string_view text, std::size_t begin) {
  while (begin > 0) {
    begin = line_start(text, begin - 1);
    TextLine line = line_from(text, begin);
    if (!line.content.empty()) return line;
  }
  return std::nullopt;
}

bool has_key(std::string_view content) {
  return content.find(": ") != kNone || content.back() == ':';
}

// Plain text that can begin a key: not a quote, bracket, list item,
// anchor, tag or other YAML sign, and no ':' anywhere (a key's would be).
bool plain_words(std::string_view content) {
  if (content.find_first_of("\"'{}[]:\t") != kNone) return false;
  const char first = content.front();
  return std::string_view("-?&*!|>%@`,").find(first) == kNone;
}

}  // namespace

std::optional<MissingColon> missing_colon(std::string_view text, std::size_t pos) {
  if (pos > text.size()) return std::nullopt;
  const TextLine error = line_from(text, line_start(text, pos));
  if (error.content.empty()) return std::nullopt;
  const std::optional<TextLine> keyless = line_above(text, error.begin);
  if (!keyless || keyless->indent != error.indent || !plain_words(keyless->content)) {
    return std::nullopt;
  }
  if (const std::optional<TextLine> above = line_above(text, keyless->begin)) {
    const std::string_view a = above->content;
    const bool sibling = above->indent == keyless->indent && has_key(a);
    const bool opens =
        above->indent < keyless->indent &&
        (a.back() == ':' || (a.substr(0, 2) == "- " && above->indent + 2 == keyless->indent));
    if (!sibling && !opens) return std::nullopt;
  } else if (keyless->indent != 0) {
    return std::nullopt;
  }
  const std::string_view content = keyless->content;
  const std::size_t space = content.find(' ');
  MissingColon out;
  out.line = 1;
  for (std::size_t i = 0; i < keyless->begin; ++i) out.line += text[i] == '\n' ? 1 : 0;
  out.column = static_cast<int>(keyless->indent) + 1;
  out.key = std::string(content.substr(0, space));
  if (space == kNone) {
    out.fix = out.key + ":";
  } else if (content.size() > 60) {
    out.fix = out.key + ": ...";
  } else {
    out.fix = out.key + ": " + std::string(content.substr(content.find_first_not_of(' ', space)));
  }
  return out;
}

}  // namespace chibo
