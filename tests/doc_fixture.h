// A YAML text read into a Doc tree for the loaders' and the writer's tests,
// and diagnostics as the lines a user reads.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "chibo/diagnostic.h"
#include "doc.h"
#include "yaml_reader.h"

namespace chibo::testing {

using Lines = std::vector<std::string>;

// text read as f.yaml, which must read without a word.
inline DocNode parse_doc(const std::string& text) {
  Diagnostics diags;
  std::optional<DocNode> doc = read_yaml(text, "f.yaml", diags);
  REQUIRE(doc);
  REQUIRE(diags.items().empty());
  return *doc;
}

inline Lines diagnostic_lines(const Diagnostics& diags) {
  Lines out;
  for (const Diagnostic& d : diags.items()) out.push_back(format_diagnostic(d));
  return out;
}

}  // namespace chibo::testing
