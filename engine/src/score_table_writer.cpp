#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/explain.h"
#include "compiled_ruleset_data.h"
#include "date.h"
#include "score_writers.h"
#include "text_table.h"

namespace chibo {
namespace {

// The table holds its first held_rows rows to find the columns' widths,
// then writes them and each later row as it comes, widening a column for a
// wider cell from there on: kept whole, the national year's table took
// 2.3 GB (0.55 KB a meeting), where the CSV streams in 29 MB.
class TableWriter : public ScoreWriter {
 public:
  TableWriter(const CompiledRuleset& r, std::ostream& out, std::size_t held_rows)
      : r_(r), out_(out), held_rows_(held_rows) {
    table_.add_row({"Chi bộ", "Ngày", "Loại", "Tổng điểm", "Xếp loại"});
    // The top-level groups of every form (a ruleset may hold one a kind of
    // meeting), in the order first met, give the extra columns, headed by
    // their ids; a meeting whose form has no such group, or leaves it off,
    // shows "-". The legend under the table names them, with the largest
    // maximum, and, when not every form has one, the kinds of meeting that do.
    struct Column {
      const CompiledNode* node;
      Rational max;
      std::vector<std::string> kinds;
      std::size_t forms = 0;
    };
    std::vector<Column> columns;
    // Found by id, and each form's top-level node of each column kept: found
    // by a search of the columns, then of the nodes for every row, a ruleset
    // of 10,000 groups wrote 20 rows a minute.
    std::unordered_map<std::string, std::size_t> column_of;
    for (const CompiledForm& form : r.forms) {
      std::vector<std::size_t>& nodes = column_nodes_.emplace_back();
      for (std::size_t n = 0; n < form.nodes.size(); ++n) {
        const CompiledNode& node = form.nodes[n];
        if (node.parent >= 0) continue;
        auto [at, added] = column_of.try_emplace(node.criterion->id, columns.size());
        if (added) columns.push_back({&node, node.max, {}, 0});
        if (nodes.size() <= at->second) nodes.resize(at->second + 1, kNoNode);
        nodes[at->second] = n;  // ids are unique in a form
        auto it = columns.begin() + static_cast<std::ptrdiff_t>(at->second);
        it->max = max(it->max, node.max);
        ++it->forms;
        for (const std::string& kind : form.form->kinds) {
          if (std::find(it->kinds.begin(), it->kinds.end(), kind) == it->kinds.end()) {
            it->kinds.push_back(kind);
          }
        }
      }
    }
    for (const Column& c : columns) {
      groups_.push_back(c.node->criterion->id);
      table_.rows.back().push_back(c.node->criterion->id);
      std::string only;
      if (c.forms < r.forms.size()) {
        std::vector<std::string> words;
        for (const std::string& kind : c.kinds) words.push_back(meeting_kind_words(kind));
        only = fmt::format("; chỉ ở sinh hoạt {}", fmt::join(words, ", "));
      }
      legend_.push_back(fmt::format("  {}: {} (tối đa {} điểm{})", c.node->criterion->id,
                                    c.node->criterion->label, display_number(r, c.max), only));
    }
    table_.right_aligned = {3};
    for (std::size_t g = 0; g < groups_.size(); ++g) table_.right_aligned.push_back(5 + g);
  }
  // A row's cells travel as text between format() and write_formatted(), each
  // as its length, ':', then its bytes (a cell may hold any character).
  void format(const MeetingRecord& rec, const MeetingScore& s, std::string& text) const override {
    const CompiledForm& form = r_.forms[static_cast<std::size_t>(s.form)];
    auto cell = [&text](const std::string& value) {
      text += std::to_string(value.size());
      text += ':';
      text += value;
    };
    cell(rec.cell_id);
    cell(format_date_vn(rec.date));
    cell(meeting_kind_words(rec.kind));
    cell(format_number(s.total, r_.model.presentation));
    cell(r_.model.grades[static_cast<std::size_t>(s.grade)].label);
    const std::vector<std::size_t>& nodes = column_nodes_[static_cast<std::size_t>(s.form)];
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      const std::size_t n = g < nodes.size() ? nodes[g] : kNoNode;
      // A group whose items are all left off this meeting's sheet: "-" as
      // for none (0 would read as points lost).
      cell(n != kNoNode && !left_off(form, s, n) ? display_number(r_, s.criteria[n].points)
                                                 : std::string("-"));
    }
    // Last, not shown: whether the total is other than the columns' sum
    // (rescaled, or capped), said once under the table.
    cell(s.rescaled || s.capped ? "*" : "");
  }
  void write_formatted(const std::string& text) override {
    std::vector<std::string> row;
    for (std::size_t at = 0; at < text.size();) {
      const std::size_t colon = text.find(':', at);
      const std::size_t size = std::stoul(text.substr(at, colon - at));
      row.push_back(text.substr(colon + 1, size));
      at = colon + 1 + size;
    }
    if (!row.empty()) {
      if (row.back() == "*") not_sums_ = true;
      row.pop_back();
    }
    if (streaming_) {
      widen(width_, row);
      write_row(out_, row, width_, table_.right_aligned);
      return;
    }
    table_.add_row(std::move(row));
    if (table_.rows.size() > held_rows_) {  // the header and held_rows meetings
      for (const std::vector<std::string>& held : table_.rows) widen(width_, held);
      for (const std::vector<std::string>& held : table_.rows) {
        write_row(out_, held, width_, table_.right_aligned);
      }
      table_.rows = {};
      streaming_ = true;
    }
  }
  void finish() override {
    // No meeting, no table: a header over nothing read as a result (the
    // command says why on standard error).
    if (!streaming_ && table_.rows.size() <= 1) {
      out_.flush();
      return;
    }
    if (!streaming_) table_.write(out_);
    if (!legend_.empty()) fmt::print(out_, "\nCác cột điểm:\n{}\n", fmt::join(legend_, "\n"));
    if (not_sums_) {
      fmt::print(out_,
                 "Tổng điểm có thể khác tổng các cột: điểm các tiêu chí được áp dụng được quy đổi "
                 "theo thang {} khi có tiêu chí không áp dụng, và tổng không vượt {} (chibo "
                 "explain cho biết từng bước).\n",
                 display_number(r_, r_.model.scale), display_number(r_, r_.model.scale));
    }
    out_.flush();
  }

 private:
  const CompiledRuleset& r_;
  std::ostream& out_;
  static constexpr std::size_t kNoNode = SIZE_MAX;
  std::vector<std::string> groups_;
  // Each form's node of each column (groups_), kNoNode where it has none.
  std::vector<std::vector<std::size_t>> column_nodes_;
  std::vector<std::string> legend_;  // "  chuan_bi: Chuẩn bị sinh hoạt (tối đa 15 điểm)"
  bool not_sums_ = false;            // a total other than its columns' sum was written
  TextTable table_;                  // the header and the rows held
  std::size_t held_rows_;
  bool streaming_ = false;          // the rows held were written: each written as it comes
  std::vector<std::size_t> width_;  // the columns' widths, once streaming_
};

}  // namespace

std::unique_ptr<ScoreWriter> make_table_writer(const CompiledRuleset& r, std::ostream& out,
                                               std::size_t held_rows) {
  return std::make_unique<TableWriter>(r, out, held_rows);
}

}  // namespace chibo
