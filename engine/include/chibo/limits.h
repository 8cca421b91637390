// Limits on hostile or broken input. Rulesets, units lists and records arrive
// by email and USB stick; some are broken and some are made to hurt. Each
// limit has a safe default, is said in the error when reached, and can be
// changed for one run with `chibo --limit NAME=VALUE` (README, "Limits").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chibo {

struct Limits {
  // A file read whole (a ruleset, a units list, a YAML records file).
  std::size_t max_file_bytes = std::size_t{64} << 20;
  // One CSV record, quotes and line breaks inside quotes included: an
  // unclosed quote otherwise swallows the rest of the file.
  std::size_t max_record_bytes = std::size_t{1} << 20;
  // Fields in one CSV record.
  std::size_t max_fields = 2000;
  // Nesting of YAML lists and maps ("[[[[..." would exhaust the stack).
  std::size_t max_yaml_depth = 64;
  // YAML nodes after aliases are expanded ("billion laughs").
  std::size_t max_yaml_nodes = 1'000'000;
};

// The limits in force (the defaults until set_limits).
const Limits& limits();
void set_limits(const Limits& l);

// Sets one limit from "NAME=VALUE" (VALUE a whole number > 0); the error
// message when the name or value is wrong.
std::optional<std::string> set_limit(std::string_view assignment, Limits& l);

// Sets each of `chibo --limit`'s assignments in turn; the error message of
// the first that is wrong, or of a limit given more than once (which value
// was meant cannot be known).
std::optional<std::string> set_limits_from(const std::vector<std::string>& assignments, Limits& l);

}  // namespace chibo
