// RecordChecker::bind: a header's names to the ruleset's inputs, the
// record's keys (cell_id, date, kind) and the claims' columns, with what is
// wrong with them said once; and the lists check() runs by, made here once
// a header. Apart from record_checker.cpp, which reads every record.
#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "chibo/number_format.h"
#include "chibo/record_checker.h"
#include "compiled_ruleset_data.h"
#include "input_value.h"
#include "utf16.h"
#include "utf8.h"

namespace chibo {
namespace {

// A header naming nothing the ruleset knows, with the first of its names.
std::string no_known_column(const std::vector<std::string>& names, const std::string& ruleset_id) {
  constexpr std::size_t kMostNamed = 5;
  constexpr std::size_t kNameShown = 60;  // bytes
  std::string named;
  std::size_t count = 0;
  for (const std::string& name : names) {
    if (name.empty()) continue;
    if (++count > kMostNamed) continue;
    // A long name (a note typed in the header row) by its start: five of
    // them quoted whole made the message a page long.
    const std::string_view start = utf8_start(name, kNameShown);
    named += fmt::format("{}'{}{}'", count == 1 ? "" : ", ", start,
                         start.size() < name.size() ? "…" : "");
  }
  if (count > kMostNamed) {
    named +=
        fmt::format(" và {} cột khác", format_count(static_cast<std::int64_t>(count - kMostNamed)));
  }
  return fmt::format(
      "dòng tiêu đề không có cột nào của bộ tiêu chí {} ({}): tệp này có phải là bản ghi sinh "
      "hoạt chi bộ không? Bản ghi cần cột 'cell_id' (hay 'Mã chi bộ'), cột 'date' (hay 'Ngày "
      "sinh hoạt') và các cột của bộ tiêu chí; lệnh 'chibo template' tạo một tệp mẫu đủ cột",
      ruleset_id, count == 0 ? "các cột không có tên" : "các cột: " + named);
}

}  // namespace

void RecordChecker::bind(const std::vector<std::string>& names, const Location& where,
                         Diagnostics& diags, bool each_record, std::span<const int> lines) {
  each_record_ = each_record;
  const Ruleset& r = ruleset_.model;
  columns_.clear();
  names_.clear();
  column_of_input_.assign(r.inputs.size(), -1);
  claim_columns_.clear();
  header_problems_.clear();
  has_cell_id_ = has_date_ = false;
  // What was said before this header: a header naming nothing the ruleset
  // knows takes back what it said, name by name, for one message (below).
  const std::size_t said_before = diags.items().size();
  // Name c's own place: its line, when it has one.
  auto at = [&](std::size_t c) {
    Location l = where;
    if (c < lines.size()) l.line = lines[c];
    return l;
  };
  std::size_t column_at = 0;  // the name being bound, for twice()
  // name, bound as what (an id and what it is) that column first had: said
  // with both names where they differ ("cột 'Tự chấm' và cột 'self_total'").
  auto twice = [&](const std::string& name, std::size_t first, const std::string& what) {
    const std::string& before = names_[first];
    std::string text = before == name
                           ? fmt::format("{} '{}' xuất hiện hai lần", missing_word(), name)
                           : fmt::format(
                                 "{0} '{1}' và {0} '{2}' cùng là {3}: hãy xóa một "
                                 "trong hai {0}",
                                 missing_word(), before, name, what);
    // Said once for a column named three times or more by one name (each
    // later name is set beside the first).
    if (std::find(header_problems_.begin(), header_problems_.end(), text) !=
        header_problems_.end()) {
      return;
    }
    header_problems_.push_back(std::move(text));
    diags.error(at(column_at), header_problems_.back());
  };
  // Folded once, not once a column (ICU, for Vietnamese labels).
  std::vector<std::string> folded_labels;
  for (const Input& in : r.inputs) folded_labels.push_back(fold_case(in.label));
  // An input whose column, when missing, is an error of its own (below):
  // required, and read by every kind's form (one only some kinds' forms read:
  // each row of those kinds says it lacks it).
  auto reported_missing = [&](std::size_t i) {
    return r.inputs[i].required &&
           std::all_of(ruleset_.forms.begin(), ruleset_.forms.end(),
                       [i](const CompiledForm& f) { return static_cast<bool>(f.reads_input[i]); });
  };
  // The input a name (in NFC, and folded) stands for: its id or label in any capitals.
  auto input_named = [&](const std::string& name, const std::string& folded) -> int {
    for (std::size_t i = 0; i < r.inputs.size(); ++i) {
      if (name == r.inputs[i].id || name == r.inputs[i].label || folded == r.inputs[i].id ||
          (!r.inputs[i].label.empty() && folded == folded_labels[i])) {
        return static_cast<int>(i);
      }
    }
    return -1;
  };
  // Which inputs the header names, anywhere: a name an input's letter or
  // two away from one it lacks is taken for that input, mistyped.
  // Each name in NFC, and folded (ICU): made once, read here and below.
  std::vector<std::string> nfc_names, folded_names;
  std::vector<bool> named(r.inputs.size(), false);
  for (const std::string& raw : names) {
    // Without what no one sees at its ends, as a value is read: a second
    // byte-order mark (a file saved as UTF-8 twice) or a zero-width space
    // before "cell_id" made it an unknown column, every row rejected.
    const std::string& name = nfc_names.emplace_back(to_nfc(trim_invisible(raw)));
    // Matched with one space between its words: a name wrapped in its cell
    // ("Số đảng viên\ncó mặt", as Excel headers wrap long labels) or typed
    // with two spaces was an unknown column, and every row was rejected.
    const std::string& folded = folded_names.emplace_back(fold_case(one_space_between_words(name)));
    if (fixed_column(folded) != kIgnored) continue;
    if (const int i = input_named(name, folded); i >= 0) named[static_cast<std::size_t>(i)] = true;
  }
  // A CSV header holding a NUL: UTF-16 not told by its start, said once for
  // the file, not as each name's bytes not UTF-8.
  const bool nul = !each_record && std::any_of(names.begin(), names.end(), [](const auto& n) {
    return n.find('\0') != std::string::npos;
  });
  if (nul) diags.error(where, kUtf16WithoutMark);
  constexpr int kMostGuesses = 32;
  int guessed = 0;
  // Unknown names said one by one, without a hint: a sheet of 40 columns
  // of its own (names, telephones, notes) said in 40 lines hid what matters.
  constexpr int kMostIgnoredSaid = 10;
  int ignored_said = 0;
  std::size_t ignored_unsaid = 0;
  bool any_guess = false;
  bool has_kind = false;
  for (std::size_t c = 0; c < names.size(); ++c) {
    column_at = c;
    if (auto bad = find_invalid_utf8(names[c]); bad && !nul) {
      diags.error(at(c), fmt::format("tiêu đề cột thứ {} không phải văn bản UTF-8 (byte thứ {}); "
                                     "hãy lưu tệp dạng CSV UTF-8",
                                     c + 1, *bad + 1));
    }
    const std::string& name = nfc_names[c];
    names_.push_back(name);
    // Labels and the Vietnamese names of the first columns in any capitals
    // ("TỔNG SỐ ĐẢNG VIÊN", as forms head their columns).
    const std::string& folded = folded_names[c];
    int column = kIgnored;
    bool dropped = false;  // a claim's second column, said and not read
    if (const int fixed = fixed_column(folded); fixed != kIgnored) {
      column = fixed;
      // The last of two would win without a word (an input's second column is an error too).
      if ((column == kCellId && has_cell_id_) || (column == kDate && has_date_) ||
          (column == kKind && has_kind)) {
        const auto first = static_cast<std::size_t>(
            std::find(columns_.begin(), columns_.end(), column) - columns_.begin());
        twice(name, first,
              column == kCellId ? "mã chi bộ (cell_id)"
              : column == kDate ? "ngày sinh hoạt (date)"
                                : "loại sinh hoạt (kind)");
      }
      has_cell_id_ = has_cell_id_ || column == kCellId;
      if (column == kDate && !has_date_) date_at_ = c;
      has_date_ = has_date_ || column == kDate;
      has_kind = has_kind || column == kKind;
    }
    if (const int input = column == kIgnored ? input_named(name, folded) : -1; input >= 0) {
      const auto i = static_cast<std::size_t>(input);
      column = input;
      if (column_of_input_[i] >= 0) {  // said with the first (which stays the input's)
        const Input& in = r.inputs[i];
        twice(name, static_cast<std::size_t>(column_of_input_[i]),
              in.label.empty() ? in.id : fmt::format("{} ({})", in.label, in.id));
      } else {
        column_of_input_[i] = static_cast<int>(c);
      }
    }
    if (column == kIgnored) {
      if (auto claim = claim_column(name, folded)) {
        column = kClaim;
        claim->column = c;
        // A claim's second column (two names of the self-score) is no
        // reason to reject every row, as claims reject none: the first read,
        // the other said and left out.
        auto first = std::find_if(claim_columns_.begin(), claim_columns_.end(), [&](auto& o) {
          return o.by == claim->by && o.criterion == claim->criterion;
        });
        if (first != claim_columns_.end()) {
          column = kIgnored;
          dropped = true;
          const std::string& kept = names_[first->column];
          diags.warning(at(c), kept == name
                                   ? fmt::format("{0} '{1}' xuất hiện hai lần: đọc {0} đầu, bỏ qua "
                                                 "{0} sau; hãy xóa một trong hai {0}",
                                                 missing_word(), name)
                                   : fmt::format("{0} '{1}' và {0} '{2}' cùng là {3}: đọc {0} "
                                                 "'{1}', bỏ qua {0} '{2}'; hãy xóa một trong hai "
                                                 "{0}",
                                                 missing_word(), kept, name, claim->what));
        } else {
          claim_columns_.push_back(std::move(*claim));
        }
      }
    }
    if (column == kIgnored && !name.empty() && !dropped) {
      // The first 32 unknown names get a hint: a YAML meeting of 49,000
      // keys took 18 s comparing each with every name (CSV is bound by max_fields).
      const std::optional<std::string> guess =
          ++guessed <= kMostGuesses ? column_guess(name) : std::nullopt;
      any_guess = any_guess || guess.has_value();
      std::string text =
          fmt::format("{} '{}' không có trong bộ tiêu chí {}", missing_word(), name, r.id);
      if (const int mistyped = guess ? input_named(*guess, fold_case(*guess)) : -1;
          mistyped >= 0 && !named[static_cast<std::size_t>(mistyped)] &&
          !reported_missing(static_cast<std::size_t>(mistyped))) {
        // An optional input's column mistyped: every row would be scored as
        // if it were blank (a deduction or a bonus point lost without a
        // word but this warning, exit 0). Every row is refused until it is mended.
        text += fmt::format(
            "; có phải là '{0}'? (không có {1} '{0}': hãy sửa lại tên {1}; "
            "bỏ qua {1} này thì mọi bản ghi bị chấm như thể '{0}' để trống)",
            *guess, missing_word());
        header_problems_.push_back(text);
        diags.error(at(c), std::move(text));
      } else if (guess || ++ignored_said <= kMostIgnoredSaid) {
        text += guess ? fmt::format(", bỏ qua; có phải là '{}'?", *guess) : ", bỏ qua";
        diags.warning(at(c), std::move(text));
      } else {
        ++ignored_unsaid;
      }
    }
    columns_.push_back(column);
  }
  if (ignored_unsaid > 0) {
    diags.warning(where, fmt::format("và {} {} khác không có trong bộ tiêu chí {}, bỏ qua",
                                     format_count(static_cast<std::int64_t>(ignored_unsaid)),
                                     missing_word(), r.id));
  }
  plain_fields_.clear();
  for (std::size_t i = 0; i < r.inputs.size(); ++i) {
    const Input& in = r.inputs[i];
    const auto c = static_cast<std::size_t>(column_of_input_[i]);
    if (c >= kPlainKnown || in.type == InputType::Date || in.type == InputType::Choice) continue;
    PlainField f;
    f.column = static_cast<std::uint32_t>(c);
    f.input = static_cast<std::uint32_t>(i);
    f.yes_no = in.type == InputType::YesNo;
    // A whole number n is in range when min <= n <= max, that is ceil(min) <= n <= floor(max).
    f.lo = in.min ? in.min->ceil() : INT64_MIN;
    f.hi = in.max ? in.max->floor() : INT64_MAX;
    if (reads_decimal(in)) f.decimal = &in;
    plain_fields_.push_back(f);
  }
  std::vector<bool> plain_column(columns_.size());
  for (const PlainField& f : plain_fields_) plain_column[f.column] = true;
  all_columns_.clear();
  unplain_columns_.clear();
  for (std::uint32_t c = 0; c < columns_.size(); ++c) {
    all_columns_.push_back(c);
    if (!plain_column[c]) unplain_columns_.push_back(c);
  }
  all_inputs_.clear();
  unplain_inputs_.clear();
  share_inputs_.clear();
  for (std::uint32_t i = 0; i < r.inputs.size(); ++i) {
    all_inputs_.push_back(i);
    const int c = column_of_input_[i];
    if (c < 0 || !plain_column[static_cast<std::size_t>(c)]) unplain_inputs_.push_back(i);
    if (c >= 0 && r.inputs[i].type == InputType::Percent && i <= INT16_MAX) {
      share_inputs_.push_back(i);
    }
  }
  leading_keys_ = 0;
  bool cell_leads = false, date_leads = false, kind_leads = false;
  for (const int column : columns_) {
    if (column != kCellId && column != kDate && column != kKind) break;
    cell_leads = cell_leads || column == kCellId;
    date_leads = date_leads || column == kDate;
    kind_leads = kind_leads || column == kKind;
    ++leading_keys_;
  }
  // A kind column after them may have moved: a thematic meeting taken for a regular one.
  if (!cell_leads || !date_leads || (has_kind && !kind_leads)) leading_keys_ = 0;
  special_columns_.clear();
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    const int column = columns_[c];
    if (column == kClaim || column == kCellId || column == kDate || column == kKind) {
      special_columns_.push_back(static_cast<std::uint32_t>(c));
    }
  }
  for (const char* needed : {"cell_id", "date"}) {
    if ((needed == std::string("cell_id") && !has_cell_id_) ||
        (needed == std::string("date") && !has_date_)) {
      header_problems_.push_back(fmt::format("thiếu {} '{}'", missing_word(), needed));
      diags.error(where, header_problems_.back());
    }
  }
  // Columns with no name: looked at in each row only when the header lacks
  // an optional input, whose values one of them may hold.
  unnamed_columns_.clear();
  unnamed_lacking_.clear();
  header_line_ = where.line;
  if (!each_record) {
    for (std::size_t i = 0; i < r.inputs.size(); ++i) {
      if (column_of_input_[i] >= 0 || reported_missing(i)) continue;
      unnamed_lacking_ += (unnamed_lacking_.empty() ? "'" : ", '") + r.inputs[i].id + "'";
    }
    for (std::size_t c = 0; c < columns_.size() && !unnamed_lacking_.empty(); ++c) {
      if (columns_[c] == kIgnored && names_[c].empty()) {
        unnamed_columns_.push_back(static_cast<std::uint32_t>(c));
      }
    }
  }
  for (std::size_t i = 0; i < r.inputs.size(); ++i) {
    if (column_of_input_[i] < 0 && reported_missing(i)) {
      diags.error(where, fmt::format("thiếu {} '{}' ({})", missing_word(), r.inputs[i].id,
                                     r.inputs[i].label));
    }
  }
  // Another table picked by mistake (a list of members, last year's
  // summary): one message, where each of its names and each column it
  // lacks were a line of their own. Its rows still say what they lack.
  if (!each_record && !nul && !any_guess &&
      std::all_of(columns_.begin(), columns_.end(), [](int c) { return c == kIgnored; })) {
    diags.take_after(said_before);
    diags.error(where, no_known_column(nfc_names, r.id));
  }
}

std::vector<std::size_t> RecordChecker::unnamed_unread() const {
  std::vector<std::size_t> out;
  if (each_record_ || !unnamed_columns_.empty()) return out;
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    if (columns_[c] == kIgnored && names_[c].empty()) out.push_back(c);
  }
  return out;
}

}  // namespace chibo
