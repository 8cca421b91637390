#include "yaml_builder.h"

#include <algorithm>
#include <istream>
#include <optional>
#include <streambuf>
#include <unordered_map>
#include <utility>
#include <vector>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include "utf8.h"
#include "yaml_budget.h"
#include "yaml_escapes.h"
#include "yaml_keys.h"
#include "yaml_location.h"
#include "yaml_quote.h"

namespace chibo {
namespace {

// The Doc tree from yaml-cpp's parse events, as they come. yaml-cpp's
// own tree (YAML::Load's) took about 60 times the file in memory before a
// node of it was read here (741 MB for 20,000 meetings in 11.5 MB of text);
// with each_item, a top-level list's items are handed on as each is read
// and not kept. The checks are the tree's: duplicate keys, keys that are not
// plain names, the merge key (these three in yaml_keys.h), and the limits on
// nodes and depth. Hand-written: yaml-cpp 0.7 has no tree that keeps a
// node's place but its own.
class Builder : public YAML::EventHandler {
 public:
  Builder(std::string_view text, const std::string& file, Diagnostics& diags,
          const DocItemSink* each_item, Language language, TopMap top_map)
      : text_(text),
        file_(file),
        diags_(diags),
        each_item_(each_item),
        top_map_(top_map),
        item_from_(diags.items().size()),
        language_(language),
        budget_(text.size()) {
    root_.where = {file, 0, 0};
  }

  // false once the document passed a limit (yaml_budget.h: aliases expand
  // into copies here); the rest is then skipped and one error said.
  bool within_limit() const { return !over_limit_; }
  DocNode& root() { return root_; }

  // A quoted text never closed (yaml_quote.h): an error at its start.
  void check_last_quote() {
    const std::optional<OpenQuote> open = last_quote_.unclosed(text_);
    if (!open) return;
    diags_.error(location(open->mark),
                 fmt::format(say(language_,
                                 "a text opened with {0} here is never closed: everything after "
                                 "it, to the end of the file, became part of it (add the closing "
                                 "{0})",
                                 "giá trị mở bằng dấu {0} ở đây chưa được đóng: mọi nội dung từ "
                                 "đây đến hết tệp đều bị gộp vào giá trị này (hãy thêm dấu {0} để "
                                 "đóng)"),
                             open->quote));
  }

  // yaml-cpp's own depth limit passed (500 values deep; a max_yaml_depth
  // raised past it): said at the value past the deepest list or map open,
  // unless a limit said where first. In brackets that is the next one
  // written: yaml-cpp's mark is at the line's end there (its scanner reads a
  // line of brackets ahead), 1,200 columns on for a line of 600.
  void parser_too_deep(const YAML::DeepRecursion& e) {
    if (over_limit_) return;
    over_limit_ = true;
    Location where = location_in(text_, file_, e.mark);
    if (!stack_.empty()) {
      const std::size_t open = stack_.back().pos;
      if (open < text_.size() && (text_[open] == '[' || text_[open] == '{')) {
        const std::size_t next = text_.find_first_not_of(" \t\n", open + 1);
        if (next != std::string_view::npos) where = location_after(text_, next, {file_, 1, 1});
      }
    }
    diags_.error(where, fmt::format(say(language_,
                                        "lists and maps are nested more than {} deep (the YAML "
                                        "parser's own limit)",
                                        "danh sách và bảng khóa lồng nhau quá {} cấp (giới hạn "
                                        "của bộ đọc YAML)"),
                                    e.depth() - 1));
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
    n.where = empty_value_location(text_, file_, mark).value_or(location(mark));
    finish(std::move(n), anchor, {1, 0}, 0);
  }

  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                const std::string& value) override {
    if (over_limit_ || skip_ > 0) return;
    switch (next_role()) {
      case Role::Key: {
        DocNode key = scalar(mark, value);
        budget_.text(key.scalar.size());
        if (anchor != YAML::NullAnchor && !keep(anchor, key, {1, key.scalar.size()}, 0)) return;
        take_key(key.scalar, key.where, char_at(text_, mark) == '<');
        return;
      }
      case Role::Skip:
        skipped(Role::Skip);
        return;
      case Role::Value:
        break;
    }
    if (!counted(mark)) return;
    DocNode n = scalar(mark, value);
    const std::size_t bytes = n.scalar.size();
    budget_.text(bytes);
    finish(std::move(n), anchor, {1, bytes}, 0);
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
      return finish(std::move(null), YAML::NullAnchor, {1, 0}, 0);
    }
    const Anchored& a = found->second;
    if (role == Role::Key) {
      // The key is the anchored node itself, at its own place.
      if (!a.complete || !a.node.is_scalar()) return refuse_key(a.node.where);
      if (const std::optional<YamlLimit> limit = budget_.copy_key(a.amount.bytes)) {
        return over(a.node.where, *limit);
      }
      return take_key(a.node.scalar, a.node.where, false);
    }
    // An alias inside the node it names is nested without end.
    if (!a.complete) return over(a.node.where, YamlLimit::Depth);
    if (const std::optional<YamlLimit> limit = budget_.copy(a.amount, a.height, next_depth())) {
      return over(a.node.where, *limit);
    }
    finish(DocNode(a.node), YAML::NullAnchor, a.amount, a.height);
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
    std::size_t height = 0;  // how deep its nodes reach below it
    YamlAmount built_at;     // budget_.built() before it
    YAML::anchor_t anchor = YAML::NullAnchor;
    std::size_t pos = 0;  // yaml-cpp's mark's: its '[', '{' or first key, or &name
    // Written with &name and kept whole: the anchored nodes inside it are
    // copied again into its own copy (not so a top-level list handed on).
    bool holds_copies = false;
    MapKeys keys;  // a map's (yaml_keys.h)
  };
  // A node written with &name, for its aliases (*name): each is a copy.
  // yaml-cpp numbers every &name apart, a name written again too: none is let
  // go. Their copies are not counted as held: each is a node written in the
  // file (bounded by its size) or a copy aliases made (by max_yaml_nodes),
  // or one inside another anchored node (YamlBudget::keep_nested).
  struct Anchored {
    DocNode node;
    YamlAmount amount;       // the nodes it holds, itself too, and their texts
    std::size_t height = 0;  // how deep they reach below it
    bool complete = false;   // false while it is still being read
  };

