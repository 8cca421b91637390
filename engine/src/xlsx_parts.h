// The parts of a workbook its sheets' cells point at, read once for all
// its sheets: xl/sharedStrings.xml (the text of a cell of type "s") and
// xl/styles.xml (what a cell's style shows its number as). Only
// xlsx_reader.cpp includes this.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "chibo/number_format.h"
#include "xlsx_number.h"
#include "xml_reader.h"

namespace chibo {

// xl/sharedStrings.xml: the text cells point at. A string's text is its
// <t>, or its runs' <t>s, never a phonetic reading's (<rPh>).
struct SharedStrings : XmlReader {
  std::vector<std::string> strings;
  std::size_t max_bytes = 0;
  std::size_t held = 0;  // a string's own bytes for each (its text is the part's)
  bool in_t = false;
  int phonetic = 0;
  void on_start(std::string_view name, const char**) override {
    if (name == "si") {
      held += sizeof(std::string);
      if (held > max_bytes) {
        return stop(fmt::format("quá nhiều chuỗi (giới hạn max_file_bytes: {} byte)",
                                format_count(static_cast<std::int64_t>(max_bytes))));
      }
      strings.emplace_back();
    }
    if (name == "rPh") ++phonetic;
    if (name == "t" && phonetic == 0 && !strings.empty()) in_t = true;
  }
  void on_end(std::string_view name) override {
    if (name == "t") in_t = false;
    if (name == "rPh") --phonetic;
  }
  void on_text(std::string_view text) override {
    if (in_t) strings.back().append(text);
  }
};

// xl/styles.xml: what each cell style (an index into cellXfs) shows numbers as.
struct Styles : XmlReader {
  std::map<int, std::string> codes;  // numFmtId -> formatCode (the workbook's own)
  std::vector<int> formats;          // cellXfs: each style's numFmtId
  bool in_cell_xfs = false;
  bool in_num_fmts = false;  // not a conditional format's (<dxfs>), which may reuse an id
  void on_start(std::string_view name, const char** attrs) override {
    if (name == "numFmts") {
      in_num_fmts = true;
    } else if (name == "numFmt" && in_num_fmts) {
      const int id = xml_whole_attribute(attrs, "numFmtId", -1);
      const char* code = xml_attribute(attrs, "formatCode");
      if (id >= 0 && code) codes[id] = code;
    } else if (name == "cellXfs") {
      in_cell_xfs = true;
    } else if (name == "xf" && in_cell_xfs) {
      formats.push_back(xml_whole_attribute(attrs, "numFmtId", 0));
    }
  }
  void on_end(std::string_view name) override {
    if (name == "cellXfs") in_cell_xfs = false;
    if (name == "numFmts") in_num_fmts = false;
  }
  Shown shown(std::size_t style) const {
    if (style >= formats.size()) return Shown::Plain;
    const int id = formats[style];
    auto own = codes.find(id);
    return own != codes.end() ? shown_by_code(own->second) : shown_by_builtin(id);
  }
  // The digits a style of zeros alone ("000") pads a whole number to; 0 for others.
  std::size_t width(std::size_t style) const {
    if (style >= formats.size()) return 0;
    auto own = codes.find(formats[style]);
    return own != codes.end() ? zero_width(own->second) : 0;
  }
};

}  // namespace chibo
