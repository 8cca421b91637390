// CsvReader: splits CSV text into records of fields, as Excel writes it.
//
// Accepts UTF-8 with or without a byte-order mark, LF or CRLF line ends,
// ',' ';' or tab as the separator (detected from the first record unless
// given), and quoted fields ("a;b", "say ""hi""", embedded line breaks).
// It knows nothing of what the fields mean. Reads from a stream in chunks, so
// memory does not grow with the file; every record remembers the 1-based line
// it starts on, for diagnostics.
#pragma once

#include <istream>
#include <string>
#include <vector>

namespace chibo {

struct CsvRecord {
  int line = 0;                     // physical line where the record starts
  std::vector<std::string> fields;  // unquoted; CRLF inside quotes becomes "\n"
  std::string error;                // non-empty: the record is malformed (why)
};

class CsvReader {
 public:
  // separator 0 = detect from the first record: the most frequent of ';' ','
  // and tab outside quotes (',' when there is none).
  explicit CsvReader(std::istream& in, char separator = 0);

  // Fills record with the next record; false at end of input. Blank lines
  // (nothing but a line end) are skipped. A malformed record (unterminated
  // quote, text after a closing quote) is returned with error set; reading
  // then continues at the next line, so one bad row loses nothing else.
  bool next(CsvRecord& record);

  char separator() const { return separator_; }

 private:
  bool fill();  // reads the next chunk; false at end of input
  std::istream& in_;
  char separator_;
  std::string buffer_;
  std::size_t pos_ = 0;
  bool eof_ = false;
  bool first_ = true;
  int line_ = 1;
};

}  // namespace chibo
