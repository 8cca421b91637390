// The ranking and the summary as rows of text, shared by the table, markdown
// and csv layouts (rank_writer.cpp) so that they always say the same thing.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "chibo/compiled_ruleset.h"
#include "chibo/district_summary.h"
#include "chibo/ranking.h"

namespace chibo {

using Rows = std::vector<std::vector<std::string>>;
using NumberText = std::function<std::string(Rational)>;

// Header and one row a cell. machine: ids instead of labels, csv columns.
Rows ranking_rows(const CompiledRuleset& r, const Ranking& ranking, const NumberText& number,
                  bool machine);
// The same rows one at a time (a national ranking's rows would take 150 MB
// at once); sink may take the row's contents.
using RowSink = std::function<void(std::vector<std::string>& row)>;
void for_each_ranking_row(const CompiledRuleset& r, const Ranking& ranking,
                          const NumberText& number, bool machine, const RowSink& sink);
// Its parts: the header, and the rows of ranking.cells[first, last) (number
// and the ruleset are only read: two ranges may be written at once).
std::vector<std::string> ranking_header(const Ranking& ranking, bool machine);
void for_each_ranking_row(const CompiledRuleset& r, const Ranking& ranking,
                          const NumberText& number, bool machine, std::size_t first,
                          std::size_t last, const RowSink& sink);
// The same rows a field at a time, each text valid only during its call: the
// CSV appends them straight to its text, where a row's strings refilled and
// then copied out were a third of its instructions (province, callgrind).
class RowFields {
 public:
  virtual void field(std::string_view text) = 0;
  virtual void end_row() = 0;

 protected:
  ~RowFields() = default;
};
void for_each_ranking_row(const CompiledRuleset& r, const Ranking& ranking,
                          const NumberText& number, bool machine, std::size_t first,
                          std::size_t last, RowFields& out);
// "Tốt", "150/192", "78,13%" per grade, then the cells counted.
Rows grade_rows(const CompiledRuleset& r, const GradeTally& tally);
// One row per type or base organisation: name, then "n (share)" per grade, then cells.
Rows group_rows(const CompiledRuleset& r, const DistrictSummary& s, bool by_type);
// A cell's change of score since the previous period (previous_rank set),
// as the two scores are shown: 99,58 after 97,49 is +2,09, as a reader
// subtracts, though the exact scores (99.575, 97.485) differ by 2.09 only
// after rounding 2.095 to 2,10. The ranks come from the exact scores.
Rational shown_change(const CompiledRuleset& r, const RankedCell& c);
// "thiếu tháng 2, 3 (tính 0 điểm); quý I thiếu sinh hoạt chuyên đề (tối đa Khá)"
std::string cell_notes(const CompiledRuleset& r, const CellPeriod& c);
// Those, then "kỳ trước thiếu tháng 2" when the previous period compared
// with had months with no regular meeting (its score's change comes from them).
std::string ranked_cell_notes(const CompiledRuleset& r, const RankedCell& c);
// How the ranking orders cells, from the ruleset's ranking.tie_break: "Thứ tự
// xếp hạng: chi bộ có điểm cao hơn (so điểm chưa làm tròn: ...) xếp trên; nếu
// bằng nhau thì xét lần lượt: nhiều tháng đạt Tốt hơn, ...; bằng nhau ở mọi mục
// thì cùng hạng." Two cells shown at 97,57 ranked 11 and 13 read as a wrong rank
// without it.
std::string ranking_order_note(const CompiledRuleset& r);

// A cell not graded (CellPeriod::graded), as its grade is shown to people,
// and how its notes begin.
inline constexpr const char* kNotGradedLabel = "Chưa xếp loại";
inline constexpr const char* kNotGraded = "chưa xếp loại, không xếp hạng";
// "2 chi bộ chưa xếp loại (không có tháng nào để tính, không tính vào số chi
// bộ theo xếp loại)"; "" when every cell is graded.
std::string not_graded_count(const DistrictSummary& s);

// "48 chi bộ thiếu tháng sinh hoạt (trong đó 6 chi bộ thiếu tháng do bản ghi bị
// loại)", the parenthesis only when some are: the ranking's totals and the
// report say it alike.
// "không chi bộ nào thiếu tháng sinh hoạt" when none is ("0 chi bộ ..." read badly).
std::string missing_months_count(const DistrictSummary& s);
// "3 chi bộ thiếu sinh hoạt chuyên đề", or "không chi bộ nào thiếu sinh hoạt chuyên đề".
std::string short_of_thematic_count(const DistrictSummary& s);
// "13 đơn vị của danh sách bị loại vì lỗi trong danh sách, không có trong
// bảng này" of the n units the list left out (Units::units_left_out), said
// with a table of the ranking wherever it goes (rank's totals line, the
// report's web page and workbook), whose rows read as the whole list's
// without it; "" when n is 0.
std::string units_left_out_of_table(std::size_t n);

}  // namespace chibo
