#include "base_names.h"

#include <fmt/format.h>

namespace chibo {

BaseNames::BaseNames(const Ranking& ranking) {
  for (const RankedCell& c : ranking.cells) {
    if (c.now.base && c.now.base != c.now.unit) add(*c.now.base);
  }
}

BaseNames::BaseNames(const Units& units) {
  for (const Unit& u : units.units) {
    if (!u.holds_meetings()) continue;
    const Unit* base = units.base_of(u);
    if (base && base != &u) add(*base);
  }
}

BaseNames::BaseNames(const DistrictSummary& summary) {
  for (const auto& entry : summary.by_base) add(*entry.first);
}

void BaseNames::add(const Unit& base) {
  if (!seen_.insert(&base).second) return;
  auto [at, fresh] = first_named_.emplace(base.name, &base);
  if (fresh) return;
  shared_.insert(&base);
  shared_.insert(at->second);
}

std::string BaseNames::name(const Unit& base) const {
  return shared(base) ? fmt::format("{} ({})", base.name, base.id) : std::string(base.name);
}

std::string BaseNames::of_cell(const Unit& cell, const Unit* base) const {
  return base && base != &cell ? name(*base) : std::string();
}

}  // namespace chibo
