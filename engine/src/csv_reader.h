// CsvReader: splits CSV text into records of fields, as Excel writes it.
//
// Accepts UTF-8 with or without a byte-order mark (and UTF-16 with one, or
// without one when its start is plainly UTF-16 (utf16_start), decoded as it
// is read: Excel's "Unicode Text"), LF or CRLF line ends,
// ',' ';' or tab as the separator (detected from the first record unless
// given), and quoted fields ("a;b", "say ""hi""", embedded line breaks).
// It knows nothing of what the fields mean. Reads from a stream in chunks, so
// memory does not grow with the file; every record remembers the 1-based line
// it starts on, for diagnostics.
#pragma once

#include <array>
#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "chibo/field_list.h"
#include "utf16.h"

namespace chibo {

struct CsvRecord {
  int line = 0;       // physical line where the record starts
  FieldList fields;   // unquoted; CRLF inside quotes becomes "\n"
  std::string error;  // non-empty: the record is malformed (why)
};

class CsvReader {
 public:
  // separator 0 = detect from the first record: the most frequent of ';' ','
  // and tab outside quotes (',' when there is none). chunk_size is how many
  // bytes are read at a time; tests shrink it to exercise chunk boundaries.
  // first_line: the line in starts on; after 1, in is a later part of a
  // file, starting after a line end (no byte-order mark is looked for).
  explicit CsvReader(std::istream& in, char separator = 0, std::size_t chunk_size = 1 << 16,
                     int first_line = 1);

  // Fills record with the next record; false at end of input. Blank lines
  // (nothing but a line end) are skipped. A malformed record (unterminated
  // quote, text after a closing quote) is returned with error set; reading
  // then continues at the next line, so one bad row loses nothing else (a
  // quote left open: at the line after the record's first, never closed by
  // the end of the input or past max_record_bytes).
  bool next(CsvRecord& record);

  char separator() const { return separator_; }

 private:
  bool fill();  // appends the next chunk after the unread rest; false at end of input
  // At the start of a file, its first kUtf16StartBytes bytes: UTF-16, by a
  // byte-order mark (dropped) or without one (utf16_start), makes every fill
  // decode (fill_utf16); other bytes are kept. false when the input ended
  // within them and they are not UTF-16.
  bool sniff_utf16();
  bool fill_utf16();
  // Next byte (0..255) without consuming it, refilling as needed; -1 at end.
  int peek() {
    if (pos_ == filled_ && !fill()) return -1;
    return static_cast<unsigned char>(buffer_[pos_]);
  }
  bool ensure(std::size_t n);  // at least n unread bytes buffered, unless input ends first
  void detect_separator();
  // A record on one line with no quote, or whose quoted fields close on it
  // with no quote inside ("93,33"), wholly in the buffer (nearly every one):
  // copied in one piece, its fields found between the separators.
  // false, with nothing consumed, when the general path must read it.
  bool plain_line(FieldList& fields);
  void consume_line_end();  // at '\r' or '\n': steps over CR, LF or CRLF
  void skip_line();
  // Back to the start of the record being read (start_, on line), then past
  // its first line end.
  void resume_after_first_line(int line);
  // The line inside the last of fields (a quoted field that started on
  // field_line) that reads as a record of its own, taken into the field by a
  // quote left open, or 0: as many fields as the first record, and a date
  // (by its shape) where the record holding the field has one. A note over
  // lines, separators and all, has no date there.
  int line_taken_whole(const FieldList& fields, int field_line) const;

  std::istream& in_;
  char separator_;
  std::size_t chunk_size_;
  // The bytes read and not yet dropped are buffer_[0, filled_). buffer_
  // itself only grows, so it is zeroed once, not again for every chunk (the
  // national file's 583 MB were all zeroed before being read over).
  std::string buffer_;
  std::size_t filled_ = 0;
  std::array<bool, 256> ends_unquoted_{};  // the separator, CR and LF
  std::array<bool, 256> ends_plain_{};     // those and the quote
  std::size_t pos_ = 0;
  // Where the record the general path reads starts: fill() keeps it.
  static constexpr std::size_t kNoStart = static_cast<std::size_t>(-1);
  std::size_t start_ = kNoStart;
  bool eof_ = false;
  bool first_ = true;
  bool sniffed_ = false;     // looked for UTF-16 (at a file's start only)
  Utf16 utf16_ = Utf16::No;  // the file's, when it is UTF-16: decoded to UTF-8 as read
  std::string undecoded_;    // UTF-16 bytes read and not decoded yet (half a unit or pair)
  std::string decoded_;      // a chunk's, before it is added to buffer_
  int line_ = 1;
  // The first record read whole (a header): its fields and line.
  std::size_t first_fields_ = 0;
  int first_record_line_ = 0;
  void note_first(const CsvRecord& record) {
    first_fields_ = record.fields.size();
    first_record_line_ = record.line;
  }
};

}  // namespace chibo
