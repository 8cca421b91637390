// A map's keys as the Doc tree's builder (yaml_builder.cpp) reads them: each
// a plain name written once (a key written twice, or a list or map as a key,
// is an error and its value is not built), and YAML's merge key (`<<: *base`,
// `<<: [*a, *b]`), whose maps' keys join the map's unless it writes them
// itself. Hand-written: yaml-cpp 0.7 reads `<<` as a key like any other.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "chibo/diagnostic.h"
#include "doc.h"

namespace chibo {

// One map's keys while it is read.
struct MapKeys {
  // The key read, waiting for its value.
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

// A key read as a plain name: kept for its value, or refused as written
// twice. merge_mark: written as the merge key (`<<`, not quoted).
void take_key(MapKeys& keys, const std::string& key, const Location& where, bool merge_mark,
              Diagnostics& diags, Language language);

// A key that is no plain name (a list or map, an alias to one): refused,
// and its value not built.
void refuse_key(MapKeys& keys, const Location& where, Diagnostics& diags, Language language);

// YAML's merge key (`<<: *base`, or `<<: [*a, *b]`, the first map's keys
// first): the maps' keys join merged (keys: theirs), where the map's own
// keys will win. Each merged key is placed at the `<<` (where this map
// takes it; its value keeps its own place): a fault in it is this map's,
// not the one it was first written in.
void merge(const DocNode& from, const Location& where, std::vector<DocEntry>& merged,
           std::unordered_set<std::string>& keys, Diagnostics& diags, Language language);

}  // namespace chibo
