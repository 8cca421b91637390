#include "xlsx_reader.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <map>
#include <memory>
#include <new>

#include <expat.h>
#include <fmt/format.h>
#include <zip.h>

#include "chibo/limits.h"
#include "chibo/number_format.h"
#include "header_row.h"
#include "utf8.h"
#include "xlsx_number.h"

namespace chibo {
namespace {

// A part of the workbook (a zip entry), unpacked; nullopt with why.
class Archive {
 public:
  Archive(std::string_view bytes, std::string& why) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source) {
      zip_ = zip_open_from_source(source, ZIP_RDONLY, &error);
      if (!zip_) zip_source_free(source);
    }
    if (!zip_) {
      // A workbook cut short has no zip directory at its end: "not a zip" too.
      const int code = zip_error_code_zip(&error);
      why = code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS
                ? std::string("tệp không phải tệp nén .xlsx, hoặc đã hỏng hay bị cắt ngắn")
                : fmt::format("không mở được tệp nén ({})", zip_error_strerror(&error));
    }
    zip_error_fini(&error);
  }
  ~Archive() {
    if (zip_) zip_discard(zip_);
  }
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;
  bool ok() const { return zip_ != nullptr; }

  // The part named name ("" when there is none and !needed), at most max_bytes.
  std::optional<std::string> part(const std::string& name, std::size_t max_bytes, bool needed,
                                  std::string& why) {
    const zip_int64_t index = zip_name_locate(zip_, name.c_str(), 0);
    if (index < 0) {
      if (!needed) return std::string();
      why = fmt::format("thiếu phần '{}' của sổ tính", name);
      return std::nullopt;
    }
    zip_file_t* file = zip_fopen_index(zip_, static_cast<zip_uint64_t>(index), 0);
    if (!file) {
      why = fmt::format("không giải nén được '{}' ({})", name, zip_strerror(zip_));
      return std::nullopt;
    }
    std::string out;
    char chunk[1 << 16];
    for (;;) {
      const zip_int64_t got = zip_fread(file, chunk, sizeof chunk);
      if (got < 0) {
        why = fmt::format("không giải nén được '{}' ({})", name, zip_file_strerror(file));
        zip_fclose(file);
        return std::nullopt;
      }
      if (got == 0) break;
      out.append(chunk, static_cast<std::size_t>(got));
      if (out.size() > max_bytes) {  // a zip bomb, or a sheet past the file limit
        why = fmt::format("phần '{}' giải nén ra hơn {} byte (giới hạn max_file_bytes)", name,
                          max_bytes);
        zip_fclose(file);
        return std::nullopt;
      }
    }
    zip_fclose(file);
    return out;
  }

 private:
  zip_t* zip_ = nullptr;
};

// Element and attribute names without their namespace prefix ("x:row" is a
// row): some writers prefix SpreadsheetML's names.
std::string_view local(const char* name) {
  std::string_view n(name);
  const std::size_t colon = n.rfind(':');
  return colon == n.npos ? n : n.substr(colon + 1);
}

const char* attribute(const char** attrs, std::string_view name) {
  for (std::size_t i = 0; attrs[i]; i += 2) {
    if (local(attrs[i]) == name) return attrs[i + 1];
  }
  return nullptr;
}

// An attribute that is a whole number from 0 (a row's, a style's, a number
// format's), or otherwise when it is missing or no such number.
int whole_attribute(const char** attrs, std::string_view name, int otherwise) {
  const char* text = attribute(attrs, name);
  if (!text) return otherwise;
  const char* end = text + std::strlen(text);
  int n = 0;
  auto [ptr, ec] = std::from_chars(text, end, n);
  return ec == std::errc() && ptr == end && n >= 0 ? n : otherwise;
}

// One XML part read through expat: on_start, on_end and on_text are told
// what it holds. false, with why, when it is no well-formed XML.
class XmlReader {
 public:
  virtual ~XmlReader() = default;
  bool parse(const std::string& text, const std::string& part, std::string& why) {
    std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser(XML_ParserCreate(nullptr),
                                                                        &XML_ParserFree);
    if (!parser) throw std::bad_alloc();
    parser_ = parser.get();
    XML_SetUserData(parser_, this);
    // What a handler throws may not unwind through expat's C: it stops the
    // parser, and is said as why.
    XML_SetElementHandler(
        parser_,
        [](void* self, const char* name, const char** attrs) {
          static_cast<XmlReader*>(self)->guarded(
              [&](XmlReader& r) { r.on_start(local(name), attrs); });
        },
        [](void* self, const char* name) {
          static_cast<XmlReader*>(self)->guarded([&](XmlReader& r) { r.on_end(local(name)); });
        });
    XML_SetCharacterDataHandler(parser_, [](void* self, const char* s, int n) {
      static_cast<XmlReader*>(self)->guarded(
          [&](XmlReader& r) { r.on_text(std::string_view(s, static_cast<std::size_t>(n))); });
    });
    // In slices: a part may be longer than the int XML_Parse takes.
    constexpr std::size_t kSlice = std::size_t{1} << 20;
    for (std::size_t at = 0;;) {
      const std::size_t n = std::min(kSlice, text.size() - at);
      const bool last = at + n == text.size();
      if (XML_Parse(parser_, text.data() + at, static_cast<int>(n), last) == XML_STATUS_ERROR) {
        why = !stopped_.empty() ? fmt::format("phần '{}': {}", part, stopped_)
                                : fmt::format("phần '{}' hỏng ({}, dòng {})", part,
                                              XML_ErrorString(XML_GetErrorCode(parser_)),
                                              XML_GetCurrentLineNumber(parser_));
        return false;
      }
      at += n;
      if (last) return true;
    }
  }

