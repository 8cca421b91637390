#include "chibo/report_xlsx.h"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <filesystem>

#include "chibo/score_writer.h"
#include "compiled_ruleset_data.h"
#include "date.h"
#include "rank_rows.h"
#include "report_xlsx_book.h"

namespace chibo {
namespace {

// Fills for the grades from best to worst (green, blue, amber, red); a
// ruleset with more grades reuses the last.
constexpr lxw_color_t kGradeFill[] = {0xC6EFCE, 0xDDEBF7, 0xFFEB9C, 0xFFC7CE};
constexpr int kA4 = 9;  // libxlsxwriter's paper code for A4

// Not std::stod: that follows the C locale's decimal point.
double parse_double(const std::string& text) {
  double value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

std::string number_format(const Presentation& p, bool percent) {
  std::string f =
      p.decimals == 0 ? "0" : "0." + std::string(static_cast<std::size_t>(p.decimals), '0');
  return percent ? f + "%" : f;
}

}  // namespace

void add_ranking_sheet(XlsxBook& b, const ReportInput& in) {
  const CompiledRuleset& r = in.ruleset;
  NumberText text = [&](Rational v) { return format_number(v, r.model.presentation); };
  Rows rows = ranking_rows(r, in.ranking, text, false);
  // The previous period's "63,86 (17)" as two columns, a score and a rank,
  // numbers Excel can sort (it was text).
  const std::string combined = "Kỳ trước: điểm (hạng)";
  std::vector<std::string> header;
  for (const std::string& h : rows[0]) {
    if (h == combined) {
      header.insert(header.end(), {"Điểm kỳ trước", "Hạng kỳ trước"});
    } else {
      header.push_back(h);
    }
  }
  std::vector<double> w(header.size(), 14);
  for (std::size_t col = 0; col < header.size(); ++col) {
    if (header[col] == "Tên" || header[col] == "Đảng bộ cơ sở") w[col] = 34;
    if (header[col] == "Ghi chú") w[col] = 50;
  }
  SheetTable table(b, "Xếp hạng", header, w);
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const RankedCell& cell = in.ranking.cells[i - 1];
    table.next_row();
    std::size_t from = 0;  // the column of rows[i] read: one behind col past the split
    for (std::size_t col = 0; col < header.size(); ++col, ++from) {
      const std::string& h = header[col];
      int c = static_cast<int>(col);
      if ((h == "Hạng" || h.rfind("Hạng trong ", 0) == 0) && rows[i][from] != "-") {
        table.put(c, parse_double(rows[i][from]));
      } else if ((h == "Điểm" || h == "Xếp loại" || h == "Thay đổi điểm" || h == "Thay đổi hạng") &&
                 !cell.now.graded()) {
        table.put(c, rows[i][from]);  // not graded: "-", "Chưa xếp loại"
      } else if (h == "Điểm") {
        const double score = shown(r, cell.now.score);
        table.put(c, score, b.score(score));
      } else if (h == "Xếp loại") {
        table.put(c, rows[i][from], b.grade[static_cast<std::size_t>(cell.now.grade)]);
      } else if (h == "Điểm kỳ trước" && cell.previous_rank) {
        const double score = shown(r, cell.previous_score);
        table.put(c, score, b.score(score));
        --from;  // the two columns read one
      } else if (h == "Hạng kỳ trước" && cell.previous_rank) {
        table.put(c, static_cast<double>(*cell.previous_rank));
      } else if (h == "Điểm kỳ trước") {
        table.put(c, rows[i][from]);  // "-": no meeting then
        --from;
      } else if (h == "Thay đổi điểm" && cell.previous_rank) {
        // Numbers, signed by their format, that Excel can sort and add up
        // (they were the text "+74,42").
        const double change = shown(r, shown_change(r, cell));
        table.put(c, change, b.change(change));
      } else if (h == "Thay đổi hạng" && cell.previous_rank) {
        table.put(c, static_cast<double>(*cell.previous_rank - cell.rank), b.moved);
      } else {
        table.put(c, rows[i][from]);
      }
    }
  }
  // The units the list left out, as under rank's table: its rows read as the whole list's.
  if (const std::string left_out = units_left_out_of_table(in.units.units_left_out().size());
      !left_out.empty()) {
    table.note(left_out);
  }
  table.finish();
}

XlsxBook open_book(const std::string& path, const ReportInput& in, bool streamed) {
  XlsxBook b;
  lxw_workbook_options options{};
  options.constant_memory = streamed ? LXW_TRUE : LXW_FALSE;
  // libxlsxwriter writes every sheet to a temporary file before zipping it,
  // and does not check those writes: in the system's folder (a small /tmp,
  // full) the workbook came out cut short with no error. Beside the
  // workbook, a full disk also fails the workbook's own writes, which
  // workbook_close reports. (The name is copied by workbook_new_opt.)
  std::string folder = std::filesystem::path(path).parent_path().string();
  if (folder.empty()) folder = ".";
  options.tmpdir = folder.data();
  b.book = workbook_new_opt(path.c_str(), &options);
  if (!b.book) return b;
  // The workbook's creation time would be the clock's (libxlsxwriter's
  // default): the last day of the period instead, so that the same inputs
  // give the same bytes.
  const Period& period = in.ranking.period;
  const int after = period.last_month() == 12
                        ? days_from_civil({period.year + 1, 1, 1})
                        : days_from_civil({period.year, period.last_month() + 1, 1});
  lxw_doc_properties properties{};
  properties.created = static_cast<time_t>(after - 1) * 86400;
  workbook_set_properties(b.book, &properties);
  const Presentation& p = in.ruleset.model.presentation;
  b.header = workbook_add_format(b.book);
  format_set_bold(b.header);
  format_set_bg_color(b.header, 0xD9E1F2);
  format_set_text_wrap(b.header);
  format_set_border(b.header, LXW_BORDER_THIN);
  format_set_align(b.header, LXW_ALIGN_VERTICAL_CENTER);
  b.title = workbook_add_format(b.book);
  format_set_bold(b.title);
  format_set_font_size(b.title, 14);
  b.wrap = workbook_add_format(b.book);
  format_set_text_wrap(b.wrap);
  format_set_align(b.wrap, LXW_ALIGN_VERTICAL_TOP);
  // Formats of fewer decimals only when the ruleset trims zeros: the same
  // styles as before otherwise.
  b.trim_zeros = p.trim_zeros;
  const int decimals = std::clamp(p.decimals, 0, 6);
  for (int d = p.trim_zeros ? 0 : decimals; d <= decimals; ++d) {
    Presentation at = p;
    at.decimals = d;
    auto add = [&](const std::string& code) {
      lxw_format* f = workbook_add_format(b.book);
      format_set_num_format(f, code.c_str());
      return f;
    };
    const std::string score_format = number_format(at, false);
    b.scores.push_back(add(score_format));
    b.shares.push_back(add(number_format(at, true)));
    b.changes.push_back(add(fmt::format("+{0};-{0};{0}", score_format)));
  }
  b.moved = workbook_add_format(b.book);
  format_set_num_format(b.moved, "+0;-0;0");
  b.day = workbook_add_format(b.book);
  format_set_num_format(b.day, "dd/mm/yyyy");
  constexpr std::size_t fills = sizeof(kGradeFill) / sizeof(kGradeFill[0]);
  for (std::size_t g = 0; g < in.ruleset.model.grades.size(); ++g) {
    lxw_format* f = workbook_add_format(b.book);
    format_set_bg_color(f, kGradeFill[g < fills ? g : fills - 1]);
    b.grade.push_back(f);
  }
  return b;
}

lxw_format* XlsxBook::of_decimals(const std::vector<lxw_format*>& formats, double value,
                                  int shift) const {
  if (formats.empty()) return nullptr;
  if (!trim_zeros) return formats.back();
  for (std::size_t d = 0; d + 1 < formats.size(); ++d) {
    const double scaled = value * std::pow(10.0, static_cast<double>(d) + shift);
    if (std::abs(scaled - std::round(scaled)) < 1e-6) return formats[d];
  }
  return formats.back();
}

void finish_table(lxw_worksheet* sheet, int header_row, int last_row, int last_col) {
  auto row = static_cast<lxw_row_t>(header_row);
  worksheet_freeze_panes(sheet, row + 1, 0);
  if (last_row > header_row) {
    worksheet_autofilter(sheet, row, 0, static_cast<lxw_row_t>(last_row),
                         static_cast<lxw_col_t>(last_col));
  }
  worksheet_set_paper(sheet, kA4);
  worksheet_set_landscape(sheet);
  worksheet_fit_to_pages(sheet, 1, 0);
  worksheet_repeat_rows(sheet, row, row);
}

SheetTable::SheetTable(XlsxBook& b, std::string name, std::vector<std::string> header,
                       std::vector<double> widths)
    : b_(b), name_(std::move(name)), header_(std::move(header)), widths_(std::move(widths)) {
  start_sheet();
}

void SheetTable::start_sheet() {
  ++sheets_;
  const std::string name = sheets_ == 1 ? name_ : fmt::format("{} ({})", name_, sheets_);
  sheet_ = workbook_add_worksheet(b_.book, name.c_str());
  for (std::size_t c = 0; c < header_.size(); ++c) {
    if (chibo::put(sheet_, 0, static_cast<int>(c), header_[c], b_.header) != LXW_NO_ERROR) {
      ++b_.refused;
    }
  }
  widths(sheet_, widths_);
  row_ = 0;
}

void SheetTable::next_row() {
  assert(b_.max_rows >= 2);  // the header and a row
  if (row_ + 1 >= b_.max_rows) {
    finish();
    start_sheet();
  }
  ++row_;
}

void SheetTable::put(int col, const std::string& text, lxw_format* f) {
  if (chibo::put(sheet_, row_, col, text, f) != LXW_NO_ERROR) ++b_.refused;
}

void SheetTable::put(int col, double number, lxw_format* f) {
  if (chibo::put(sheet_, row_, col, number, f) != LXW_NO_ERROR) ++b_.refused;
}

void SheetTable::note(const std::string& text) {
  // On a sheet of its own (the header alone) when the last has no room for it.
  if (row_ + 2 >= b_.max_rows) {
    finish();
    start_sheet();
  }
  if (chibo::put(sheet_, row_ + 2, 0, text) != LXW_NO_ERROR) ++b_.refused;
}

void SheetTable::finish() { finish_table(sheet_, 0, row_, static_cast<int>(header_.size()) - 1); }

std::string cell_text(const std::string& text) {
  // Excel counts UTF-16 units: a letter past U+FFFF (4 bytes of UTF-8) is two.
  constexpr std::size_t kMostUnits = 32000;
  std::string out = one_line(text);
  // A letter is at least as many bytes as UTF-16 units: a text of at most
  // kMostUnits bytes fits, not counted (every cell of a province's details,
  // a 2% of writing its workbook).
  if (out.size() <= kMostUnits) return out;
  std::size_t units = 0, cut = std::string::npos, kept = 0;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto byte = static_cast<unsigned char>(out[i]);
    if ((byte & 0xC0) == 0x80) continue;  // within a letter
    const std::size_t size = byte >= 0xF0 ? 2 : 1;
    if (cut == std::string::npos && units + size > kMostUnits) {
      cut = i;
      kept = units;
    }
    units += size;
  }
  if (cut == std::string::npos) return out;
  // Not within an escape one_line wrote (\n, \x00, \u0085): before it.
  const std::size_t from = cut >= 5 ? cut - 5 : 0;
  const std::size_t slash = out.rfind('\\', cut - 1);
  if (slash != std::string::npos && slash >= from) {
    const char kind = slash + 1 < out.size() ? out[slash + 1] : ' ';
    const std::size_t length = kind == 'x' ? 4 : kind == 'u' ? 6 : 2;
    if (slash + length > cut) {
      for (std::size_t i = slash; i < cut; ++i) {
        const auto byte = static_cast<unsigned char>(out[i]);
        if ((byte & 0xC0) != 0x80) kept -= byte >= 0xF0 ? 2 : 1;
      }
      cut = slash;
    }
  }
  out.resize(cut);
  out += fmt::format(" … [+{} ký tự]", units - kept);
  return out;
}

