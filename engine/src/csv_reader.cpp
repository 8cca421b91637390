// Hand-written rather than a library: we need the exact start line of every record for
// diagnostics, Excel's ';' dialect, and streaming speed; the Debian C libraries give no
// per-record line numbers.
#include "csv_reader.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fmt/format.h>

#include "chibo/limits.h"
#include "chibo/number_format.h"
#include "header_row.h"

namespace chibo {
namespace {

constexpr char kQuote = '"';

bool is_line_end(int c) { return c == '\n' || c == '\r'; }

// Which bytes end a run of field text: looked up, not compared one by one
// (a third of the time to split a record went to those comparisons).
using ByteSet = std::array<bool, 256>;
constexpr ByteSet with(ByteSet set, char c) {
  set[static_cast<unsigned char>(c)] = true;
  return set;
}
constexpr ByteSet kLineEnds = with(with(ByteSet{}, '\n'), '\r');
constexpr ByteSet kQuotedEnds = with(kLineEnds, kQuote);

// The quote after from, when no line end comes first; else nullptr. Out of
// line: inlined, plain_line's loop was 60 instructions a record slower on
// files with no quote.
[[gnu::noinline]] const char* quote_on_line(const char* from, const char* end) {
  while (from != end && !kQuotedEnds[static_cast<unsigned char>(*from)]) ++from;
  return from != end && *from == kQuote ? from : nullptr;
}

}  // namespace

CsvReader::CsvReader(std::istream& in, char separator, std::size_t chunk_size, int first_line)
    : in_(in),
      separator_(separator),
      chunk_size_(std::max<std::size_t>(chunk_size, 1)),
      first_(first_line <= 1),
      sniffed_(first_line > 1),
      line_(std::max(first_line, 1)) {}

bool CsvReader::fill() {
  if (eof_) return false;
  // Everything before pos_ has been copied into fields already; dropping it keeps the
  // buffer at about one chunk (plus the first record while the separator is detected).
  // (From the record's start instead while the general path reads one: a
  // quote left open sends reading back to the line after it.)
  const std::size_t drop = std::min(pos_, start_);
  if (drop > 0) {
    std::memmove(buffer_.data(), buffer_.data() + drop, filled_ - drop);
    filled_ -= drop;
    pos_ -= drop;
    if (start_ != kNoStart) start_ -= drop;
  }
  const std::size_t before = filled_;
  if (!sniffed_) {
    sniffed_ = true;
    if (!sniff_utf16()) return filled_ > before;
  }
  if (utf16_ != Utf16::No) return fill_utf16();
  if (buffer_.size() < filled_ + chunk_size_) buffer_.resize(filled_ + chunk_size_);
  in_.read(buffer_.data() + filled_, static_cast<std::streamsize>(chunk_size_));
  const auto got = static_cast<std::size_t>(in_.gcount());
  filled_ += got;
  if (got < chunk_size_) eof_ = true;  // a short read only happens at end of input (or error)
  return filled_ > before;             // the sniffed bytes too
}

bool CsvReader::ensure(std::size_t n) {
  while (filled_ - pos_ < n) {
    if (!fill()) return false;
  }
  return true;
}

void CsvReader::consume_line_end() {
  // A lone CR counts as a line end too (old Mac files), so line numbers match editors.
  if (buffer_[pos_++] == '\r' && peek() == '\n') ++pos_;
  if (line_ < INT_MAX) ++line_;  // past it (2 GB of line ends), the last line says INT_MAX
}

void CsvReader::skip_line() {
  for (;;) {
    const char* data = buffer_.data();
    const char* end = data + filled_;
    const char* p = std::find_if(data + pos_, end, [](char c) { return is_line_end(c); });
    pos_ = static_cast<std::size_t>(p - data);
    if (p != end) {
      consume_line_end();
      return;
    }
    if (!fill()) return;
  }
}

void CsvReader::resume_after_first_line(int line) {
  pos_ = start_;
  start_ = kNoStart;  // the line is skipped as it is read: a long one is not kept
  line_ = line;
  skip_line();
}

void CsvReader::detect_separator() {
  // Scans the first record without consuming it, so it must fit in the buffer; a quote
  // opens a quoted field only at a field start, as the parser will treat it.
  // No further than max_record_bytes (a longer record is refused anyway): a
  // first line without end (/dev/zero) took memory without bound.
  // A title of one cell above the table, with no separator at all (a sheet
  // saved by hand): looked past, to the first of 20 lines that has one. And
  // when that line does not name a key column (cell_id, or a units list's
  // "Mã đơn vị": a title with a comma in it, "Tháng 3, 2024", above a table
  // of ';'), on to the first of the 20 that does, whose separators count;
  // failing that, the first line with one's.
  std::size_t counts[3] = {0, 0, 0};  // ';' ',' tab: also the tie-break order
  std::size_t first_counts[3] = {0, 0, 0};
  bool have_first = false;
  bool quoted = false;
  bool field_start = true;
  int lines = 1;
  std::size_t line_start = 0;
  const std::size_t most = limits().max_record_bytes;
  for (std::size_t offset = 0; offset <= most; ++offset) {
    const bool more = ensure(offset + 1);
    const char c = more ? buffer_[pos_ + offset] : '\n';
    if (more && quoted) {
      if (c == kQuote) {
        if (ensure(offset + 2) && buffer_[pos_ + offset + 1] == kQuote) {
          ++offset;
        } else {
          quoted = false;
        }
      }
      continue;
    }
    if (is_line_end(c)) {
      const bool has_separator = counts[0] + counts[1] + counts[2] > 0;
      if (has_separator) {
        const std::string_view line(buffer_.data() + pos_ + line_start, offset - line_start);
        if (line_names_key_column(line)) {
          have_first = false;  // this line's counts
          break;
        }
        if (!have_first) std::copy(counts, counts + 3, first_counts);
        have_first = true;
        std::fill(counts, counts + 3, 0);
      }
      if (!more || ++lines > 20) break;
      field_start = true;
      line_start = offset + 1;
      continue;
    }
    if (c == kQuote && field_start) quoted = true;
    field_start = c == ';' || c == ',' || c == '\t';
    if (c == ';') ++counts[0];
    if (c == ',') ++counts[1];
    if (c == '\t') ++counts[2];
  }
  if (have_first) std::copy(first_counts, first_counts + 3, counts);
  const char candidates[3] = {';', ',', '\t'};
  std::size_t best = 1;  // ',' when no separator occurs at all
  std::size_t best_count = 0;
  for (std::size_t i = 0; i < 3; ++i) {
    if (counts[i] > best_count) {
      best = i;
      best_count = counts[i];
    }
  }
  separator_ = candidates[best];
}

bool CsvReader::plain_line(FieldList& fields) {
  const Limits& lim = limits();
  const char* const data = buffer_.data();
  const char* const begin = data + pos_;
  const char* const end = data + filled_;
  const char* p = begin;
#if defined(__SSE2__)
  // The separators, quotes and line ends of sixteen bytes at a time, as bits
  // (hand-written: the reading thread splits every record, and byte by byte
  // this loop was most of its work). covered: where the bits reach.
  const __m128i sep = _mm_set1_epi8(separator_), quote = _mm_set1_epi8(kQuote);
  const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
  const char* covered = begin;
  unsigned ends = 0;  // bit i: covered - 16 + i ends a field, not yet reached
#endif
  // The first byte at or after from that ends a plain field, or end.
  auto field_end = [&](const char* from) {
#if defined(__SSE2__)
    for (;;) {
      if (ends != 0) {
        const char* at = covered - 16 + __builtin_ctz(ends);
        ends &= ends - 1;
        if (at >= from) return at;
        continue;
      }
      if (end - covered < 16) break;
      const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(covered));
      const __m128i hits =
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, sep), _mm_cmpeq_epi8(bytes, quote)),
                       _mm_or_si128(_mm_cmpeq_epi8(bytes, lf), _mm_cmpeq_epi8(bytes, cr)));
      ends = static_cast<unsigned>(_mm_movemask_epi8(hits));
      covered += 16;
    }
    from = std::max(from, covered);  // every end before covered was reached
