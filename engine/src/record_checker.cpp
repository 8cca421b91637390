#include "chibo/record_checker.h"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "compiled_ruleset_data.h"
#include "date.h"
#include "input_value.h"
#include "meeting_kind.h"
#include "unit_words.h"
#include "utf8.h"

namespace chibo {

namespace {

// The values Excel shows in a cell whose formula failed (#N/A, #REF!...).
bool is_excel_error(std::string_view text) {
  static constexpr std::string_view kErrors[] = {
      "#N/A",   "#NULL!",    "#DIV/0!",   "#VALUE!",   "#REF!",
      "#NAME?", "#NUM!",     "#SPILL!",   "#CALC!",    "#FIELD!",
      "#BUSY!", "#BLOCKED!", "#CONNECT!", "#UNKNOWN!", "#GETTING_DATA"};
  return std::find(std::begin(kErrors), std::end(kErrors), text) != std::end(kErrors);
}

// v in NFC, kept in normal: out of line, as it is almost never needed.
[[gnu::noinline]] std::string_view normalized(std::string_view v, std::string& normal) {
  normal = to_nfc(v);
  return normal;
}

// s trimmed of spaces and tabs, and of a no-break or zero-width space at an
// end (a cell pasted from a web page): no one sees one, and "CP-01\u00A0"
// is no cell of the list. Inline: the ends are looked at, nearly always ASCII.
inline std::string_view trimmed(std::string_view s) {
  std::string_view v = trim_spaces(s);
  if (!v.empty() && (static_cast<unsigned char>(v.front()) >= 0xC2 ||
                     static_cast<unsigned char>(v.back()) >= 0x80)) {
    v = trim_invisible(v);
  }
  return v;
}

// The value trimmed and in NFC: a view of s itself when it already is (almost
// always: no copy), else of normal. plain: s is known to be plainly NFC.
// Inline: it runs for every field of every record.
inline std::string_view clean(std::string_view s, std::string& normal, bool plain = false) {
  std::string_view v = trimmed(s);
  if (plain || plainly_nfc(v)) return v;
  return normalized(v, normal);
}

// A percent's or a number's decimal field ("93.33", "84,5") that needs no
// word: for a percent, 1 or more (one under 1 may be a share written as a
// fraction, which the general pass refuses with advice).
std::optional<Rational> plain_field_decimal(const Input& in, std::string_view text) {
  const std::optional<Rational> v = plain_decimal(in, text);
  if (v && in.type == InputType::Percent && *v < Rational(1)) return std::nullopt;
  return v;
}

}  // namespace

// Inline into check(), its only caller: as a call, 25 a record, the call
// cost as much as the reading.
[[gnu::always_inline]] inline std::optional<Rational> RecordChecker::plain_field(
    const PlainField& f, std::string_view text) {
  if (f.yes_no) return plain_yes_no(text);
  const std::optional<std::int64_t> n = plain_digits(text);
  if (!n) return f.decimal ? plain_field_decimal(*f.decimal, text) : std::nullopt;
  if (*n < f.lo || *n > f.hi) return std::nullopt;
  return Rational(*n);
}

bool RecordChecker::form_reads(MeetingKind kind, std::size_t i) const {
  const int form = ruleset_.form_for_kind[static_cast<int>(kind)];
  return form >= 0 && ruleset_.forms[static_cast<std::size_t>(form)].reads_input[i];
}

RecordChecker::RecordChecker(const CompiledRuleset& ruleset) : ruleset_(ruleset) {
  as_date_.type = InputType::Date;
  // Bound to no column yet: every input is looked at (bind() says which are plain).
  for (std::uint32_t i = 0; i < ruleset.model.inputs.size(); ++i) all_inputs_.push_back(i);
  unplain_inputs_ = all_inputs_;
}

// A row of another width than the header's: no cell after its leading
// cell_id, date and kind moved them, so the month it was for is still told
// (ScoreSink::rejected_meeting), most often for a decimal comma (92,5).
void RecordChecker::read_leading_keys(std::span<const std::string_view> values,
                                      MeetingRecord& out) const {
  std::string normal, bad;
  bool kind_unread = false;
  for (std::size_t c = 0; c < leading_keys_ && c < values.size(); ++c) {
    if (columns_[c] == kCellId) {
      out.cell_id.assign(clean(values[c], normal));
    } else if (columns_[c] == kDate) {
      const std::string_view text = trimmed(values[c]);
      const auto d = parse_trimmed_input_value(as_date_, text, bad);
      if (d) out.date = static_cast<int>(d->num());
      if (!text.empty()) out.date_order = written_date_order(text, d.has_value());
    } else if (auto kind = parse_kind(clean(values[c], normal))) {
      out.kind = *kind;
    } else {
      kind_unread = true;
    }
  }
  if (kind_unread) out.date = kNoDate;  // a month or a quarter: not known, not told
}

bool RecordChecker::check(const std::vector<std::string>& values, const Location& where,
                          MeetingRecord& out, std::string& why) const {
  std::vector<std::string_view> views(values.begin(), values.end());
  return check(views, where, out, why);
}

bool RecordChecker::check(std::span<const std::string_view> values, const Location& where,
                          MeetingRecord& out, std::string& why, std::span<const int> lines) const {
  if (check_fields(values, where, out, why, lines)) return true;
  // Looked at only for a row found wrong: a record never costs it.
  if (!each_record_ && repeats_header(values)) {
    why =
        "dòng này lặp lại dòng tiêu đề, không phải một bản ghi (hai tệp được nối vào nhau?): hãy "
        "xóa dòng này";
    out.cell_id.clear();
    out.date = kNoDate;
  } else if (!each_record_ && out.date == kNoDate) {
    // A sheet's totals row under its table ("Tổng cộng", no date): said as
    // what it is, where every empty column was listed.
    const std::string_view text = cell_id_text(values);
    if (!text.empty() && is_totals_row(text, "", "", "", "")) {
      why = fmt::format("dòng tổng cộng ('{}'), không phải một bản ghi: hãy xóa dòng này", text);
      out.cell_id.clear();
    }
  }
  return false;
}

std::string_view RecordChecker::cell_id_text(std::span<const std::string_view> values) const {
  const auto id = std::find(columns_.begin(), columns_.end(), kCellId);
  const auto at = static_cast<std::size_t>(id - columns_.begin());
  return id == columns_.end() || at >= values.size() ? std::string_view() : trimmed(values[at]);
}

bool RecordChecker::check_fields(std::span<const std::string_view> values, const Location& where,
                                 MeetingRecord& out, std::string& why,
                                 std::span<const int> lines) const {
  out.where = where;
  out.claim_faults.clear();
  out.cell_id.clear();
  out.date = kNoDate;
  out.kind = MeetingKind::Regular;
  out.date_order = DateOrder::Plain;
  out.share_fraction = out.share_one = -1;
  const Ruleset& r = ruleset_.model;
  why.clear();
  auto problem = [&](std::string text) {
    if (!why.empty()) why += "; ";
    why += text;
  };
  // Column c, named in a fault: a CSV file's column, or a YAML meeting's key
  // with its line, unless the fault is said at that line (the first fault's
  // line is the record's rejection's). Called as the fault is written.
  auto field = [&](std::size_t c, std::string_view id) {
    if (!each_record_) return fmt::format("cột '{}'", id);
    if (c >= lines.size()) return fmt::format("khóa '{}'", id);
    if (why.empty()) out.where.line = lines[c];
    if (lines[c] == out.where.line) return fmt::format("khóa '{}'", id);
    return fmt::format("khóa '{}' ở dòng {}", id, lines[c]);
  };
  // Column c as a fault in it names it whatever it holds: an input's with
  // its label, as its value's faults are ("cột 'present' (Có mặt)"), the
  // others by their id or header, one with no header by its place (a
  // column of nothing but a header's empty cell was "cột ''").
  auto column_said = [&](std::size_t c) {
    const int column = columns_[c];
    if (column >= 0) {
      const Input& in = r.inputs[static_cast<std::size_t>(column)];
      return fmt::format("{} ({})", field(c, in.id), in.label);
    }
    if (column == kCellId) return field(c, "cell_id");
    if (column == kDate) return field(c, "date");
    if (column == kKind) return field(c, "kind");
    if (names_[c].empty() && !each_record_)
      return fmt::format("cột thứ {} (không có tiêu đề)", c + 1);
    return field(c, names_[c]);
  };
  // A place in a value: a CSV file's cell, a YAML meeting's value.
  const char* const value_word = each_record_ ? "giá trị" : "ô";
  if (values.size() != columns_.size()) {
    // More cells than columns: nearly always a decimal comma (92,5) in a
    // file whose separator is the comma.
    std::string hint;
    if (values.size() > columns_.size() && comma_separated_) {
      hint = decimal_comma_hint(values, where);
      if (hint.empty()) {
        hint =
            " (số thập phân viết dấu phẩy, như 92,5, trong tệp phân cách bằng dấu phẩy? hãy viết "
            "92.5, đặt trong ngoặc kép \"92,5\", hoặc lưu tệp phân cách bằng dấu ;)";
      }
    } else if (values.size() > columns_.size() && !columns_.empty()) {
      hint = extra_cells_hint(values);
    }
    problem(fmt::format("dòng có {} ô nhưng tiêu đề có {} cột{}", values.size(), columns_.size(),
                        hint));
    // A header at fault rejects every row alike: none of them told.
    if (header_problems_.empty()) read_leading_keys(values, out);
    return false;
  }
  // Reported once for the header (bind), and again for each row, which
  // cannot be scored with it (a row was, as of 1970, of cell "", or by the
  // last of two columns).
  for (const std::string& p : header_problems_) problem(p);
  // A file's header problem is every row's whole reason; a record's own
  // lacking keys are listed with its other faults.
  const std::size_t header_said = each_record_ ? why.size() : 0;
  // Which columns are settled before the general passes (the first
  // kPlainKnown; the others are looked at again): on the stack, as check()
  // runs on several threads.
  enum : std::uint8_t { kUnknown, kPlain, kRead };
  std::uint8_t state[kPlainKnown] = {};
  auto is_plain = [&](std::size_t c) { return c < kPlainKnown && state[c] != kUnknown; };
  // Nearly every input's field is "có", "không" or a few digits in range:
  // read first, in one pass. Such a field is plainly NFC and can have no
  // problem, so the passes below skip it (with the list made at bind, check()
  // went from 111.8 to 87.6 million instructions for 20,000 records).
  out.inputs.resize(r.inputs.size());
  std::size_t read_plainly = 0;
  for (const PlainField& f : plain_fields_) {
    if (auto v = plain_field(f, trim_spaces(values[f.column]))) {
      out.inputs[f.input] = *v;
      state[f.column] = kRead;
      ++read_plainly;
    }
  }
  // The passes below skip a column read plainly: when all were, they need
  // not look at the plain fields' columns, nor their inputs, at all.
  const bool all_plain = read_plainly == plain_fields_.size();
  const std::vector<std::uint32_t>& columns = all_plain ? unplain_columns_ : all_columns_;
  const std::vector<std::uint32_t>& inputs = all_plain ? unplain_inputs_ : all_inputs_;
  // Text in another encoding (Windows-1258, TCVN3) is not guessed at: it is
  // named. Plainly NFC text (ASCII and Vietnamese letters, nearly every
  // value) is valid UTF-8 too: one pass over the value settles both.
  // The first three such values named, the rest counted, the advice given
  // once (a file saved as Windows-1258 said it 17 times a row).
  constexpr std::size_t kNotUtf8Named = 3;
  std::size_t not_utf8 = 0;
  for (const std::size_t c : columns) {
    if (c < kPlainKnown && state[c] == kRead) continue;
    if (plainly_nfc(values[c])) {
      if (c < kPlainKnown) state[c] = kPlain;
    } else if (auto bad = find_invalid_utf8(values[c])) {
      if (++not_utf8 > kNotUtf8Named) continue;
      problem(fmt::format("{}: không phải văn bản UTF-8 (byte thứ {} của {})", column_said(c),
                          *bad + 1, value_word));
    }
  }
  if (not_utf8 > kNotUtf8Named) {
    problem(fmt::format("và {} {} khác cũng vậy", not_utf8 - kNotUtf8Named, missing_word()));
  }
  if (not_utf8 > 0) why += fmt::format("; hãy lưu tệp dạng {}UTF-8", each_record_ ? "" : "CSV ");
  if (why.size() > header_said) return false;
  // A value under a column with no name, where the header lacks an optional
  // input: it may be that input's (a header cell left blank, a two-row
  // header's group), which would be scored as if blank without a word.
  std::string unnamed;
  for (const std::uint32_t c : unnamed_columns_) {
    std::string_view text = trimmed(values[c]);
    if (text.empty()) continue;
    text = utf8_start(text, 60);  // a note: its start
    unnamed +=
        fmt::format("{}{} có giá trị '{}'", unnamed.empty() ? "" : ", ", column_said(c), text);
  }
  if (!unnamed.empty()) {
    problem(fmt::format(
        "{} nhưng dòng tiêu đề (dòng {}) không ghi tên cột, nên không biết đó là cột nào: hãy ghi "
        "tên cột ở dòng tiêu đề, hoặc xóa giá trị nếu không dùng (tiêu đề không có cột {}: bỏ qua "
        "giá trị thì bản ghi bị chấm như thể các cột đó để trống)",
        unnamed, header_line_, unnamed_lacking_));
  }
  out.claims.clear();
  // Claims that are no score (columns, and why): scored all the same, the
  // claim left out and said (a typo in a self-score cost the cell its month).
  std::vector<std::pair<std::size_t, std::string>> bad_claims;
  bool have_date = false, kind_unread = false;
  std::size_t claim = 0;
  std::size_t cell_column = 0;  // cell_id's, when has_cell_id_
  std::size_t date_column = 0;  // date's, when have_date
  for (const std::uint32_t c : special_columns_) {
    const int column = columns_[c];
    if (column == kClaim) {
      const ClaimColumn& col = claim_columns_[claim++];
      std::string_view text = trimmed(values[c]);
      if (text.empty()) continue;
      std::string bad;
      if (auto v = parse_trimmed_input_value(col.as_input, text, bad)) {
        out.claims.push_back({col.by, col.criterion, *v});
      } else {
        // A total not named by its label says it, as an input's column does.
        const char* label = col.by == ClaimBy::Self ? kSelfTotalLabel : kReviewerTotalLabel;
        const bool say_label = col.criterion.empty() && !col.by_label;
        bad_claims.emplace_back(
            c, fmt::format("{}: {}", say_label ? fmt::format(" ({})", label) : "", bad));
      }
    } else if (column == kCellId) {
      cell_column = c;
      std::string normal;
      out.cell_id.assign(clean(values[c], normal, is_plain(c)));
      // A line break, tab or NUL in an id (a quoted CSV field, a YAML
      // string) is no cell's, and broke every line that showed it.
      if (find_control(out.cell_id) != std::string_view::npos) {
        // Counted in the cell as written, as the UTF-8 message counts.
        const std::string_view cell = values[c];
        const std::string_view kept = trim_spaces(cell);
        problem(fmt::format("{}: có ký tự điều khiển (byte thứ {} của {})", field(c, "cell_id"),
                            (kept.data() - cell.data()) + find_control(kept) + 1, value_word));
      } else if (!out.cell_id.empty() && out.cell_id.front() == '#' && is_excel_error(out.cell_id))
          [[unlikely]] {
        // A formula's error shown in the cell ('#N/A': a lookup of the id
        // that found nothing) was scored as a cell named so.
        problem(fmt::format(
            "{}: '{}' là lỗi công thức của Excel, không phải mã chi bộ (công thức lấy mã không "
            "ra kết quả?): hãy sửa công thức hoặc ghi mã chi bộ",
            field(c, "cell_id"), out.cell_id));
      }
    } else if (column == kDate) {
      std::string_view text = trimmed(values[c]);
      std::string bad;
      if (auto d = parse_trimmed_input_value(as_date_, text, bad)) {
        out.date = static_cast<int>(d->num());
        out.date_order = written_date_order(text, true);
        have_date = true;
        date_column = c;
      } else if (text.empty()) {  // said as an empty cell_id is
        problem(fmt::format("{} để trống{}", field(c, "date"),
                            cell_id_text(values).empty() ? "" : merged_hint()));
      } else {
        out.date_order = written_date_order(text, false);
        problem(fmt::format("{}: {}", field(c, "date"), bad));
        // Its month, when written (2024-02-30): the ranking tells it.
        if (auto month = month_written(text)) out.date = *month;
      }
    } else if (column == kKind) {
      std::string normal;
      const std::string_view written = clean(values[c], normal, is_plain(c));
      auto kind = parse_kind(written);
      if (kind) {
        out.kind = *kind;
      } else {
        kind_unread = true;
        problem(fmt::format(
            "{}: '{}' không phải là loại sinh hoạt ({}: {}, hoặc {}: {}){}", field(c, "kind"),
            trim_spaces(values[c]), meeting_kind_id(MeetingKind::Regular),
            meeting_kind_words(MeetingKind::Regular), meeting_kind_id(MeetingKind::Thematic),
            meeting_kind_words(MeetingKind::Thematic), kind_hint(written)));
      }
    }
  }
  if (has_cell_id_ && out.cell_id.empty()) {
    problem(fmt::format("{} để trống{}", field(cell_column, "cell_id"),
                        have_date ? merged_hint() : ""));
  }
  if (have_date && (out.date < ruleset_.effective_from ||
                    (ruleset_.effective_to > 0 && out.date > ruleset_.effective_to))) {
    // A YAML meeting's first fault is said at its date's line, as field() does.
    if (why.empty() && date_column < lines.size()) out.where.line = lines[date_column];
    if (out.date < ruleset_.effective_from) {
      problem(fmt::format("ngày sinh hoạt {} trước ngày hiệu lực {} của bộ tiêu chí",
                          format_date_vn(out.date), format_date_vn(ruleset_.effective_from)));
    } else {
      problem(fmt::format("ngày sinh hoạt {} sau ngày hết hiệu lực {} của bộ tiêu chí",
                          format_date_vn(out.date), format_date_vn(ruleset_.effective_to)));
    }
  }
  // Made once for the record, not once a field (a value is almost never
  // normalised, and bad is written only for a problem).
  std::string normal, bad;
  for (const std::size_t i : inputs) {
    const Input& in = r.inputs[i];
    int c = column_of_input_[i];
    if (c >= 0 && static_cast<std::size_t>(c) < kPlainKnown && state[c] == kRead) continue;
    std::string_view text = c >= 0 ? clean(values[static_cast<std::size_t>(c)], normal,
                                           is_plain(static_cast<std::size_t>(c)))
                                   : std::string_view();
    if (text.empty()) {
      if (ruleset_.defaults[i]) {
        out.inputs[i] = *ruleset_.defaults[i];
      } else if (!in.required || !form_reads(out.kind, i)) {
        // required: no, and no default: nothing reads it (the compiler
        // refuses an expression that does), so any value will do; the same
        // for one the meeting's form does not read.
        out.inputs[i] = Rational(0);
      } else if (c >= 0) {
        // 'x' is yes: a checklist's blank for no was refused with no word why.
        problem(fmt::format("{} ({}) để trống{}", field(static_cast<std::size_t>(c), in.id),
                            in.label,
                            in.type == InputType::YesNo
                                ? ": hãy ghi 'có' hoặc 'không' (để trống không được hiểu là không)"
                                : ""));
      } else {
        problem(fmt::format("thiếu {} '{}' ({})", missing_word(), in.id, in.label));
      }
      continue;
    }
    if (auto v = parse_trimmed_input_value(in, text, bad)) {
      if (in.type == InputType::Date) [[unlikely]] {
        out.date_order = more_telling(out.date_order, written_date_order(text, true));
      }
      // A share typed as a fraction (0,925 for 92,5%) is refused with
      // advice: scored, it lost the cell its band unsaid.
      if (in.type == InputType::Percent && *v < Rational(1) && !v->is_integer()) [[unlikely]] {
        if (std::string fraction = percent_as_fraction(in, text, *v); !fraction.empty()) {
          problem(fmt::format("{} ({}): {}", field(static_cast<std::size_t>(c), in.id), in.label,
                              fraction));
          if (out.share_fraction < 0 && i <= INT16_MAX) {
            out.share_fraction = static_cast<std::int16_t>(i);
          }
          continue;
        }
      }
      out.inputs[i] = *v;
    } else {
      if (in.type == InputType::Date) {
        out.date_order = more_telling(out.date_order, written_date_order(text, false));
      }
      problem(fmt::format("{} ({}): {}", field(static_cast<std::size_t>(c), in.id), in.label, bad));
    }
  }
  // A share written "1" (not "1%"), read as 1%: where a file's other shares
  // are fractions, its 100% (told once the file is read: file_notes.h).
  if (why.empty()) {
    for (const std::uint32_t i : share_inputs_) {
      if (out.inputs[i] != Rational(1)) continue;
      // Written so: not a default for a blank cell, not "1%".
      const std::string_view cell =
          trim_spaces(values[static_cast<std::size_t>(column_of_input_[i])]);
      if (cell.empty() || cell.find('%') != std::string_view::npos) continue;
      out.share_one = static_cast<std::int16_t>(i);
      break;
    }
  }
  // Of a kind not understood, the month or the quarter is not known: not told.
  if (kind_unread) out.date = kNoDate;
  if (bad_claims.empty()) return why.empty();
  if (!why.empty()) {  // rejected: said with the record's other faults, to mend at once
    for (const auto& [c, fault] : bad_claims) problem(field(c, names_[c]) + fault);
    return false;
  }
  // Scored: what is left out, said as a warning at the record (where's line
  // stays the record's).
  // out.claim_faults keeps them without the ending, for a scoring that
  // rejects the record after all (with_claim_faults).
  std::string& faults = out.claim_faults;
  for (const auto& [c, fault] : bad_claims) {
    if (!faults.empty()) faults += "; ";
    faults += fmt::format("{} '{}'", missing_word(), names_[c]);
    if (each_record_ && c < lines.size() && lines[c] != where.line) {
      faults += fmt::format(" ở dòng {}", lines[c]);
    }
    faults += fault;
  }
  why = fmt::format("{} ({}điểm này bị bỏ qua khi kiểm tra tự chấm; bản ghi vẫn được chấm điểm)",
                    faults, bad_claims.size() > 1 ? "các " : "");
  return true;
}

std::string with_claim_faults(std::string why, const MeetingRecord& record) {
  if (!record.claim_faults.empty()) why += "; " + record.claim_faults;
  return why;
}

}  // namespace chibo
