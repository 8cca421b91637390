// Counting cells by grade is a sparse product with Eigen: a membership
// matrix (groups x cells: the district, each type, each base organisation)
// times the cells' grades, one indicator vector a grade (a 1 for each cell at
// that grade). Integers, so exact; at national scale (262,894 cells) it
// replaces a map of strings.
#include "chibo/district_summary.h"

#include <Eigen/SparseCore>

#include "chibo/huge_pages.h"

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
  // A column a cell, written in compressed form straight into arrays of our
  // own (HugeVector) that Eigen reads: a cell's entries come in row order
  // (the district, its type, its base organisation), so nothing is inserted,
  // sorted or compressed. Eigen's own insertions (a list of triplets before
  // them was the run's peak of memory) took 1,900 of the national ranking's
  // page faults.
  const auto cells = static_cast<Eigen::Index>(ranking.cells.size());
  HugeVector<int> starts;  // where each column's entries start in entry_rows, and the end
  HugeVector<int> entry_rows;
  starts.reserve(ranking.cells.size() + 1);
  entry_rows.reserve(3 * ranking.cells.size());
  DistrictSummary s;
  // Each cell's grade, gathered in the one pass over the cells (a cell is a
  // few hundred bytes: a pass a grade over 262,894 of them was most of the time).
  Eigen::VectorXi grade_of(cells);
  for (std::size_t c = 0; c < ranking.cells.size(); ++c) {
    const CellPeriod& now = ranking.cells[c].now;
    const auto column = static_cast<Eigen::Index>(c);
    grade_of[column] = now.graded() ? now.grade : -1;  // -1: at no grade
    s.cells_not_graded += now.graded() ? 0 : 1;
    starts.push_back(static_cast<int>(entry_rows.size()));
    entry_rows.push_back(0);
    entry_rows.push_back(1 + static_cast<int>(now.unit->type));
    if (now.base) {
      const auto position = static_cast<std::size_t>(now.base - units.units.data());
      if (position < base_row.size() && base_row[position] >= 0) {
        entry_rows.push_back(base_row[position]);
      }
    }
    s.cells_with_missing_months += now.missing_months.empty() ? 0 : 1;
    s.cells_with_rejected_months += now.rejected_missing_months.empty() ? 0 : 1;
    s.cells_short_of_thematic += now.quarters_short_of_thematic.empty() ? 0 : 1;
  }
  starts.push_back(static_cast<int>(entry_rows.size()));
  HugeVector<int> ones(entry_rows.size(), 1);
  const Eigen::Map<const Eigen::SparseMatrix<int>> membership(
      rows, cells, static_cast<Eigen::Index>(entry_rows.size()), starts.data(), entry_rows.data(),
      ones.data());
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
  if (!units.left_out.empty()) s.units_left_out = static_cast<int>(units.units_left_out().size());
  return s;
}

std::vector<int> months_no_cell_met(const Ranking& ranking) {
  if (ranking.cells.size() < 2) return {};
  // The period's months in force: a cell's list leaves out a month partly in
  // force whose meeting was held on a day out of force (rollup.cpp).
  NumberSet months;
  NumberSet met;
  int met_count = 0;
  for (const RankedCell& c : ranking.cells) {
    for (const MonthResult m : c.now.months) {
      months.add(m.month);
      if (m.present() && !met.has(m.month)) {
        met.add(m.month);
        // Every month of the period met: none is left to find (the first
        // cell, nearly always; a national year's 262,894 cells each looked
        // at were 34 million instructions).
        if (++met_count == ranking.period.months()) return {};
      }
    }
  }
  if (met.empty()) return {};
  std::vector<int> out;
  for (int month : months.list()) {
    if (!met.has(month)) out.push_back(month);
  }
  return out;
}

bool period_has_meeting(const Ranking& ranking) {
  for (const RankedCell& c : ranking.cells) {
    for (const MonthResult m : c.now.months) {
      if (m.present()) return true;
    }
  }
  return false;
}

}  // namespace chibo
