#include "chibo/district_summary.h"

#include <map>

namespace chibo {

DistrictSummary summarize(const Ranking& ranking, const Units& units, std::size_t grades) {
  DistrictSummary s;
  s.all.per_grade.assign(grades, 0);
  std::map<int, GradeTally> by_type;
  std::map<std::string, GradeTally> by_base;
  auto count = [&](GradeTally& t, int grade) {
    if (t.per_grade.empty()) t.per_grade.assign(grades, 0);
    ++t.per_grade[static_cast<std::size_t>(grade)];
    ++t.cells;
  };
  for (const RankedCell& c : ranking.cells) {
    count(s.all, c.now.grade);
    count(by_type[static_cast<int>(c.now.unit->type)], c.now.grade);
    count(by_base[c.now.unit->parent], c.now.grade);
    s.cells_with_missing_months += c.now.missing_months.empty() ? 0 : 1;
    s.cells_short_of_thematic += c.now.quarters_short_of_thematic.empty() ? 0 : 1;
  }
  for (const auto& [type, tally] : by_type)
    s.by_type.emplace_back(static_cast<UnitType>(type), tally);
  for (const Unit& u : units.units) {
    bool base = u.level != UnitLevel::Cell;
    auto it = by_base.find(u.id);
    if (base && it != by_base.end()) s.by_base.emplace_back(&u, it->second);
  }
  return s;
}

}  // namespace chibo