  Role next_role() const {
    if (stack_.empty()) return Role::Value;
    const Open& p = stack_.back();
    if (p.node.is_seq()) return Role::Value;
    if (!p.keys.have_key) return Role::Key;
    return p.keys.skip_value ? Role::Skip : Role::Value;
  }
  std::size_t next_depth() const { return stack_.empty() ? 0 : stack_.back().depth + 1; }

  // Counts a value about to be built; false, with the one error, when a
  // limit is passed.
  bool counted(const YAML::Mark& mark) {
    const std::optional<YamlLimit> limit = budget_.value(next_depth());
    if (limit) over(location(mark), *limit);
    return !limit;
  }
  void over(const Location& where, YamlLimit limit) {
    over_limit_ = true;
    diags_.error(where, limit_message(limit, language_));
  }

  DocNode scalar(const YAML::Mark& mark, const std::string& read) {
    const std::optional<std::string> utf8 = escapes_as_utf8(read);
    const std::string& value = utf8 ? *utf8 : read;
    DocNode n;
    n.kind = DocNode::Kind::Scalar;
    n.where = location(mark);
    n.scalar = to_nfc(value);
    const char first = char_at(text_, mark);
    n.quoted = first == '"' || first == '\'';
    n.block = first == '|' || first == '>';
    if (n.block) n.block_column = block_text_column(text_, static_cast<std::size_t>(mark.pos));
    n.pieces = text_pieces(text_, mark, value);
    if (!n.pieces.empty() && n.scalar != value) n.pieces.clear();  // NFC moved its bytes
    last_quote_.saw_scalar(text_, mark);
    return n;
  }

  // Keeps a copy of node for its aliases; false, with the one error, when
  // a limit is passed.
  bool keep(YAML::anchor_t anchor, const DocNode& node, YamlAmount amount, std::size_t height) {
    if (anchored_open_ > 0) {
      if (const std::optional<YamlLimit> limit = budget_.keep_nested(amount)) {
        over(node.where, *limit);
        return false;
      }
    }
    Anchored& a = anchors_[anchor];
    a.node = node;
    a.amount = amount;
    a.height = height;
    a.complete = true;
    return true;
  }

