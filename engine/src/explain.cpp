#include "chibo/explain.h"

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>

#include "chibo/audit.h"
#include "compiled_ruleset_data.h"
#include "date.h"
#include "input_value.h"

namespace chibo {
namespace {

// What the record's self-score (and the reviewer's) comes to against the
// score, as `chibo audit` compares them: the secretary, who wrote the
// self-score, sees here what the district's audit will flag.
void write_claims(std::ostream& out, const CompiledRuleset& r, const MeetingRecord& record,
                  const MeetingScore& s) {
  AuditedMeeting audited;
  if (!Auditor(r).audit(record, s, audited)) return;
  auto number = [&r](const Rational& v) { return display_number(r, v); };
  auto difference = [&](const Rational& a, const Rational& b) {
    return number(subtract(a, b).value_or(Rational(0)));
  };
  const AuditPolicy& policy = r.model.audit;
  fmt::print(out,
             "\nĐiểm tự chấm so với điểm theo tiêu chí, như chibo audit so sánh (mức chênh lệch "
             "cho phép: tổng điểm {}; mỗi tiêu chí {}):\n",
             number(policy.tolerance), number(policy.criterion_tolerance));
  for (const AuditLine& l : audited.lines) {
    const std::string name = l.criterion.empty() ? "Tổng điểm"
                             : l.label.empty()   ? l.criterion
                                                 : fmt::format("{} ({})", l.label, l.criterion);
    std::string line = fmt::format("  {}: tự chấm {}", name, number(l.self));
    line += l.off_sheet ? ", tiêu chí không áp dụng cho cuộc sinh hoạt này"
                        : ", theo tiêu chí " + number(l.computed);
    if (l.reviewer) line += ", cấp trên chấm " + number(*l.reviewer);
    std::vector<std::string> said;
    if (l.over_computed) {
      said.push_back(
          fmt::format("cao hơn điểm theo tiêu chí {} điểm", difference(l.self, l.computed)));
    }
    if (l.over_reviewer) {
      said.push_back(
          fmt::format("cao hơn điểm cấp trên chấm {} điểm", difference(l.self, *l.reviewer)));
    }
    if (l.claimed_off_sheet()) said.push_back("tự chấm điểm cho tiêu chí không áp dụng");
    if (said.empty()) {
      const bool same =
          !l.off_sheet && l.self == l.computed && (!l.reviewer || l.self == *l.reviewer);
      said.push_back(same ? "khớp" : "không cao hơn");
    }
    fmt::print(out, "{}: {}.\n", line, fmt::join(said, ", "));
  }
}

}  // namespace

void write_explanation(std::ostream& out, const CompiledRuleset& r, const MeetingRecord& record,
                       const MeetingScore& s) {
  const Ruleset& m = r.model;
  fmt::print(out, "Chi bộ {}, ngày {}, sinh hoạt {}\n", record.cell_id, format_date_vn(record.date),
             meeting_kind_words(record.kind));
  fmt::print(out, "Bộ tiêu chí: {} ({}), phiên bản {}\n\n", m.id, m.source.document, m.version);
  const CompiledForm& form = r.forms[static_cast<std::size_t>(s.form)];
  std::vector<int> depth(form.nodes.size(), 0);
  for (std::size_t n = 0; n < form.nodes.size(); ++n) {
    const CompiledNode& node = form.nodes[n];
    if (node.parent >= 0) depth[n] = depth[static_cast<std::size_t>(node.parent)] + 1;
    const CriterionScore& cs = s.criteria[n];
    std::string indent(static_cast<std::size_t>(2 * depth[n]), ' ');
    // An item left off the sheet, or a group of such items, is not points
    // lost: said so, not "0/4".
    if (left_off(form, s, n)) {
      fmt::print(out, "{}[{}] {}: không áp dụng\n", indent, node.criterion->id,
                 node.criterion->label);
    } else {
      fmt::print(out, "{}[{}] {}: {}/{} điểm\n", indent, node.criterion->id, node.criterion->label,
                 display_number(r, cs.points), display_number(r, shown_max(form, s, n)));
    }
    // A group's reason (that it is left off) is its line's: not said twice.
    std::string reason = node.group ? "" : criterion_reason(r, s, n);
    if (!reason.empty()) fmt::print(out, "{}    -> {}\n", indent, reason);
  }
  fmt::print(out, "\n");
  for (const std::string& line : grade_reasons(r, s)) fmt::print(out, "{}\n", line);
  write_claims(out, r, record, s);
}

}  // namespace chibo
