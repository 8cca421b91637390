// The parts of a workbook its sheets' cells point at, read once for all
// its sheets: xl/sharedStrings.xml (the text of a cell of type "s") and
// xl/styles.xml (what a cell's style shows its number as). Only
// xlsx_reader.cpp includes this.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "chibo/number_format.h"
#include "xlsx_number.h"
#include "xml_reader.h"

namespace chibo {

// Text as a workbook stores it with Excel's escapes undone (ECMA-376
// ST_Xstring): "_x000D_" is the character U+000D, a carriage return pasted
// into a cell from a web page or Word; "_x005F_" an underscore written before
// what would read as one (a cell's "_x0041_" is stored "_x005F_x0041_"). Read
// as written, a cell_id "CP-01_x000D_" was another cell than CP-01, and a
// yes/no "có_x000D_" no answer. Only text holding "_x" is copied.
inline void undo_xstring_escapes(std::string& text) {
  if (text.find("_x") == std::string::npos) return;
  auto hex = [](char c) {
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                  : -1;
  };
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned code = 0;
    bool escape =
        i + 7 <= text.size() && text[i] == '_' && text[i + 1] == 'x' && text[i + 6] == '_';
    for (std::size_t k = 2; escape && k < 6; ++k) {
      const int digit = hex(text[i + k]);
      escape = digit >= 0;
      code = code * 16 + static_cast<unsigned>(digit);
    }
    if (!escape || (code >= 0xD800 && code <= 0xDFFF)) {  // a lone surrogate: left as written
      out += text[i];
      continue;
    }
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
    i += 6;
  }
  text = std::move(out);
}

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
    if (name == "si" && !strings.empty()) undo_xstring_escapes(strings.back());
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
    if (own == codes.end()) return 0;
    std::size_t digits = 0;
    if (!literal_prefix(own->second, digits).empty()) return digits;
    return zero_width(own->second);
  }
  // The text a style of text then zeros ("\"CP-\"00") shows before the number; "" for others.
  std::string prefix(std::size_t style) const {
    if (style >= formats.size()) return "";
    auto own = codes.find(formats[style]);
    std::size_t digits = 0;
    return own != codes.end() ? literal_prefix(own->second, digits) : "";
  }
};

}  // namespace chibo
