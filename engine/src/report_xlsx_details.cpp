// The workbook's "Chi tiết" sheet: every meeting of the period, one row
// each, with every criterion's points (groups and items, by id across the
// ruleset's sheets, in sheet order; empty where a meeting's sheet has none).
#include <fmt/format.h>

#include <map>

#include "compiled_ruleset_data.h"
#include "report_xlsx_book.h"

namespace chibo {

void add_details_sheet(XlsxBook& b, const ReportInput& in) {
  const CompiledRuleset& r = in.ruleset;
  lxw_worksheet* s = workbook_add_worksheet(b.book, "Chi tiết");
  std::vector<std::string> header = {"Chi bộ", "Tên",       "Tổ chức cơ sở", "Tháng",
                                     "Loại",   "Tổng điểm", "Xếp loại",      "Nguồn"};
  std::map<std::string, int> column_of;  // criterion id -> column
  for (const CompiledForm& form : r.forms) {
    for (const CompiledNode& node : form.nodes) {
      const Criterion& c = *node.criterion;
      if (column_of.emplace(c.id, static_cast<int>(header.size())).second) {
        header.push_back(fmt::format("{} ({})", c.label, c.id));
      }
    }
  }
  for (std::size_t c = 0; c < header.size(); ++c) {
    put(s, 0, static_cast<int>(c), header[c], b.header);
  }
  int row = 0;
  for (const RankedCell& cell : in.ranking.cells) {
    const Unit& u = *cell.now.unit;
    for (const StoredMeeting& m : in.store.meetings_of(cell.now.unit_index)) {
      if (!in.ranking.period.contains(m.year, m.month)) continue;
      ++row;
      auto g = static_cast<std::size_t>(m.grade);
      put(s, row, 0, u.id);
      put(s, row, 1, std::string(u.name));
      put(s, row, 2, std::string(cell.now.base ? cell.now.base->name : ""));
      put(s, row, 3, fmt::format("{:02}/{}", m.month, m.year));
      put(s, row, 4, m.kind == MeetingKind::Thematic ? "chuyên đề" : "thường kỳ");
      put(s, row, 5, shown(r, in.store.total(m)), b.score);
      put(s, row, 6, r.model.grades[g].label, b.grade[g]);
      put(s, row, 7, fmt::format("{}:{}", in.store.file_name(m.file), m.line));
      const CompiledForm& form = r.forms[static_cast<std::size_t>(m.form)];
      const Rational* points = in.store.criteria_of(m);
      for (std::size_t i = 0; points != nullptr && i < form.nodes.size(); ++i) {
        put(s, row, column_of[form.nodes[i].criterion->id], shown(r, points[i]), b.score);
      }
    }
  }
  std::vector<double> w(header.size(), 12);
  w[1] = w[2] = 30;
  w[7] = 24;
  widths(s, w);
  finish_table(s, 0, row, static_cast<int>(header.size()) - 1);
}

}  // namespace chibo
