#include "chibo/record_reader.h"

#include <algorithm>
#include <sstream>
#include <streambuf>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "chibo/limits.h"
#include "chibo/number_format.h"
#include "chibo/record_checker.h"
#include "csv_reader.h"
#include "header_row.h"
#include "utf16.h"
#include "utf8.h"
#include "xlsx_reader.h"
#include "yaml_reader.h"

namespace chibo {
namespace {

// A stream buffer that gives prefix first, then the rest of another buffer:
// standard input with its first line already read. Hand-written: the
// standard library has no concatenating stream buffer.
class PrefixedStreambuf : public std::streambuf {
 public:
  PrefixedStreambuf(std::string prefix, std::streambuf& rest)
      : prefix_(std::move(prefix)), rest_(rest) {
    setg(prefix_.data(), prefix_.data(), prefix_.data() + prefix_.size());
  }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    std::streamsize n = rest_.sgetn(chunk_, sizeof chunk_);
    if (n <= 0) return traits_type::eof();
    setg(chunk_, chunk_, chunk_ + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::string prefix_;
  std::streambuf& rest_;
  char chunk_[1 << 16];
};

// Whether s ends with suffix (lower case), ASCII letters compared without
// their case: Windows names a file "THANG-03.YAML" as readily.
bool ends_with(const std::string& s, const char* suffix) {
  const std::string_view t(suffix);
  if (s.size() < t.size()) return false;
  return std::equal(t.begin(), t.end(), s.end() - static_cast<std::ptrdiff_t>(t.size()),
                    [](char a, char b) {
                      return a == (b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a') : b);
                    });
}

// The records' key column: the header is the row naming it (header_row.h).
const std::vector<std::string>& key_column() { return RecordChecker::cell_id_names(); }
constexpr const char* kKeyColumnSaid = "'cell_id' hay 'Mã chi bộ'";  // key_column, as written

// The records' other columns a header names: a row naming one and cell_id
// is a table's header, not a guide's list of the columns ("cell_id | Mã chi
// bộ, như trong danh sách đơn vị").
const std::vector<std::string>& other_columns() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all = RecordChecker::date_names();
    const std::vector<std::string>& kinds = RecordChecker::kind_names();
    all.insert(all.end(), kinds.begin(), kinds.end());
    return all;
  }();
  return names;
}

constexpr const char* kEmptyFile = "tệp trống: không có bản ghi nào";

void read_csv(const std::string& name, std::istream& in, RecordHandler& handler) {
  CsvReader reader(in);
  CsvRecord record;
  bool header = true;
  // A header that could not be split (past max_fields or max_record_bytes, a
  // quote left open) was bound as far as it was read, with no word of why:
  // said once, and every row is rejected with it.
  std::string bad_header;
  Location where{name, 0, 0};  // one copy of the name, not one a record
  auto take = [&](const CsvRecord& r) {
    where.line = r.line;
    if (header) {
      header = false;
      if (!r.error.empty()) {  // first: the columns it misses follow from it
        bad_header = fmt::format("dòng tiêu đề (dòng {}) hỏng: {}", r.line, r.error);
        handler.problem({where, Severity::Error, bad_header});
      }
      handler.columns(r.fields.strings(), where, false, {});
      return;
    }
    // A row of separators alone (";;;;", as Excel saves the empty rows under
    // a table) is no record, as an empty row of a workbook is none.
    if (r.error.empty() && r.fields.blank()) return;
    if (!bad_header.empty()) {
      handler.row(r.fields, where, bad_header, {});
    } else {
      handler.row(r.fields, where, r.error.empty() ? "" : fmt::format("dòng CSV hỏng: {}", r.error),
                  {});
    }
  };
  // A sheet saved as CSV with its title above the table: the header is the
  // record naming cell_id (header_row.h), those above it said and not read.
  std::vector<CsvRecord> ahead;
  const std::size_t at = read_to_header(reader, key_column(), ahead);
  handler.separator(reader.separator());
  if (at > 0) {
    handler.problem({{name, ahead[at].line, 0},
                     Severity::Warning,
                     rows_above_header(ahead[at].line, rows_with_text(ahead, at), "bản ghi")});
  }
  for (std::size_t i = at; i < ahead.size(); ++i) take(ahead[i]);
  while (reader.next(record)) take(record);
  // Not even a header: a file saved empty, or the wrong one named.
  if (header) handler.problem({{name, 0, 0}, Severity::Warning, kEmptyFile});
}

// A sheet's rows as records, named name: its header is the first row that
// names cell_id (or the first that holds something), every later one a
// record, at its row's number (as Excel shows it). A row is as wide as the
// header: the cells left empty at its end are not written in the file.
void read_sheet_rows(const std::string& name, const std::vector<XlsxRow>& rows,
                     RecordHandler& handler) {
  if (rows.empty()) {
    handler.problem({{name, 0, 0}, Severity::Warning, kEmptyFile});
    return;
  }
  // The header is the row naming cell_id: rows above it (a title) are no records.
  const std::size_t at = header_row(rows, key_column());
  if (at > 0) {
    handler.problem({{name, rows[at].line, 0},
                     Severity::Warning,
                     rows_above_header(rows[at].line, at, "bản ghi")});
  }
  Location where{name, rows[at].line, 0};
  const std::vector<std::string>& header = rows[at].cells;
  handler.columns(header, where, false, {});
  CsvRecord record;
  for (std::size_t r = at + 1; r < rows.size(); ++r) {
    xlsx_record(rows[r], header.size(), record);
    if (record.error.empty() && record.fields.blank()) continue;  // cells of spaces alone
    where.line = record.line;
    handler.row(record.fields, where,
                record.error.empty() ? "" : fmt::format("dòng hỏng: {}", record.error), {});
  }
}

// A workbook's first sheet (or a later one holding the table when it does
// not: read_xlsx_table, said), and the later tabs holding the table too (a
// tab a month). Read from several tabs, or from one beside a tab said not
// read, a row is named by its tab too: "so.xlsx[Tháng 2]:7" (Excel allows no
// bracket in a tab's name).
bool read_xlsx(const std::string& name, std::istream& in, RecordHandler& handler,
               Diagnostics& diags) {
  std::string bytes;
  if (!read_limited(in, name, bytes, diags, Language::Vietnamese)) return false;
  // A file saved empty, as an empty CSV is said (it said "thiếu phần
  // 'xl/workbook.xml'", and rank refused to run for it).
  if (bytes.empty()) {
    handler.problem({{name, 0, 0}, Severity::Warning, kEmptyFile});
    return true;
  }
  // A CSV named .xlsx (renamed, or saved so by another program) is read as
  // the CSV it is, as Excel opens it, said: only a zip is a workbook.
  if (file_start_of(bytes) != FileStart::Zip && looks_like_text(bytes)) {
    handler.problem({{name, 0, 0}, Severity::Warning, kTextNamedXlsx});
    std::istringstream text(std::move(bytes));
    read_csv(name, text, handler);
    return true;
  }
  std::optional<XlsxTable> table =
      read_workbook(bytes, name, key_column(), other_columns(), diags, SheetChoice::EveryTable);
  if (!table) return false;
  if (std::string note = sheet_note(*table, "bản ghi", kKeyColumnSaid); !note.empty()) {
    handler.problem({{name, 0, 0}, Severity::Warning, std::move(note)});
  }
  // Tabs that may hold records and were not read: an error, not 0 points for their months.
  if (std::string fault = sheet_fault(*table, "bản ghi"); !fault.empty()) {
    handler.problem({{name, 0, 0}, Severity::Error, std::move(fault)});
  }
  // One tab read, and none said not read (a summary before it): no tab to tell apart.
  if (table->more.empty() && table->left.empty()) {
    read_sheet_rows(name, table->rows, handler);
    return true;
  }
  auto tab = [&name](const std::string& sheet) { return fmt::format("{}[{}]", name, sheet); };
  read_sheet_rows(tab(table->sheet), table->rows, handler);
  for (XlsxSheetRows& sheet : table->more) {
    read_sheet_rows(tab(sheet.sheet), sheet.rows, handler);
    sheet.rows = {};  // read: given back
  }
  return true;
}

// A meeting of a YAML records file as the handler takes it, kept until the
// whole file has been read: a syntax error further on refuses the file, and
// nothing of it is scored.
struct YamlMeeting {
  int line = 0;            // where it starts
  int error_line = 0;      // the first key the reader refuses, or the meeting's
  bool map = true;         // written as keys and values
  std::size_t names = 0;   // into YamlMeetings::names
  std::vector<int> lines;  // each key's: a fault in its value is said there
  FieldList values;
  std::string error;
  // Keys whose value is a list or a map (their place among the meeting's
  // keys): the meeting's fault only if the handler reads the key (one it
  // ignores was told "bỏ qua", and is).
  std::vector<std::size_t> not_single;
};

// The meetings of a file, read as yaml_reader hands each on (the tree of
// 20,000 meetings took 15 times the file in memory; these, about twice).
struct YamlMeetings {
  // The lists of keys, each written once: a file's meetings mostly have the same.
  std::vector<std::vector<std::string>> names;
  std::vector<YamlMeeting> meetings;

