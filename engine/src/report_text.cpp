#include "chibo/report_text.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "audit_rows.h"
#include "base_names.h"
#include "chibo/number_format.h"
#include "compiled_ruleset_data.h"
#include "criterion_matrix.h"
#include "rank_rows.h"
#include "report_scope.h"

namespace chibo {
namespace {

// How many cells and criteria the text names: a report names a few, the
// tables list them all.
constexpr std::size_t kLeaders = 3;
constexpr std::size_t kWorstCriteria = 3;

std::string grades_sentence(const Ruleset& r, const DistrictSummary& s, const Period& period) {
  const GradeTally& all = s.all;
  std::vector<std::string> parts;
  for (std::size_t g = 0; g < r.grades.size(); ++g) {
    parts.push_back(fmt::format("{}/{} chi bộ {}{} ({})", format_count(all.per_grade[g]),
                                format_count(all.cells), g == 0 ? "đạt chất lượng sinh hoạt " : "",
                                r.grades[g].label,
                                format_share(all.per_grade[g], all.cells, r.presentation)));
  }
  return fmt::format("Qua đánh giá, trong {} có {}.", period.label(), fmt::join(parts, ", "));
}

std::string types_sentence(const Ruleset& r, const DistrictSummary& s) {
  std::vector<std::string> parts;
  for (const auto& [type, tally] : s.by_type) {
    parts.push_back(fmt::format("{} {}/{} chi bộ {} ({})", unit_type_label(type),
                                format_count(tally.per_grade[0]), format_count(tally.cells),
                                r.grades[0].label,
                                format_share(tally.per_grade[0], tally.cells, r.presentation)));
  }
  return fmt::format("Theo loại hình: {}.", fmt::join(parts, "; "));
}

// With the months no cell met in, while others were met (their records
// likely left out of the files): every cell counts them missing, which the
// counts alone read as cells that did not meet.
std::string gaps_sentence(const DistrictSummary& s, const Ruleset& r, const Ranking& ranking) {
  std::string out = missing_months_count(s);
  out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));  // "Không", "18"
  if (r.rollup.thematic_per_quarter > 0) out += "; " + short_of_thematic_count(s);
  if (const std::vector<int> unmet = months_no_cell_met(ranking); !unmet.empty()) {
    out += fmt::format(
        "; không chi bộ nào có bản ghi sinh hoạt thường kỳ của tháng {}/{} được chấm điểm (mọi "
        "chi bộ bị tính thiếu {})",
        fmt::join(unmet, ", "), ranking.period.year,
        unmet.size() == 1 ? "tháng đó" : "các tháng đó");
  }
  return out + ".";
}

// The cells ranked in the first kLeaders places, every one of a tie (the
// third of two tied third was left out); none that held no meeting in the
// period (a period of no records named its first cells, at 0 points); each
// with its grade, which its score alone does not give (98,02 Khá, its grade
// capped for a quarter without a thematic meeting, led Tốt cells at 97,92 in
// the sample year, read as one more Tốt cell). "" when there is none.
std::string leaders_sentence(const Ruleset& r, const Ranking& ranking) {
  std::vector<std::string> parts;
  const BaseNames base_names(ranking);  // which names two bases share, as rank's rows
  for (const RankedCell& c : ranking.cells) {
    if (c.rank > static_cast<int>(kLeaders)) break;
    const CellPeriod& now = c.now;
    if (static_cast<std::size_t>(now.missing_months.size()) == now.months.size())
      continue;  // no meeting
    // The base in brackets: a shared name's id after a comma, not in brackets
    // of its own ("(Đảng bộ thị trấn Cao Phong (CP-BP))" nested them).
    std::string base;
    if (now.base && now.base != now.unit) {
      base = base_names.shared(*now.base)
                 ? fmt::format(" ({}, mã {})", now.base->name, now.base->id)
                 : fmt::format(" ({})", now.base->name);
    }
    parts.push_back(fmt::format("{}{}, {} điểm, xếp loại {}", now.unit->name, base,
                                format_number(now.score, r.presentation),
                                r.grades[static_cast<std::size_t>(now.grade)].label));
  }
  return parts.empty() ? "" : fmt::format("Chi bộ dẫn đầu: {}.", fmt::join(parts, "; "));
}

