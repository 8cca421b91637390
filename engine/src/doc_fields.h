// DocFields: reads one YAML map of a known shape, reporting every key that
// the shape does not have ("unknown key 'maxx'; did you mean 'max'?") and
// every value of the wrong kind, at its line and column.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "chibo/diagnostic.h"
#include "chibo/rational.h"
#include "chibo/ruleset.h"
#include "doc.h"

namespace chibo {

// For an unknown key e after before in one map, split off a number at a
// decimal comma (split_at_decimal_comma): "; a decimal comma? ... write
// points: 7.5"; else empty.
std::string decimal_comma_hint(const DocEntry& before, const DocEntry& e);

class DocFields {
 public:
  // what: how the map is called in messages ("an input", "a band row").
  // Reports a non-map node, and unknown keys, right away.
  DocFields(const DocNode& node, std::string what, std::vector<std::string> allowed,
            Diagnostics& diags);

  bool ok() const { return node_ != nullptr; }
  const DocNode* get(const std::string& key) const;
  const DocEntry* entry(const std::string& key) const;
  Location where() const { return where_; }
  Location where(const std::string& key) const;

  // Each reports a missing required key and a value of the wrong kind.
  std::string text(const std::string& key, bool required = false) const;
  std::optional<Rational> number(const std::string& key, bool required = false) const;
  std::optional<long long> integer(const std::string& key, bool required = false) const;
  std::optional<bool> yes_no(const std::string& key) const;
  ExprText expr(const std::string& key, bool required = false) const;
  // A list of plain values, or one plain value taken as a list of one.
  std::vector<std::string> names(const std::string& key) const;
  // Where each of names(key) is written, in its order (to say a fault of one at its own place).
  std::vector<Location> name_wheres(const std::string& key) const;
  // A value out of a fixed set, e.g. rounding: half_up | truncate.
  std::optional<std::string> one_of(const std::string& key,
                                    const std::vector<std::string>& choices) const;

 private:
  const DocNode* scalar(const std::string& key, bool required, const char* expected) const;
  const DocNode* node_ = nullptr;
  Location where_;
  std::string what_;
  Diagnostics& diags_;
};

// A scalar node's text (the value of key), shown on one line: a final line
// break (a `>` or `|` block keeps one) dropped, any other line break or
// control character an error. A `note` is never shown, and may hold lines.
std::string one_line_text(const DocNode& node, const std::string& key, Diagnostics& diags);
// A scalar node (the value of key) as an expression, located at its first
// character; an empty one is an error.
ExprText expr_of(const DocNode& node, const std::string& key, Diagnostics& diags);
// A scalar as a number; nullopt (and a diagnostic naming field) if not one.
std::optional<Rational> number_of(const DocNode& node, const std::string& field,
                                  Diagnostics& diags);

// Calls fn for each item of node, a list (of maps) named section; else says
// it must be a list.
template <typename Fn>
void each_map_in(const DocNode& node, const char* section, Diagnostics& diags, Fn fn) {
  if (!node.is_seq()) {
    diags.error(node.where, fmt::format("'{}' must be a list", section));
    return;
  }
  for (const DocNode& item : node.items) fn(item);
}

}  // namespace chibo
