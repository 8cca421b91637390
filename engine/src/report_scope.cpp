#include "report_scope.h"

#include <filesystem>
#include <utility>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "chibo/number_format.h"
#include "chibo/rollup.h"

namespace chibo {
namespace {

// As many units and lines as a sentence names (the warning on standard
// error names as many).
constexpr std::size_t kNamedAtMost = 10;

}  // namespace

std::string units_left_out_count(const ReportInput& in) {
  const std::size_t n = in.units.units_left_out().size();
  if (n == 0) return "";
  return fmt::format("{} đơn vị bị loại vì lỗi trong danh sách",
                     format_count(static_cast<std::int64_t>(n)));
}

std::string units_left_out_sentence(const ReportInput& in) {
  const std::vector<std::pair<std::string, int>> out = in.units.units_left_out();
  if (out.empty()) return "";
  std::vector<std::string> names;
  std::vector<int> lines;  // each once, in order (out is in the order of its lines)
  for (const auto& [id, line] : out) {
    if (names.size() < kNamedAtMost) names.push_back("'" + one_line(id) + "'");
    if (lines.empty() || lines.back() != line) lines.push_back(line);
  }
  std::string named = fmt::format("{}", fmt::join(names, ", "));
  if (out.size() > kNamedAtMost) {
    named += fmt::format(" và {} đơn vị khác",
                         format_count(static_cast<std::int64_t>(out.size() - kNamedAtMost)));
  }
  std::string at = lines.size() == 1 ? "ở dòng " : "ở các dòng ";
  for (std::size_t i = 0; i < lines.size() && i < kNamedAtMost; ++i) {
    at += (i == 0 ? "" : ", ") + std::to_string(lines[i]);
  }
  if (lines.size() > kNamedAtMost) at += ", ...";
  // The file's name alone: the report goes up to the province, and the
  // folder it was read from here says nothing there (report_html.cpp).
  return fmt::format(
      "{} đơn vị của danh sách đơn vị {} bị loại vì lỗi trong danh sách ({}), không có trong báo "
      "cáo này, kể cả trong các số trên: {}; hãy sửa danh sách rồi lập lại báo cáo.",
      format_count(static_cast<std::int64_t>(out.size())),
      one_line(std::filesystem::path(in.units.file).filename().string()), at, named);
}

std::string force_sentence(const ReportInput& in) {
  const Period& period = in.ranking.period;
  const MonthsInForce months = months_in_force(in.ruleset, period);
  const DaysInForce days = days_in_force(in.ruleset);
  if (months.none()) {
    return fmt::format(
        "Bộ tiêu chí chỉ có hiệu lực {}: {} ở ngoài thời gian đó, nên không có tháng nào của kỳ "
        "để xếp loại.",
        days.span(), period.label());
  }
  const std::string span = months_in_force_span(months, period);
  if (span.empty()) return "";
  std::vector<int> outside;
  for (int m = period.first_month(); m <= period.last_month(); ++m) {
    if (m < months.first || m > months.last) outside.push_back(m);
  }
  return fmt::format(
      "Bộ tiêu chí chỉ có hiệu lực {}, nên {} chỉ tính {}: các số dưới đây chỉ xét các tháng đó; "
      "tháng {}/{} ngoài thời gian hiệu lực, không tính điểm và không coi là thiếu.",
      days.span(), period.label(), span, fmt::join(outside, ", "), period.year);
}

std::vector<RejectedApart> rejected_apart(const ReportInput& in) {
  std::vector<RejectedApart> out;
  if (std::int64_t n = in.rejected.unlisted(); n > 0) {
    out.push_back({n, "của chi bộ không có trong danh sách đơn vị", true});
  }
  if (std::int64_t n = in.rejected.left_out(); n > 0) {
    out.push_back({n, "của đơn vị bị loại khỏi danh sách đơn vị vì lỗi trong danh sách", false});
  }
  if (std::int64_t n = in.rejected.outside_force(); n > 0) {
    out.push_back({n,
                   fmt::format("có ngày sinh hoạt ngoài thời gian hiệu lực của bộ tiêu chí ({})",
                               days_in_force(in.ruleset).span()),
                   false});
  }
  return out;
}

}  // namespace chibo