#endif
    while (from != end && !ends_plain_[static_cast<unsigned char>(*from)]) ++from;
    return from;
  };
  for (;;) {
    const char* s = p;
    p = field_end(p);
    if (p != end && *p == kQuote) {
      // A quoted field closed on its line with no quote inside ('"93,33"',
      // as a comma file writes a decimal comma): its text between the quotes
      // (the general path cost 3,600 instructions a record for one). Any
      // other (a quote inside a field, doubled, a line end inside, text after
      // the closing quote) goes the general way, which reads it or says what
      // is wrong. Tested only at a quote: a test at every field's start was
      // 125 instructions a record of a file with none. (The scan's bits
      // inside the field are passed over: field_end looks on from p.)
      const char* q = p == s ? quote_on_line(p + 1, end) : nullptr;
      const char* after = q ? q + 1 : end;
      if (!q || (after == end && !eof_) ||
          (after != end && !ends_unquoted_[static_cast<unsigned char>(*after)])) {
        fields.clear();
        return false;
      }
      fields.add_span(static_cast<std::size_t>(s + 1 - begin), static_cast<std::size_t>(q - begin));
      p = after;
    } else {
      // Past the buffer (unless the input ends there): the general path
      // reads the record.
      if (p == end && !eof_) {
        fields.clear();
        return false;
      }
      fields.add_span(static_cast<std::size_t>(s - begin), static_cast<std::size_t>(p - begin));
    }
    if (p == end || *p != separator_) break;
    ++p;
  }
  // Past a limit: the general path reads the record too, and says what is
  // wrong. Tested once a line, not once a field (the line is in the buffer,
  // so its fields are as many as its bytes at most).
  if (fields.size() > lim.max_fields ||
      static_cast<std::size_t>(p - begin) > lim.max_record_bytes) {
    fields.clear();
    return false;
  }
  fields.assign_text(begin, static_cast<std::size_t>(p - begin));
  pos_ = static_cast<std::size_t>(p - data);
  if (p != end) consume_line_end();
  return true;
}

