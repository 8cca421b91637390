// District summary: how many cells reached each grade in a period, overall,
// by type of cell and by base organisation, as district reports write it
// ("150/192 chi bộ đạt Tốt, 78,13%").
#pragma once

#include <utility>
#include <vector>

#include "chibo/ranking.h"
#include "chibo/units.h"

namespace chibo {

struct GradeTally {
  std::vector<int> per_grade;  // parallel to the ruleset's grades
  int cells = 0;
};

struct DistrictSummary {
  GradeTally all;
  std::vector<std::pair<UnitType, GradeTally>> by_type;     // types present, in a fixed order
  std::vector<std::pair<const Unit*, GradeTally>> by_base;  // base organisations, in file order
  int cells_with_missing_months = 0;
  int cells_with_rejected_months = 0;  // of those, cells with a month a record was rejected for
  int cells_short_of_thematic = 0;
};

DistrictSummary summarize(const Ranking& ranking, const Units& units, std::size_t grades);

}  // namespace chibo
