#include "yaml_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <streambuf>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include "chibo/limits.h"
#include "utf8.h"

namespace chibo {
namespace {

// Where the line holding byte pos begins.
std::size_t line_start(std::string_view text, std::size_t pos) {
  if (pos == 0) return 0;
  std::size_t newline = text.rfind('\n', pos - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

// The column at byte to, counting code points on from column at byte from
// (on one line, from <= to).
int column_after(std::string_view text, std::size_t from, std::size_t to, int column) {
  for (std::size_t i = from; i < to; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;  // not a continuation byte
  }
  return column;
}

// yaml-cpp counts columns in bytes; people (and editors) count characters:
// "label: Tốt, when: x" has 'when' at column 13, not 15. The column is
// recounted in code points from the start of the mark's line.
Location location_in(std::string_view text, const std::string& file, const YAML::Mark& mark) {
  if (mark.is_null()) return {file, 0, 0};
  Location where{file, mark.line + 1, mark.column + 1};
  if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) > text.size()) return where;
  auto pos = static_cast<std::size_t>(mark.pos);
  where.column = column_after(text, line_start(text, pos), pos, 1);
  return where;
}

// A message in the reader's language: English for the rulesets' authors,
// Vietnamese for the office staff who write records and units lists.
auto say(Language language, const char* english, const char* vietnamese) {
  return fmt::runtime(language == Language::Vietnamese ? vietnamese : english);
}

std::string depth_message(Language language) {
  return fmt::format(
      say(language, "lists and maps are nested more than {} deep (limit max_yaml_depth)",
          "danh sách và bảng khóa lồng nhau quá {} cấp (giới hạn max_yaml_depth)"),
      limits().max_yaml_depth);
}

// syntax_message for the office staff who write records and units lists:
// the mistakes they make, in Vietnamese (the rarest keep yaml-cpp's words).
std::string vietnamese_syntax(const std::string& msg, bool tab) {
  if (msg == "end of sequence flow not found") {
    return "thiếu dấu ']' để đóng danh sách mở bằng '[' trước đó";
  }
  if (msg == "end of map flow not found")
    return "thiếu dấu '}' để đóng bảng khóa mở bằng '{' trước đó";
  if (tab) return "dòng này thụt vào bằng ký tự Tab: hãy thụt dòng bằng dấu cách";
  if (msg == "illegal map value") {
    return "không thể có khóa ở chỗ này: hoặc dòng này thụt vào sâu hơn khóa ở dòng trên (các "
           "khóa của cùng một bảng khóa phải bắt đầu ở cùng một cột), hoặc giá trị có chứa ': ' "
           "mà chưa đặt trong ngoặc kép";
  }
  if (msg == "end of map not found" || msg == "end of sequence not found") {
    return "dòng này không thẳng hàng với các dòng trên: các khóa của cùng một bảng khóa phải "
           "bắt đầu ở cùng một cột, các mục ('- ') của cùng một danh sách cũng vậy";
  }
  if (msg == "illegal block entry") {
    return "mục danh sách ('- ') không được viết ngay sau khóa trên cùng một dòng: hãy xuống "
           "dòng và thụt vào";
  }
  if (msg == "unknown token") {
    return "ký tự này không được đứng đầu một giá trị: hãy đặt cả giá trị trong ngoặc kép";
  }
  if (msg.rfind("unknown escape character: ", 0) == 0) {
    const std::string c = msg.substr(26);
    return fmt::format(
        "'\\{}' không hợp lệ trong ngoặc kép: viết dấu '\\' thành '\\\\', hoặc "
        "đặt giá trị trong dấu nháy đơn '...'",
        c);
  }
  if (msg == "illegal flow end") {
    return "dấu ']' hoặc '}' thừa, không có dấu mở tương ứng: nếu đó là một phần của giá trị, hãy "
           "đặt giá trị trong ngoặc kép";
  }
  if (msg == "the referenced anchor is not defined") {
    return "'*' ở đầu giá trị được hiểu là tham chiếu đến một &tên không có trong tệp: nếu '*' "
           "là một phần của giá trị, hãy đặt giá trị trong ngoặc kép";
  }
  return msg;
}

// yaml-cpp's message, in plainer words where it has a usual cause (its
// rarer ones keep its English words, in either language).
std::string syntax_message(std::string_view text, const YAML::Exception& e, Language language) {
  const bool vi = language == Language::Vietnamese;
  std::string msg = e.msg;
  // A tab in the indentation of the line is the usual reason for the rest:
  // said, and not mistaken for a line indented by a space too many or few.
  bool tab = false;
  if (!e.mark.is_null() && e.mark.pos >= 0) {
    auto pos = std::min(static_cast<std::size_t>(e.mark.pos), text.size());
    std::size_t start = line_start(text, pos);
    std::size_t indent_end = text.find_first_not_of(" \t", start);
    std::string_view indent = text.substr(start, std::min(indent_end, text.size()) - start);
    tab = indent.find('\t') != std::string_view::npos;
  }
  if (vi) return vietnamese_syntax(msg, tab);
  if (msg == "end of sequence flow not found") {
    msg = "a list opened with '[' is not closed with ']'";
  } else if (msg == "end of map flow not found") {
    msg = "a map opened with '{' is not closed with '}'";
  } else if (tab) {
    // yaml-cpp's words as they are
  } else if (msg == "illegal map value") {
    msg =
        "a key where none can start: is this line indented more than the key above it? (the "
        "keys of one map start in the same column; a text holding ': ' needs quotes)";
  } else if (msg == "end of map not found") {
    msg =
        "this line does not line up with the lines above it: the keys of one map start in the "
        "same column, and so do the items ('- ') of one list";
  } else if (msg == "illegal block entry") {
    msg = "a list item ('- ') cannot follow a key on its line: start it on the next line, indented";
  }
  if (tab) msg += " (indent with spaces, not tabs)";
  return msg;
}

// Builds the Doc tree from yaml-cpp's parse events, as they come. yaml-cpp's
// own tree (YAML::Load's) took about 60 times the file in memory before a
// node of it was read here (741 MB for 20,000 meetings in 11.5 MB of text);
// with each_item, a top-level list's items are handed on as each is read
// and not kept. The checks are the tree's: duplicate keys, keys that are not
// plain names, the merge key, and the limits on nodes and depth. Hand-written:
// yaml-cpp 0.7 has no tree that keeps a node's place but its own.
class Builder : public YAML::EventHandler {
 public:
  Builder(std::string_view text, const std::string& file, Diagnostics& diags,
          const DocItemSink* each_item, Language language)
      : text_(text), file_(file), diags_(diags), each_item_(each_item), language_(language) {
    root_.where = {file, 0, 0};
  }

