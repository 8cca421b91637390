// Counting cells by grade is a sparse product with Eigen: a membership
// matrix (groups x cells: the district, each type, each base organisation)
// times the cells' grades, one indicator vector a grade (a 1 for each cell at
// that grade). Integers, so exact; at national scale (262,894 cells) it
// replaces a map of strings.
#include "chibo/district_summary.h"

#include <Eigen/SparseCore>

namespace chibo {
namespace {

constexpr int kTypes = static_cast<int>(UnitType::ArmedForces) + 1;

}  // namespace

DistrictSummary summarize(const Ranking& ranking, const Units& units, std::size_t grades) {
  // Rows of the membership matrix: 0 the district, 1..kTypes the types, then
  // the base organisations in file order.
  std::vector<int> base_row(units.units.size(), -1);
  int rows = 1 + kTypes;
  for (std::size_t i = 0; i < units.units.size(); ++i) {
    if (units.units[i].level != UnitLevel::Cell) base_row[i] = rows++;
  }
  // Filled in place, a cell at a time (no list of triplets, no sorting
  // copy): at national scale the triplets were the run's peak of memory.
  const auto cells = static_cast<Eigen::Index>(ranking.cells.size());
  Eigen::SparseMatrix<int> membership(rows, cells);  // a column a cell
  // Not for no cells: Eigen 3.4's makeCompressed() then reads past its
  // (empty) count of entries a column (found by AddressSanitizer).
  if (cells > 0) membership.reserve(Eigen::VectorXi::Constant(cells, 3));
  DistrictSummary s;
  // Each cell's grade, gathered in the one pass over the cells (a cell is a
  // few hundred bytes: a pass a grade over 262,894 of them was most of the time).
  Eigen::VectorXi grade_of(cells);
  for (std::size_t c = 0; c < ranking.cells.size(); ++c) {
    const CellPeriod& now = ranking.cells[c].now;
    const auto column = static_cast<Eigen::Index>(c);
    grade_of[column] = now.grade;
    membership.insert(0, column) = 1;
    membership.insert(1 + static_cast<int>(now.unit->type), column) = 1;
    if (now.base) {
      const auto position = static_cast<std::size_t>(now.base - units.units.data());
      if (position < base_row.size() && base_row[position] >= 0) {
        membership.insert(base_row[position], column) = 1;
      }
    }
    s.cells_with_missing_months += now.missing_months.empty() ? 0 : 1;
    s.cells_short_of_thematic += now.quarters_short_of_thematic.empty() ? 0 : 1;
  }
  membership.makeCompressed();
  Eigen::MatrixXi counts(rows, static_cast<Eigen::Index>(grades));
  for (Eigen::Index g = 0; g < counts.cols(); ++g) {
    const Eigen::VectorXi at_grade = (grade_of.array() == static_cast<int>(g)).cast<int>();
    counts.col(g) = membership * at_grade;
  }

  auto tally = [&](int row) {
    GradeTally t;
    for (std::size_t g = 0; g < grades; ++g) {
      t.per_grade.push_back(counts(row, static_cast<Eigen::Index>(g)));
      t.cells += t.per_grade.back();
    }
    return t;
  };
  s.all = tally(0);
  for (int type = 0; type < kTypes; ++type) {
    GradeTally t = tally(1 + type);
    if (t.cells > 0) s.by_type.emplace_back(static_cast<UnitType>(type), std::move(t));
  }
  for (std::size_t i = 0; i < units.units.size(); ++i) {
    if (base_row[i] < 0) continue;
    GradeTally t = tally(base_row[i]);
    if (t.cells > 0) s.by_base.emplace_back(&units.units[i], std::move(t));
  }
  return s;
}

}  // namespace chibo
