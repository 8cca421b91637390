#include "chibo/report_html.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "base_names.h"
#include "chibo/number_format.h"
#include "chibo/report_text.h"
#include "chibo/score_writer.h"
#include "compiled_ruleset_data.h"
#include "criterion_matrix.h"
#include "rank_rows.h"
#include "report_html_parts.h"
#include "report_scope.h"
#include "utf8.h"

namespace chibo {
namespace {

const char* const kStyle = R"(
body{font-family:"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:24px auto;max-width:1200px;
color:#222;padding:0 16px}
h1{font-size:1.6em;margin-bottom:4px}h2{font-size:1.2em;margin-top:32px;border-bottom:2px solid #d9e1f2}
.meta,.muted{color:#666;fill:#666;font-size:.9em}.summary p{line-height:1.5}
.charts{display:flex;flex-wrap:wrap;gap:32px}.charts figure{margin:0}
figcaption{font-weight:600;margin-bottom:6px}figcaption .muted{font-weight:normal}
svg text{font-size:13px;fill:#222}
svg text.small{font-size:11px}svg text.muted{fill:#666}svg text.label{font-weight:600}
.legend span{display:inline-block;margin-right:14px}.legend i{display:inline-block;width:12px;
height:12px;margin-right:4px;vertical-align:-1px}
.filters{margin:8px 0;display:flex;gap:16px;flex-wrap:wrap;align-items:center}
table{border-collapse:collapse;width:100%;font-size:.92em}th,td{border:1px solid #ccd;padding:4px 6px}
th{background:#d9e1f2;cursor:pointer;user-select:none;position:sticky;top:0}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
td.num{text-align:right}tbody tr:nth-child(even){background:#f6f8fc}
table.list th{cursor:auto}
.wide{overflow-x:auto}
)";

// Sorting compares data-v (numbers) when a cell has it, else the text in
// Vietnamese collation; filtering hides rows whose type or base organisation
// is not the one chosen.
const char* const kScript = R"(
(function () {
  var table = document.getElementById('ranking');
  var body = table.tBodies[0];
  var heads = table.tHead.rows[0].cells;
  function key(row, i) {
    var c = row.cells[i];
    if (!c.hasAttribute('data-v')) return c.textContent;
    var v = parseFloat(c.getAttribute('data-v'));
    return isNaN(v) ? null : v;
  }
  Array.prototype.forEach.call(heads, function (th, i) {
    th.addEventListener('click', function () {
      var up = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a, i), y = key(b, i);
        if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;  // none: last
        var d = typeof x === 'number' ? x - y : String(x).localeCompare(String(y), 'vi');
        return up ? d : -d;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  var type = document.getElementById('filter-type');
  var base = document.getElementById('filter-base');
  var shown = document.getElementById('shown');
  // A count as the page writes its others: 5.000, not 5000.
  function count(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.'); }
  function filter() {
    var n = 0;
    Array.prototype.forEach.call(body.rows, function (r) {
      var ok = (!type.value || r.getAttribute('data-type') === type.value) &&
               (!base.value || r.getAttribute('data-base') === base.value);
      r.style.display = ok ? '' : 'none';
      if (ok) n++;
    });
    shown.textContent = count(n) + '/' + count(body.rows.length);
  }
  type.addEventListener('change', filter);
  base.addEventListener('change', filter);
  filter();
})();
)";

// <option>s: "all" (value ""), then each of values, shown by its label.
std::string options(const std::vector<std::pair<std::string, std::string>>& values,
                    const std::string& all) {
  std::string out = fmt::format("<option value=\"\">{}</option>", html_escape(all));
  for (const auto& [value, label] : values) {
    out += fmt::format("<option value=\"{}\">{}</option>", html_escape(value), html_escape(label));
  }
  return out;
}

// The base organisations of the ranked cells, by id (a browser collapses a
// name's double space in an option, which then matched no row; two bases of
// one name were one option), labelled by name, sorted by it in Vietnamese
// order, as the table sorts (sorted by its bytes, "Chi bộ Bưu điện" came
// before "Chi bộ Bảo hiểm", "Đảng bộ xã Bình Thanh" before "... Bắc Phong");
// a name two of the options share shows its id too, by the rule of every
// table that names a base (base_names.h): the options are a list of bases,
// as the summary by organisation is, base cells among them.
std::vector<std::pair<std::string, std::string>> base_options(const Ranking& ranking) {
  BaseNames names;
  std::map<std::string, const Unit*> by_id;
  for (const RankedCell& c : ranking.cells) {
    if (!c.now.base) continue;
    names.add(*c.now.base);
    by_id.emplace(c.now.base->id, c.now.base);
  }
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [id, base] : by_id) out.emplace_back(id, names.name(*base));
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    if (a.second != b.second) return vietnamese_less(a.second, b.second);
    return a.first < b.first;
  });
  return out;
}

void write_table(std::ostream& out, const ReportInput& in) {
  const CompiledRuleset& r = in.ruleset;
  NumberText number = [&](Rational v) { return format_number(v, r.model.presentation); };
  NumberText machine = [&](Rational v) { return machine_number(r, v); };
  Rows rows = ranking_rows(r, in.ranking, number, false);
  // Numbers to sort by (data-v), from the machine's rows of the same cells:
  // "+2,10", "10/12" and "97,49 (5)" sorted as text put -12 between -1 and -2.
  Rows values = ranking_rows(r, in.ranking, machine, true);
  const std::map<std::string, std::string> value_column = {
      {"Hạng", "rank"},
      {"Hạng trong loại hình", "group_rank"},
      {"Hạng trong đảng bộ cơ sở", "group_rank"},
      {"Điểm", "score"},
      {"Kỳ trước: điểm (hạng)", "previous_score"},
      {"Thay đổi điểm", "score_change"},
      {"Thay đổi hạng", "rank_change"}};
  std::vector<int> value_of(rows[0].size(), -1);  // by column: values' column, or -1
  for (std::size_t col = 0; col < rows[0].size(); ++col) {
    auto named = value_column.find(rows[0][col]);
    if (named == value_column.end()) continue;
    auto at = std::find(values[0].begin(), values[0].end(), named->second);
    if (at != values[0].end()) value_of[col] = static_cast<int>(at - values[0].begin());
  }
  std::set<std::string> types;
  for (const RankedCell& c : in.ranking.cells) types.insert(unit_type_label(c.now.unit->type));
  std::vector<std::pair<std::string, std::string>> type_options;
  for (const std::string& t : types) type_options.emplace_back(t, t);
  std::sort(type_options.begin(), type_options.end(),
            [](const auto& a, const auto& b) { return vietnamese_less(a.first, b.first); });
  // The units the list left out, as under rank's table: "x/y chi bộ" read as the whole list's.
  const std::string left_out = units_left_out_of_table(in.units.units_left_out().size());
  fmt::print(out,
             "<div class=\"filters\"><label>Loại hình <select id=\"filter-type\">{}</select>"
             "</label><label>Tổ chức cơ sở đảng <select id=\"filter-base\">{}</select></label>"
             "<span class=\"muted\">Đang hiển thị <b id=\"shown\">{}/{}</b> chi bộ{}</span>"
             "</div>\n",
             options(type_options, "Tất cả"), options(base_options(in.ranking), "Tất cả"),
             format_count(static_cast<std::int64_t>(in.ranking.cells.size())),
             format_count(static_cast<std::int64_t>(in.ranking.cells.size())),
             left_out.empty() ? "" : "; " + html_escape(left_out));
  out << "<table id=\"ranking\"><thead><tr>";
  for (const std::string& h : rows[0]) out << "<th scope=\"col\">" << html_escape(h) << "</th>";
  out << "</tr></thead>\n<tbody>\n";
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const CellPeriod& now = in.ranking.cells[i - 1].now;
    fmt::print(out, "<tr data-type=\"{}\" data-base=\"{}\">",
               html_escape(unit_type_label(now.unit->type)),
               html_escape(now.base ? now.base->id : ""));
    for (std::size_t col = 0; col < rows[i].size(); ++col) {
      if (rows[0][col] == "Số tháng") {  // "2/3": by the months held
        const auto held = now.months.size() - static_cast<std::size_t>(now.missing_months.size());
        out << "<td class=\"num\" data-v=\"" << held << "\">" << html_escape(rows[i][col])
            << "</td>";
      } else if (rows[0][col] == "Xếp loại") {  // by the grades' order, the best first
        // Not graded: after the lowest grade.
        const std::size_t v =
            now.graded() ? static_cast<std::size_t>(now.grade) : in.ruleset.model.grades.size();
        out << "<td data-v=\"" << v << "\">" << html_escape(rows[i][col]) << "</td>";
      } else if (value_of[col] < 0) {
        out << "<td>" << html_escape(rows[i][col]) << "</td>";
      } else {
        // An empty value (no previous period; a base cell's rank in its own
        // base, "-") sorts last either way.
        const std::string none;
        const std::string& v =
            rows[i][col] == "-" ? none : values[i][static_cast<std::size_t>(value_of[col])];
        out << "<td class=\"num\" data-v=\"" << html_escape(v) << "\">" << html_escape(rows[i][col])
            << "</td>";
      }
    }
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
}

std::string legend(const Ruleset& r) {
  std::string out = "<div class=\"legend\">";
  for (std::size_t g = 0; g < r.grades.size(); ++g) {
    out += fmt::format("<span><i style=\"background:{}\"></i>{}</span>", grade_colour(g),
                       html_escape(r.grades[g].label));
  }
  return out + "</div>";
}

// The units list as the page names it: its file's name alone, not the
// folder it was read from on this machine ("/home/..." or "build/...":
// nothing to the committee the report goes up to, and the user's folders
// told to it). The list is not hashed: the name and the cells ranked are
// what identify it.
std::string units_file_name(const ReportInput& in) {
  return std::filesystem::path(in.units.file).filename().string();
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

void write_report_html(std::ostream& out, const ReportInput& in) {
  const Ruleset& r = in.ruleset.model;
  std::string title = report_title(in.ranking);
  // Units left out of the list: the list named is not the one ranked whole.
  const std::string left_out = units_left_out_count(in);
  fmt::print(out,
             "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">\n"
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
             "<title>{0}</title>\n<style>{1}</style></head>\n<body>\n<h1>{0}</h1>\n"
             "<p class=\"meta\">Bộ tiêu chí {2} ({3}), phiên bản {4}, sha256 {5}. Danh sách đơn "
             "vị: {6}{7}.</p>\n",
             html_escape(title), kStyle, html_escape(r.id), html_escape(r.source.document),
             html_escape(r.version), r.content_hash.substr(0, 12), html_escape(units_file_name(in)),
             left_out.empty() ? "" : " (" + html_escape(left_out) + ", xem Tóm tắt)");
  out << "<section class=\"summary\"><h2>Tóm tắt</h2>\n";
  for (const std::string& p : report_paragraphs(in)) out << "<p>" << html_escape(p) << "</p>\n";
  out << "</section>\n<h2>Biểu đồ</h2>\n" << legend(r) << "\n<div class=\"charts\">\n";
  fmt::print(out, "<figure><figcaption>Phân bố xếp loại, {}</figcaption>{}</figure>\n",
             html_escape(in.ranking.period.label()), grade_chart(in));
  // The share over each column is the best grade's: said, as over a column
  // of every grade it read as a share of the whole.
  fmt::print(out,
             "<figure><figcaption>Xếp loại theo quý, năm {}<br><span class=\"muted\">số trên "
             "mỗi cột: tỷ lệ chi bộ {}</span></figcaption>{}</figure>\n",
             in.ranking.period.year, html_escape(r.grades[0].label), trend_chart(in));
  fmt::print(out, "<figure><figcaption>Xếp loại theo tổ chức cơ sở đảng</figcaption>{}</figure>\n",
             base_chart(in));
  out << "</div>\n<h2>Tiêu chí mất nhiều điểm nhất</h2>\n<p class=\"muted\">Ô: bình quân mỗi "
         "cuộc sinh hoạt mất bao nhiêu phần số điểm tối đa của tiêu chí; càng đỏ càng mất "
         "nhiều.</p>\n"
      // Scrolled in its own box: a column a base organisation, a province's
      // hundreds of them made the whole page scroll sideways.
      << "<div class=\"wide\">" << heat_map(in, criterion_matrix(in))
      << "</div>\n<h2>Xếp hạng chi bộ</h2>\n";
  write_table(out, in);
  write_audit_list(out, in);
  write_rejected_list(out, in);
  out << "<script>" << kScript << "</script>\n</body></html>\n";
}

}  // namespace chibo