  // false once the document grew past max_yaml_nodes or max_yaml_depth
  // (aliases expand into copies here); the rest is then skipped and one
  // error said.
  bool within_limit() const { return !over_limit_; }
  DocNode& root() { return root_; }

  // yaml-cpp takes a quoted text left open as running to the end of the
  // file: the keys and items after it vanish into it, with no error. Only
  // the last quoted text can be such a one (it holds all that follows), so
  // it alone is read again for its closing quote. An error when it has none.
  void check_last_quote() {
    if (last_quote_ == std::string_view::npos) return;
    const char quote = text_[last_quote_];
    for (std::size_t i = last_quote_ + 1; i < text_.size(); ++i) {
      if (quote == '"' && text_[i] == '\\') {
        ++i;  // an escape: the next character is the text's own
      } else if (text_[i] == quote) {
        if (quote == '\'' && i + 1 < text_.size() && text_[i + 1] == '\'') {
          ++i;  // '' is a quote inside '...'
        } else {
          return;
        }
      }
    }
    diags_.error(location(last_quote_mark_),
                 fmt::format(say(language_,
                                 "a text opened with {0} here is never closed: everything after "
                                 "it, to the end of the file, became part of it (add the closing "
                                 "{0})",
                                 "giá trị mở bằng dấu {0} ở đây chưa được đóng: mọi nội dung từ "
                                 "đây đến hết tệp đều bị gộp vào giá trị này (hãy thêm dấu {0} để "
                                 "đóng)"),
                             quote));
  }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (over_limit_) return;
    if (skip_ > 0) return;
    switch (next_role()) {
      case Role::Key:
        refuse_key(location(mark));
        return;
      case Role::Skip:
        skipped(Role::Skip);
        return;
      case Role::Value:
        break;
    }
    if (!counted(mark)) return;
    DocNode n;
    n.where = location(mark);
    finish(std::move(n), anchor, 1, 0);
  }

  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                const std::string& value) override {
    if (over_limit_ || skip_ > 0) return;
    switch (next_role()) {
      case Role::Key: {
        DocNode key = scalar(mark, value);
        if (anchor != YAML::NullAnchor) keep(anchor, key, 1, 0);
        take_key(key.scalar, key.where, char_at(mark) == '<');
        return;
      }
      case Role::Skip:
        skipped(Role::Skip);
        return;
      case Role::Value:
        break;
    }
    if (!counted(mark)) return;
    finish(scalar(mark, value), anchor, 1, 0);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (over_limit_ || skip_ > 0) return;
    const Role role = next_role();
    if (role == Role::Skip) return skipped(Role::Skip);
    auto found = anchors_.find(anchor);
    // Not kept: written inside a key or a value refused (an error said).
    if (found == anchors_.end()) {
      if (role == Role::Key) return refuse_key(location(mark));
      if (!counted(mark)) return;
      DocNode null;
      null.where = location(mark);
      return finish(std::move(null), YAML::NullAnchor, 1, 0);
    }
    const Anchored& a = found->second;
    if (role == Role::Key) {
      // The key is the anchored node itself, at its own place.
      if (!a.complete || !a.node.is_scalar()) return refuse_key(a.node.where);
      return take_key(a.node.scalar, a.node.where, false);
    }
    // An alias inside the node it names is nested without end.
    if (!a.complete || next_depth() + a.height > limits().max_yaml_depth) {
      return over(a.node.where, Limit::Depth);
    }
    // The copies aliases make, over the whole file and held at once.
    expanded_ += a.count;
    if (expanded_ > limits().max_yaml_nodes || held_ + a.count > limits().max_yaml_nodes) {
      return over(a.node.where, Limit::Aliases);
    }
    held_ += a.count;
    built_ += a.count;
    finish(DocNode(a.node), YAML::NullAnchor, a.count, a.height);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, anchor, DocNode::Kind::Seq);
  }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, anchor, DocNode::Kind::Map);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapEnd() override { close(); }

 private:
  // What the next node is to the collection it is read in.
  enum class Role {
    Value,  // the document, a list's item or a key's value: built
    Key,    // a map's key: a plain name, or refused
    Skip,   // the value of a key refused (or written twice): not built
  };
  // A list or map being read.
  struct Open {
    DocNode node;
    std::size_t depth = 0;
    std::size_t height = 0;    // how deep its nodes reach below it
    std::size_t built_at = 0;  // built_ before it
    YAML::anchor_t anchor = YAML::NullAnchor;
    // A map: the key read, waiting for its value.
    bool have_key = false, skip_value = false, merging = false;
    std::string key;
    Location key_where;
    // The keys so far (a map of thousands, merged or not, was checked in
    // quadratic time): own ones, and merged ones.
    std::unordered_map<std::string, int> own;
    std::unordered_set<std::string> merged_keys;
    std::vector<DocEntry> merged;  // from `<<: *name`, after the map's own keys
    int merge_line = 0;            // the first `<<`'s
  };
  // A node written with &name, for its aliases (*name): each is a copy.
  // yaml-cpp numbers every &name apart, a name written again too: none is let
  // go. Their copies are not counted as held: each is a node written in the
  // file (bounded by its size) or a copy aliases made (by max_yaml_nodes).
  struct Anchored {
    DocNode node;
    std::size_t count = 0;   // the nodes it holds, itself too
    std::size_t height = 0;  // how deep they reach below it
    bool complete = false;   // false while it is still being read
  };

  Role next_role() const {
    if (stack_.empty()) return Role::Value;
    const Open& p = stack_.back();
    if (p.node.is_seq()) return Role::Value;
    if (!p.have_key) return Role::Key;
    return p.skip_value ? Role::Skip : Role::Value;
  }
  std::size_t next_depth() const { return stack_.empty() ? 0 : stack_.back().depth + 1; }

  // Counts a value about to be built; false, with the one error, when a
  // limit is passed.
  bool counted(const YAML::Mark& mark) {
    if (next_depth() > limits().max_yaml_depth) {
      over(location(mark), Limit::Depth);
      return false;
    }
    if (held_ + 1 > limits().max_yaml_nodes) {
      over(location(mark), expanded_ > 0 ? Limit::Aliases : Limit::Values);
      return false;
    }
    ++held_;
    ++built_;
    return true;
  }
  enum class Limit { Depth, Aliases, Values };
  void over(const Location& where, Limit limit) {
    over_limit_ = true;
    if (limit == Limit::Depth) return diags_.error(where, depth_message(language_));
    diags_.error(where,
                 fmt::format(limit == Limit::Aliases
                                 ? say(language_,
                                       "the document has more than {} values once its aliases "
                                       "(*name) are expanded (limit max_yaml_nodes)",
                                       "tệp có hơn {} giá trị khi mỗi chỗ *tên được thay bằng "
                                       "phần đánh dấu &tên (giới hạn max_yaml_nodes)")
                                 : say(language_,
                                       "the document holds more than {} values (lists, maps and "
                                       "texts) at once (limit max_yaml_nodes)",
                                       "tệp chứa cùng lúc hơn {} phần tử (giới hạn max_yaml_nodes; "
                                       "tính cả danh sách, bảng khóa và giá trị)"),
                             limits().max_yaml_nodes));
  }

  DocNode scalar(const YAML::Mark& mark, const std::string& value) {
    DocNode n;
    n.kind = DocNode::Kind::Scalar;
    n.where = location(mark);
    n.scalar = to_nfc(value);
    const char first = char_at(mark);
    n.quoted = first == '"' || first == '\'';
    n.block = first == '|' || first == '>';
    saw_scalar(mark);
    return n;
  }

  // Keeps a copy of node for its aliases.
  void keep(YAML::anchor_t anchor, const DocNode& node, std::size_t count, std::size_t height) {
    Anchored& a = anchors_[anchor];
    a.node = node;
    a.count = count;
    a.height = height;
    a.complete = true;
  }

  // A key read as a plain name: kept for its value, or refused as written twice.
  void take_key(const std::string& key, const Location& where, bool merge_mark) {
    Open& p = stack_.back();
    p.have_key = true;
    p.skip_value = false;
    p.merging = false;
    if (key == "<<" && merge_mark) {
      if (p.merge_line > 0) {
        diags_.error(where, fmt::format(say(language_,
                                            "duplicate key '<<' (first written on line {}): merge "
                                            "several maps with <<: [*a, *b]",
                                            "khóa '<<' xuất hiện hai lần (lần đầu ở dòng {}): muốn "
                                            "gộp nhiều bảng khóa, hãy ghi một lần: <<: [*a, *b]"),
                                        p.merge_line));
        p.skip_value = true;
        return;
      }
      p.merge_line = where.line;
      p.merging = true;
      p.key_where = where;
      return;
    }
    if (auto [first, added] = p.own.emplace(key, where.line); !added) {
      diags_.error(where,
                   fmt::format(say(language_, "duplicate key '{}' (first written on line {})",
                                   "khóa '{}' xuất hiện hai lần (lần đầu ở dòng {})"),
                               key, first->second));
      p.skip_value = true;
      return;
    }
    p.key = key;
    p.key_where = where;
  }
  void refuse_key(const Location& where) {
    diags_.error(where, language_ == Language::Vietnamese
                            ? "khóa phải là một tên, không phải danh sách hay bảng khóa"
                            : "a key must be a plain name, not a list or map");
    Open& p = stack_.back();
    p.have_key = true;
    p.skip_value = true;
  }
  // A node not built has been read to its end: a key (its value is not
  // built either) or a value.
  void skipped(Role role) {
    Open& p = stack_.back();
    p.have_key = role == Role::Key;
    p.skip_value = role == Role::Key;
  }

  void open(const YAML::Mark& mark, YAML::anchor_t anchor, DocNode::Kind kind) {
    if (over_limit_) return;
    if (skip_ > 0) {
      ++skip_;
      return;
    }
    const Role role = next_role();
    if (role != Role::Value) {
      if (role == Role::Key) refuse_key(location(mark));
      skip_ = 1;
      skip_role_ = role;
      return;
    }
    const std::size_t built_at = built_;
    if (!counted(mark)) return;
    Open o;
    o.node.kind = kind;
    o.node.where = location(mark);
    o.depth = next_depth();
    o.built_at = built_at;
    o.anchor = anchor;
    if (anchor != YAML::NullAnchor) {
      Anchored& a = anchors_[anchor];
      a.node.where = o.node.where;  // complete stays false: an alias to it now is inside it
    }
    stack_.push_back(std::move(o));
  }

  void close() {
    if (over_limit_) return;
    if (skip_ > 0) {
      if (--skip_ == 0) skipped(skip_role_);
      return;
    }
    Open o = std::move(stack_.back());
    stack_.pop_back();
    if (o.node.is_map()) {
      // A key written in the map wins over a merged one, wherever it is.
      for (DocEntry& e : o.merged) {
        if (!o.own.count(e.key)) o.node.entries.push_back(std::move(e));
      }
    }
    finish(std::move(o.node), o.anchor, built_ - o.built_at, o.height);
  }

  // A value read whole: kept for its aliases, then placed in the collection
  // it was read in (or handed on, or made the document).
  void finish(DocNode node, YAML::anchor_t anchor, std::size_t count, std::size_t height) {
    if (anchor != YAML::NullAnchor) keep(anchor, node, count, height);
    if (stack_.empty()) {
      root_ = std::move(node);
      return;
    }
    Open& p = stack_.back();
    p.height = std::max(p.height, height + 1);
    if (p.node.is_seq()) {
      if (each_item_ && stack_.size() == 1) {
        (*each_item_)(node);
        held_ -= count;  // not kept here
      } else {
        p.node.items.push_back(std::move(node));
      }
      return;
    }
    p.have_key = false;
    if (p.merging) {
      merge(node, p.key_where, p.merged, p.merged_keys);
    } else {
      p.node.entries.push_back({std::move(p.key), p.key_where, std::move(node)});
    }
  }

  // YAML's merge key (`<<: *base`, or `<<: [*a, *b]`, the first map's keys
  // first): the maps' keys join merged (keys: theirs), where the map's own
  // keys will win. Each merged key is placed at the `<<` (where this map
  // takes it; its value keeps its own place): a fault in it is this map's,
  // not the one it was first written in. Hand-written: yaml-cpp 0.7 reads
  // `<<` as a key like any other.
  void merge(const DocNode& from, const Location& where, std::vector<DocEntry>& merged,
             std::unordered_set<std::string>& keys) {
    auto add = [&](const DocNode& map) {
      for (const DocEntry& e : map.entries) {
        if (!keys.insert(e.key).second) continue;
        merged.push_back(e);
        merged.back().key_where = where;
      }
    };
    if (from.is_map()) return add(from);
    if (from.is_seq() && std::all_of(from.items.begin(), from.items.end(),
                                     [](const DocNode& item) { return item.is_map(); })) {
      for (const DocNode& item : from.items) add(item);
      return;
    }
    diags_.error(where,
                 language_ == Language::Vietnamese
                     ? "sau '<<' phải là tên một bảng khóa đã đánh dấu ở chỗ khác (<<: *tên, "
                       "với &tên ở bảng khóa đó) hoặc một danh sách các tên như thế (<<: "
                       "[*a, *b])"
                     : "'<<' merges the keys of a map written elsewhere (<<: *name, after "
                       "&name on that map), or of a list of them");
  }

  // location_in, counting on from the last mark when this one is further
  // along its line: a meeting or example written in braces is one long line
  // of many keys, each of which counted its column from the line's start
  // (a sixth of reading a YAML records file went there).
  Location location(const YAML::Mark& mark) {
    if (mark.is_null() || mark.pos < 0 || static_cast<std::size_t>(mark.pos) > text_.size()) {
      return location_in(text_, file_, mark);
    }
    const auto pos = static_cast<std::size_t>(mark.pos);
    if (mark.line != last_mark_line_ || pos < last_pos_) {
      const Location where = location_in(text_, file_, mark);
      last_mark_line_ = mark.line;
      last_pos_ = pos;
      last_column_ = where.column;
      return where;
    }
    last_column_ = column_after(text_, last_pos_, pos, last_column_);
    last_pos_ = pos;
    return {file_, mark.line + 1, last_column_};
  }
  char char_at(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.pos < 0) return 0;
    auto pos = static_cast<std::size_t>(mark.pos);
    return pos < text_.size() ? text_[pos] : '\0';
  }

  // Notes the scalar at mark if it is quoted: its quote may follow an
  // anchor (&name) or a tag (!!str), each ended by a space.
  void saw_scalar(const YAML::Mark& mark) {
    if (mark.is_null() || mark.pos < 0) return;
    auto pos = static_cast<std::size_t>(mark.pos);
    while (pos < text_.size() && (text_[pos] == '&' || text_[pos] == '!')) {
      pos = text_.find_first_of(" \t\r\n", pos);
      if (pos == std::string_view::npos) return;
      pos = text_.find_first_not_of(" \t\r\n", pos);
      if (pos == std::string_view::npos) return;
    }
    if (pos >= text_.size() || (text_[pos] != '"' && text_[pos] != '\'')) return;
    if (last_quote_ == std::string_view::npos || pos > last_quote_) {
      last_quote_ = pos;
      last_quote_mark_ = mark;
    }
  }

  std::string_view text_;
  const std::string& file_;
  Diagnostics& diags_;
  const DocItemSink* each_item_;
  Language language_;
  DocNode root_;
  std::vector<Open> stack_;
  std::unordered_map<YAML::anchor_t, Anchored> anchors_;
  int skip_ = 0;  // how deep in a node not built (0: none)
  Role skip_role_ = Role::Skip;
  std::size_t last_quote_ = std::string_view::npos;  // where the last quoted text starts
  YAML::Mark last_quote_mark_;
  // The nodes built (an alias's copy counts its own), those held in the
  // document (not the items handed on), and those that aliases copied:
  // max_yaml_nodes bounds the last two (held_ is the old count of the
  // document's values, its aliases expanded, when nothing is handed on).
  std::size_t built_ = 0, held_ = 0, expanded_ = 0;
  bool over_limit_ = false;
  // location(): the last mark's line (yaml-cpp's, from 0), place and column.
  int last_mark_line_ = -1;
  std::size_t last_pos_ = 0;
  int last_column_ = 0;
};

