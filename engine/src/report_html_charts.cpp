#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "base_names.h"
#include "chibo/district_summary.h"
#include "chibo/number_format.h"
#include "chibo/report_html.h"
#include "compiled_ruleset_data.h"
#include "report_html_parts.h"

namespace chibo {
namespace {

// The heat-map names the criteria that matter: the rest lose little.
constexpr std::size_t kHeatRows = 12;

std::string svg_open(int width, int height, const std::string& label) {
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" "
      "height=\"{1}\" role=\"img\" aria-label=\"{2}\">",
      width, height, html_escape(label));
}

std::string text(double x, double y, const std::string& s, const char* anchor = "start",
                 const char* cls = "") {
  return fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"{}\" class=\"{}\">{}</text>", x,
                     y, anchor, cls, html_escape(s));
}

std::string rect(double x, double y, double w, double h, const std::string& fill,
                 const std::string& title) {
  return fmt::format(
      "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\">"
      "<title>{}</title></rect>",
      x, y, w, h, fill, html_escape(title));
}

double share(int count, int cells) { return cells == 0 ? 0.0 : static_cast<double>(count) / cells; }

// A base organisation's name as the base chart's label column holds it: at
// most kBaseLabelChars characters, a longer one cut with "…" (its bar's
// tooltip has it whole). Drawn from the column's right edge, a long name ran
// off the chart's left and showed its tail alone ("...chi nhánh huyện Cao
// Phong"), not the words that tell which organisation it is.
constexpr std::size_t kBaseLabelChars = 44;
std::string base_label(const std::string& name) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if ((static_cast<unsigned char>(name[i]) & 0xC0) == 0x80) continue;  // inside a character
    if (++chars == kBaseLabelChars) {
      // The character at i is the last that fits: the name is cut only when more follow it.
      std::size_t end = i + 1;
      while (end < name.size() && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80) ++end;
      if (end == name.size()) return name;
      std::string cut = name.substr(0, i);
      while (!cut.empty() && cut.back() == ' ') cut.pop_back();
      return cut + "…";
    }
  }
  return name;
}

// A bar of 100% split by grade, from x over width.
std::string stacked(const ReportInput& in, const GradeTally& t, const std::string& name, double x,
                    double y, double width, double height, bool vertical) {
  const std::vector<Grade>& grades = in.ruleset.model.grades;
  const Presentation& p = in.ruleset.model.presentation;
  std::string out;
  double at = 0;
  for (std::size_t g = 0; g < grades.size(); ++g) {
    double part = share(t.per_grade[g], t.cells);
    if (part <= 0) continue;
    std::string title = fmt::format("{}: {}/{} chi bộ {} ({})", name, format_count(t.per_grade[g]),
                                    format_count(t.cells), grades[g].label,
                                    format_share(t.per_grade[g], t.cells, p));
    out += vertical
               ? rect(x, y + height * (1 - at - part), width, height * part, grade_colour(g), title)
               : rect(x + width * at, y, width * part, height, grade_colour(g), title);
    at += part;
  }
  return out;
}

}  // namespace

const std::string& grade_colour(std::size_t grade) {
  static const std::vector<std::string> colours = {"#2e7d32", "#1565c0", "#f9a825", "#c62828"};
  return colours[std::min(grade, colours.size() - 1)];
}

std::string percent_text(const Presentation& p, double value) {
  auto hundredths = static_cast<std::int64_t>(std::llround(value * 1000000));
  return format_number(Rational::make(hundredths, 10000).value_or(0), p) + "%";
}

// A chart's box saying the period has no meeting to chart: its columns were
// every cell at the lowest grade, for its months all missing.
std::string no_meeting_chart(const ReportInput& in, const std::string& label) {
  return svg_open(360, 120, label) +
         text(180, 64,
              fmt::format("Không có cuộc sinh hoạt nào trong {}", in.ranking.period.label()),
              "middle", "muted") +
         "</svg>";
}