 protected:
  virtual void on_start(std::string_view name, const char** attrs) = 0;
  virtual void on_end(std::string_view) {}
  virtual void on_text(std::string_view) {}
  // Ends the reading: the part is refused, why said.
  void stop(std::string why) {
    if (!stopped_.empty()) return;
    stopped_ = std::move(why);
    XML_StopParser(parser_, XML_FALSE);
  }

 private:
  template <class F>
  void guarded(F handle) {
    if (!stopped_.empty()) return;
    try {
      handle(*this);
    } catch (const std::bad_alloc&) {
      stop("không đủ bộ nhớ để đọc");
    }
  }
  XML_Parser parser_ = nullptr;
  std::string stopped_;
};

// xl/workbook.xml: its sheets' relation ids, in the order of their tabs,
// whether each is hidden, and the date system.
struct Workbook : XmlReader {
  std::vector<std::pair<std::string, bool>> sheets;  // r:id, hidden
  bool date1904 = false;
  void on_start(std::string_view name, const char** attrs) override {
    if (name == "sheet") {
      const char* id = attribute(attrs, "id");
      const char* state = attribute(attrs, "state");
      if (id) sheets.emplace_back(id, state && std::strcmp(state, "visible") != 0);
    } else if (name == "workbookPr") {
      const char* d = attribute(attrs, "date1904");
      date1904 = d && (std::strcmp(d, "1") == 0 || std::strcmp(d, "true") == 0);
    }
  }
};

// xl/_rels/workbook.xml.rels: relation id -> the part it names, and
// whether that is a worksheet (not a chart sheet or a macro sheet).
struct Relations : XmlReader {
  std::map<std::string, std::pair<std::string, bool>> target;
  void on_start(std::string_view name, const char** attrs) override {
    if (name != "Relationship") return;
    const char* id = attribute(attrs, "Id");
    const char* to = attribute(attrs, "Target");
    const char* type = attribute(attrs, "Type");
    const std::string_view kind = type ? type : "";
    const std::string_view worksheet = "/worksheet";
    const bool is_worksheet =
        kind.size() >= worksheet.size() && kind.substr(kind.size() - worksheet.size()) == worksheet;
    if (id && to) target[id] = {to, is_worksheet || !type};
  }

  // The part of the first worksheet the one filling it in sees: the first
  // tab that is a worksheet and not hidden, else the first worksheet.
  const std::string* first_worksheet(const Workbook& book) const {
    const std::string* hidden = nullptr;
    for (const auto& [id, is_hidden] : book.sheets) {
      auto it = target.find(id);
      if (it == target.end() || !it->second.second) continue;
      if (!is_hidden) return &it->second.first;
      if (!hidden) hidden = &it->second.first;
    }
    return hidden;
  }
};

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
      const int id = whole_attribute(attrs, "numFmtId", -1);
      const char* code = attribute(attrs, "formatCode");
      if (id >= 0 && code) codes[id] = code;
    } else if (name == "cellXfs") {
      in_cell_xfs = true;
    } else if (name == "xf" && in_cell_xfs) {
      formats.push_back(whole_attribute(attrs, "numFmtId", 0));
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
};

// The column of a cell reference ("AB12" -> 27, from 0); -1 when it has none.
int column_of(const char* ref) {
  int column = 0;
  std::size_t letters = 0;
  for (const char* p = ref; *p >= 'A' && *p <= 'Z'; ++p, ++letters) {
    column = column * 26 + (*p - 'A' + 1);
    if (column > 16384) return -1;  // past XFD, Excel's last column
  }
  return letters == 0 ? -1 : column - 1;
}

// A worksheet's rows.
struct Sheet : XmlReader {
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

