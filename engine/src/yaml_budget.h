// What a YAML document may take while it is built (limits.h): how deep its
// lists and maps nest, how many values it holds at once, how many values and
// bytes of text its aliases (*name) copy, and how much the copies kept of
// anchored values (&name) nested in other anchored ones add. The Builder
// (yaml_builder.cpp) asks before it builds; the first limit passed ends the
// building with one error, worded by limit_message.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "doc.h"

namespace chibo {

// A node's size: the values it holds, itself too, and the bytes of its
// texts (keys and values).
struct YamlAmount {
  std::size_t values = 0;
  std::size_t bytes = 0;
};

enum class YamlLimit {
  Depth,         // max_yaml_depth
  Values,        // max_yaml_nodes: the values held at once
  Aliases,       // max_yaml_nodes: ... once the aliases' copies are counted
  AliasText,     // max_file_bytes: the file's text and its aliases' copies
  NestedValues,  // max_yaml_nodes: the copies kept of nested anchored values
  NestedText,    // max_file_bytes: ... their texts
};

class YamlBudget {
 public:
  // file_bytes: the size of the document's text.
  explicit YamlBudget(std::size_t file_bytes) : file_bytes_(file_bytes) {}

  // A value read from the file, at depth (the document's is 0); counted
  // when no limit is passed.
  std::optional<YamlLimit> value(std::size_t depth);
  // The bytes of a text (key or value) built.
  void text(std::size_t bytes) { built_.bytes += bytes; }
  // An alias's copy of a node of that amount, reaching height below
  // itself, placed at depth; counted when no limit is passed.
  std::optional<YamlLimit> copy(YamlAmount node, std::size_t height, std::size_t depth);
  // An alias used as a map's key: a copy of its text.
  std::optional<YamlLimit> copy_key(std::size_t bytes);
  // The copy kept of an anchored value for its aliases, when it lies in
  // another anchored value still being read (which will hold a copy of it
  // again). A copy of a value in no other is not counted: together those
  // are at most what the file and its aliases built.
  std::optional<YamlLimit> keep_nested(YamlAmount node);
  // Values handed on as read (a top-level list's items): no longer held.
  void handed_on(std::size_t values) { held_ -= values; }

  // All built so far, an alias's copy counting its own: what a node holds
  // is the difference from before it to after it.
  YamlAmount built() const { return built_; }

 private:
  std::size_t file_bytes_;
  YamlAmount built_;      // every value and text built
  YamlAmount expanded_;   // those that aliases copied
  YamlAmount nested_;     // kept for aliases inside another anchored value
  std::size_t held_ = 0;  // the values the document holds now
};

// The one error said when limit is passed, in language.
std::string limit_message(YamlLimit limit, Language language);

// Lists and maps nested past max_yaml_depth, in language.
std::string depth_message(Language language);

}  // namespace chibo
