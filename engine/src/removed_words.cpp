#include "removed_words.h"

#include <fmt/format.h>

namespace chibo {

std::string removed_words(const Ruleset& r, const std::string& section, const std::string& id,
                          const char* used_in) {
  const std::string name = section + "." + id;
  for (const Removal& gone : r.removed) {
    if (gone.name != name) continue;
    const std::string why = fmt::format("'{}' was removed ('remove' in {}, line {})", name,
                                        gone.where.file, gone.where.line);
    if (used_in == nullptr) return why + ": remove or override what uses it too";
    // "remove or override" led nowhere: 'vetoes.x' names nothing.
    return fmt::format(
        "{0}: write '{1}:' in {2} without it ('{1}' written there replaces the "
        "base's whole: a part of it cannot be overridden or removed)",
        why, used_in, gone.where.file);
  }
  return "";
}

std::vector<std::pair<std::string, std::string>> removed_names(const Ruleset& r) {
  std::vector<std::pair<std::string, std::string>> names;
  for (const Removal& gone : r.removed) {
    const std::size_t dot = gone.name.find('.');
    const std::string section = gone.name.substr(0, dot);
    if (section != "inputs" && section != "derived" && section != "criteria") continue;
    const std::string id = gone.name.substr(dot + 1);
    names.emplace_back(id, removed_words(r, section, id));
  }
  return names;
}

}  // namespace chibo