  void on_start(std::string_view name, const char** attrs) override {
    if (name == "row") {
      // Its number as written, or the one after the row before (when it
      // has none, or one no greater, which Excel never writes).
      const int number = whole_attribute(attrs, "r", 0);
      row.line = number > last_line && number <= kMaxRows ? number : last_line + 1;
      last_line = row.line;
      row.cells.clear();
      in_row = true;
      column = -1;
    } else if (name == "c" && in_row) {
      const char* r = attribute(attrs, "r");
      const int at = r ? column_of(r) : -1;
      column = at >= 0 ? at : column + 1;
      const char* t = attribute(attrs, "t");
      type = t ? t : "n";
      style = static_cast<std::size_t>(whole_attribute(attrs, "s", 0));
      value.clear();
    } else if (name == "v") {
      in_value = true;
    } else if (name == "is") {
      in_inline = true;
    } else if (name == "rPh") {
      ++phonetic;
    } else if (name == "t" && in_inline && phonetic == 0) {
      in_value = true;
    }
  }
  void on_end(std::string_view name) override {
    if (name == "v" || name == "t") {
      in_value = false;
    } else if (name == "is") {
      in_inline = false;
    } else if (name == "rPh") {
      --phonetic;
    } else if (name == "c" && in_row && column >= 0) {
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
  }

  std::string cell_text() const {
    if (type == "s") {
      std::size_t index = 0;
      auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), index);
      if (ec != std::errc() || ptr != value.data() + value.size() || index >= strings->size()) {
        return value;  // no such string: the index as written, rejected where it is read
      }
      return (*strings)[index];
    }
    if (type == "b") return value == "1" || value == "true" ? "1" : "0";
    if (type == "str" || type == "inlineStr" || type == "e") return value;
    if (type == "d") return value.substr(0, value.find('T'));  // ISO 8601: its day
    return value.empty() ? value : number_text(value, styles->shown(style), date1904);
  }
};

// A part named from xl/ by a relation's target ("worksheets/sheet1.xml", or
// "/xl/worksheets/sheet1.xml" from the root).
std::string part_of_target(const std::string& target) {
  return target.empty() || target[0] != '/' ? "xl/" + target : target.substr(1);
}

}  // namespace

std::size_t header_row(const std::vector<XlsxRow>& rows, const std::vector<std::string>& names) {
  for (std::size_t r = 0; r < rows.size() && r < kHeaderSearchRows; ++r) {
    if (names_key_column_in(rows[r].cells, names)) return r;
  }
  return 0;
}

void xlsx_record(const XlsxRow& row, std::size_t width, CsvRecord& out) {
  out.line = row.line;
  out.error.clear();
  out.fields.clear();
  for (const std::string& cell : row.cells) out.fields.add(cell);
  for (std::size_t c = row.cells.size(); c < width; ++c) out.fields.add("");
  const Limits& lim = limits();
  if (out.fields.size() > lim.max_fields) {
    out.error = fmt::format("có hơn {} ô (giới hạn max_fields)",
                            format_count(static_cast<std::int64_t>(lim.max_fields)));
  } else if (out.fields.text().size() > lim.max_record_bytes) {
    out.error = fmt::format("dài quá {} byte (giới hạn max_record_bytes)",
                            format_count(static_cast<std::int64_t>(lim.max_record_bytes)));
  }
}

std::optional<std::vector<XlsxRow>> read_workbook(std::string_view bytes, const std::string& name,
                                                  Diagnostics& diags) {
  std::string why;
  std::optional<std::vector<XlsxRow>> rows = read_xlsx_rows(bytes, limits().max_file_bytes, why);
  if (!rows) {
    diags.error({name, 0, 0}, fmt::format("không đọc được tệp Excel: {}; hãy mở tệp bằng Excel "
                                          "và lưu lại (.xlsx, hoặc CSV UTF-8)",
                                          why));
  }
  return rows;
}

std::optional<std::vector<XlsxRow>> read_xlsx_rows(std::string_view bytes, std::size_t max_bytes,
                                                   std::string& why) {
  Archive zip(bytes, why);
  if (!zip.ok()) return std::nullopt;
  auto read = [&](const std::string& name, bool needed, XmlReader& reader) {
    std::optional<std::string> text = zip.part(name, max_bytes, needed, why);
    return text && (text->empty() || reader.parse(*text, name, why));
  };
  Workbook book;
  Relations relations;
  SharedStrings strings;
  strings.max_bytes = max_bytes;
  Styles styles;
  if (!read("xl/workbook.xml", true, book) ||
      !read("xl/_rels/workbook.xml.rels", true, relations) ||
      !read("xl/sharedStrings.xml", false, strings) || !read("xl/styles.xml", false, styles)) {
    return std::nullopt;
  }
  const std::string* target = relations.first_worksheet(book);
  if (!target) {
    why = "sổ tính không có trang tính nào";
    return std::nullopt;
  }
  Sheet sheet;
  sheet.strings = &strings.strings;
  sheet.styles = &styles;
  sheet.date1904 = book.date1904;
  sheet.max_bytes = max_bytes;
  if (!read(part_of_target(*target), true, sheet)) return std::nullopt;
  return std::move(sheet.rows);
}

}  // namespace chibo