  // The key of the map being read (yaml_keys.h).
  void take_key(const std::string& key, const Location& where, bool merge_mark) {
    chibo::take_key(stack_.back().keys, key, where, merge_mark, diags_, language_);
  }
  void refuse_key(const Location& where) {
    chibo::refuse_key(stack_.back().keys, where, diags_, language_);
  }
  // A node not built has been read to its end: a key (its value is not
  // built either) or a value.
  void skipped(Role role) {
    Open& p = stack_.back();
    p.keys.have_key = role == Role::Key;
    p.keys.skip_value = role == Role::Key;
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
    const YamlAmount built_at = budget_.built();
    if (!counted(mark)) return;
    Open o;
    o.node.kind = kind;
    o.node.where = location(mark);
    o.depth = next_depth();
    o.built_at = built_at;
    o.pos = mark.pos > 0 ? static_cast<std::size_t>(mark.pos) : 0;
    o.anchor = anchor;
    if (anchor != YAML::NullAnchor) {
      o.holds_copies = !(each_item_ && stack_.empty() && kind == DocNode::Kind::Seq);
      if (o.holds_copies) ++anchored_open_;
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
    if (o.holds_copies) --anchored_open_;
    if (o.node.is_map()) {
      // A key written in the map wins over a merged one, wherever it is.
      for (DocEntry& e : o.keys.merged) {
        if (!o.keys.own.count(e.key)) o.node.entries.push_back(std::move(e));
      }
    }
    const YamlAmount built = budget_.built();
    finish(std::move(o.node), o.anchor,
           {built.values - o.built_at.values, built.bytes - o.built_at.bytes}, o.height);
  }

  // A value read whole: kept for its aliases, then placed in the collection
  // it was read in (or handed on, or made the document). amount and height:
  // its nodes and their texts, how deep they reach (Anchored's).
  void finish(DocNode node, YAML::anchor_t anchor, YamlAmount amount, std::size_t height) {
    if (anchor != YAML::NullAnchor && !keep(anchor, node, amount, height)) return;
    if (stack_.empty()) {
      if (each_item_ && top_map_ == TopMap::Item && node.is_map() && !over_limit_) {
        // All found since the start is the map's own; the document is then
        // a list whose one item was handed on.
        std::vector<Diagnostic> faults = diags_.take_after(item_from_);
        (*each_item_)(node, faults);
        item_from_ = diags_.items().size();
        root_.kind = DocNode::Kind::Seq;
        root_.where = node.where;
        return;
      }
      root_ = std::move(node);
      return;
    }
    Open& p = stack_.back();
    p.height = std::max(p.height, height + 1);
    if (p.node.is_seq()) {
      if (each_item_ && stack_.size() == 1) {
        // What was found since the last item was handed on is this one's
        // (a limit passed is the file's: the rest was not built).
        std::vector<Diagnostic> faults;
        if (!over_limit_) faults = diags_.take_after(item_from_);
        (*each_item_)(node, faults);
        item_from_ = diags_.items().size();
        budget_.handed_on(amount.values);  // not kept here
      } else {
        p.node.items.push_back(std::move(node));
      }
      return;
    }
    MapKeys& keys = p.keys;
    keys.have_key = false;
    if (keys.merging) {
      merge(node, keys.key_where, keys.merged, keys.merged_keys, diags_, language_);
    } else {
      p.node.entries.push_back({std::move(keys.key), keys.key_where, std::move(node)});
    }
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
      Location where = location_in(text_, file_, mark);
      last_mark_line_ = mark.line;
      last_pos_ = pos;
      last_column_ = where.column;
      return where;
    }
    last_column_ = column_after(text_, last_pos_, pos, last_column_);
    last_pos_ = pos;
    return {file_, mark.line + 1, last_column_};
  }

  std::string_view text_;
  const std::string& file_;
  Diagnostics& diags_;
  const DocItemSink* each_item_;
  TopMap top_map_;
  std::size_t item_from_;  // diags_'s size when the last item was handed on
  Language language_;
  DocNode root_;
  std::vector<Open> stack_;
  std::unordered_map<YAML::anchor_t, Anchored> anchors_;
  int skip_ = 0;  // how deep in a node not built (0: none)
  Role skip_role_ = Role::Skip;
  LastQuote last_quote_;
  YamlBudget budget_;
  std::size_t anchored_open_ = 0;  // the lists and maps on stack_ that holds_copies
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

}  // namespace

DocNode build_doc(std::string_view text, const std::string& file, Diagnostics& found,
                  const DocItemSink* each_item, Language language, TopMap top_map) {
  Builder builder(text, file, found, each_item, language, top_map);
  // The text read where it is (an istringstream copied it).
  ViewStreambuf view(text);
  std::istream in(&view);
  YAML::Parser parser(in);
  try {
    parser.HandleNextDocument(builder);
  } catch (const YAML::DeepRecursion& e) {
    builder.parser_too_deep(e);
    throw;
  }
  if (builder.within_limit()) builder.check_last_quote();
  return std::move(builder.root());
}

}  // namespace chibo
