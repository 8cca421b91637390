// The criterion heat-map: which criteria lose most points across the
// district. The cells x criteria matrices of points lost and of meetings
// scored are summed per base organisation (and for the whole district) by
// one product with a sparse membership matrix, with Eigen.
#pragma once

#include <string>
#include <vector>

#include "chibo/rational.h"
#include "chibo/report_input.h"
#include "chibo/units.h"

namespace chibo {

// One item (leaf criterion, bonus items apart) across every sheet that has it.
struct CriterionLoss {
  std::string id, label;
  Rational max;                     // the item's maximum (the largest, if sheets differ)
  Rational lost;                    // points lost over the period's meetings, exact
  int meetings = 0;                 // meetings scored on the item
  int meetings_losing = 0;          // of them, those that lost points on it
  double district_share = 0;        // mean share of the maximum lost per meeting; -1: none
  std::vector<double> group_share;  // per CriterionMatrix::groups; -1: no meetings
};

struct LossGroup {
  std::string id, name;
};

struct CriterionMatrix {
  // The base committees (đảng bộ cơ sở) in file order, then one group for all
  // base cells (chi bộ cơ sở) together: each of those is a single cell, too
  // small for a column of its own.
  std::vector<LossGroup> groups;
  std::vector<CriterionLoss> criteria;  // most points lost first; ties in sheet order
};

CriterionMatrix criterion_matrix(const ReportInput& in);

// The arithmetic alone (tests check it by hand). lost and scored are cells x
// criteria, row-major: points lost summed over a cell's meetings, and how many
// of its meetings were scored on the criterion. group_of_cell[c] is in
// [0, groups). Returns (groups + 1) x criteria, row-major: the mean share of
// each criterion's max lost per meeting for each group, the last row for all
// cells together; -1 where a group has no meeting scored on the criterion.
std::vector<double> loss_share(const std::vector<double>& lost, const std::vector<double>& scored,
                               std::size_t cells, const std::vector<double>& max,
                               const std::vector<int>& group_of_cell, int groups);

}  // namespace chibo
