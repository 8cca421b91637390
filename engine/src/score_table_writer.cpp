#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/explain.h"
#include "compiled_ruleset_data.h"
#include "date.h"
#include "score_writers.h"
#include "text_table.h"

namespace chibo {
namespace {

class TableWriter : public ScoreWriter {
 public:
  TableWriter(const CompiledRuleset& r, std::ostream& out) : r_(r), out_(out) {
    table_.add_row({"Chi bộ", "Ngày", "Loại", "Tổng điểm", "Xếp loại"});
    // The top-level groups of the first form give the extra columns.
    for (const CompiledNode& node : r.forms.front().nodes) {
      if (node.parent < 0) {
        groups_.push_back(node.criterion->id);
        table_.rows.back().push_back(node.criterion->id);
      }
    }
    table_.right_aligned = {3};
    for (std::size_t g = 0; g < groups_.size(); ++g) table_.right_aligned.push_back(5 + g);
  }
  void write(const MeetingRecord& rec, const MeetingScore& s) override {
    const CompiledForm& form = r_.forms[static_cast<std::size_t>(s.form)];
    std::vector<std::string> row = {rec.cell_id, format_date(rec.date),
                                    rec.kind == MeetingKind::Thematic ? "chuyên đề" : "thường kỳ",
                                    format_number(s.total, r_.model.presentation),
                                    r_.model.grades[static_cast<std::size_t>(s.grade)].label};
    for (const std::string& id : groups_) {
      std::string cell = "-";
      for (std::size_t n = 0; n < form.nodes.size(); ++n) {
        if (form.nodes[n].parent < 0 && form.nodes[n].criterion->id == id) {
          cell = display_number(r_, s.criteria[n].points);
        }
      }
      row.push_back(cell);
    }
    table_.add_row(std::move(row));
  }
  void finish() override {
    table_.write(out_);
    out_.flush();
  }

 private:
  const CompiledRuleset& r_;
  std::ostream& out_;
  std::vector<std::string> groups_;
  TextTable table_;
};

}  // namespace

std::unique_ptr<ScoreWriter> make_table_writer(const CompiledRuleset& r, std::ostream& out) {
  return std::make_unique<TableWriter>(r, out);
}

}  // namespace chibo
