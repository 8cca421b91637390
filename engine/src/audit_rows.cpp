#include "audit_rows.h"

#include <fmt/format.h>

#include "base_names.h"
#include "chibo/diagnostic.h"
#include "chibo/number_format.h"
#include "chibo/record_checker.h"
#include "compiled_ruleset_data.h"
#include "date.h"

namespace chibo {
namespace {

// In place of "theo tiêu chí N" for a criterion off the meeting's sheet.
constexpr const char* kOffSheetWords = "tiêu chí không áp dụng cho cuộc sinh hoạt này";

std::string parent_of(const Units& units, const std::string& cell_id) {
  const Unit* u = units.find(cell_id);
  return u && u->parent != u->id ? u->parent : "";
}

// The cell's base organisation for people: its name, as `rank` shows it
// (with its id when another base shares it, base_names.h; the id alone is
// for machines: parent_of); none for a base cell itself.
std::string base_name_of(const Units& units, const BaseNames& names, const std::string& cell_id) {
  const Unit* u = units.find(cell_id);
  return u ? names.of_cell(*u, units.base_of(*u)) : "";
}

const Criterion* find_criterion(const std::vector<Criterion>& list, const std::string& id) {
  for (const Criterion& c : list) {
    if (c.id == id) return &c;
    if (const Criterion* in = find_criterion(c.items, id)) return in;
  }
  return nullptr;
}

// A criterion for people: its label, then its id as the record's column
// (self.ID) names it, "Đảng viên tham dự (tham_du)"; the id alone (a form
// without it; no label). The id alone was a code to an office worker.
std::string criterion_name(const Ruleset& r, const std::string& id) {
  for (const Form& f : r.forms) {
    const Criterion* c = find_criterion(f.criteria, id);
    if (c && !c->label.empty()) return fmt::format("{} ({})", c->label, id);
  }
  return id;
}

std::string excess_text(const AuditLine& l, bool over, const Rational& other,
                        const NumberText& number) {
  std::optional<Rational> d = subtract(l.self, other);
  return over && d ? number(*d) : "";
}

// "Chuẩn bị (1.2): tự chấm 5, theo tiêu chí 3, cấp trên chấm 4" for people;
// "1.2=5/3/4" for machines. A criterion off the meeting's sheet has no
// computed score: said so for people, empty for machines (as score's CSV
// leaves its cell).
std::string criteria_text(const Ruleset& r, const AuditedMeeting& m, const NumberText& number,
                          bool machine) {
  std::string out;
  for (const AuditLine& l : m.lines) {
    if (l.criterion.empty() || !l.flagged()) continue;
    if (!out.empty()) out += "; ";
    if (machine) {
      out += fmt::format("{}={}/{}", l.criterion, number(l.self),
                         l.off_sheet ? "" : number(l.computed));
      if (l.reviewer) out += "/" + number(*l.reviewer);
    } else {
      out += fmt::format(
          "{}: tự chấm {}, {}", criterion_name(r, l.criterion), number(l.self),
          l.off_sheet ? std::string(kOffSheetWords) : "theo tiêu chí " + number(l.computed));
      if (l.reviewer) out += ", cấp trên chấm " + number(*l.reviewer);
    }
  }
  return out;
}

}  // namespace

Rows audit_meeting_rows(const CompiledRuleset& r, const Units& units, const AuditResult& audit,
                        const NumberText& number, bool machine) {
  Rows rows;
  if (machine) {
    rows.push_back({"cell_id", "name", "parent", "date", "kind", "self_total", "computed_total",
                    "reviewer_total", "over_computed_by", "over_reviewer_by", "criteria", "file",
                    "line"});
  } else {
    rows.push_back({"Chi bộ", "Tên", "Đảng bộ cơ sở", "Ngày sinh hoạt", "Loại", "Tự chấm",
                    "Điểm theo tiêu chí", "Cấp trên chấm", "Cao hơn điểm theo tiêu chí",
                    "Cao hơn điểm cấp trên", "Tiêu chí tự chấm cao hơn", "Bản ghi"});
  }
  const BaseNames names = machine ? BaseNames() : BaseNames(units);
  for (const AuditedMeeting& m : audit.flagged) {
    const Unit* u = units.find(m.cell_id);
    const AuditLine* t = m.total();
    std::vector<std::string> row = {
        m.cell_id,
        std::string(u ? u->name : ""),
        machine ? parent_of(units, m.cell_id) : base_name_of(units, names, m.cell_id),
        machine ? format_date(m.date) : format_date_vn(m.date),
        machine ? meeting_kind_id(m.kind) : meeting_kind_words(m.kind),
        t ? number(t->self) : "",
        t ? number(t->computed) : "",
        t && t->reviewer ? number(*t->reviewer) : "",
        t ? excess_text(*t, t->over_computed, t->computed, number) : "",
        t && t->reviewer ? excess_text(*t, t->over_reviewer, *t->reviewer, number) : "",
        criteria_text(r.model, m, number, machine)};
    if (machine) {
      row.push_back(m.where.file);
      row.push_back(std::to_string(m.where.line));
    } else {
      row.push_back(fmt::format("{}:{}", one_line(m.where.file),
                                m.where.line));  // a line break in it split the row
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

Rows audit_cell_rows(const Units& units, const AuditResult& audit, const NumberText& number) {
  Rows rows = {{"Chi bộ", "Tên", "Đảng bộ cơ sở", "Số cuộc có tự chấm", "Số cuộc tự chấm cao hơn",
                "Tổng điểm tự chấm cao hơn nhiều nhất"}};
  const BaseNames names(units);
  for (const AuditTally& t : audit.cells) {
    if (!t.unit) continue;
    rows.push_back({t.unit->id, std::string(t.unit->name), base_name_of(units, names, t.unit->id),
                    std::to_string(t.claimed), std::to_string(t.flagged),
                    t.largest_excess > Rational(0) ? number(t.largest_excess) : ""});
  }
  return rows;
}

Rows audit_base_rows(const AuditResult& audit, const NumberText& number) {
  Rows rows = {{"Tổ chức cơ sở đảng", "Tên", "Số cuộc có tự chấm", "Số cuộc tự chấm cao hơn",
                "Số chi bộ tự chấm cao hơn", "Tổng điểm tự chấm cao hơn nhiều nhất"}};
  for (const AuditTally& t : audit.bases) {
    rows.push_back({t.unit->id, std::string(t.unit->name), std::to_string(t.claimed),
                    std::to_string(t.flagged), std::to_string(t.cells),
                    t.largest_excess > Rational(0) ? number(t.largest_excess) : ""});
  }
  return rows;
}

std::string unreadable_clause(const AuditResult& audit) {
  if (audit.unreadable == 0) return "";
  return fmt::format(
      "; {} cuộc có điểm tự chấm hoặc điểm cấp trên chấm không đọc được, không kiểm tra điểm đó "
      "(xem cảnh báo ở từng bản ghi)",
      format_count(audit.unreadable));
}

std::string audit_totals_line(const AuditResult& audit) {
  // None of a count is said in words: "0 cuộc tự chấm cao hơn mức cho phép, ở 0 chi bộ" read badly.
  if (audit.meetings == 0) return "Không có cuộc sinh hoạt nào";
  std::string line = fmt::format("{} cuộc sinh hoạt; ", format_count(audit.meetings));
  line += audit.claimed == 0 ? std::string("không cuộc nào có điểm tự chấm")
                             : fmt::format("{} cuộc có điểm tự chấm", format_count(audit.claimed));
  line += audit.flagged.empty()
              ? std::string("; không cuộc nào tự chấm cao hơn mức cho phép")
              : fmt::format("; {} cuộc tự chấm cao hơn mức cho phép, ở {} chi bộ",
                            format_count(static_cast<std::int64_t>(audit.flagged.size())),
                            format_count(static_cast<std::int64_t>(audit.cells.size())));
  line += unreadable_clause(audit);
  // Meetings, none self-scored: the column missing, misnamed (a warning
  // above names it) or left empty; nothing to audit, said so.
  if (audit.meetings > 0 && audit.claimed == 0 && audit.unreadable == 0) {
    line += fmt::format(
        " (không bản ghi nào ghi điểm tự chấm: cột self_total, Tự chấm hoặc {} không có hoặc "
        "để trống)",
        kSelfTotalLabel);
  }
  return line;
}

}  // namespace chibo
