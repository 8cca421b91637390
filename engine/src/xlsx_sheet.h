// A worksheet's rows as Excel shows its cells (xl/worksheets/sheetN.xml),
// read with the workbook's shared strings and styles (xlsx_parts.h). Only
// xlsx_reader.cpp includes this.
#pragma once

#include <charconv>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "chibo/number_format.h"
#include "xlsx_number.h"
#include "xlsx_parts.h"
#include "xlsx_reader.h"
#include "xml_reader.h"

namespace chibo {

// The column of a cell reference ("AB12" -> 27, from 0); -1 when it has none.
inline int column_of(const char* ref) {
  int column = 0;
  std::size_t letters = 0;
  for (const char* p = ref; *p >= 'A' && *p <= 'Z'; ++p, ++letters) {
    column = column * 26 + (*p - 'A' + 1);
    if (column > 16384) return -1;  // past XFD, Excel's last column
  }
  return letters == 0 ? -1 : column - 1;
}

// A cell reference's column (from 0) and row ("B12" -> 1, 12); false when
// it is none (no letters, no row, past Excel's last column or row).
inline bool cell_at(const char* ref, int& column, int& line) {
  column = column_of(ref);
  const char* p = ref;
  while (*p >= 'A' && *p <= 'Z') ++p;
  line = 0;
  const char* digits = p;
  while (*p >= '0' && *p <= '9' && line <= (1 << 20)) line = line * 10 + (*p++ - '0');
  return column >= 0 && p != digits && line >= 1 && line <= (1 << 20);
}

// A worksheet's rows.
struct WorksheetReader : XmlReader {
  const std::vector<std::string>* strings = nullptr;
  const Styles* styles = nullptr;
  bool date1904 = false;
  std::vector<XlsxRow> rows;

  std::size_t max_bytes = 0;
  std::size_t held = 0;  // bytes the rows hold, about

  XlsxRow row;
  int last_line = 0;
  static constexpr int kMaxRows = 1 << 20;     // Excel's 1,048,576
  static constexpr int kMaxColumns = 1 << 14;  // and 16,384 (XFD)
  bool in_row = false;
  int column = -1;  // the cell's
  std::string type, value;
  std::size_t style = 0;
  bool in_value = false, in_inline = false;
  int phonetic = 0;
  // A formula's cell: its reference, its formula (the first 40 bytes) and
  // whether it has a value worked out (<v>).
  std::string cell_ref, formula;
  bool has_formula = false, in_formula = false, formula_cut = false, has_value = false;
  bool uncomputed = false;  // stopped at such a formula: the workbook is refused, not the tab

  void on_start(std::string_view name, const char** attrs) override {
    if (name == "row") {
      // Its number as written, or the one after the row before (when it
      // has none, or one no greater, which Excel never writes).
      const int number = xml_whole_attribute(attrs, "r", 0);
      row.line = number > last_line && number <= kMaxRows ? number : last_line + 1;
      last_line = row.line;
      row.cells.clear();
      in_row = true;
      column = -1;
    } else if (name == "c" && in_row) {
      const char* r = xml_attribute(attrs, "r");
      const int at = r ? column_of(r) : -1;
      // Letters past XFD: Excel's last column passed (said below, as a cell
      // there holding something); no letters at all: the one after.
      column = at >= 0 ? at : r && *r >= 'A' && *r <= 'Z' ? kMaxColumns : column + 1;
      cell_ref = r ? r : "";
      has_formula = formula_cut = has_value = false;
      formula.clear();
      const char* t = xml_attribute(attrs, "t");
      type = t ? t : "n";
      style = static_cast<std::size_t>(xml_whole_attribute(attrs, "s", 0));
      value.clear();
    } else if (name == "v") {
      in_value = has_value = true;
    } else if (name == "f") {
      has_formula = in_formula = true;
    } else if (name == "is") {
      in_inline = true;
    } else if (name == "rPh") {
      ++phonetic;
    } else if (name == "t" && in_inline && phonetic == 0) {
      in_value = true;
    } else if (name == "mergeCell") {
      merge(xml_attribute(attrs, "ref"));
    }
  }
  void on_end(std::string_view name) override {
    if (name == "v" || name == "t") {
      in_value = false;
    } else if (name == "f") {
      in_formula = false;
    } else if (name == "is") {
      in_inline = false;
    } else if (name == "rPh") {
      --phonetic;
    } else if (name == "c" && in_row && column >= 0) {
      // A formula never worked out (a file written by a program that does
      // not calculate: no value, or <v></v> as openpyxl writes it): its cell
      // was read as empty, "để trống", each row. A text result may be empty.
      if (has_formula && value.empty() && type != "inlineStr" && (!has_value || type != "str")) {
        uncomputed = true;
        return stop(fmt::format(
            "{} có công thức{} nhưng chưa có giá trị tính sẵn (tệp được lưu bởi chương trình "
            "không tính công thức)",
            cell_ref.empty() ? fmt::format("dòng {} có ô", row.line)
                             : "ô " + cell_ref.substr(0, 12),
            formula.empty() ? "" : " =" + formula + (formula_cut ? "…" : "")));
      }
      if (type == "s" && !value.empty() && !shared_string()) {
        // The index as written was read as the cell's text: '29' for members.
        return stop(
            fmt::format("dòng {} có ô trỏ tới chuỗi thứ {} trong bảng chuỗi dùng chung "
                        "(sharedStrings), mà bảng không có",
                        row.line, value.substr(0, 20)));
      }
      std::string text = cell_text();
      if (!text.empty()) {
        if (column >= kMaxColumns) {
          return stop(fmt::format("dòng {} có ô quá cột thứ {} (cột cuối của Excel)", row.line,
                                  format_count(kMaxColumns)));
        }
        const auto at = static_cast<std::size_t>(column);
        // What the rows hold (a cell's text, and a string for each cell
        // before it): within max_bytes, as a small sheet may fill a row's
        // last column or name one long shared string a million times.
        held += text.size() +
                sizeof(std::string) * (at >= row.cells.size() ? at + 1 - row.cells.size() : 0);
        if (held > max_bytes) {
          return stop(fmt::format("các ô đọc ra hơn {} byte (giới hạn max_file_bytes)",
                                  format_count(static_cast<std::int64_t>(max_bytes))));
        }
        if (row.cells.size() <= at) row.cells.resize(at + 1);
        row.cells[at] = std::move(text);
      }
    } else if (name == "row") {
      in_row = false;
      if (!row.cells.empty()) {
        held += sizeof(XlsxRow);
        rows.push_back(std::move(row));
      }
      row = XlsxRow{};
    }
  }
  void on_text(std::string_view text) override {
    if (in_value) value.append(text);
    // Its first 40 bytes or so, cut where a character starts (said with "…").
    if (in_formula && !formula_cut) {
      std::size_t room = 40 - std::min<std::size_t>(40, formula.size());
      if (text.size() > room) {
        while (room > 0 && (static_cast<unsigned char>(text[room]) & 0xC0) == 0x80) --room;
        formula_cut = true;
      }
      formula.append(text.substr(0, std::min(room, text.size())));
    }
  }