std::string grade_chart(const ReportInput& in) {
  if (in.summary.all.cells > 0 && !period_has_meeting(in.ranking)) {
    return no_meeting_chart(in, "Phân bố xếp loại");
  }
  const std::vector<Grade>& grades = in.ruleset.model.grades;
  const GradeTally& t = in.summary.all;
  const Presentation& p = in.ruleset.model.presentation;
  const int bar = 90, gap = 30, top = 30, plot = 200;
  const int width = static_cast<int>(grades.size()) * (bar + gap) + gap;
  int most = 1;
  for (int n : t.per_grade) most = std::max(most, n);
  std::string out = svg_open(width, top + plot + 50, "Phân bố xếp loại");
  for (std::size_t g = 0; g < grades.size(); ++g) {
    double h = plot * static_cast<double>(t.per_grade[g]) / most;
    double x = gap + static_cast<double>(g) * (bar + gap);
    double y = top + plot - h;
    std::string share_text = format_share(t.per_grade[g], t.cells, p);
    out += rect(x, y, bar, h, grade_colour(g),
                fmt::format("{}: {}/{} chi bộ ({})", grades[g].label, format_count(t.per_grade[g]),
                            format_count(t.cells), share_text));
    out +=
        text(x + bar / 2.0, y - 6,
             fmt::format("{}/{}", format_count(t.per_grade[g]), format_count(t.cells)), "middle");
    out += text(x + bar / 2.0, top + plot + 18, grades[g].label, "middle", "label");
    out += text(x + bar / 2.0, top + plot + 36, share_text, "middle", "muted");
  }
  return out + "</svg>";
}

std::string base_chart(const ReportInput& in) {
  if (in.summary.all.cells > 0 && !period_has_meeting(in.ranking)) {
    return no_meeting_chart(in, "Xếp loại theo tổ chức cơ sở đảng");
  }
  const int label = 340, bar = 440, row = 22;
  // Base committees one bar each; the base cells, one cell each, together.
  std::vector<std::pair<std::string, GradeTally>> bars;
  GradeTally base_cells;
  base_cells.per_grade.assign(in.ruleset.model.grades.size(), 0);
  const BaseNames names(in.summary);  // a name two bases share with its id, as rank's summary
  for (const auto& [unit, tally] : in.summary.by_base) {
    if (unit->level == UnitLevel::BaseCommittee) {
      bars.emplace_back(names.name(*unit), tally);
      continue;
    }
    base_cells.cells += tally.cells;
    for (std::size_t g = 0; g < tally.per_grade.size(); ++g) {
      base_cells.per_grade[g] += tally.per_grade[g];
    }
  }
  if (base_cells.cells > 0) bars.emplace_back("Các chi bộ cơ sở", base_cells);
  std::string out = svg_open(label + bar + 60, static_cast<int>(bars.size()) * row + 10,
                             "Xếp loại theo tổ chức cơ sở đảng");
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const auto& [name, tally] = bars[i];
    double y = 5 + static_cast<double>(i) * row;
    const std::string shown = base_label(name);
    if (shown == name) {
      out += text(label - 8, y + 14, name, "end");
    } else {
      out += fmt::format("<g><title>{}</title>{}</g>", html_escape(name),
                         text(label - 8, y + 14, shown, "end"));
    }
    out += stacked(in, tally, name, label, y + 2, bar, row - 6, false);
    out += text(label + bar + 6, y + 14, std::to_string(tally.cells), "start", "muted");
  }
  return out + "</svg>";
}

std::string trend_chart(const ReportInput& in) {
  const Period& period = in.ranking.period;
  std::vector<std::pair<Period, DistrictSummary>> quarters;
  for (int q = 1; q <= 4; ++q) {
    Period p{period.year, q};
    bool any = false;
    for (std::size_t u = 0; u < in.units.units.size() && !any; ++u) {
      for (const StoredMeeting& m : in.store.meetings_of(u))
        any = any || p.contains(m.year, m.month);
    }
    if (!any) continue;
    Ranking r = rank_cells(in.ruleset, in.units, in.store, p, GroupBy::None);
    quarters.emplace_back(p, summarize(r, in.units, in.ruleset.model.grades.size()));
  }
  const int column = 70, gap = 40, top = 24, plot = 200;
  // No quarter has a meeting: said in the chart, which was a blank box
  // under its title.
  if (quarters.empty()) {
    return svg_open(320, top + plot + 30, "Xếp loại theo quý " + std::to_string(period.year)) +
           text(160, top + plot / 2.0,
                fmt::format("Không có cuộc sinh hoạt nào trong năm {}", period.year), "middle",
                "muted") +
           "</svg>";
  }
  const int width = static_cast<int>(quarters.size()) * (column + gap) + gap;
  const Presentation& pres = in.ruleset.model.presentation;
  std::string out = svg_open(std::max(width, 200), top + plot + 30,
                             "Xếp loại theo quý " + std::to_string(period.year));
  for (std::size_t i = 0; i < quarters.size(); ++i) {
    const auto& [p, summary] = quarters[i];
    double x = gap + static_cast<double>(i) * (column + gap);
    out += stacked(in, summary.all, p.label(), x, top, column, plot, true);
    out += text(x + column / 2.0, top - 8,
                format_share(summary.all.per_grade[0], summary.all.cells, pres), "middle");
    out += text(x + column / 2.0, top + plot + 18, p.label(), "middle", "label");
  }
  return out + "</svg>";
}

