// RecordChecker: turns the text fields of one meeting record into a
// MeetingRecord, by the ruleset's inputs, or says exactly why it cannot.
//
// Columns are bound once per file (by input id or by the input's label, so a
// header typed in Vietnamese works too); each row is then checked field by
// field. Messages are in Vietnamese, naming the column and its label.
//
// Besides the inputs, a file may carry the scores people gave the meeting, for
// the audit (audit.h): `self_total` (or "Tự chấm") and `reviewer_total` (or
// "Cấp trên chấm") for the total, `self.<criterion>` and
// `reviewer.<criterion>` for one criterion. Empty means not given.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chibo/compiled_ruleset.h"
#include "chibo/diagnostic.h"
#include "chibo/meeting.h"

namespace chibo {

// The claim totals' Vietnamese names: the template's labels, which a header
// may give them too (besides self_total, reviewer_total, "Tự chấm" and
// "Cấp trên chấm"), in any capitals.
inline constexpr const char* kSelfTotalLabel = "Tổng điểm chi bộ tự chấm";
inline constexpr const char* kReviewerTotalLabel = "Tổng điểm cấp trên chấm";

class RecordChecker {
 public:
  explicit RecordChecker(const CompiledRuleset& ruleset);

  // The names a header gives cell_id, the date and the kind (folded:
  // fold_case), "Mã chi bộ" for cell_id: what bind() takes them by, and
  // what a records file's header row is found by.
  static const std::vector<std::string>& cell_id_names();
  static const std::vector<std::string>& date_names();
  static const std::vector<std::string>& kind_names();
  // The total a header's name (folded: fold_case) stands for: self_total,
  // "Tự chấm" or kSelfTotalLabel the cell's own; reviewer_total, "Cấp trên
  // chấm" or kReviewerTotalLabel the reviewer's; nullopt for any other name.
  static std::optional<ClaimBy> total_named(const std::string& folded);

  // Binds column names. Unknown columns are warned about (and ignored);
  // a column named twice, no cell_id or date column, or a required input
  // without a column is an error, here and for every row.
  // each_record: the names are one record's own (a YAML meeting's keys), and
  // what they lack is listed in full with that record's other faults.
  // lines: each name's own line (a YAML meeting's keys), where what is said
  // of one name is placed; empty: every name is where's.
  void bind(const std::vector<std::string>& names, const Location& where, Diagnostics& diags,
            bool each_record = false, std::span<const int> lines = {});

  // Checks one row given in bound column order. false: why says all that is
  // wrong with the row, "; "-separated. true: why is empty, or says the
  // self-scores or reviewer's scores that are no score, left out of
  // out.claims (a warning: the record is scored all the same). lines: each value's own line (a YAML
  // meeting's keys; empty for a CSV row): a fault names its key with it, and
  // out.where's line is the first fault's. A row found wrong still has in
  // out its cell_id and date when they could be read (else "" and kNoDate):
  // the month it would have counted for is told in the ranking.
  bool check(std::span<const std::string_view> values, const Location& where, MeetingRecord& out,
             std::string& why, std::span<const int> lines = {}) const;
  // The same for a row held as strings.
  bool check(const std::vector<std::string>& values, const Location& where, MeetingRecord& out,
             std::string& why) const;

  std::size_t column_count() const { return columns_.size(); }
  // Whether bind() ignores column: a non-empty name the ruleset does not know
  // (bind warned about it).
  bool ignores(std::size_t column) const {
    return columns_[column] == kIgnored && !names_[column].empty();
  }
  // The names bind() knows (cell_id, date, kind, the inputs' ids, the
  // claims' columns): what a name it ignores may have been meant as.
  std::vector<std::string> known_names() const;
  // "; có phải là 'x'?" for a column name bind() ignores, "" when nothing is
  // near: the closest id, else a Vietnamese name a letter or two from it without
  // capitals (an accent or a space amiss), else one it begins at a word's end
  // (a header cut short: 'Tổng số đảng viên' of 'Tổng số đảng viên của chi bộ').
  std::string column_hint(const std::string& name) const;
  // The name column_hint() says ('x'), or nullopt.
  std::optional<std::string> column_guess(const std::string& name) const;
  // Whether the rows come from a CSV file separated by commas: a row of more
  // cells than the header then likely holds a decimal comma (92,5), and is
  // told so. Kept across bind().
  void comma_separated(bool yes) { comma_separated_ = yes; }
  // The columns with no name in the header that check() does not look at
  // (it does when the header lacks an optional input: a value there is a
  // row's fault): a value under one is read by nothing, which the caller
  // says once a file. Empty for a YAML meeting's keys.
  std::vector<std::size_t> unnamed_unread() const;

