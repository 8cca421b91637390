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
  if (std::size_t comment = content.find(" #"); comment != kNone) {
    content = content.substr(0, comment);
  }
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

// Where a line's key stands: after a list item's "- ", if it has one.
std::size_t key_column(const TextLine& line) {
  if (line.content.substr(0, 2) != "- ") return line.indent;
  const std::size_t word = line.content.find_first_not_of(' ', 2);
  return line.indent + (word == kNone ? 2 : word);
}

bool has_key(std::string_view content) {
  return content.find(": ") != kNone || content.back() == ':';
}

// An id as rulesets and records name their keys ([A-Za-z_][A-Za-z0-9_]*):
// a line of a text broken in two ("Hoàn thành nhiệm vụ / của chi bộ") does
// not start with one, nearly always.
bool is_id(std::string_view word) {
  if (word.empty() || (word[0] >= '0' && word[0] <= '9')) return false;
  for (const char c : word) {
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

// Plain text: no quote, bracket, ':' (a key's would be there) or tab.
bool plain_words(std::string_view content) { return content.find_first_of("\"'{}[]:\t") == kNone; }

// Whether a key at indent fits under the line above it, that line no deeper:
// a key of the same map, or one opening a map there ("k:", or a list item's
// first key at that column).
bool key_fits_under(const TextLine& above, std::size_t indent) {
  const std::string_view a = above.content;
  if (above.indent == indent) return has_key(a);
  return a.back() == ':' || (a.substr(0, 2) == "- " && key_column(above) == indent);
}

// Whether a key can stand at line's indentation (its content's, after a
// "- "), as the line above it says: none (the file's first line, at column
// 1), one that opens a map there ("key:", a list item's "- "), a key of
// the same map, or the end of a deeper block.
bool key_can_stand(std::string_view text, const TextLine& line, std::size_t indent, bool item) {
  const std::optional<TextLine> above = line_above(text, line.begin);
  if (!above) return indent == 0 || item;
  if (item) return true;  // "- " starts a map of its own
  if (above->indent > indent) return true;
  return key_fits_under(*above, indent);
}

// Whether a key can stand at indent, the last line's, as the nearest line
// above it that is not deeper says (deeper ones may be a text going on over
// lines, "k: a and / b or / c", which yaml-cpp reads as one): a key of the
// same map, or one opening a map there.
bool key_can_end(std::string_view text, const TextLine& line, std::size_t indent) {
  std::optional<TextLine> above = line_above(text, line.begin);
  while (above && above->indent > indent) above = line_above(text, above->begin);
  if (!above) return indent == 0;
  return key_fits_under(*above, indent);
}

// Whether line is in a block text ("note: |"): one of the lines it stands
// under, each less indented than the one below it, opens one.
bool in_block_text(std::string_view text, const TextLine& line) {
  std::size_t indent = line.indent;
  for (std::optional<TextLine> above = line_above(text, line.begin); above && indent > 0;
       above = line_above(text, above->begin)) {
    if (above->indent >= indent) continue;
    const std::string_view a = above->content;
    const std::size_t mark = a.find_last_of("|>");
    if (mark != kNone && a.find_first_not_of("+-0123456789", mark + 1) == kNone) return true;
    indent = above->indent;
  }
  return false;
}

// The key's line keyless, when it is one without its ':'; next_indent is the
// indentation of the key on the line below, none when keyless is the last.
std::optional<MissingColon> keyless_line(std::string_view text, const TextLine& keyless,
                                         std::optional<std::size_t> next_indent) {
  // A list item's first key ("- cell_id CP-01") stands 2 columns in.
  const bool item = keyless.content.substr(0, 2) == "- ";
  const std::size_t indent = key_column(keyless);
  const std::string_view content = keyless.content.substr(indent - keyless.indent);
  const std::size_t space = content.find(' ');
  std::string_view key = content.substr(0, space);
  // "members:27": a key, its ':', and its value with no space between.
  const std::size_t joined = content.find(':');
  const bool no_space = joined != kNone && joined + 1 < content.size() &&
                        content[joined + 1] != ' ' && is_id(content.substr(0, joined)) &&
                        plain_words(content.substr(joined + 1));
  if (no_space) {
    key = content.substr(0, joined);
  } else if (!plain_words(content) || !is_id(key)) {
    return std::nullopt;
  }
  // The same column as the next line's key, or a key alone above a deeper
  // map ("source" over "  document: D").
  const bool same = !next_indent || indent == *next_indent;
  if (!same && !(space == kNone && !no_space && *next_indent > indent)) return std::nullopt;
  if (next_indent ? !key_can_stand(text, keyless, indent, item)
                  : !key_can_end(text, keyless, indent)) {
    return std::nullopt;
  }
  MissingColon out;
  out.line = 1;
  for (std::size_t i = 0; i < keyless.begin; ++i) out.line += text[i] == '\n' ? 1 : 0;
  out.column = static_cast<int>(indent) + 1;
  out.key = std::string(key);
  out.no_space = no_space;
  if (no_space) {
    out.fix = content.size() > 60 ? out.key + ": ..."
                                  : out.key + ": " + std::string(content.substr(joined + 1));
    return out;
  }
  out.at_end = !next_indent;
  if (space == kNone) {
    out.fix = out.key + ":";
  } else if (content.size() > 60) {
    out.fix = out.key + ": ...";
  } else {
    out.fix = out.key + ": " + std::string(content.substr(content.find_first_not_of(' ', space)));
  }
  // "label: Hoàn thành / nhiem vu": may go on with the plain words above
  // (not a number, a quoted or a bracketed value, which it cannot go on).
  if (const std::optional<TextLine> above = line_above(text, keyless.begin);
      above && !item && space != kNone && key_column(*above) == keyless.indent) {
    const std::size_t colon = above->content.find(": ");
    const std::string_view value =
        colon == kNone ? std::string_view() : above->content.substr(colon + 2);
    const std::size_t start = value.find_first_not_of(' ');
    out.may_go_on = start != kNone && std::string_view("\"'{[|>&*!").find(value[start]) == kNone &&
                    value.find(' ', start) != kNone;
  }
  return out;
}

}  // namespace

std::optional<MissingColon> missing_colon(std::string_view text, std::size_t pos) {
  if (pos > text.size()) return std::nullopt;
  const TextLine error = line_from(text, line_start(text, pos));
  if (error.content.empty()) return std::nullopt;
  const std::optional<TextLine> keyless = line_above(text, error.begin);
  if (!keyless) return std::nullopt;
  // The next item of a list ("- cell_id: B") after its item's last key: that
  // key's map ends there, as a key of it at the same column would go on.
  const bool next_item = error.content.substr(0, 2) == "- " && error.indent < key_column(*keyless);
  return keyless_line(text, *keyless, next_item ? key_column(*keyless) : error.indent);
}

std::optional<MissingColon> missing_colon_at_end(std::string_view text) {
  const std::optional<TextLine> last = line_above(text, text.size());
  if (!last || last->content.substr(0, 2) == "- " || has_key(last->content) ||
      in_block_text(text, *last)) {
    return std::nullopt;
  }
  return keyless_line(text, *last, std::nullopt);
}

}  // namespace chibo