  // faults: the reader's errors inside m (a key written twice), m's rejection.
  void add(const DocNode& m, const std::vector<Diagnostic>& faults) {
    YamlMeeting& out = meetings.emplace_back();
    out.line = m.where.line;
    out.error_line = out.line;
    for (const Diagnostic& d : faults) {
      if (d.severity != Severity::Error) continue;
      if (out.error.empty()) {
        out.error_line = d.where.line;
      } else {
        out.error += "; ";
      }
      out.error += d.message;
    }
    if (!m.is_map()) {
      out.map = false;
      return;
    }
    std::vector<std::string> keys;
    // Bound as a CSV record is: aliases can repeat one long value in every
    // field of a record from a short file (and a record's fields are placed
    // in 32 bits, FieldList::Span).
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < m.entries.size(); ++i) {
      const DocEntry& e = m.entries[i];
      // `{present: 11, task_completion: 99,5}`: 99 and a key '5'. The
      // meeting is refused, saying so (its 99 scored with one warning a
      // file, for the key, was a number quietly changed).
      if (i > 0 && split_at_decimal_comma(m.entries[i - 1], e)) {
        if (out.error.empty()) {
          const DocEntry& before = m.entries[i - 1];
          out.error = fmt::format(
              "khóa '{0}': {1},{2} bị tách ở dấu phẩy (trong {{...}} dấu phẩy ngăn cách các "
              "khóa): viết {1}.{2} hoặc \"{1},{2}\"",
              before.key, before.value.scalar, e.key);
          out.error_line = e.key_where.line;
        }
        continue;  // not a key of its own
      }
      keys.push_back(e.key);
      out.lines.push_back(e.key_where.line);
      std::string_view value = e.value.is_scalar() ? e.value.scalar : std::string_view();
      bytes += value.size();
      if (bytes > limits().max_record_bytes) value = {};
      out.values.add(value);
      if (!e.value.is_scalar() && !e.value.is_null()) out.not_single.push_back(keys.size() - 1);
    }
    if (bytes > limits().max_record_bytes && out.error.empty()) {
      out.error = fmt::format("bản ghi dài quá {} byte (giới hạn max_record_bytes)",
                              format_count(static_cast<std::int64_t>(limits().max_record_bytes)));
    }
    if (names.empty() || names.back() != keys) names.push_back(std::move(keys));
    out.names = names.size() - 1;
  }
};

bool read_yaml_records(const std::string& name, const std::string& text, RecordHandler& handler,
                       Diagnostics& diags) {
  YamlMeetings read;
  const DocItemSink each = [&read](DocNode& item, std::vector<Diagnostic>& faults) {
    read.add(item, faults);
  };
  // One meeting not in a list is handed on as an item (TopMap::Item).
  std::optional<DocNode> doc =
      read_yaml(text, name, diags, &each, Language::Vietnamese, TopMap::Item);
  if (!doc) return false;
  if (!doc->is_seq() && !doc->is_null()) read.add(*doc, {});  // a text, not a meeting
  if (read.meetings.empty()) {                                // comments, or "[]"
    handler.problem({{name, 0, 0}, Severity::Warning, kEmptyFile});
    return true;
  }
  const std::vector<std::string> none;
  for (const YamlMeeting& m : read.meetings) {
    Location where{name, m.line, 0};
    if (!m.map) {
      handler.columns(none, where, true, {});
      handler.row(m.values, where,
                  "một cuộc sinh hoạt phải ghi dạng khóa: giá trị (cell_id: ..., date: ...)", {});
      continue;
    }
    const std::vector<std::string>& keys = read.names[m.names];
    handler.columns(keys, where, true, m.lines);
    std::string error = m.error;
    int error_line = m.error_line;
    for (std::size_t k : m.not_single) {
      if (!error.empty()) break;
      if (handler.ignores_column(k)) continue;
      error = fmt::format("khóa '{}' phải là một giá trị đơn", keys[k]);
      error_line = m.lines[k];
    }
    if (!error.empty()) where.line = error_line;
    handler.row(m.values, where, error, m.lines);
  }
  return true;
}

}  // namespace