std::string criteria_sentence(const Ruleset& r, const CriterionMatrix& m, const Period& period) {
  // No meeting of the period scored: no criterion lost points, as none was
  // scored ("Không tiêu chí nào bị mất điểm" read as every meeting perfect).
  if (std::none_of(m.criteria.begin(), m.criteria.end(),
                   [](const CriterionLoss& c) { return c.meetings > 0; })) {
    return fmt::format(
        "Không có cuộc sinh hoạt nào của {} được chấm điểm, nên chưa xét được tiêu chí mất điểm.",
        period.label());
  }
  std::vector<std::string> parts;
  for (const CriterionLoss& c : m.criteria) {
    if (parts.size() == kWorstCriteria || !(Rational(0) < c.lost)) break;
    parts.push_back(fmt::format("{}: mất {} điểm ở {}/{} cuộc sinh hoạt", c.label,
                                format_amount(c.lost, r.presentation),
                                format_count(c.meetings_losing), format_count(c.meetings)));
  }
  if (parts.empty()) return "Không tiêu chí nào bị mất điểm.";
  return fmt::format("Tiêu chí mất nhiều điểm nhất: {}.", fmt::join(parts, "; "));
}

// Said only when some record gave a self-score (or one that was no score).
std::string audit_sentence(const AuditResult& a) {
  const std::string unreadable = unreadable_clause(a);
  if (a.flagged.empty()) {
    return fmt::format(
        "Tự chấm: {}/{} cuộc sinh hoạt có điểm tự chấm{}; không cuộc nào tự chấm cao hơn điểm "
        "tính theo tiêu chí hoặc điểm cấp ủy cấp trên chấm.",
        format_count(a.claimed), format_count(a.meetings), unreadable);
  }
  return fmt::format(
      "Tự chấm: {}/{} cuộc sinh hoạt có điểm tự chấm{}; {} cuộc tự chấm cao hơn điểm tính theo "
      "tiêu chí hoặc điểm cấp ủy cấp trên chấm, ở {} chi bộ, cần xem xét đánh giá lại.",
      format_count(a.claimed), format_count(a.meetings), unreadable,
      format_count(static_cast<std::int64_t>(a.flagged.size())),
      format_count(static_cast<std::int64_t>(a.cells.size())));
}

// What the records rejected mean for the ranking, after the accounting
// line; "" when none was. A record of a cell the units list lacks, of a
// unit left out of it, or dated out of the ruleset's force leaves no listed
// cell a month short: said apart (rejected_apart), as the general rule read
// as cells of the list graded down for it, to be mended.
std::string rejected_clause(const ReportInput& in) {
  if (in.counts.rejected == 0) return "";
  const std::vector<RejectedApart> apart = rejected_apart(in);
  std::int64_t apart_count = 0;
  std::vector<std::string> parts;
  for (const RejectedApart& a : apart) {
    apart_count += a.count;
    parts.push_back(fmt::format("{} bản ghi {}", format_count(a.count), a.what));
  }
  if (apart_count == in.counts.rejected) {
    if (apart.size() == 1) {
      return fmt::format(
          " ({} {}, không được tính; không chi bộ nào trong danh sách bị tính thiếu tháng vì {})",
          apart_count == 1 ? "là bản ghi" : "đều là bản ghi", apart[0].what,
          apart_count == 1 ? "bản ghi đó" : "các bản ghi đó");
    }
    return fmt::format(
        " ({}: không được tính; không chi bộ nào trong danh sách bị tính thiếu tháng vì các bản "
        "ghi đó)",
        fmt::join(parts, "; "));
  }
  const bool named =
      std::any_of(in.ranking.cells.begin(), in.ranking.cells.end(), [](const RankedCell& c) {
        return !c.now.rejected_missing_months.empty() || !c.now.rejected_short_quarters.empty();
      });
  std::string before;
  if (!parts.empty()) {
    before = fmt::format("{}", fmt::join(parts, "; "));
    // Cells of the list graded down for none of them: said, but for the
    // records of unlisted cells alone, whose wording was known before.
    before += apart.size() == 1 && apart[0].unlisted
                  ? ", không được tính; "
                  : ": không được tính, không làm chi bộ nào bị tính thiếu tháng; ";
  }
  return fmt::format(
      " ({}bản ghi bị loại{} không được tính điểm: chi bộ không có bản ghi nào khác của tháng đó "
      "bị tính thiếu tháng cho đến khi bản ghi được sửa{})",
      before, parts.empty() ? "" : " khác",
      named ? "; cột Ghi chú của bảng xếp hạng ghi tháng, quý có bản ghi bị loại" : "");
}

