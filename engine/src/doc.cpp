#include "doc.h"

#include <algorithm>

namespace chibo {

const DocNode* DocNode::find(std::string_view key) const {
  const DocEntry* e = entry(key);
  return e ? &e->value : nullptr;
}

DocNode* DocNode::find(std::string_view key) {
  for (DocEntry& e : entries) {
    if (e.key == key) return &e.value;
  }
  return nullptr;
}

const DocEntry* DocNode::entry(std::string_view key) const {
  for (const DocEntry& e : entries) {
    if (e.key == key) return &e;
  }
  return nullptr;
}

Location DocNode::text_where() const {
  Location w = where;
  if (block) {
    ++w.line;
    w.column = block_column;
  } else if (quoted && w.column > 0) {
    ++w.column;
  }
  return w;
}

void DocNode::set(const std::string& key, Location key_where, DocNode value) {
  for (DocEntry& e : entries) {
    if (e.key == key) {
      e.value = std::move(value);
      return;
    }
  }
  entries.push_back({key, std::move(key_where), std::move(value)});
}

void DocNode::erase(std::string_view key) {
  entries.erase(std::remove_if(entries.begin(), entries.end(),
                               [&](const DocEntry& e) { return e.key == key; }),
                entries.end());
}

const char* doc_kind_name(DocNode::Kind k, Language language) {
  // By Kind's order: Null, Scalar, Map, Seq.
  static constexpr const char* kNames[][2] = {
      {"nothing", "một mục trống"},
      {"a single value", "một giá trị đơn"},
      {"a map of keys", "một bảng khóa: giá trị"},
      {"a list", "một danh sách"},
  };
  return kNames[static_cast<int>(k)][language == Language::Vietnamese ? 1 : 0];
}

namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool split_at_decimal_comma(const DocEntry& before, const DocEntry& e) {
  if (!e.value.is_null() || !all_digits(e.key) || !before.value.is_scalar() ||
      before.value.quoted || before.value.block || e.key_where.line != before.value.where.line) {
    return false;
  }
  std::string_view number = before.value.scalar;
  if (!number.empty() && number.front() == '-') number.remove_prefix(1);
  return all_digits(number);
}

}  // namespace chibo