// A stream over text where it lies. Hand-written: the standard library's
// string streams copy their text (std::spanstream is C++23).
class ViewStreambuf : public std::streambuf {
 public:
  explicit ViewStreambuf(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // only read: no put area
    setg(begin, begin, begin + text.size());
  }
};

// The deepest nesting of flow collections ('[' and '{' outside quotes and
// comments) and the line where it passes limit (0 when it does not): checked
// before yaml-cpp parses, since its parser recurses once per level.
int flow_too_deep(std::string_view text, std::size_t limit) {
  std::size_t depth = 0;
  int line = 1;
  char quote = 0;
  bool comment = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      ++line;
      comment = false;
      if (quote == 0) continue;
    }
    if (comment) continue;
    if (quote != 0) {
      if (c == '\\' && quote == '"') {
        ++i;
      } else if (c == quote) {
        quote = 0;
      }
      continue;
    }
    if ((c == '"' || c == '\'') &&
        (i == 0 || std::string_view(" \t[{,:\n").find(text[i - 1]) != std::string_view::npos)) {
      quote = c;
    } else if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t')) {
      comment = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return line;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return 0;
}

// The line where a second document's content starts, or 0: YAML::Load
// reads the first document and ignores the rest (a syntax error in it too),
// and YAML::LoadAll can loop without end on broken text (a fuzzer found
// one). A line that is "---" (alone or before content) at its start always
// starts a document; one that follows content starts a second when some
// content follows it.
int second_document_line(std::string_view text) {
  bool content = false, second = false;
  int line = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(at, end - at);
    at = end + 1;
    ++line;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    const bool marker = l.substr(0, 3) == "---" && (l.size() == 3 || l[3] == ' ' || l[3] == '\t');
    if (marker) {
      if (content) second = true;
      l.remove_prefix(3);
    } else if (l == "..." || (!content && !l.empty() && l[0] == '%')) {
      continue;  // a document's end; a directive before the first
    }
    const std::size_t first = l.find_first_not_of(" \t");
    if (first == std::string_view::npos || l[first] == '#') continue;
    if (second) return line;
    content = true;
  }
  return 0;
}

