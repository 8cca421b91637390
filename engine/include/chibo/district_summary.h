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
  // Cells with no month of the period to grade them by (CellPeriod::graded):
  // in no tally above, where they were counted Kém.
  int cells_not_graded = 0;
  // Units of the list left out for their rows' faults (Units::units_left_out):
  // in no tally, said under the ranking so that its totals are not read as
  // the whole list's.
  int units_left_out = 0;
};

DistrictSummary summarize(const Ranking& ranking, const Units& units, std::size_t grades);

// The months of the period (1-12, ascending) in which none of two or more
// ranked cells has a regular meeting scored, while some other month of the
// period has one: the records of a month or a quarter left out of the files
// (a year ranked from three quarters' files). Every cell then counts those
// months missing, graded down as one, which the ranking alone does not tell
// from cells that did not meet. Empty when the period has no meeting at all
// (said on its own), or one cell alone is ranked (its missing month is its own).
std::vector<int> months_no_cell_met(const Ranking& ranking);

// Whether some cell ranked has a regular meeting scored in the period. None
// (a period the records files do not cover, or every record of it rejected):
// every cell is graded the lowest for its months all missing, which a
// report says as no meeting recorded, not as every cell graded so.
bool period_has_meeting(const Ranking& ranking);

}  // namespace chibo
