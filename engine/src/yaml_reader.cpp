#include "yaml_reader.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "utf8.h"

namespace chibo {
namespace {

// Where the line holding byte pos begins.
std::size_t line_start(std::string_view text, std::size_t pos) {
  if (pos == 0) return 0;
  std::size_t newline = text.rfind('\n', pos - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

// yaml-cpp counts columns in bytes; people (and editors) count characters:
// "label: Tốt, when: x" has 'when' at column 13, not 15. The column is
// recounted in code points from the start of the mark's line.
Location location_in(std::string_view text, const std::string& file, const YAML::Mark& mark) {
  if (mark.is_null()) return {file, 0, 0};
  Location where{file, mark.line + 1, mark.column + 1};
  if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) > text.size()) return where;
  auto pos = static_cast<std::size_t>(mark.pos);
  int column = 1;
  for (std::size_t i = line_start(text, pos); i < pos; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;  // not a continuation byte
  }
  where.column = column;
  return where;
}

// yaml-cpp's message, in plainer words where it has a usual cause.
std::string syntax_message(std::string_view text, const YAML::Exception& e) {
  std::string msg = e.msg;
  if (msg == "end of sequence flow not found") {
    msg = "a list opened with '[' is not closed with ']'";
  } else if (msg == "end of map flow not found") {
    msg = "a map opened with '{' is not closed with '}'";
  }
  // A tab in the indentation of the line is the usual reason for the rest.
  if (!e.mark.is_null() && e.mark.pos >= 0) {
    auto pos = std::min(static_cast<std::size_t>(e.mark.pos), text.size());
    std::size_t start = line_start(text, pos);
    std::size_t indent_end = text.find_first_not_of(" \t", start);
    std::string_view indent = text.substr(start, std::min(indent_end, text.size()) - start);
    if (indent.find('\t') != std::string_view::npos) msg += " (indent with spaces, not tabs)";
  }
  return msg;
}

class Converter {
 public:
  Converter(std::string_view text, const std::string& file, Diagnostics& diags)
      : text_(text), file_(file), diags_(diags) {}

  DocNode convert(const YAML::Node& node) {
    DocNode out;
    out.where = location(node.Mark());
    switch (node.Type()) {
      case YAML::NodeType::Undefined:
      case YAML::NodeType::Null:
        out.kind = DocNode::Kind::Null;
        break;
      case YAML::NodeType::Scalar: {
        out.kind = DocNode::Kind::Scalar;
        out.scalar = to_nfc(node.Scalar());
        char first = char_at(node.Mark());
        out.quoted = first == '"' || first == '\'';
        out.block = first == '|' || first == '>';
        break;
      }
      case YAML::NodeType::Sequence:
        out.kind = DocNode::Kind::Seq;
        for (const YAML::Node& item : node) out.items.push_back(convert(item));
        break;
      case YAML::NodeType::Map:
        out.kind = DocNode::Kind::Map;
        for (const auto& kv : node) {
          Location key_where = location(kv.first.Mark());
          if (!kv.first.IsScalar()) {
            diags_.error(key_where, "a key must be a plain name, not a list or map");
            continue;
          }
          std::string key = to_nfc(kv.first.Scalar());
          if (const DocEntry* first = out.entry(key)) {
            diags_.error(key_where, fmt::format("duplicate key '{}' (first written on line {})",
                                                key, first->key_where.line));
            continue;
          }
          out.entries.push_back({key, key_where, convert(kv.second)});
        }
        break;
    }
    return out;
  }

 private:
  Location location(const YAML::Mark& mark) const { return location_in(text_, file_, mark); }
  char char_at(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.pos < 0) return 0;
    auto pos = static_cast<std::size_t>(mark.pos);
    return pos < text_.size() ? text_[pos] : '\0';
  }

  std::string_view text_;
  const std::string& file_;
  Diagnostics& diags_;
};

}  // namespace

std::optional<DocNode> read_yaml(std::string_view text, const std::string& file,
                                 Diagnostics& diags) {
  if (auto bad = find_invalid_utf8(text)) {
    diags.error({file, 0, 0}, fmt::format("the file is not valid UTF-8 (at byte offset {}); save "
                                          "it as UTF-8",
                                          *bad));
    return std::nullopt;
  }
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    Location where = location_in(text, file, e.mark);
    diags.error(where, fmt::format("YAML syntax: {}", syntax_message(text, e)));
    return std::nullopt;
  }
  Diagnostics found;  // this file's own problems (diags may hold others')
  Converter converter(text, file, found);
  DocNode doc = converter.convert(root);
  diags.append(found);
  if (found.has_errors()) return std::nullopt;
  return doc;
}

std::optional<DocNode> read_yaml_file(const std::string& path, Diagnostics& diags) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.error({path, 0, 0}, "cannot open the file (does it exist, and may it be read?)");
    return std::nullopt;
  }
  std::ostringstream content;
  content << in.rdbuf();
  return read_yaml(content.str(), path, diags);
}

}  // namespace chibo