bool CsvReader::next(CsvRecord& record) {
  if (first_) {
    first_ = false;
    if (ensure(3) && std::string_view(buffer_.data() + pos_, 3) == "\xEF\xBB\xBF") pos_ += 3;
  }
  for (int c = peek(); is_line_end(c); c = peek()) consume_line_end();
  if (separator_ == 0) {
    if (peek() < 0) {
      separator_ = ',';
    } else {
      detect_separator();
    }
  }
  if (peek() < 0) return false;

  record.line = line_;
  record.error.clear();
  FieldList& fields = record.fields;
  fields.clear();
  const char sep = separator_;
  if (!ends_unquoted_[static_cast<unsigned char>(sep)]) {
    ends_unquoted_ = kLineEnds;  // once the separator is known
    ends_unquoted_[static_cast<unsigned char>(sep)] = true;
    ends_plain_ = with(ends_unquoted_, kQuote);
  }
  start_ = kNoStart;
  if (plain_line(fields)) {
    if (first_fields_ == 0) note_first(record);
    return true;
  }
  start_ = pos_;
  const Limits& lim = limits();
  std::size_t bytes = 0;
  // A malformed record is its first line: reading goes on at the next. (A
  // quote left open took every line after it into the record, to the next
  // quote, max_record_bytes or the end of the file, all lost without a word.)
  auto malformed = [&](std::string why) {
    record.error = std::move(why);
    resume_after_first_line(record.line);
    return true;
  };
  for (;;) {
    if (fields.size() == lim.max_fields) {
      return malformed(fmt::format("có hơn {} ô (giới hạn max_fields)",
                                   format_count(static_cast<std::int64_t>(lim.max_fields))));
    }
    fields.start();
    if (peek() == kQuote) {
      ++pos_;
      const int start_line = record.line;
      const int field_line = line_;
      for (;;) {
        const char* data = buffer_.data();
        const char* end = data + filled_;
        const char* p = data + pos_;
        const char* s = p;
        while (p != end && !kQuotedEnds[static_cast<unsigned char>(*p)]) ++p;
        fields.append(s, static_cast<std::size_t>(p - s));
        pos_ = static_cast<std::size_t>(p - data);
        bytes += static_cast<std::size_t>(p - s);
        if (bytes > lim.max_record_bytes) {
          return malformed(fmt::format(
              "dài quá {} byte (giới hạn max_record_bytes): có phải dấu ngoặc kép "
              "mở ở dòng {} chưa được đóng không?",
              format_count(static_cast<std::int64_t>(lim.max_record_bytes)), start_line));
        }
        if (p == end) {
          if (fill()) continue;
          return malformed(fmt::format(
              "dấu ngoặc kép mở ở dòng {} không có dấu đóng cho đến hết tệp", start_line));
        }
        // A line end or a doubled quote is one byte of the field, counted
        // too (checked with the next piece): a field of nothing else grew
        // past any limit, gigabytes, until its 32-bit places wrapped and cut
        // it without a word.
        ++bytes;
        if (*p != kQuote) {
          consume_line_end();
          fields.push_back('\n');
          continue;
        }
        ++pos_;
        if (peek() == kQuote) {
          ++pos_;
          fields.push_back(kQuote);
          continue;
        }
        break;
      }
      // Closed lines later, by what was meant to open a field of a later
      // record (a last field's quote closes at the end of a line): the
      // records between were taken into this field, and lost from the count.
      if (const int whole = line_taken_whole(fields, field_line)) {
        return malformed(fmt::format(
            "ô mở bằng dấu ngoặc kép ở dòng {} kéo sang cả dòng {}, trong khi dòng đó giống một "
            "bản ghi riêng (đủ số cột như dòng tiêu đề, dòng {}, và có ngày ở cùng cột với ngày "
            "của bản ghi này): có phải dấu ngoặc kép ở dòng {} chưa được đóng không?",
            field_line, whole, first_record_line_, field_line));
      }
      const int c = peek();
      if (c == sep) {
        ++pos_;
        continue;
      }
      if (c < 0) break;
      if (is_line_end(c)) {
        consume_line_end();
        break;
      }
      // Show a whole UTF-8 character, not a lone lead byte, in the message.
      std::string shown(1, static_cast<char>(c));
      ++pos_;
      for (int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0; more > 0; --more) {
        const int cont = peek();
        if (cont < 0x80 || cont > 0xBF) break;
        shown += static_cast<char>(cont);
        ++pos_;
      }
      if (line_ == record.line) {
        return malformed("có ký tự '" + shown + "' ngay sau dấu ngoặc kép đóng");
      }
      return malformed(fmt::format(
          "ở dòng {} có ký tự '{}' ngay sau một dấu ngoặc kép được hiểu là dấu đóng: có phải dấu "
          "ngoặc kép mở ở dòng {} chưa được đóng không?",
          line_, shown, record.line));
    }
    // Unquoted: a quote here is ordinary text, as Excel reads it.
    for (;;) {
      const char* data = buffer_.data();
      const char* end = data + filled_;
      const char* p = data + pos_;
      const char* s = p;
      while (p != end && !ends_unquoted_[static_cast<unsigned char>(*p)]) ++p;
      fields.append(s, static_cast<std::size_t>(p - s));
      pos_ = static_cast<std::size_t>(p - data);
      bytes += static_cast<std::size_t>(p - s);
      if (bytes > lim.max_record_bytes) {
        return malformed(
            fmt::format("dài quá {} byte (giới hạn max_record_bytes)",
                        format_count(static_cast<std::int64_t>(lim.max_record_bytes))));
      }
      if (p != end || !fill()) break;
    }
    const int c = peek();
    if (c == sep) {
      ++pos_;
      continue;
    }
    if (c >= 0) consume_line_end();
    break;
  }
  start_ = kNoStart;  // read whole: nothing to go back to
  if (first_fields_ == 0) note_first(record);
  return true;
}