lxw_error put(lxw_worksheet* s, int row, int col, const std::string& text, lxw_format* f) {
  return worksheet_write_string(s, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                                cell_text(text).c_str(), f);
}

lxw_error put(lxw_worksheet* s, int row, int col, double number, lxw_format* f) {
  return worksheet_write_number(s, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), number,
                                f);
}

void widths(lxw_worksheet* s, const std::vector<double>& columns) {
  for (std::size_t c = 0; c < columns.size(); ++c) {
    auto col = static_cast<lxw_col_t>(c);
    worksheet_set_column(s, col, col, columns[c], nullptr);
  }
}

double shown(const CompiledRuleset& r, const Rational& value) {
  // The rounded value's numerator over its denominator, divided once: the
  // same double as parsing the text machine_number writes (both are the
  // nearest to 2472/25, "98.88"), with no text made and read back for each
  // of a province's 2 million points (its allocations and parse were a few
  // percent of the workbook's time). Past 2^53 the text, as before.
  const Rational v = presented_value(value, r.machine);
  constexpr std::int64_t kExact = std::int64_t(1) << 53;
  if (v.num() > -kExact && v.num() < kExact && v.den() < kExact) {
    return static_cast<double>(v.num()) / static_cast<double>(v.den());
  }
  return parse_double(machine_number(r, value));
}

