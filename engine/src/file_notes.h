// What a records file's rows show of the file as a whole, said once a file
// after its rows (score_run.cpp): dates written month first beside dates
// that read either way (3/15/2024 refused, 3/5/2024 read as the 3 May,
// silently), and values under a header's column with no name, which nothing
// reads (a header cell left empty). Kept on the reader's thread: a row costs
// a test of a flag, and of its unnamed columns only until each has shown a
// value.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "chibo/diagnostic.h"
#include "chibo/field_list.h"
#include "chibo/record_checker.h"

namespace chibo {

class FileNotes {
 public:
  // A header read at line, whose columns unnamed have no name and are read
  // by nothing (RecordChecker::unnamed_unread).
  void header(int line, std::vector<std::size_t> unnamed);
  // Whether row() has anything to look for.
  bool looks_at_rows() const { return unnamed_left_ > 0; }
  // A row of the header's, read at line.
  void row(const FieldList& values, int line);
  // A record's dates, read at line, written so (MeetingRecord::date_order).
  void date(DateOrder order, int line) {
    if (order == DateOrder::Plain) return;
    if (order == DateOrder::MonthFirst) {
      if (month_first_line_ == 0) month_first_line_ = line;
    } else if (either_way_++ == 0) {
      either_way_line_ = line;
    }
  }
  // What to say of file, its rows all read; then all is forgotten, for the
  // next file (or a workbook's next tab).
  std::vector<Diagnostic> take(const std::string& file);

 private:
  struct Unnamed {
    std::size_t column = 0;
    int line = 0;  // the first holding a value; 0: none yet
    std::string text;
  };
  int header_line_ = 0;
  std::vector<Unnamed> unnamed_;
  std::size_t unnamed_left_ = 0;  // of unnamed_, those with no value yet
  int month_first_line_ = 0;      // the first date read month first
  std::int64_t either_way_ = 0;   // dates that read either way
  int either_way_line_ = 0;       // the first of them
};

}  // namespace chibo