// A period with no regular meeting of any cell scored (a quarter the files do
// not cover, or all its records rejected).
std::string no_meeting_sentence(const ReportInput& in) {
  const int cells = in.summary.all.cells;
  return fmt::format(
      "Không có cuộc sinh hoạt thường kỳ nào của {} được chấm điểm (kỳ báo cáo và các tệp bản ghi "
      "có đúng không?), nên chưa xếp loại được chi bộ nào: trong bảng xếp hạng, {} bị tính thiếu "
      "mọi tháng của kỳ.",
      in.ranking.period.label(),
      cells == 1 ? std::string("chi bộ duy nhất")
                 : fmt::format("cả {} chi bộ đều", format_count(cells)));
}

}  // namespace

std::string report_title(const Ranking& ranking) {
  return "Báo cáo chất lượng sinh hoạt chi bộ " + ranking.period.label();
}

std::string rejected_not_listed(std::int64_t listed, std::int64_t rest) {
  return fmt::format(
      "Danh sách chỉ ghi {} bản ghi bị loại đầu tiên; {} bản ghi bị loại khác không ghi ở đây. "
      "Mọi bản ghi bị loại, với lý do, được in ra ở các dòng lỗi khi chạy lệnh chibo report "
      "(lưu vào tệp: thêm 2> loi.txt vào cuối lệnh).",
      format_count(listed), format_count(rest));
}

std::vector<std::string> report_paragraphs(const ReportInput& in) {
  const Ruleset& r = in.ruleset.model;
  const Period& period = in.ranking.period;
  std::vector<std::string> out;
  // Cells with no month of the period to grade them by: in no count (they
  // were counted Kém), said after the counts.
  auto not_graded = [&] {
    if (in.summary.cells_not_graded == 0) return;
    out.push_back(fmt::format(
        "{} chi bộ chưa được xếp loại vì không có tháng nào của {} để tính (các tháng đều ngoài "
        "thời gian hiệu lực của bộ tiêu chí, hoặc chi bộ họp vào ngày ngoài thời gian đó): không "
        "tính vào các số trên; cột Ghi chú của bảng xếp hạng ghi rõ từng chi bộ.",
        format_count(in.summary.cells_not_graded), period.label()));
  };
  // Units of the list left out for its errors: in no count, which reads
  // whole without them; said after the counts.
  auto left_out = [&] {
    if (std::string s = units_left_out_sentence(in); !s.empty()) out.push_back(std::move(s));
  };
  // Months of the period the ruleset was not in force: counted neither way,
  // said before every count.
  if (std::string force = force_sentence(in); !force.empty()) out.push_back(std::move(force));
  if (in.summary.all.cells == 0) {
    out.push_back(
        fmt::format("Qua đánh giá, trong {} chưa có chi bộ nào được xếp loại.", period.label()));
    not_graded();
    left_out();
  } else if (!period_has_meeting(in.ranking)) {
    // Every cell graded the lowest for its months all missing ("18/18 chi bộ
    // Kém"): a period the files do not cover, said as such, not as grades.
    out.push_back(no_meeting_sentence(in));
    not_graded();
    left_out();
  } else {
    out.push_back(grades_sentence(r, in.summary, period));
    not_graded();
    left_out();
    if (in.summary.by_type.size() > 1) out.push_back(types_sentence(r, in.summary));
    out.push_back(gaps_sentence(in.summary, r, in.ranking));
    if (std::string leaders = leaders_sentence(r, in.ranking); !leaders.empty()) {
      out.push_back(std::move(leaders));
    }
    // Why two cells at one shown score hold two ranks (the leaders above,
    // the ranking's table and sheet below).
    out.push_back(ranking_order_note(in.ruleset));
    out.push_back(criteria_sentence(r, criterion_matrix(in), period));
    if (in.audit.claimed > 0 || in.audit.unreadable > 0) out.push_back(audit_sentence(in.audit));
  }
  // What was read, and by which rules: said whatever was ranked. A month
  // whose record was rejected counts as one with no meeting: said, as the
  // report goes to those who never see the list of errors, with where the
  // months are named (rank_rows.cpp's cell_notes).
  out.push_back(fmt::format("Số liệu: {}{}; bộ tiêu chí {} ({}), phiên bản {}, sha256 {}.",
                            accounting_line(in.counts), rejected_clause(in), r.id,
                            r.source.document, r.version, r.content_hash.substr(0, 12)));
  return out;
}

void write_report_text(std::ostream& out, const ReportInput& in) {
  out << report_title(in.ranking) << "\n";
  for (const std::string& p : report_paragraphs(in)) out << "\n" << p << "\n";
}

}  // namespace chibo
