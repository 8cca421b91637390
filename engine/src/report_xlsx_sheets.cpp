// The workbook's summary, audit and rejected-records sheets.
#include <fmt/format.h>

#include "audit_rows.h"
#include "base_names.h"
#include "chibo/district_summary.h"
#include "chibo/number_format.h"
#include "chibo/report_text.h"
#include "compiled_ruleset_data.h"
#include "report_xlsx_book.h"

namespace chibo {
namespace {

// A table of grade counts: name, the count per grade, the cells, then the
// share per grade; numbers stored as numbers. Returns the next free row.
int tally_table(XlsxBook& b, lxw_worksheet* s, int row, const CompiledRuleset& r,
                const std::string& first,
                const std::vector<std::pair<std::string, const GradeTally*>>& tallies) {
  const std::vector<Grade>& grades = r.model.grades;
  const int n = static_cast<int>(grades.size());
  put(s, row, 0, first, b.header);
  for (int g = 0; g < n; ++g) {
    put(s, row, 1 + g, grades[static_cast<std::size_t>(g)].label, b.header);
    put(s, row, 2 + n + g, "Tỷ lệ " + grades[static_cast<std::size_t>(g)].label, b.header);
  }
  put(s, row, 1 + n, "Số chi bộ", b.header);
  for (const auto& [name, tally] : tallies) {
    ++row;
    put(s, row, 0, name);
    for (int g = 0; g < n; ++g) {
      auto gi = static_cast<std::size_t>(g);
      put(s, row, 1 + g, tally->per_grade[gi], b.grade[gi]);
      const double share = shown_share(r, tally->per_grade[gi], tally->cells);
      put(s, row, 2 + n + g, share, b.share(share));
    }
    put(s, row, 1 + n, tally->cells);
  }
  return row + 2;
}

}  // namespace

void add_summary_sheet(XlsxBook& b, const ReportInput& in) {
  const CompiledRuleset& r = in.ruleset;
  lxw_worksheet* s = workbook_add_worksheet(b.book, "Tổng hợp");
  const int last_col = 2 * static_cast<int>(r.model.grades.size()) + 1;
  put(s, 0, 0, report_title(in.ranking), b.title);
  int row = 2;
  for (const std::string& p : report_paragraphs(in)) {
    if (worksheet_merge_range(s, static_cast<lxw_row_t>(row), 0, static_cast<lxw_row_t>(row),
                              static_cast<lxw_col_t>(last_col), cell_text(p).c_str(),
                              b.wrap) != LXW_NO_ERROR) {
      ++b.refused;
    }
    // Merged cells do not grow to fit: give long paragraphs room.
    worksheet_set_row(s, static_cast<lxw_row_t>(row),
                      15.0 * (1 + static_cast<double>(p.size()) / 160), nullptr);
    ++row;
  }
  ++row;
  // A period with no meeting: no table of every cell at the lowest grade
  // (the text above says why none is graded).
  if (in.summary.all.cells == 0 || period_has_meeting(in.ranking)) {
    row = tally_table(b, s, row, r, "Toàn đảng bộ", {{"Tất cả chi bộ", &in.summary.all}});
    std::vector<std::pair<std::string, const GradeTally*>> types, bases;
    for (const auto& [type, tally] : in.summary.by_type)
      types.emplace_back(unit_type_label(type), &tally);
    const BaseNames names(in.summary);  // a name two bases share with its id, as rank's summary
    for (const auto& [unit, tally] : in.summary.by_base)
      bases.emplace_back(names.name(*unit), &tally);
    row = tally_table(b, s, row, r, "Loại hình", types);
    tally_table(b, s, row, r, "Tổ chức cơ sở đảng", bases);
  }
  std::vector<double> w(static_cast<std::size_t>(last_col) + 1, 11);
  w[0] = 36;
  widths(s, w);
  worksheet_set_paper(s, 9);
  worksheet_set_landscape(s);
  worksheet_fit_to_pages(s, 1, 0);
}

void add_audit_sheet(XlsxBook& b, const ReportInput& in) {
  // The rows of `chibo audit`, with the scores stored as numbers.
  const CompiledRuleset& r = in.ruleset;
  NumberText text = [&](Rational v) { return format_number(v, r.model.presentation); };
  Rows rows = audit_meeting_rows(r, in.units, in.audit, text, false);
  const int last_col = static_cast<int>(rows[0].size()) - 1;
  SheetTable table(b, "Tự chấm", rows[0], {11, 36, 28, 11, 10, 9, 10, 10, 9, 9, 40, 30});
  for (std::size_t i = 0; i < in.audit.flagged.size(); ++i) {
    table.next_row();
    const std::vector<std::string>& cells = rows[i + 1];
    for (int c = 0; c <= last_col; ++c) {
      if (c != 3 && (c < 5 || c > 9)) table.put(c, cells[static_cast<std::size_t>(c)]);
    }
    // The date as a date (the filter sorts it as one; text "07/01/2024" sorted by the day):
    // Excel's day number counts from 1899-12-30, 25,569 days before 1970-01-01.
    table.put(3, static_cast<double>(in.audit.flagged[i].date) + 25569.0, b.day);
    if (const AuditLine* t = in.audit.flagged[i].total()) {
      auto score = [&](int col, Rational value) {
        const double v = shown(r, value);
        table.put(col, v, b.score(v));
      };
      score(5, t->self);
      score(6, t->computed);
      if (t->reviewer) score(7, *t->reviewer);
      if (t->over_computed) score(8, difference(t->self, t->computed));
      if (t->over_reviewer) score(9, difference(t->self, *t->reviewer));
    }
  }
  table.finish();
}

void add_rejected_sheet(XlsxBook& b, const ReportInput& in) {
  SheetTable table(b, "Bị loại", {"Tệp", "Dòng", "Chi bộ", "Lý do"}, {40, 8, 14, 100});
  for (const RejectedRecord& rec : in.rejected.listed()) {
    table.next_row();
    table.put(0, rec.where.file);
    if (rec.where.line > 0) table.put(1, static_cast<double>(rec.where.line));
    table.put(2, rec.cell_id);
    table.put(3, rec.why, b.wrap);
  }
  if (const std::int64_t rest = in.rejected.not_listed(); rest > 0) {
    table.next_row();
    table.put(3, rejected_not_listed(static_cast<std::int64_t>(in.rejected.listed().size()), rest),
              b.wrap);
  }
  table.finish();
}

}  // namespace chibo
