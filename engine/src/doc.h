// Doc: a YAML document as a plain tree that remembers where every node was
// written (file, line, column).
//
// yaml-cpp stays behind yaml_reader.cpp (and yaml_builder.cpp, which it
// calls); everything after it (extends merging, loading into the model,
// `chibo resolve`) works on this tree. Each node carries its own file, so a
// ruleset merged from a base and a tailoring still reports every problem at
// the right place.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chibo/diagnostic.h"

namespace chibo {

struct DocEntry;  // defined below: a map entry holds its value by value

struct DocNode {
  enum class Kind { Null, Scalar, Map, Seq };
  Kind kind = Kind::Null;
  Location where;
  std::string scalar;             // Scalar only
  bool quoted = false;            // written in quotes: the text starts one column later
  bool block = false;             // a | or > block scalar: the text starts on the next line
  int block_column = 0;           // block only: at this column (0 when it has no text)
  std::vector<DocEntry> entries;  // Map only, in file order
  std::vector<DocNode> items;     // Seq only
  // Scalar only: where its text is in the file, when it is no copy of the
  // file from where (text_pieces: a block, a text over lines, escapes);
  // none for the one-line text nearly every scalar is.
  std::vector<TextPiece> pieces;

  bool is_map() const { return kind == Kind::Map; }
  bool is_seq() const { return kind == Kind::Seq; }
  bool is_scalar() const { return kind == Kind::Scalar; }
  bool is_null() const { return kind == Kind::Null; }

  // The value under key in a map, or nullptr.
  const DocNode* find(std::string_view key) const;
  DocNode* find(std::string_view key);
  const DocEntry* entry(std::string_view key) const;
  // Where the text of a scalar begins (after an opening quote; a block's on
  // the next line, at its indentation).
  Location text_where() const;
  // Replaces or appends key in a map.
  void set(const std::string& key, Location key_where, DocNode value);
  void erase(std::string_view key);
};

struct DocEntry {
  std::string key;
  Location key_where;
  DocNode value;
};

// The language of a message: English for rulesets, Vietnamese for the
// records and units lists office staff write.
enum class Language { English, Vietnamese };

// "a map of keys", "a list", "a single value", "nothing" (or in Vietnamese:
// "một bảng khóa: giá trị", ...): for messages.
const char* doc_kind_name(DocNode::Kind k, Language language = Language::English);

// Whether e, the entry after before in one map, is the rest of a number cut
// at a decimal comma inside braces (`{points: 7,5}` reads as `points: 7` and
// a key `5` with no value): e's key is digits on before's value's line, and
// before's value a whole number written plainly.
bool split_at_decimal_comma(const DocEntry& before, const DocEntry& e);

}  // namespace chibo
