#include "chibo/audit_writer.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "audit_rows.h"
#include "chibo/number_format.h"
#include "chibo/score_writer.h"
#include "compiled_ruleset_data.h"
#include "date.h"
#include "json_text.h"
#include "text_table.h"

namespace chibo {
namespace {

std::string title(const CompiledRuleset& r, const Period& period) {
  const Presentation& p = r.model.presentation;
  return fmt::format(
      "Kiểm tra tự chấm {} (bộ tiêu chí {}; mức chênh lệch cho phép: tổng điểm {}; mỗi tiêu chí "
      "{})",
      period.label(), r.model.id, format_number(r.model.audit.tolerance, p),
      format_number(r.model.audit.criterion_tolerance, p));
}

void write_json(std::ostream& out, const CompiledRuleset& r, const Units& units,
                const Period& period, const AuditResult& a) {
  auto num = [&](Rational v) { return machine_number(r, v); };
  auto opt = [&](const std::optional<Rational>& v) { return v ? num(*v) : std::string("null"); };
  // None flagged: null, as the CSV leaves it empty (0.00 would read as a
  // flagged total that exceeded by nothing).
  auto excess = [&](const AuditTally& t) {
    return t.largest_excess > Rational(0) ? num(t.largest_excess) : std::string("null");
  };
  fmt::print(out,
             "{{\"period\": \"{}\", \"ruleset\": {}, \"version\": {}, \"ruleset_sha256\": \"{}\", "
             "\"tolerance\": {}, "
             "\"criterion_tolerance\": {},\n \"meetings_audited\": {}, \"meetings_claimed\": {}, "
             "\"meetings_claim_unreadable\": {}, \"meetings_flagged\": {},\n \"meetings\": [",
             period.id(), json_quote(r.model.id), json_quote(r.model.version), r.model.content_hash,
             num(r.model.audit.tolerance), num(r.model.audit.criterion_tolerance), a.meetings,
             a.claimed, a.unreadable, a.flagged.size());
  for (std::size_t i = 0; i < a.flagged.size(); ++i) {
    const AuditedMeeting& m = a.flagged[i];
    const Unit* u = units.find(m.cell_id);
    fmt::print(out,
               "{}\n  {{\"cell_id\": {}, \"parent\": {}, \"date\": \"{}\", \"kind\": \"{}\", "
               "\"file\": {}, \"line\": {}, \"lines\": [",
               i ? "," : "", json_quote(m.cell_id),
               json_quote(u && u->parent != u->id ? u->parent : ""), format_date(m.date),
               meeting_kind_id(m.kind), json_quote(m.where.file), m.where.line);
    for (std::size_t j = 0; j < m.lines.size(); ++j) {
      const AuditLine& l = m.lines[j];
      // A criterion off the meeting's sheet has no computed score: null.
      fmt::print(out,
                 "{}{{\"criterion\": {}, \"self\": {}, \"computed\": {}, \"reviewer\": {}, "
                 "\"over_computed\": {}, \"over_reviewer\": {}, \"off_sheet\": {}}}",
                 j ? ", " : "", l.criterion.empty() ? "null" : json_quote(l.criterion), num(l.self),
                 l.off_sheet ? "null" : num(l.computed), opt(l.reviewer), l.over_computed,
                 l.over_reviewer, l.off_sheet);
    }
    out << "]}";
  }
  out << "],\n \"cells\": [";
  for (std::size_t i = 0; i < a.cells.size(); ++i) {
    const AuditTally& t = a.cells[i];
    fmt::print(out,
               "{}\n  {{\"cell_id\": {}, \"claimed\": {}, \"flagged\": {}, "
               "\"largest_excess\": {}}}",
               i ? "," : "", json_quote(t.unit ? t.unit->id : ""), t.claimed, t.flagged, excess(t));
  }
  out << "],\n \"bases\": [";
  for (std::size_t i = 0; i < a.bases.size(); ++i) {
    const AuditTally& t = a.bases[i];
    fmt::print(out,
               "{}\n  {{\"id\": {}, \"claimed\": {}, \"flagged\": {}, \"cells_flagged\": {}, "
               "\"largest_excess\": {}}}",
               i ? "," : "", json_quote(t.unit->id), t.claimed, t.flagged, t.cells, excess(t));
  }
  out << "]}\n";
}

}  // namespace

void write_audit(std::ostream& out, AuditFormat format, const CompiledRuleset& r,
                 const Units& units, const Period& period, const AuditResult& audit) {
  NumberText shown = [&](Rational v) { return format_number(v, r.model.presentation); };
  NumberText machine = [&](Rational v) { return machine_number(r, v); };
  switch (format) {
    case AuditFormat::Csv:
      for (const auto& row : audit_meeting_rows(r, units, audit, machine, true)) {
        std::string line;
        append_csv_line(line, row);
        out << line;
      }
      break;
    case AuditFormat::Json:
      write_json(out, r, units, period, audit);
      break;
    case AuditFormat::Table: {
      fmt::print(out, "{}\n{}\n{}\n", title(r, period), ruleset_stamp(r), audit_totals_line(audit));
      if (!audit.flagged.empty()) {
        fmt::print(out, "\nCuộc sinh hoạt tự chấm cao hơn:\n");
        TextTable t{audit_meeting_rows(r, units, audit, shown, false), {5, 6, 7, 8, 9}};
        t.write(out);
        fmt::print(out, "\nTheo chi bộ:\n");
        TextTable{audit_cell_rows(units, audit, shown), {3, 4, 5}}.write(out);
      }
      if (!audit.bases.empty()) {
        fmt::print(out, "\nTheo tổ chức cơ sở đảng:\n");
        TextTable{audit_base_rows(audit, shown), {2, 3, 4, 5}}.write(out);
      }
      break;
    }
    case AuditFormat::Markdown:
      fmt::print(out, "## {}\n\n{}\n\n{}\n", title(r, period), ruleset_stamp(r),
                 audit_totals_line(audit));
      if (!audit.flagged.empty()) {
        fmt::print(out, "\n### Cuộc sinh hoạt tự chấm cao hơn\n\n");
        write_markdown_table(out, audit_meeting_rows(r, units, audit, shown, false));
        fmt::print(out, "\n### Theo chi bộ\n\n");
        write_markdown_table(out, audit_cell_rows(units, audit, shown));
      }
      if (!audit.bases.empty()) {
        fmt::print(out, "\n### Theo tổ chức cơ sở đảng\n\n");
        write_markdown_table(out, audit_base_rows(audit, shown));
      }
      break;
  }
  out.flush();
}

}  // namespace chibo