// YAML 1.2 breaks lines at a CR alone too (old Mac files); yaml-cpp only at
// LF and CRLF, and read a CR-only file as one line: its first comment, so an
// empty file. A copy with each lone CR made LF, or empty when there is none.
std::string lone_cr_as_lf(std::string_view text) {
  std::string out;
  for (std::size_t i = text.find('\r'); i != std::string_view::npos; i = text.find('\r', i + 1)) {
    if (i + 1 < text.size() && text[i + 1] == '\n') continue;
    if (out.empty()) out = text;
    out[i] = '\n';
  }
  return out;
}

}  // namespace

std::optional<DocNode> read_yaml(std::string_view text, const std::string& file, Diagnostics& diags,
                                 const DocItemSink* each_item, Language language) {
  if (auto bad = find_invalid_utf8(text)) {
    if (language == Language::Vietnamese) {
      // The line, and the byte counted from 1, as people count: a file in
      // another encoding (TCVN3, VNI) is found where its first letter is.
      const auto before = text.substr(0, *bad);
      const int line = static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1;
      diags.error({file, line, 0},
                  fmt::format("tệp không phải văn bản UTF-8 (byte thứ {} của tệp); hãy lưu tệp "
                              "dạng UTF-8 (tệp có thể đang dùng bảng mã TCVN3 hoặc VNI)",
                              *bad + 1));
    } else {
      diags.error(
          {file, 0, 0},
          fmt::format("the file is not valid UTF-8 (at byte offset {}); save it as UTF-8", *bad));
    }
    return std::nullopt;
  }
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const std::string unified = lone_cr_as_lf(text);
  if (!unified.empty()) text = unified;
  if (int line = flow_too_deep(text, limits().max_yaml_depth)) {
    diags.error({file, line, 0}, depth_message(language));
    return std::nullopt;
  }
  Diagnostics found;  // this file's own problems (diags may hold others')
  Builder builder(text, file, found, each_item, language);
  try {
    // The text read where it is (an istringstream copied it).
    ViewStreambuf view(text);
    std::istream in(&view);
    YAML::Parser parser(in);
    parser.HandleNextDocument(builder);
  } catch (const YAML::Exception& e) {
    Location where = location_in(text, file, e.mark);
    diags.error(where, fmt::format(say(language, "YAML syntax: {}", "lỗi cú pháp YAML: {}"),
                                   syntax_message(text, e, language)));
    return std::nullopt;
  }
  if (int line = second_document_line(text)) {
    diags.error({file, line, 0},
                language == Language::Vietnamese
                    ? "phần sau dòng '---' là một tài liệu YAML thứ hai: mỗi tệp chỉ được có một "
                      "(nhiều cuộc sinh hoạt hoặc nhiều đơn vị thì ghi chung trong một danh sách, "
                      "mỗi mục bắt đầu bằng '- ')"
                    : "a second YAML document ('---' starts it): a file holds one (several "
                      "meetings, or units, go in one list: - ...)");
    return std::nullopt;
  }
  if (builder.within_limit()) builder.check_last_quote();
  diags.append(found);
  if (found.has_errors() || !builder.within_limit()) return std::nullopt;
  return std::move(builder.root());
}

bool read_at_most(std::istream& in, std::size_t limit, std::string& out) {
  out.clear();
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    out.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (out.size() > limit) {
      out.clear();
      return false;
    }
  }
  return true;
}

bool read_limited(std::istream& in, const std::string& name, std::string& out, Diagnostics& diags) {
  const std::size_t limit = limits().max_file_bytes;
  if (read_at_most(in, limit, out)) return true;
  diags.error({name, 0, 0},
              fmt::format("the file is larger than {} bytes (limit max_file_bytes)", limit));
  return false;
}

std::optional<DocNode> read_yaml_file(const std::string& path, Diagnostics& diags) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {  // opens, and reads as empty
    diags.error({path, 0, 0}, "this is a folder, not a YAML file");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.error({path, 0, 0}, "cannot open the file (does it exist, and may it be read?)");
    return std::nullopt;
  }
  std::string content;
  if (!read_limited(in, path, content, diags)) return std::nullopt;
  return read_yaml(content, path, diags);
}

}  // namespace chibo