namespace {

// Whether text (spaces around it apart) is shaped as a date is written in
// records: 2024-03-05 or 05/03/2024, months and days of one digit or two.
// Its shape only: how a record taken into a quoted field is told from a
// note whose lines hold separators (line_taken_whole).
bool date_shaped(std::string_view t) {
  const std::size_t first = t.find_first_not_of(' ');
  if (first == std::string_view::npos) return false;
  t = t.substr(first, t.find_last_not_of(' ') + 1 - first);
  // Digits, then sep, digits, sep, digits; the counts of each run allowed.
  auto runs = [t](char sep, std::size_t lo0, std::size_t hi0, std::size_t lo2, std::size_t hi2) {
    std::size_t at = 0;
    for (int run = 0; run < 3; ++run) {
      const std::size_t start = at;
      while (at < t.size() && t[at] >= '0' && t[at] <= '9') ++at;
      const std::size_t n = at - start;
      const std::size_t lo = run == 0 ? lo0 : run == 2 ? lo2 : 1;
      const std::size_t hi = run == 0 ? hi0 : run == 2 ? hi2 : 2;
      if (n < lo || n > hi) return false;
      if (run < 2 && (at == t.size() || t[at++] != sep)) return false;
    }
    return at == t.size();
  };
  return runs('-', 4, 4, 1, 2) || runs('/', 1, 2, 4, 4);
}

}  // namespace

int CsvReader::line_taken_whole(const FieldList& fields, int field_line) const {
  // A file of one or two columns: a note with a separator in it is no record.
  if (first_fields_ < 3 || fields.empty()) return 0;
  const std::string_view field = fields[fields.size() - 1];
  const std::size_t before = fields.size() - 1;  // this record's fields before it
  std::vector<std::string_view> parts;
  int line = field_line;
  for (std::size_t at = field.find('\n'); at != std::string_view::npos;) {
    ++line;
    const std::size_t end = field.find('\n', at + 1);
    const std::string_view piece =
        field.substr(at + 1, end == std::string_view::npos ? end : end - at - 1);
    at = end;
    parts.clear();
    for (std::size_t from = 0;;) {
      const std::size_t sep = piece.find(separator_, from);
      parts.push_back(piece.substr(from, sep == std::string_view::npos ? sep : sep - from));
      if (sep == std::string_view::npos || parts.size() > first_fields_) break;
      from = sep + 1;
    }
    if (parts.size() != first_fields_) continue;
    for (std::size_t k = 0; k < before && k < parts.size(); ++k) {
      if (date_shaped(parts[k]) && date_shaped(fields[k])) return line;
    }
  }
  return 0;
}

}  // namespace chibo