std::string heat_map(const ReportInput& in, const CriterionMatrix& m) {
  const Presentation& p = in.ruleset.model.presentation;
  Presentation whole = p;  // inside the small cells: "12%"; the tooltip has the decimals
  whole.decimals = 0;
  const std::size_t rows = std::min(kHeatRows, m.criteria.size());
  const int label = 360, cell = 44, head = 110, row = 24;
  const int columns = 1 + static_cast<int>(m.groups.size());
  std::string out = svg_open(label + columns * cell + 10, head + static_cast<int>(rows) * row + 10,
                             "Tiêu chí mất điểm theo tổ chức cơ sở đảng");
  double top = 0;
  for (const CriterionLoss& c : m.criteria) top = std::max({top, c.district_share});
  for (const CriterionLoss& c : m.criteria) {
    for (double s : c.group_share) top = std::max(top, s);
  }
  auto column_head = [&](int col, const std::string& name, const std::string& title) {
    double x = label + col * cell + cell / 2.0;
    return fmt::format(
        "<text transform=\"translate({:.1f},{}) rotate(-55)\" class=\"small\">{}<title>{}</title>"
        "</text>",
        x + 4, head - 6, html_escape(name), html_escape(title));
  };
  out += column_head(0, "Toàn huyện", "Toàn đảng bộ huyện");
  for (std::size_t g = 0; g < m.groups.size(); ++g) {
    out += column_head(static_cast<int>(g) + 1, m.groups[g].id, m.groups[g].name);
  }
  for (std::size_t r = 0; r < rows; ++r) {
    const CriterionLoss& c = m.criteria[r];
    double y = head + static_cast<double>(r) * row;
    std::string name = c.label.size() > 60 ? c.label.substr(0, 57) : c.label;
    // Cut at a character boundary, never inside a UTF-8 sequence.
    while (name.size() < c.label.size() && !name.empty() &&
           (static_cast<unsigned char>(c.label[name.size()]) & 0xC0) == 0x80) {
      name.pop_back();
    }
    if (name.size() < c.label.size()) name += "…";
    out += fmt::format("<g><title>{}</title>", html_escape(c.label));
    out += text(label - 8, y + 16, name, "end");
    out += "</g>";
    for (int col = 0; col < columns; ++col) {
      double s = col == 0 ? c.district_share : c.group_share[static_cast<std::size_t>(col - 1)];
      double x = label + col * cell;
      if (s < 0) {
        out +=
            rect(x + 1, y + 1, cell - 2, row - 2, "#eeeeee", c.label + ": không có cuộc sinh hoạt");
        continue;
      }
      double heat = top > 0 ? s / top : 0;
      auto channel = static_cast<int>(std::lround(255 - heat * 200));
      std::string where =
          col == 0 ? "Toàn huyện" : m.groups[static_cast<std::size_t>(col - 1)].name;
      out += rect(x + 1, y + 1, cell - 2, row - 2, fmt::format("rgb(255,{},{})", channel, channel),
                  fmt::format("{} — {}: bình quân mất {} số điểm tối đa mỗi cuộc sinh hoạt", where,
                              c.label, percent_text(p, s)));
      out += text(x + cell / 2.0, y + 16, percent_text(whole, s), "middle", "small");
    }
  }
  return out + "</svg>";
}

}  // namespace chibo