 private:
  enum Special : int { kCellId = -1, kDate = -2, kKind = -3, kIgnored = -4, kClaim = -5 };
  // check() but for a row that repeats the header (said so).
  bool check_fields(std::span<const std::string_view> values, const Location& where,
                    MeetingRecord& out, std::string& why, std::span<const int> lines) const;
  // Whether values are the header's names (a file's header row joined below another's).
  bool repeats_header(std::span<const std::string_view> values) const;
  // Columns whose state check() keeps on its stack (the others are looked at again).
  static constexpr std::size_t kPlainKnown = 128;
  struct ClaimColumn {
    ClaimBy by = ClaimBy::Self;
    std::string criterion;   // empty: the total
    Input as_input;          // a number from 0 to the criterion's maximum
    bool by_label = false;   // a total named by its label (its faults need not say it again)
    std::size_t column = 0;  // its place in the header
    std::string what;  // what it is, for people: "Tổng điểm chi bộ tự chấm (self_total)"
  };
  std::string what_claim(const ClaimColumn& col) const;
  // For a comma-separated row of one cell too many: " (cột 'Tự chấm' có lẽ
  // là 95,5, ...)" when joining exactly one pair of
  // neighbouring whole numbers makes a row check() takes; "" otherwise. The
  // row is not scored so joined: no row is scored by a guess.
  std::string decimal_comma_hint(std::span<const std::string_view> values,
                                 const Location& where) const;
  // For a row of more cells than the header's columns (not a comma-separated
  // file's): " (ô thứ 31 (cột AE), ngoài các cột ..., có 'x': ...)" naming
  // the first such cell that holds something, or saying that none does.
  std::string extra_cells_hint(std::span<const std::string_view> values) const;
  // For a CSV row whose cell_id or date is empty while the other is not: a
  // cell merged down a column in Excel, kept on its first row alone (" (ô gộp
  // ...)"); "" for a YAML meeting.
  const char* merged_hint() const;
  // The row's cell_id, trimmed: "" when the header has no such column or
  // the row is too short to reach it.
  std::string_view cell_id_text(std::span<const std::string_view> values) const;
  // For a kind refused that names a regular meeting combined with a thematic
  // one ("thường kỳ kết hợp chuyên đề"): "; ... là loại thường kỳ: hãy ghi
  // 'thường kỳ' ..." with the yes/no input that says it; "" otherwise.
  std::string kind_hint(std::string_view text) const;
  // The claim a column name (folded: fold_case of it) stands for; nullopt
  // when it names none.
  std::optional<ClaimColumn> claim_column(const std::string& name, const std::string& folded) const;
  // The column a header's name (folded: fold_case of it in NFC) stands for
  // that is no input: cell_id, date and kind by their ids or by their
  // Vietnamese names, in any capitals ("CELL_ID", "Mã chi bộ", "Ngày sinh
  // hoạt", "Loại sinh hoạt"); else kIgnored.
  static int fixed_column(const std::string& folded);
  // An input whose field may hold "có"/"không" (yes/no) or a few digits
  // (a number): read first, by plain_field(), with what it needs at hand
  // rather than in the Input (a few hundred bytes each).
  struct PlainField {
    std::uint32_t column = 0, input = 0;
    bool yes_no = false;
    std::int64_t lo = 0, hi = 0;  // a number: the whole values in range
    // A percent or a number, whose field may be a decimal too ("93.33"):
    // its input, for the range (plain_decimal); null for any other.
    const Input* decimal = nullptr;
  };
  // Its value, or nullopt when the field is anything else (then read the
  // general way): never a value the general way would refuse or read otherwise.
  static std::optional<Rational> plain_field(const PlainField& f, std::string_view text);
  // Whether scoring a meeting of kind reads input i (none when no form scores
  // the kind: the meeting is rejected for its kind).
  bool form_reads(MeetingKind kind, std::size_t i) const;
  const CompiledRuleset& ruleset_;
  std::vector<PlainField> plain_fields_;  // in input order, within the first kPlainKnown columns
  // What the general passes of check() look at: every column and every
  // input, in order; or, when every plain field was read plainly (nearly
  // every record: a share such as "93.33" is one since 6 December, when it
  // sent 78% of the national records the long way), only the columns and
  // inputs that are no plain field's
  // (callgrind, 20,000 records: each pass was a loop over every column, or
  // input, to skip the plain ones).
  std::vector<std::uint32_t> all_columns_, unplain_columns_;
  std::vector<std::uint32_t> all_inputs_, unplain_inputs_;
  // The percent inputs with a column (MeetingRecord::share_one), at most
  // INT16_MAX.
  std::vector<std::uint32_t> share_inputs_;
  std::vector<std::uint32_t> special_columns_;  // the cell_id, date, kind and claim columns
  std::vector<int> columns_;                    // per column: input index or a Special
  std::vector<std::string> names_;
  std::vector<int> column_of_input_;
  std::vector<ClaimColumn> claim_columns_;  // kClaim columns, in column order
  // What is wrong with the header for every row: a column twice, cell_id or date missing.
  std::vector<std::string> header_problems_;
  bool each_record_ = false;      // bind's each_record
  bool comma_separated_ = false;  // comma_separated()
  // What a record lacks: a CSV file's column, or a YAML meeting's key.
  const char* missing_word() const { return each_record_ ? "khóa" : "cột"; }
  Input as_date_;  // the date column, read as an input of type date
  bool has_cell_id_ = false, has_date_ = false;
  std::size_t date_at_ = 0;  // the date's column, when has_date_
  // How many columns lead the header that are cell_id, date or kind: with
  // cell_id and date among them (the template's order), they are read from a
  // row of another width too (read_leading_keys()).
  std::size_t leading_keys_ = 0;
  // A CSV header's columns with no name, when the header lacks an optional
  // input's column (unnamed_lacking_: "'long_absent', 'upper_attended'"): a
  // value under one may be that input's, scored as if blank without a word
  // (a deduction lost, exit 0); such a row is rejected (check()). Empty
  // otherwise: check() spends nothing on them.
  std::vector<std::uint32_t> unnamed_columns_;
  std::string unnamed_lacking_;
  int header_line_ = 0;
  void read_leading_keys(std::span<const std::string_view> values, MeetingRecord& out) const;
};

// why (a rejection by scoring) with the record's claims that were no score
// (MeetingRecord::claim_faults) after it: a record rejected is mended at once.
std::string with_claim_faults(std::string why, const MeetingRecord& record);

}  // namespace chibo
