#include "removed_words.h"

#include <fmt/format.h>

namespace chibo {

RemovedUse veto_use(std::size_t index) {
  return RemovedUse::in_section("vetoes", fmt::format("veto {} in 'vetoes:'", index + 1));
}

RemovedUse rollup_use(const std::string& period, std::size_t rule) {
  return RemovedUse::in_section(
      "rollup", rule == kNoRule ? fmt::format("'{}' in 'rollup:'", period)
                                : fmt::format("rule {} of '{}' in 'rollup:'", rule + 1, period));
}

std::string removed_words(const Ruleset& r, const std::string& section, const std::string& id,
                          const RemovedUse& use) {
  const std::string name = section + "." + id;
  for (const Removal& gone : r.removed) {
    if (gone.name != name || !gone.option.empty()) continue;
    if (gone.replaced) {
      return fmt::format(
          "'{0}' is not there: '{1}:' written in {2} (line {3}) replaces the base's whole "
          "'{1}' and leaves it out{4}: to keep the base's and add to them, write yours under "
          "'add:' ('add: {{{1}: {{...}}}}'), not '{1}:'",
          name, section, gone.where.file, gone.where.line,
          use.what.empty() ? "" : ", but " + use.what + " still uses it");
    }
    const std::string why = fmt::format(
        "'{}' was removed ('remove' in {}, line {}){}", name, gone.where.file, gone.where.line,
        use.what.empty() ? "" : ", but " + use.what + " still uses it");
    if (!use.name.empty()) return fmt::format("{}: remove or override '{}' too", why, use.name);
    // "remove or override" led nowhere: 'vetoes.x' names nothing.
    return fmt::format(
        "{0}: write '{1}:' in {2} without it ('{1}' written there replaces the base's whole: "
        "{3})",
        why, use.section, gone.where.file, use.whole_because);
  }
  return "";
}

std::string removed_name_words(const Ruleset& r, std::string_view id, const RemovedUse& use) {
  for (const Removal& gone : r.removed) {
    if (!gone.option.empty()) continue;  // an option dropped: its input is there
    const std::size_t dot = gone.name.find('.');
    const std::string section = gone.name.substr(0, dot);
    if (section != "inputs" && section != "derived" && section != "criteria") continue;
    const std::string gone_id = gone.name.substr(dot + 1);
    if (gone_id == id) return removed_words(r, section, gone_id, use);
  }
  return "";
}

std::optional<SymbolTable::DroppedOption> dropped_option_words(const Ruleset& r,
                                                               std::string_view choice,
                                                               std::string_view option,
                                                               const RemovedUse& use) {
  for (const Removal& gone : r.removed) {
    if (gone.option != option || gone.name != fmt::format("inputs.{}", choice)) continue;
    std::string why = fmt::format(": the override of '{}' dropped it", gone.name);
    if (!use.what.empty()) why += fmt::format(", but {} still uses it", use.what);
    why += use.name.empty() ? fmt::format(": keep the option, or write '{}:' in {} without it",
                                          use.section, gone.where.file)
                            : fmt::format(": keep the option, or override '{}' too", use.name);
    return SymbolTable::DroppedOption{std::move(why), gone.where};
  }
  return std::nullopt;
}

}  // namespace chibo
