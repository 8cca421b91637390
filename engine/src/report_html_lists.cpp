// The web report's lists of meetings to look at again: those whose
// self-score is higher than allowed (the rows of `chibo audit`) and the
// records refused, with file, line and reason (the workbook's "Tự chấm" and
// "Bị loại" sheets), so a page sent up the chain says what the workbook does.
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>

#include "audit_rows.h"
#include "chibo/number_format.h"
#include "chibo/report_html.h"
#include "chibo/report_text.h"
#include "compiled_ruleset_data.h"
#include "report_html_parts.h"
#include "report_scope.h"

namespace chibo {
namespace {

// rows (a header first) as a plain table: no sorting, no filters.
void write_list(std::ostream& out, const Rows& rows) {
  out << "<table class=\"list\"><thead><tr>";
  for (const std::string& h : rows[0]) out << "<th scope=\"col\">" << html_escape(h) << "</th>";
  out << "</tr></thead>\n<tbody>\n";
  for (std::size_t i = 1; i < rows.size(); ++i) {
    out << "<tr>";
    for (const std::string& cell : rows[i]) out << "<td>" << html_escape(cell) << "</td>";
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
}

}  // namespace

void write_audit_list(std::ostream& out, const ReportInput& in) {
  const CompiledRuleset& r = in.ruleset;
  NumberText number = [&](Rational v) { return format_number(v, r.model.presentation); };
  out << "<h2>Tự chấm cao hơn mức cho phép</h2>\n";
  fmt::print(out, "<p>{}.</p>\n", html_escape(audit_totals_line(in.audit)));
  if (!in.audit.flagged.empty()) {
    write_list(out, audit_meeting_rows(r, in.units, in.audit, number, false));
  }
}

void write_rejected_list(std::ostream& out, const ReportInput& in) {
  out << "<h2>Bản ghi bị loại</h2>\n";
  if (in.rejected.total() == 0) {
    out << "<p>Không bản ghi nào bị loại.</p>\n";
    return;
  }
  // As the summary says it (report_text.cpp): records of cells the units
  // list lacks, of units left out of it, or dated out of the ruleset's force
  // leave no listed cell a month short.
  const std::int64_t count = in.rejected.total();
  const std::vector<RejectedApart> apart = rejected_apart(in);
  std::int64_t apart_count = 0;
  for (const RejectedApart& a : apart) apart_count += a.count;
  auto parts = [&](const char* is) {
    std::vector<std::string> said;
    for (const RejectedApart& a : apart) {
      said.push_back(fmt::format("{} {}bản ghi {}", format_count(a.count), is, a.what));
    }
    return html_escape(fmt::format("{}", fmt::join(said, "; ")));
  };
  if (apart_count == count && apart.size() == 1) {
    fmt::print(out,
               "<p>{} bản ghi bị loại, {} {}: không được tính, và không chi bộ nào trong danh "
               "sách bị tính thiếu tháng vì {}.</p>\n",
               format_count(count), count == 1 ? "là bản ghi" : "đều là bản ghi",
               html_escape(apart[0].what), count == 1 ? "bản ghi đó" : "các bản ghi đó");
  } else if (apart_count == count) {
    fmt::print(out,
               "<p>{} bản ghi bị loại: {}: không được tính, và không chi bộ nào trong danh sách "
               "bị tính thiếu tháng vì các bản ghi đó.</p>\n",
               format_count(count), parts(""));
  } else {
    fmt::print(
        out,
        "<p>{} bản ghi bị loại, không được tính điểm{}: chi bộ không có bản ghi nào khác "
        "của tháng đó bị tính thiếu tháng cho đến khi bản ghi được sửa.</p>\n",
        format_count(count),
        apart.empty() ? "" : fmt::format(" ({}, không làm chi bộ nào thiếu tháng)", parts("là ")));
  }
  if (const std::int64_t rest = in.rejected.not_listed(); rest > 0) {
    fmt::print(out, "<p>{}</p>\n",
               html_escape(rejected_not_listed(
                   static_cast<std::int64_t>(in.rejected.listed().size()), rest)));
  }
  Rows rows = {{"Tệp", "Dòng", "Chi bộ", "Lý do"}};
  for (const RejectedRecord& rec : in.rejected.listed()) {
    rows.push_back({rec.where.file, rec.where.line > 0 ? std::to_string(rec.where.line) : "",
                    rec.cell_id, rec.why});
  }
  write_list(out, rows);
}

}  // namespace chibo
