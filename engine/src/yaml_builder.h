// Builds the Doc tree (doc.h) from yaml-cpp's parse events, and the words
// of what it says: yaml_reader.cpp checks the text first and words
// yaml-cpp's syntax errors; this keeps the tree's own checks (duplicate keys,
// keys that are not plain names, the merge key: yaml_keys.h; the limits:
// yaml_budget.h; a quote never closed). The only files that include
// yaml-cpp's parser: yaml_reader.cpp and this one.
#pragma once

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "chibo/diagnostic.h"
#include "doc.h"
#include "yaml_reader.h"

namespace chibo {

// The document in text (valid UTF-8, line ends made LF, flow nesting within
// the limit: read_yaml's checks). Its faults go to found; a syntax error is
// thrown as yaml-cpp's YAML::Exception, for the caller to word (nesting past
// yaml-cpp's own depth is said in found, and thrown as YAML::DeepRecursion). With
// each_item, a top-level list's items are handed to it as each is read (see
// read_yaml), and a top-level map too with TopMap::Item.
DocNode build_doc(std::string_view text, const std::string& file, Diagnostics& found,
                  const DocItemSink* each_item, Language language,
                  TopMap top_map = TopMap::Document);

// A message in the reader's language: English for the rulesets' authors,
// Vietnamese for the office staff who write records and units lists.
inline auto say(Language language, const char* english, const char* vietnamese) {
  return fmt::runtime(language == Language::Vietnamese ? vietnamese : english);
}

}  // namespace chibo
