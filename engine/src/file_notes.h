// What a records file's rows show of the file as a whole, said once a file
// after its rows (score_run.cpp): dates written month first beside dates
// that read either way (3/15/2024 refused, 3/5/2024 read as the 3 May,
// silently), shares written as fractions beside a share written "1" (0.9
// refused, advised to be 90; 1, a General cell's 100%, read as 1%,
// silently), and values under a header's column with no name, which nothing
// reads (a header cell left empty). Kept on the reader's thread: a row costs
// a test of a flag, and of its unnamed columns only until each has shown a
// value.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "chibo/diagnostic.h"
#include "chibo/field_list.h"
#include "chibo/record_checker.h"
#include "chibo/ruleset.h"

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
  // A record's shares, read at line: the inputs of its first share refused
  // as a fraction and of its first written "1" (MeetingRecord::share_fraction,
  // share_one; -1: none).
  void shares(int fraction, int one, int line) {
    if (fraction >= 0 && fraction_line_ == 0) fraction_line_ = line;
    if (one >= 0 && ones_++ == 0) {
      one_input_ = one;
      one_line_ = line;
    }
  }
  // What to say of file, its rows all read (inputs: the ruleset's, which
  // name a share); then all is forgotten, for the next file (or a
  // workbook's next tab).
  std::vector<Diagnostic> take(const std::string& file, std::span<const Input> inputs);

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
  int fraction_line_ = 0;         // the first record with a share refused as a fraction
  std::int64_t ones_ = 0;         // records with a share written "1"
  int one_input_ = -1;            // the first's share
  int one_line_ = 0;              // and its line
};

}  // namespace chibo