double shown_share(const CompiledRuleset& r, int count, int cells) {
  Presentation p = r.model.presentation;
  p.decimal_separator = ".";
  p.trim_zeros = false;
  // "54.17%" -> 5417 / 10^4: one division, so the cell holds 0.5417, not
  // 0.54170000000000001 as 54.17 / 100 would.
  std::string digits;
  for (char c : format_share(count, cells, p)) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return parse_double(digits) / std::pow(10.0, p.decimals + 2);
}

std::string write_report_xlsx(const std::string& path, const ReportInput& in) {
  XlsxBook b = open_book(path, in);
  if (!b.book) return fmt::format("không tạo được bảng tính '{}'", path);
  add_ranking_sheet(b, in);
  add_summary_sheet(b, in);
  add_details_sheet(b, in);
  add_audit_sheet(b, in);
  add_rejected_sheet(b, in);
  lxw_error error = workbook_close(b.book);
  if (error != LXW_NO_ERROR) {
    return fmt::format("không ghi được bảng tính '{}': {}", path, lxw_strerror(error));
  }
  if (b.refused > 0) {
    return fmt::format("không ghi được bảng tính '{}': thư viện libxlsxwriter từ chối {} ô", path,
                       b.refused);
  }
  return "";
}

}  // namespace chibo
