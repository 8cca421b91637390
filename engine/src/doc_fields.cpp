#include "doc_fields.h"

#include <algorithm>

#include <fmt/format.h>

#include "chibo/did_you_mean.h"
#include "utf8.h"

namespace chibo {

DocFields::DocFields(const DocNode& node, std::string what, std::vector<std::string> allowed,
                     Diagnostics& diags)
    : where_(node.where), what_(std::move(what)), diags_(diags) {
  if (!node.is_map()) {
    diags_.error(node.where, fmt::format("{} must be a map of keys, but this is {}", what_,
                                         doc_kind_name(node.kind)));
    return;
  }
  node_ = &node;
  for (std::size_t i = 0; i < node.entries.size(); ++i) {
    const DocEntry& e = node.entries[i];
    if (std::find(allowed.begin(), allowed.end(), e.key) == allowed.end()) {
      std::string hint = i > 0 ? decimal_comma_hint(node.entries[i - 1], e) : "";
      diags_.error(e.key_where, fmt::format("unknown key '{}' in {}{}", e.key, what_,
                                            hint.empty() ? did_you_mean(e.key, allowed) : hint));
    }
  }
}

std::string decimal_comma_hint(const DocEntry& before, const DocEntry& e) {
  if (!split_at_decimal_comma(before, e)) return "";
  return fmt::format("; a decimal comma? Inside {{...}} a comma separates keys: write {}: {}.{}",
                     before.key, before.value.scalar, e.key);
}

const DocNode* DocFields::get(const std::string& key) const {
  const DocNode* n = node_ ? node_->find(key) : nullptr;
  return n && !n->is_null() ? n : nullptr;
}

const DocEntry* DocFields::entry(const std::string& key) const {
  return node_ ? node_->entry(key) : nullptr;
}

Location DocFields::where(const std::string& key) const {
  const DocNode* n = get(key);
  return n ? n->where : where_;
}

const DocNode* DocFields::scalar(const std::string& key, bool required,
                                 const char* expected) const {
  const DocNode* n = get(key);
  if (!n) {
    if (!required || !node_) return nullptr;
    // Written with nothing after it ('title:'): said where it was written,
    // not at the map's start, which in a tailoring is the base's first line
    // (a file its author does not edit). The value's place: a tailoring's
    // key replaces the base's in place, and keeps the base's key_where.
    if (const DocEntry* e = entry(key)) {
      diags_.error(e->value.where.line > 0 ? e->value.where : e->key_where,
                   fmt::format("'{}' has no value: {} needs '{}' ({})", key, what_, key, expected));
    } else {
      diags_.error(where_, fmt::format("{} needs '{}' ({})", what_, key, expected));
    }
    return nullptr;
  }
  if (!n->is_scalar()) {
    diags_.error(n->where, fmt::format("'{}' must be {}, but this is {}", key, expected,
                                       doc_kind_name(n->kind)));
    return nullptr;
  }
  return n;
}

std::string DocFields::text(const std::string& key, bool required) const {
  const DocNode* n = scalar(key, required, "a text");
  return n ? one_line_text(*n, key, diags_) : "";
}

std::optional<Rational> DocFields::number(const std::string& key, bool required) const {
  const DocNode* n = scalar(key, required, "a number");
  if (!n) return std::nullopt;
  return number_of(*n, key, diags_);
}

std::optional<long long> DocFields::integer(const std::string& key, bool required) const {
  std::optional<Rational> r = number(key, required);
  if (!r) return std::nullopt;
  if (!r->is_integer()) {
    diags_.error(where(key),
                 fmt::format("'{}' must be a whole number, not {}", key, r->to_string()));
    return std::nullopt;
  }
  return r->num();
}

std::optional<bool> DocFields::yes_no(const std::string& key) const {
  const DocNode* n = scalar(key, false, "yes or no");
  if (!n) return std::nullopt;
  const std::string& s = n->scalar;
  if (s == "yes" || s == "true") return true;
  if (s == "no" || s == "false") return false;
  diags_.error(n->where, fmt::format("'{}' must be yes or no, not '{}'", key, s));
  return std::nullopt;
}

ExprText DocFields::expr(const std::string& key, bool required) const {
  const DocNode* n = scalar(key, required, "an expression");
  return n ? expr_of(*n, key, diags_) : ExprText{};
}

std::vector<std::string> DocFields::names(const std::string& key) const {
  const DocNode* n = get(key);
  if (!n) return {};
  if (n->is_scalar()) return {n->scalar};
  std::vector<std::string> out;
  if (!n->is_seq()) {
    diags_.error(n->where, fmt::format("'{}' must be a list such as [a, b]", key));
    return out;
  }
  for (const DocNode& item : n->items) {
    if (!item.is_scalar()) {
      diags_.error(item.where, fmt::format("each element of '{}' must be a single name", key));
      continue;
    }
    out.push_back(item.scalar);
  }
  return out;
}

std::vector<Location> DocFields::name_wheres(const std::string& key) const {
  const DocNode* n = get(key);
  if (!n) return {};
  if (n->is_scalar()) return {n->where};
  std::vector<Location> out;
  for (const DocNode& item : n->items) {
    if (item.is_scalar()) out.push_back(item.where);  // as names(): the others are not names
  }
  return out;
}

std::optional<std::string> DocFields::one_of(const std::string& key,
                                             const std::vector<std::string>& choices) const {
  const DocNode* n = scalar(key, false, "a name");
  if (!n) return std::nullopt;
  if (std::find(choices.begin(), choices.end(), n->scalar) != choices.end()) return n->scalar;
  std::string list;
  for (const std::string& c : choices) list += (list.empty() ? "" : ", ") + c;
  diags_.error(n->where, fmt::format("'{}' must be one of {}, not '{}'{}", key, list, n->scalar,
                                     did_you_mean(n->scalar, choices)));
  return std::nullopt;
}

std::string one_line_text(const DocNode& node, const std::string& key, Diagnostics& diags) {
  std::string s = node.scalar;
  if (key == "note") return s;
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  // It split the lines showing it: the template's comments (a filled-in
  // template no longer read as YAML), explain's reasons, the ruleset's stamp.
  if (const std::size_t at = find_control(s); at != std::string::npos) {
    diags.error(node.text_where(),
                fmt::format("'{}' holds a line break or control character (byte {} of the "
                            "text): write it on one line",
                            key, at + 1));
  }
  return s;
}

ExprText expr_of(const DocNode& node, const std::string& key, Diagnostics& diags) {
  // An empty text is no expression: taken as one left out, '' made a
  // condition that never held, a check that never refused, or (where one is
  // needed) a crash.
  if (node.scalar.empty()) {
    diags.error(node.where, fmt::format("'{}' is empty: write an expression there", key));
  }
  return {node.scalar, node.text_where(), node.pieces};
}

namespace {

// The fix for a number written as the regulation prints it, with its unit:
// "90%", "90 %" ("; write a percentage as its number: 90"), "20 điểm", "50
// phút" ("; write the number alone: 20"); "" for anything else ("9O" is no
// number with a unit: a letter typed for a digit).
std::string number_with_unit_hint(const std::string& text) {
  std::size_t end = text.size() > 0 && text[0] == '-' ? 1 : 0;
  while (end < text.size() &&
         ((text[end] >= '0' && text[end] <= '9') || text[end] == '.' || text[end] == ',')) {
    ++end;
  }
  std::string number = text.substr(0, end);
  std::replace(number.begin(), number.end(), ',', '.');  // a decimal comma
  if (number.empty() || !Rational::parse_decimal(number)) return "";
  std::size_t unit = end;
  while (unit < text.size() && text[unit] == ' ') ++unit;
  if (unit == text.size()) return "";
  if (text.compare(unit, std::string::npos, "%") == 0) {
    return fmt::format("; write a percentage as its number: {}, not {}", number, text);
  }
  // A word after a space: "20 điểm", "50 phút" (not "9O", nor "90 5").
  const auto first = static_cast<unsigned char>(text[unit]);
  const bool word =
      (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first >= 0x80;
  return unit > end && word ? fmt::format("; write the number alone: {}", number) : "";
}

}  // namespace

std::optional<Rational> number_of(const DocNode& node, const std::string& field,
                                  Diagnostics& diags) {
  if (node.is_scalar()) {
    if (auto r = Rational::parse_decimal(node.scalar)) return r;
  }
  if (node.is_scalar() && Rational::too_many_digits(node.scalar)) {
    diags.error(node.where,
                fmt::format("'{}' has too many digits to hold exactly: '{}' (at most 18)", field,
                            node.scalar));
  } else if (node.is_scalar()) {
    diags.error(node.where, fmt::format("'{}' must be a number such as 15 or 12.5, not '{}'{}",
                                        field, node.scalar, number_with_unit_hint(node.scalar)));
  } else {
    diags.error(node.where, fmt::format("'{}' must be a number such as 15 or 12.5, but this is {}",
                                        field, doc_kind_name(node.kind)));
  }
  return std::nullopt;
}

}  // namespace chibo
