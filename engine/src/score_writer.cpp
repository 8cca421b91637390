#include "chibo/score_writer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/explain.h"
#include "compiled_ruleset_data.h"
#include "date.h"
#include "score_writers.h"

namespace chibo {

std::string machine_number(const CompiledRuleset& r, Rational value) {
  return format_number(value, r.machine);
}

std::string ruleset_stamp(const CompiledRuleset& ruleset) {
  const Ruleset& r = ruleset.model;
  return fmt::format("bộ tiêu chí {} phiên bản {}, sha256 {}", r.id, r.version,
                     r.content_hash.substr(0, 12));
}

namespace {

// -0.35, +2.10, 93: what the writers print as numbers.
bool plain_number(std::string_view s) {
  std::size_t i = s.empty() || (s[0] != '+' && s[0] != '-') ? 0 : 1;
  std::size_t digits = 0, dots = 0;
  for (; i < s.size(); ++i) {
    bool digit = s[i] >= '0' && s[i] <= '9';
    digits += digit ? 1 : 0;
    dots += s[i] == '.' ? 1 : 0;
    if (!digit && s[i] != '.') return false;
  }
  return digits > 0 && dots <= 1;
}

// Whether some byte of w is b: the classic test for a zero byte, on w ^ b
// repeated (exact about whether there is one).
std::uint64_t has_byte(std::uint64_t w, unsigned char b) {
  constexpr std::uint64_t kOnes = 0x0101010101010101;
  constexpr std::uint64_t kHighs = 0x8080808080808080;
  const std::uint64_t x = w ^ (kOnes * b);
  return (x - kOnes) & ~x & kHighs;
}

// A separator, quote or line break in text. Sixteen or eight bytes at a
// time, by hand: a byte loop was a quarter of writing the national ranking's
// CSV (its names are long), and the library's searches look for one byte, not
// four. (Eight at a time, a ranking's name of 40 bytes took five rounds of
// four tests: the CSV's largest cost once its rows were written straight.)
bool needs_quotes(std::string_view text) {
  const char* at = text.data();
  const char* const end = at + text.size();
#if defined(__SSE2__)
  const __m128i comma = _mm_set1_epi8(','), quote = _mm_set1_epi8('"');
  const __m128i cr = _mm_set1_epi8('\r'), lf = _mm_set1_epi8('\n');
  for (; end - at >= 16; at += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
    const __m128i hits =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, comma), _mm_cmpeq_epi8(bytes, quote)),
                     _mm_or_si128(_mm_cmpeq_epi8(bytes, cr), _mm_cmpeq_epi8(bytes, lf)));
    if (_mm_movemask_epi8(hits) != 0) return true;
  }
#endif
  for (; end - at >= 8; at += 8) {
    std::uint64_t w;
    std::memcpy(&w, at, 8);
    if (has_byte(w, ',') | has_byte(w, '"') | has_byte(w, '\r') | has_byte(w, '\n')) return true;
  }
  for (; at != end; ++at) {
    if (*at == ',' || *at == '"' || *at == '\r' || *at == '\n') return true;
  }
  return false;
}

}  // namespace

void append_csv_field(std::string& out, std::string_view text) {
  // A spreadsheet runs a cell that starts with one of these as a formula
  // ("=HYPERLINK(...)" in a cell name); a leading apostrophe keeps it text.
  bool formula = false;
  if (!text.empty()) {
    switch (text[0]) {  // not a search of "=+-@\t\r": a library call a field
      case '=':
      case '+':
      case '-':
      case '@':
      case '\t':
      case '\r':
        formula = !plain_number(text);
        break;
      default:
        break;
    }
  }
  const bool quoted = needs_quotes(text);
  if (!quoted) {
    if (formula) out += '\'';
    out.append(text);
    return;
  }
  out += '"';
  if (formula) out += '\'';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string csv_field(std::string_view text) {
  std::string out;
  append_csv_field(out, text);
  return out;
}

void append_csv_line(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    append_csv_field(out, fields[i]);
  }
  out += '\n';
}

std::vector<std::string> criterion_columns(const CompiledRuleset& r) {
  std::vector<std::string> ids;
  std::unordered_set<std::string_view> seen;  // not a search of ids: 10,000 items
  for (const CompiledForm& form : r.forms) {
    for (const CompiledNode& node : form.nodes) {
      if (seen.insert(node.criterion->id).second) ids.push_back(node.criterion->id);
    }
  }
  return ids;
}

