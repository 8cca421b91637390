#include "chibo/explain.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "compiled_ruleset_data.h"
#include "date.h"
#include "input_value.h"

namespace chibo {

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
}

}  // namespace chibo
