// Builds the Doc tree (doc.h) from yaml-cpp's parse events, and the places
// and words of what it says: yaml_reader.cpp checks the text first and words
// yaml-cpp's syntax errors; this keeps the tree's own checks (duplicate keys,
// keys that are not plain names, the merge key, the limits on nodes and
// depth, a quote never closed). The only files that include yaml-cpp's
// parser: yaml_reader.cpp and this one.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <yaml-cpp/mark.h>

#include "chibo/diagnostic.h"
#include "doc.h"
#include "yaml_reader.h"

namespace chibo {

// The document in text (valid UTF-8, line ends made LF, flow nesting within
// the limit: read_yaml's checks). Its faults go to found; a syntax error is
// thrown as yaml-cpp's YAML::Exception, for the caller to word. With
// each_item, a top-level list's items are handed to it as each is read (see
// read_yaml).
DocNode build_doc(std::string_view text, const std::string& file, Diagnostics& found,
                  const DocItemSink* each_item, Language language);

// Where the line holding byte pos begins.
std::size_t line_start(std::string_view text, std::size_t pos);

// yaml-cpp counts columns in bytes; people (and editors) count characters:
// "label: Tốt, when: x" has 'when' at column 13, not 15. The column is
// recounted in code points from the start of the mark's line.
Location location_in(std::string_view text, const std::string& file, const YAML::Mark& mark);

// A message in the reader's language: English for the rulesets' authors,
// Vietnamese for the office staff who write records and units lists.
inline auto say(Language language, const char* english, const char* vietnamese) {
  return fmt::runtime(language == Language::Vietnamese ? vietnamese : english);
}

// Lists and maps nested past max_yaml_depth, in language.
std::string depth_message(Language language);

}  // namespace chibo