namespace {

class CsvWriter : public ScoreWriter {
 public:
  CsvWriter(const CompiledRuleset& r, std::ostream& out) : r_(r), out_(out) {
    const std::vector<std::string> columns = criterion_columns(r);
    fmt::print(out_, "cell_id,date,kind,total,grade");
    for (const std::string& id : columns) fmt::print(out_, ",{}", csv_field(id));
    fmt::print(out_, "\n");
    // Which node of each form fills each column, and whether it may be left
    // off a meeting's sheet: found once, not per meeting.
    std::unordered_map<std::string_view, std::size_t> column_of;
    for (std::size_t c = 0; c < columns.size(); ++c) column_of.emplace(columns[c], c);
    for (const CompiledForm& form : r.forms) {
      std::vector<Column>& nodes = columns_.emplace_back(columns.size());
      for (std::size_t n = 0; n < form.nodes.size(); ++n) {
        Column& column = nodes[column_of.at(form.nodes[n].criterion->id)];
        // A form's first node of the id fills its column.
        if (column.node < 0) column = {static_cast<int>(n), may_be_left_off(form, n)};
      }
    }
    machine_ = r.machine;
    for (int n = 0; n < kWholeTexts; ++n) {
      std::string text;
      append_number(text, n, machine_);
      WholeText& whole = whole_texts_[static_cast<std::size_t>(n)];
      whole.size = static_cast<std::uint8_t>(std::min(text.size(), sizeof whole.text + 1));
      if (text.size() <= sizeof whole.text) std::memcpy(whole.text, text.data(), text.size());
    }
  }
  void format(const MeetingRecord& rec, const MeetingScore& s, std::string& line) const override {
    append_csv_field(line, rec.cell_id);
    line += ',';
    append_date(line, rec.date);
    line += ',';
    line += meeting_kind_id(rec.kind);
    line += ',';
    append_points(line, s.total);
    line += ',';
    line += r_.model.grades[static_cast<std::size_t>(s.grade)].id;
    // The criteria columns go straight into room made for them all at once
    // (an append a separator and a number was a tenth of the writing).
    const CompiledForm& form = r_.forms[static_cast<std::size_t>(s.form)];
    const std::vector<Column>& nodes = columns_[static_cast<std::size_t>(s.form)];
    std::size_t at = line.size();
    line.resize(at + nodes.size() * column_room_);
    for (std::size_t c = 0; c < nodes.size(); ++c) {
      line[at++] = ',';
      const Column column = nodes[c];
      // Empty where the meeting's sheet has no such criterion, or leaves it
      // off (an item that does not apply, rescaled): 0 would read as points lost.
      const auto n = static_cast<std::size_t>(column.node);
      if (column.node < 0 || (column.may_be_left_off && left_off(form, s, n))) continue;
      const Rational v = s.criteria[n].points;
      if (const WholeText* text = whole_text(v)) {
        // All of its room copied (a fixed size: no call), the length kept.
        std::memcpy(line.data() + at, text->text, sizeof text->text);
        at += text->size;
      } else {
        // Any other number: written apart, then copied into its room, grown
        // when it is longer. (Cutting the line there and making the rest's
        // room again wrote that room once for every such number: a ruleset
        // of 10,000 items of 0.01 points spent 9 ms a meeting on it.)
        std::string number;  // short: in its own buffer, no allocation
        append_number(number, v, machine_);
        if (number.size() > column_room_ - 1) {
          line.resize(line.size() + number.size() - (column_room_ - 1));
        }
        std::memcpy(line.data() + at, number.data(), number.size());
        at += number.size();
      }
    }
    line.resize(at);
    line += '\n';
  }
  void write_formatted(const std::string& text) override { out_ << text; }
  bool joins_formatted() const override { return true; }
  void finish() override { out_.flush(); }

 private:
  const CompiledRuleset& r_;
  std::ostream& out_;
  // Points are nearly always small whole numbers: their text is made once
  // (append_number was a sixth of a scoring thread's instructions). Null for
  // any other number.
  struct WholeText {
    char text[16] = {};
    std::uint8_t size = 0;  // more than sizeof text: too long to be kept here
  };
  const WholeText* whole_text(Rational v) const {
    if (!v.is_integer() || v.num() < 0 || v.num() >= kWholeTexts) return nullptr;
    const WholeText& whole = whole_texts_[static_cast<std::size_t>(v.num())];
    return whole.size <= sizeof whole.text ? &whole : nullptr;
  }
  void append_points(std::string& line, Rational v) const {
    if (const WholeText* text = whole_text(v)) {
      line.append(text->text, text->size);
    } else {
      append_number(line, v, machine_);
    }
  }

  struct Column {
    int node = -1;  // of the form; -1: none
    bool may_be_left_off = false;
  };
  static constexpr int kWholeTexts = 128;
  std::vector<std::vector<Column>> columns_;        // [form][column]
  Presentation machine_;                            // machine_number's presentation
  std::array<WholeText, kWholeTexts> whole_texts_;  // 0 .. 127 as machine_ writes them
  // A separator and a whole text's room, for each column.
  static constexpr std::size_t column_room_ = 1 + sizeof(WholeText::text);
};

}  // namespace

std::unique_ptr<ScoreWriter> make_score_writer(OutputFormat format, const CompiledRuleset& r,
                                               std::ostream& out) {
  switch (format) {
    case OutputFormat::Csv:
      return std::make_unique<CsvWriter>(r, out);
    case OutputFormat::Json:
      return make_json_writer(r, out);
    case OutputFormat::Table:
      return make_table_writer(r, out);
  }
  return nullptr;
}

}  // namespace chibo
