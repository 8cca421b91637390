// The workbook's "Chi tiết" sheet: every meeting of the period, one row
// each, with every criterion's points (groups and items, by id across the
// ruleset's sheets, in sheet order; empty where a meeting's sheet has none,
// or leaves it off).
#include <fmt/format.h>

#include <map>

#include "base_names.h"
#include "compiled_ruleset_data.h"
#include "report_xlsx_book.h"

namespace chibo {

void add_details_sheet(XlsxBook& b, const ReportInput& in) {
  const CompiledRuleset& r = in.ruleset;
  std::vector<std::string> header = {"Chi bộ", "Tên",       "Đảng bộ cơ sở", "Tháng",
                                     "Loại",   "Tổng điểm", "Xếp loại",      "Nguồn"};
  // Each form's nodes' columns, found here once (not by id a node a meeting);
  // a criterion in both forms has one column.
  std::map<std::string, int> column_of;  // criterion id -> column
  std::vector<std::vector<int>> columns_of_form;
  for (const CompiledForm& form : r.forms) {
    std::vector<int>& columns = columns_of_form.emplace_back();
    for (const CompiledNode& node : form.nodes) {
      const Criterion& c = *node.criterion;
      auto [at, added] = column_of.emplace(c.id, static_cast<int>(header.size()));
      if (added) header.push_back(fmt::format("{} ({})", c.label, c.id));
      columns.push_back(at->second);
    }
  }
  std::vector<double> w(header.size(), 12);
  w[1] = w[2] = 30;
  w[7] = 24;
  SheetTable table(b, "Chi tiết", header, w);
  const bool points = in.store.keeps_criteria();
  const BaseNames base_names(in.ranking);  // a name two bases share with its id
  for (const RankedCell& cell : in.ranking.cells) {
    const Unit& u = *cell.now.unit;
    for (const StoredMeeting& m : in.store.meetings_of(cell.now.unit_index)) {
      if (!in.ranking.period.contains(m.year, m.month)) continue;
      table.next_row();
      auto g = static_cast<std::size_t>(m.grade);
      table.put(0, u.id);
      table.put(1, std::string(u.name));
      // A cell that is its own base (chi bộ cơ sở): empty, as on "Xếp hạng" (rank_rows.cpp).
      table.put(2, base_names.of_cell(u, cell.now.base));
      table.put(3, fmt::format("{:02}/{}", m.month, m.year));
      table.put(4, meeting_kind_words(m.kind));
      const double total = shown(r, in.store.total(m));
      table.put(5, total, b.score(total));
      table.put(6, r.model.grades[g].label, b.grade[g]);
      table.put(7, fmt::format("{}:{}", in.store.file_of(m), m.line));
      const std::vector<int>& columns = columns_of_form[static_cast<std::size_t>(in.store.form(m))];
      for (std::size_t i = 0; points && i < columns.size(); ++i) {
        // Left off the meeting's sheet (not applicable, rescaled): empty, as in
        // score's csv (0 would read as points lost).
        if (const std::optional<Rational> p = in.store.criterion(m, i)) {
          const double value = shown(r, *p);
          table.put(columns[i], value, b.score(value));
        }
      }
    }
  }
  table.finish();
}

}  // namespace chibo
