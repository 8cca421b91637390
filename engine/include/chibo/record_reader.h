// Reading meeting records from CSV (Excel's dialects), Excel workbooks
// (.xlsx) or YAML files.
//
// The reader only splits text into named fields; RecordChecker gives them
// meaning. CSV: a header row, then one meeting per row. YAML: one meeting
// (a map of the same keys) or a list of meetings per file.
#pragma once

#include <istream>
#include <span>
#include <string>
#include <vector>

#include "chibo/diagnostic.h"
#include "chibo/field_list.h"

namespace chibo {

class RecordHandler {
 public:
  virtual ~RecordHandler() = default;
  // The column names for the rows that follow: once per CSV file, or (YAML,
  // each_record) a record's own keys, before it; what they lack is then that
  // record's fault, said with it, not a file's.
  // lines: each name's own line (a YAML meeting's keys), else empty.
  virtual void columns(const std::vector<std::string>& names, const Location& where,
                       bool each_record, std::span<const int> lines) = 0;
  // One record. error non-empty: the row could not even be split (it still
  // counts as read, and must be reported as rejected). lines: each value's
  // own line, when a record's fields have lines of their own (a YAML
  // meeting's keys), else empty (a CSV row's are where's). The values and
  // lines are the reader's own, refilled for the next row: copy what is kept.
  virtual void row(const FieldList& values, const Location& where, const std::string& error,
                   std::span<const int> lines) = 0;
  // A problem of the file itself found as it is read (a header that could
  // not be split), passed on at once: said in its place, before the rows
  // after it, not at the end of the file.
  virtual void problem(const Diagnostic& d) = 0;
  // A CSV file's separator, told before its columns (a workbook and YAML
  // have none): what a row of too many cells may mean depends on it.
  virtual void separator(char) {}
  // Whether the column at that place among the last columns() told is one
  // the handler does not read (a name it warned of as left unread): a YAML
  // meeting's key holding a list or a map is then no fault of the meeting.
  virtual bool ignores_column(std::size_t /*column*/) const { return false; }
};

enum class RecordFormat { Auto, Csv, Yaml, Xlsx };

// name is used in locations and, with format Auto, chooses YAML for
// .yaml/.yml, a workbook's first sheet for .xlsx (or, said, a later one
// holding records when the first holds no header of them, or one with no
// row under it; and the later tabs holding records too, a tab a month, each
// then named in its rows' locations as "name[tab]" and given its own
// columns(); xlsx_reader.h's read_xlsx_table; also for a file
// that starts as a zip does: a workbook renamed), and CSV otherwise ("-" = standard input:
// sniffed, CSV or YAML); an Excel 97-2003 file (.xls) is refused. false, with a
// diagnostic, when nothing could be read (e.g. YAML syntax error).
bool read_records(const std::string& name, std::istream& in, RecordHandler& handler,
                  Diagnostics& diags, RecordFormat format = RecordFormat::Auto);

}  // namespace chibo