bool read_records(const std::string& name, std::istream& in, RecordHandler& handler,
                  Diagnostics& diags, RecordFormat format) {
  if (format == RecordFormat::Auto) {
    format = ends_with(name, ".yaml") || ends_with(name, ".yml") ? RecordFormat::Yaml
             : ends_with(name, ".xlsx")                          ? RecordFormat::Xlsx
                                                                 : RecordFormat::Csv;
    // A workbook is one whatever its name (a copy renamed .csv), told by its
    // first bytes when the file can be read from its start again.
    const FileStart start = name == "-" ? FileStart::Other : file_start(in);
    if (start == FileStart::Zip) format = RecordFormat::Xlsx;
    if (start == FileStart::Xls) {
      diags.error({name, 0, 0}, kXlsRefused);
      return false;
    }
    if (name == "-") {
      // Standard input: YAML when its first line of content (past blank
      // lines, comments and '---', which a CSV header never is) starts a
      // list ("- ") or is "key: value" with no CSV separator, unless one of
      // the kHeaderSearchRows lines after it is a CSV header (a separator,
      // and a cell naming cell_id or "Mã chi bộ", which no line of YAML is):
      // the first was a sheet's title, "BÁO CÁO: ...", read as YAML and the
      // file refused. Only those lines are read ahead, so CSV still streams.
      std::string first, line;
      bool yaml = false;
      std::size_t after_key = 0;  // lines read after a first "key: value"
      // A line at a time, each at most max_record_bytes (std::getline has no
      // bound: an endless first line on standard input took memory without
      // end).
      const std::size_t most = limits().max_record_bytes;
      std::streambuf& source = *in.rdbuf();
      auto next_line = [&] {
        line.clear();
        for (int c = source.sbumpc(); c != std::streambuf::traits_type::eof();
             c = source.sbumpc()) {
          first += static_cast<char>(c);
          if (c == '\n') return true;
          if (c == '\r') {  // CRLF, or a CR alone (old Mac files): the line ends too
            if (source.sgetc() == '\n') first += static_cast<char>(source.sbumpc());
            return true;
          }
          line += static_cast<char>(c);
          if (line.size() > most) return true;
        }
        return !line.empty();
      };
      while (next_line()) {
        if (line.size() > most) break;  // no YAML line is that long: CSV, which says so
        std::string_view content = line;
        if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
        while (!content.empty() && (content.back() == '\r' || content.back() == ' ')) {
          content.remove_suffix(1);
        }
        while (!content.empty() && content.front() == ' ') content.remove_prefix(1);
        if (after_key > 0) {
          if (content.find_first_of(";,\t") != std::string_view::npos &&
              line_cell_names(content, key_column())) {
            yaml = false;  // a title above a table
            break;
          }
          if (++after_key > kHeaderSearchRows || first.size() > most) break;
          continue;
        }
        if (content.empty() || content.front() == '#' || content == "---") {
          if (first.size() <= limits().max_record_bytes) continue;
          break;  // nothing but comments for that long: not looked at further
        }
        yaml = content == "-" || content.substr(0, 2) == "- " ||
               (content.find(':') != std::string_view::npos &&
                content.find(';') == std::string_view::npos &&
                content.find(',') == std::string_view::npos);
        if (!yaml || content.front() == '-') break;
        after_key = 1;
      }
      // Enough of the start to tell UTF-16 without a mark by (a short first line).
      while (first.size() < kUtf16StartBytes) {
        const int c = source.sbumpc();
        if (c == std::streambuf::traits_type::eof()) break;
        first += static_cast<char>(c);
      }
      PrefixedStreambuf joined(first, *in.rdbuf());
      std::istream rest(&joined);
      // A workbook or UTF-16 text piped in, told by its first bytes: UTF-16
      // is held whole and decoded (read_limited), then told YAML or CSV as
      // above (no loop: decoded text never starts with a UTF-16 mark, and
      // looks like UTF-16 without one only when decoded from a mark's U+0000
      // units, and then not once decoded again).
      if (file_start_of(first) == FileStart::Zip) return read_xlsx(name, rest, handler, diags);
      if (utf16_start(first).order != Utf16::No) {
        std::string text;
        if (!read_limited(rest, name, text, diags, Language::Vietnamese)) return false;
        std::istringstream decoded(text);
        return read_records(name, decoded, handler, diags, RecordFormat::Auto);
      }
      if (yaml) {
        std::string text;
        return read_limited(rest, name, text, diags, Language::Vietnamese) &&
               read_yaml_records(name, text, handler, diags);
      }
      read_csv(name, rest, handler);
      return true;
    }
  }
  if (format == RecordFormat::Xlsx) return read_xlsx(name, in, handler, diags);
  if (format == RecordFormat::Yaml) {
    std::string text;
    return read_limited(in, name, text, diags, Language::Vietnamese) &&
           read_yaml_records(name, text, handler, diags);
  }
  read_csv(name, in, handler);
  return true;
}

}  // namespace chibo
