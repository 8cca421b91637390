#include "chibo/limits.h"

#include <charconv>
#include <cstdint>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "chibo/did_you_mean.h"

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
  std::vector<std::string> names;
  for (const Named& n : kNamed) {
    names.emplace_back(n.name);
    if (name != n.name) continue;
    std::string_view value = eq == std::string_view::npos ? "" : assignment.substr(eq + 1);
    std::size_t v = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
    if (ec != std::errc() || end != value.data() + value.size() || v == 0 || v > n.most) {
      if (n.most != SIZE_MAX) {
        return fmt::format("--limit {}: hãy ghi {}=N, với N là một số nguyên từ 1 đến {}",
                           assignment, name, n.most);
      }
      return fmt::format("--limit {}: hãy ghi {}=N, với N là một số nguyên lớn hơn 0", assignment,
                         name);
    }
    l.*(n.field) = v;
    return std::nullopt;
  }
  // Said in the command line's words (Vietnamese), as its other mistakes are.
  return fmt::format("--limit {}: không có giới hạn '{}'{} (các giới hạn: {})", assignment, name,
                     co_phai_la(name, names), fmt::join(names, ", "));
}

}  // namespace chibo
