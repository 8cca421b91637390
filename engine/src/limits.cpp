#include "chibo/limits.h"

#include <charconv>
#include <cstdint>

#include <fmt/format.h>

namespace chibo {
namespace {

Limits g_limits;

struct Named {
  const char* name;
  std::size_t Limits::*field;
  std::size_t most = SIZE_MAX;
};
// A record's fields are placed in its text with 32 bits (FieldList::Span),
// and a file read whole may be one record (YAML): neither may pass 4 GiB - 1.
constexpr std::size_t kMostBytes = UINT32_MAX;
constexpr Named kNamed[] = {
    {"max_file_bytes", &Limits::max_file_bytes, kMostBytes},
    {"max_record_bytes", &Limits::max_record_bytes, kMostBytes},
    {"max_fields", &Limits::max_fields},
    {"max_yaml_depth", &Limits::max_yaml_depth},
    {"max_yaml_nodes", &Limits::max_yaml_nodes},
};

}  // namespace

const Limits& limits() { return g_limits; }
void set_limits(const Limits& l) { g_limits = l; }

std::optional<std::string> set_limit(std::string_view assignment, Limits& l) {
  std::size_t eq = assignment.find('=');
  std::string_view name = assignment.substr(0, eq);
  std::string names;
  for (const Named& n : kNamed) {
    names += names.empty() ? n.name : std::string(", ") + n.name;
    if (name != n.name) continue;
    std::string_view value = eq == std::string_view::npos ? "" : assignment.substr(eq + 1);
    std::size_t v = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
    if (ec != std::errc() || end != value.data() + value.size() || v == 0 || v > n.most) {
      if (n.most != SIZE_MAX) {
        return fmt::format("--limit {}: write {}=N with N a whole number from 1 to {}", assignment,
                           name, n.most);
      }
      return fmt::format("--limit {}: write {}=N with N a whole number above 0", assignment, name);
    }
    l.*(n.field) = v;
    return std::nullopt;
  }
  return fmt::format("--limit {}: no such limit (the limits are {})", assignment, names);
}

}  // namespace chibo
