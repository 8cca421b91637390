// Removed words: what a use of something a tailoring removed is told.
//
// A tailored ruleset's `remove: [inputs.x, grades.tb]` takes things out of
// its base, but the base may still use them: an expression, a grade's
// at_max, a veto's at_most, the roll-up, an example, a tie-break key. Each
// such use is an error at the use, saying where the thing went, what still
// uses it and what to do: a use that can be named (criteria, grades,
// derived, checks with an id) is removed or overridden too; one in a
// section whose parts cannot be named (vetoes, rollup, ranking, examples)
// is mended by writing that section in the tailoring, which replaces the
// base's whole.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chibo/ruleset.h"
#include "expression.h"

namespace chibo {

// What still uses a removed thing, for the message's advice.
struct RemovedUse {
  // As the message says it: "derived value 'attendance'", "veto 2 in
  // 'vetoes:'"; "" when the message names it already.
  std::string what;
  // SECTION.ID a tailoring names it by ("derived.attendance"): removed or
  // overridden too; "" when it has none.
  std::string name;
  // Without a name: the section the tailoring writes whole instead
  // ("vetoes", "rollup"), and why a part of it will not do.
  std::string section, whole_because;

  // A use a tailoring can remove or override by its name.
  static RemovedUse named(std::string what, std::string name) {
    return {std::move(what), std::move(name), "", ""};
  }
  // A use in a section the tailoring writes whole.
  static RemovedUse in_section(
      std::string section, std::string what = "",
      std::string because = "a part of it cannot be overridden or removed") {
    return {std::move(what), "", std::move(section), std::move(because)};
  }
};

// A veto's use (index from 0; vetoes have no names): "veto 2 in 'vetoes:'",
// whether its 'when' reads a removed name or its 'at_most' a removed grade.
RemovedUse veto_use(std::size_t index);

// A roll-up period's use ("quarter", "year"): a count rule's (index from 0)
// "rule 2 of 'year' in 'rollup:'", its 'otherwise' "'year' in 'rollup:'"
// (kNoRule), told as a veto's is (its rules have no names either).
inline constexpr std::size_t kNoRule = static_cast<std::size_t>(-1);
RemovedUse rollup_use(const std::string& period, std::size_t rule);

// Why SECTION.ID is not there when a tailoring removed it, for the message
// about a use of it: "'inputs.x' was removed ('remove' in tinh.yaml, line
// 8), but derived value 'a' still uses it: remove or override 'derived.a'
// too"; "" when none did.
std::string removed_words(const Ruleset& r, const std::string& section, const std::string& id,
                          const RemovedUse& use);

// The same for a name an expression reads (an input, derived value or
// criterion id), whichever of those a tailoring removed; "" when none.
std::string removed_name_words(const Ruleset& r, std::string_view id, const RemovedUse& use);

// Why option is not one of input choice's when a tailoring's override of
// its options left it out: ": the override of 'inputs.x' dropped it, but
// item 'a' still uses it: keep the option, or override 'criteria.a' too",
// and where (the override's 'options'); nullopt when none did.
std::optional<SymbolTable::DroppedOption> dropped_option_words(const Ruleset& r,
                                                               std::string_view choice,
                                                               std::string_view option,
                                                               const RemovedUse& use);

// symbols as one use's expression reads them: a name they do not know that
// a tailoring removed is told where it went and what to do about this use
// (removed_name_words), said at the use (in the base file).
class UseSymbols final : public SymbolTable {
 public:
  UseSymbols(const SymbolTable& symbols, const Ruleset& r, const RemovedUse& use)
      : symbols_(symbols), r_(r), use_(use) {}
  const Symbol* find(std::string_view name) const override { return symbols_.find(name); }
  std::vector<std::string> names() const override { return symbols_.names(); }
  std::string known_elsewhere(std::string_view name) const override {
    std::string why = symbols_.known_elsewhere(name);
    return why.empty() ? removed_name_words(r_, name, use_) : why;
  }
  std::optional<DroppedOption> dropped_option(std::string_view choice,
                                              std::string_view option) const override {
    return dropped_option_words(r_, choice, option, use_);
  }

 private:
  const SymbolTable& symbols_;
  const Ruleset& r_;
  const RemovedUse& use_;
};

}  // namespace chibo
