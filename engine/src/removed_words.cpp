#include "removed_words.h"

#include <fmt/format.h>

namespace chibo {

std::string removed_words(const Ruleset& r, const std::string& section, const std::string& id) {
  const std::string name = section + "." + id;
  for (const Removal& gone : r.removed) {
    if (gone.name != name) continue;
    return fmt::format(
        "'{}' was removed ('remove' in {}, line {}): remove or override what uses "
        "it too",
        name, gone.where.file, gone.where.line);
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
