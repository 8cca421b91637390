#include "yaml_keys.h"

#include <algorithm>

#include <fmt/format.h>

#include "yaml_builder.h"

namespace chibo {

void take_key(MapKeys& keys, const std::string& key, const Location& where, bool merge_mark,
              Diagnostics& diags, Language language) {
  keys.have_key = true;
  keys.skip_value = false;
  keys.merging = false;
  if (key == "<<" && merge_mark) {
    if (keys.merge_line > 0) {
      diags.error(where, fmt::format(say(language,
                                         "duplicate key '<<' (first written on line {}): merge "
                                         "several maps with <<: [*a, *b]",
                                         "khóa '<<' xuất hiện hai lần (lần đầu ở dòng {}): muốn "
                                         "gộp nhiều bảng khóa, hãy ghi một lần: <<: [*a, *b]"),
                                     keys.merge_line));
      keys.skip_value = true;
      return;
    }
    keys.merge_line = where.line;
    keys.merging = true;
    keys.key_where = where;
    return;
  }
  if (auto [first, added] = keys.own.emplace(key, where.line); !added) {
    diags.error(where, fmt::format(say(language, "duplicate key '{}' (first written on line {})",
                                       "khóa '{}' xuất hiện hai lần (lần đầu ở dòng {})"),
                                   key, first->second));
    keys.skip_value = true;
    return;
  }
  keys.key = key;
  keys.key_where = where;
}

void refuse_key(MapKeys& keys, const Location& where, Diagnostics& diags, Language language) {
  diags.error(where, language == Language::Vietnamese
                         ? "khóa phải là một tên, không phải danh sách hay bảng khóa"
                         : "a key must be a plain name, not a list or map");
  keys.have_key = true;
  keys.skip_value = true;
}

void merge(const DocNode& from, const Location& where, std::vector<DocEntry>& merged,
           std::unordered_set<std::string>& keys, Diagnostics& diags, Language language) {
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
  diags.error(where, language == Language::Vietnamese
                         ? "sau '<<' phải là tên một bảng khóa đã đánh dấu ở chỗ khác (<<: *tên, "
                           "với &tên ở bảng khóa đó) hoặc một danh sách các tên như thế (<<: "
                           "[*a, *b])"
                         : "'<<' merges the keys of a map written elsewhere (<<: *name, after "
                           "&name on that map), or of a list of them");
}

}  // namespace chibo
