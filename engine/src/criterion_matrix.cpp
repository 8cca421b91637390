#include "criterion_matrix.h"

#include <Eigen/Dense>
#include <Eigen/Sparse>
#include <algorithm>
#include <map>

#include "compiled_ruleset_data.h"

namespace chibo {

using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

std::vector<double> loss_share(const std::vector<double>& lost, const std::vector<double>& scored,
                               std::size_t cells, const std::vector<double>& max,
                               const std::vector<int>& group_of_cell, int groups) {
  const auto n = static_cast<Eigen::Index>(cells);
  const auto k = static_cast<Eigen::Index>(max.size());
  Eigen::Map<const RowMatrix> l(lost.data(), n, k), s(scored.data(), n, k);
  // Membership: one row per group plus a last row of ones for the district.
  // Sparse, two entries a cell: dense, the nation's 18,162 base committees by
  // 262,894 cells were 38 GB (`chibo report` failed with bad_alloc).
  std::vector<Eigen::Triplet<double, Eigen::Index>> entries;
  entries.reserve(2 * cells);
  for (Eigen::Index c = 0; c < n; ++c) {
    entries.emplace_back(group_of_cell[static_cast<std::size_t>(c)], c, 1.0);
    entries.emplace_back(groups, c, 1.0);
  }
  Eigen::SparseMatrix<double, Eigen::RowMajor, Eigen::Index> member(groups + 1, n);
  member.setFromTriplets(entries.begin(), entries.end());
  RowMatrix lost_by_group = member * l;
  RowMatrix scored_by_group = member * s;
  Eigen::Map<const Eigen::RowVectorXd> maxima(max.data(), k);
  RowMatrix share = (scored_by_group.array() > 0)
                        .select(lost_by_group.array() /
                                    (scored_by_group.array().max(1.0).rowwise() * maxima.array()),
                                -1.0);
  return std::vector<double>(share.data(), share.data() + share.size());
}

namespace {

double as_double(const Rational& x) {
  return static_cast<double>(x.num()) / static_cast<double>(x.den());
}

}  // namespace

CriterionMatrix criterion_matrix(const ReportInput& in) {
  CriterionMatrix out;
  const CompiledRuleset& r = in.ruleset;
  // Columns: items by id across sheets, in sheet order.
  std::map<std::string, std::size_t> column_of;
  for (const CompiledForm& form : r.forms) {
    for (const CompiledNode& node : form.nodes) {
      if (node.group || node.bonus || !(Rational(0) < node.max)) continue;
      auto [it, added] = column_of.emplace(node.criterion->id, out.criteria.size());
      if (added) {
        CriterionLoss loss;
        loss.id = node.criterion->id;
        loss.label = node.criterion->label;
        loss.max = node.max;
        out.criteria.push_back(std::move(loss));
      }
      CriterionLoss& c = out.criteria[it->second];
      c.max = max(c.max, node.max);
    }
  }
  std::map<const Unit*, int> group_index;
  int base_cells = 0;
  for (const RankedCell& cell : in.ranking.cells) {
    if (cell.now.base && cell.now.base->level == UnitLevel::BaseCommittee) {
      group_index.emplace(cell.now.base, 0);
    } else {
      ++base_cells;
    }
  }
  for (const Unit& u : in.units.units) {
    auto it = group_index.find(&u);
    if (it == group_index.end()) continue;
    it->second = static_cast<int>(out.groups.size());
    out.groups.push_back({u.id, std::string(u.name)});
  }
  const int base_cell_group = static_cast<int>(out.groups.size());
  if (base_cells > 0) out.groups.push_back({"CBCS", "Các chi bộ cơ sở"});
  // Each form's nodes' columns, -1 for a node without one: looked up once
  // here, not by id for each node of each meeting (the nation's 4 million
  // meetings spent 5 of `chibo report`'s 24 seconds in those look-ups).
  std::vector<std::vector<int>> column_of_node;
  for (const CompiledForm& form : r.forms) {
    std::vector<int>& columns = column_of_node.emplace_back();
    for (const CompiledNode& node : form.nodes) {
      auto col = column_of.find(node.criterion->id);
      const bool has = !node.group && !node.bonus && col != column_of.end();
      columns.push_back(has ? static_cast<int>(col->second) : -1);
    }
  }
  const std::size_t cells = in.ranking.cells.size(), k = out.criteria.size();
  std::vector<double> lost(cells * k, 0.0), scored(cells * k, 0.0), maxima(k);
  std::vector<int> group_of_cell(cells);
  for (std::size_t j = 0; j < k; ++j) maxima[j] = as_double(out.criteria[j].max);
  // The cells in the units list's order, not the ranking's: the store keeps
  // meetings as they were read, a month of the list at a time in a
  // district's file, so each cell's meetings lie next to the last cell's
  // (walked in ranking order, each was a cache miss: 4 of the 20 seconds of
  // the nation's report). Every sum is a cell's own or exact: the same in
  // any order.
  std::vector<std::size_t> order(cells);
  for (std::size_t c = 0; c < cells; ++c) order[c] = c;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return in.ranking.cells[a].now.unit_index < in.ranking.cells[b].now.unit_index;
  });
  for (const std::size_t c : order) {
    const CellPeriod& now = in.ranking.cells[c].now;
    auto g = group_index.find(now.base);
    group_of_cell[c] = g == group_index.end() ? base_cell_group : g->second;
    if (!in.store.keeps_criteria()) continue;  // nothing lost to count: every share -1
    for (const StoredMeeting& m : in.store.meetings_of(now.unit_index)) {
      if (!in.ranking.period.contains(m.year, m.month)) continue;
      const auto f = static_cast<std::size_t>(in.store.form(m));
      const CompiledForm& form = r.forms[f];
      const std::vector<int>& columns = column_of_node[f];
      for (std::size_t i = 0; i < form.nodes.size(); ++i) {
        if (columns[i] < 0) continue;
        const auto col = static_cast<std::size_t>(columns[i]);
        const CompiledNode& node = form.nodes[i];
        // Left off the meeting's sheet (did not apply, rescaled): no points to
        // lose. One that applied and scored 0 lost them all.
        const std::optional<Rational> kept = in.store.criterion(m, i);
        if (!kept) continue;
        const Rational points = *kept;
        CriterionLoss& crit = out.criteria[col];
        Rational loss = max(Rational(0), difference(node.max, points));
        crit.lost = add_or_round(crit.lost, loss);
        ++crit.meetings;
        if (Rational(0) < loss) ++crit.meetings_losing;
        lost[c * k + col] += as_double(loss) * maxima[col] / as_double(node.max);
        scored[c * k + col] += 1;
      }
    }
  }
  const int groups = static_cast<int>(out.groups.size());
  std::vector<double> share = loss_share(lost, scored, cells, maxima, group_of_cell, groups);
  for (std::size_t j = 0; j < k; ++j) {
    CriterionLoss& crit = out.criteria[j];
    for (std::size_t g = 0; g < out.groups.size(); ++g)
      crit.group_share.push_back(share[g * k + j]);
    // -1 as a group's: no meeting of the period was scored on it (not 0% lost).
    crit.district_share =
        crit.meetings == 0 ? -1.0 : std::max(0.0, share[static_cast<std::size_t>(groups) * k + j]);
  }
  std::stable_sort(out.criteria.begin(), out.criteria.end(),
                   [](const CriterionLoss& a, const CriterionLoss& b) { return b.lost < a.lost; });
  return out;
}

}  // namespace chibo
