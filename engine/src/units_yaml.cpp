// A units list written in YAML: a list of maps with the units CSV's keys
// (or their Vietnamese words), read a unit at a time into rows.
#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include <fmt/format.h>

#include "chibo/did_you_mean.h"
#include "doc.h"
#include "units_rows.h"
#include "yaml_reader.h"

namespace chibo {
namespace {

// What a YAML node is, in the units list's messages.
const char* kind_label(DocNode::Kind k) { return doc_kind_name(k, Language::Vietnamese); }

// One unit of a YAML list, read into rows as yaml_reader hands it on.
// faults: the reader's errors inside item (a key written twice): said, and
// the row left out for them. unknown: the keys of no unit said so far.
void add_yaml_row(const DocNode& item, const std::vector<Diagnostic>& faults, UnitRows& rows,
                  std::set<std::string>& unknown, Diagnostics& diags) {
  const std::vector<std::string>& keys = unit_keys();
  UnitRow row;
  row.csv = false;
  row.place = {item.where.line, item.where.column};
  for (const Diagnostic& d : faults) {
    diags.error(d.where, d.message);
    row.broken = true;
  }
  if (!item.is_map()) {
    diags.error(item.where, fmt::format("mỗi đơn vị phải là một bảng khóa: giá trị (id: ..., "
                                        "name: ...), nhưng đây là {}",
                                        kind_label(item.kind)));
    row.broken = true;
    rows.push_back(row);
    return;
  }
  // Each key: an id, or its Vietnamese words ("Mã", "Số đảng viên"), as a
  // CSV header may be.
  std::array<const DocEntry*, kUnitKeyCount> by_key{};
  for (const DocEntry& e : item.entries) {
    auto id = std::find(keys.begin(), keys.end(), e.key);
    const std::optional<UnitKey> key =
        id != keys.end() ? std::optional<UnitKey>(static_cast<UnitKey>(id - keys.begin()))
                         : unit_key_of_words(e.key);
    if (!key) {
      // Read past, and said at its first unit, as a CSV list's column of its
      // own is (Ghi chú): an error here gave the run exit 1, the unit kept.
      if (unknown.insert(e.key).second) {
        diags.warning(e.key_where,
                      fmt::format("khóa '{}' không phải khóa của đơn vị, bỏ qua (các khóa là id, "
                                  "name, level, type, parent, members, hoặc Mã, Tên, Cấp, Loại "
                                  "hình, Trực thuộc, Số đảng viên){}",
                                  e.key, co_phai_la(e.key, keys)));
      }
      continue;
    }
    const DocEntry*& first = by_key[static_cast<std::size_t>(*key)];
    if (first) {  // "id" and "Mã" both
      diags.error(
          e.key_where,
          fmt::format("khóa '{}' là '{}' lần thứ hai (lần đầu: '{}' ở dòng {})", e.key,
                      keys[static_cast<std::size_t>(*key)], first->key, first->key_where.line));
      row.broken = true;
      continue;
    }
    first = &e;
  }
  for (std::size_t k = 0; k < kUnitKeyCount; ++k) {
    const std::string& key = keys[k];
    UnitField& f = row.fields[k];
    const DocNode* value = by_key[k] ? &by_key[k]->value : nullptr;
    f.absent = value == nullptr;
    if (value && value->is_null()) value = nullptr;
    // A value merged from a unit above (`<<: *b`) is placed at the `<<`
    // of the unit that merged it (its key's place), as a meeting's is: at
    // the anchor's own place, a duplicate id was said at the first unit's
    // line, naming that line as its own duplicate.
    Location at = item.where;
    if (value) {
      const Location& key_at = by_key[k]->key_where;
      const bool merged =
          std::tie(value->where.line, value->where.column) < std::tie(key_at.line, key_at.column);
      at = merged ? key_at : value->where;
    }
    f.place = {at.line, at.column};
    if (value && !value->is_scalar()) {
      diags.error(value->where, fmt::format("'{}' phải là một giá trị đơn, nhưng đây là {}", key,
                                            kind_label(value->kind)));
      f.invalid = true;
    } else if (value) {
      f.text = rows.keep(trim_field(value->scalar));  // the reader already normalised it to NFC
    }
  }
  rows.push_back(row);
}

}  // namespace

std::optional<YamlUnits> read_yaml_rows(const std::string& text, const std::string& path,
                                        Diagnostics& diags) {
  UnitRows rows;
  std::set<std::string> unknown;
  Diagnostics found;  // said only if the whole file reads: a syntax error is said alone
  const DocItemSink each = [&](DocNode& item, std::vector<Diagnostic>& faults) {
    add_yaml_row(item, faults, rows, unknown, found);
  };
  std::optional<DocNode> doc = read_yaml(text, path, diags, &each, Language::Vietnamese);
  if (!doc) return std::nullopt;
  diags.append(found);
  if (doc->is_null() || doc->is_seq()) return YamlUnits{std::move(rows)};
  diags.error(doc->where, fmt::format("tệp danh sách đơn vị phải liệt kê các đơn vị (- id: "
                                      "..., name: ...), nhưng đây là {}",
                                      kind_label(doc->kind)));
  return YamlUnits{};
}

}  // namespace chibo