  // A merged range ("B2:B4", after the rows): one column of several rows (a
  // date typed once for two meetings) shows its value on each, so each row
  // holding something reads it where its own cell is empty. Wider ranges (a
  // title across the sheet) are left as written. Bounded: overlapping
  // ranges, which Excel never writes, may not walk the rows without end.
  void merge(const char* ref) {
    int first_column = 0, first_line = 0, last_column = 0, last_line_of = 0;
    if (!ref || !cell_at(ref, first_column, first_line)) return;
    const char* colon = std::strchr(ref, ':');
    if (!colon || !cell_at(colon + 1, last_column, last_line_of)) return;
    if (first_column != last_column || last_line_of <= first_line) return;
    auto top = std::lower_bound(rows.begin(), rows.end(), first_line,
                                [](const XlsxRow& r, int line) { return r.line < line; });
    const auto at = static_cast<std::size_t>(first_column);
    if (top == rows.end() || top->line != first_line || at >= top->cells.size() ||
        top->cells[at].empty()) {
      return;
    }
    for (auto r = top + 1; r != rows.end() && r->line <= last_line_of; ++r) {
      if (++merge_steps > kMaxMergeSteps) {
        return stop(fmt::format("có hơn {} ô gộp", format_count(kMaxMergeSteps)));
      }
      if (r->cells.size() <= at) {
        held += sizeof(std::string) * (at + 1 - r->cells.size());
        r->cells.resize(at + 1);
      }
      if (!r->cells[at].empty()) continue;
      held += top->cells[at].size();
      if (held > max_bytes) {
        return stop(fmt::format("các ô đọc ra hơn {} byte (giới hạn max_file_bytes)",
                                format_count(static_cast<std::int64_t>(max_bytes))));
      }
      r->cells[at] = top->cells[at];
    }
  }
  static constexpr std::int64_t kMaxMergeSteps = std::int64_t{1} << 24;
  std::int64_t merge_steps = 0;

  // A shared string cell's text; null when its index names none.
  const std::string* shared_string() const {
    std::size_t index = 0;
    auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), index);
    if (ec != std::errc() || ptr != value.data() + value.size() || index >= strings->size()) {
      return nullptr;
    }
    return &(*strings)[index];
  }

  std::string cell_text() const {
    if (type == "s") {  // on_end refused one whose index names none
      const std::string* text = shared_string();
      return text ? *text : std::string();
    }
    if (type == "b") return value == "1" || value == "true" ? "1" : "0";
    if (type == "inlineStr") {  // escaped as shared strings are (xlsx_parts.h)
      std::string text = value;
      undo_xstring_escapes(text);
      return text;
    }
    if (type == "str" || type == "e") return value;
    if (type == "d") return value.substr(0, value.find('T'));  // ISO 8601: its day
    return value.empty() ? value
                         : number_text(value, styles->shown(style), date1904, styles->width(style),
                                       styles->prefix(style));
  }
};

}  // namespace chibo
