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

// The name in "NAME=VALUE" (all of it when there is no '=').
std::string_view name_of(std::string_view assignment) {
  return assignment.substr(0, assignment.find('='));
}

}  // namespace

const Limits& limits() { return g_limits; }
void set_limits(const Limits& l) { g_limits = l; }

std::optional<std::string> set_limit(std::string_view assignment, Limits& l) {
  std::size_t eq = assignment.find('=');
  std::string_view name = name_of(assignment);
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

std::optional<std::string> set_limits_from(const std::vector<std::string>& assignments, Limits& l) {
  for (std::size_t i = 0; i < assignments.size(); ++i) {
    if (auto why = set_limit(assignments[i], l)) return why;
    const std::string_view name = name_of(assignments[i]);
    // Given twice, the last one won unsaid: a script's default and a
    // value typed after it, and the run used the one not meant.
    std::vector<std::string_view> given;
    for (const std::string& a : assignments) {
      if (name_of(a) == name) given.push_back(a);
    }
    if (given.size() > 1) {
      const std::string_view last = given.back();
      given.pop_back();
      return fmt::format("--limit {} chỉ được ghi một lần (đã ghi {} lần: {} và {})", name,
                         given.size() + 1, fmt::join(given, ", "), last);
    }
  }
  return std::nullopt;
}

}  // namespace chibo
