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
    // The top-level groups of the first form give the extra columns, headed
    // by their ids; the legend under the table names them.
    for (const CompiledNode& node : r.forms.front().nodes) {
      if (node.parent < 0) {
        groups_.push_back(node.criterion->id);
        table_.rows.back().push_back(node.criterion->id);
        legend_.push_back(fmt::format("  {}: {} (tối đa {} điểm)", node.criterion->id,
                                      node.criterion->label, display_number(r, node.max)));
      }
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
    cell(rec.kind == MeetingKind::Thematic ? "chuyên đề" : "thường kỳ");
    cell(format_number(s.total, r_.model.presentation));
    cell(r_.model.grades[static_cast<std::size_t>(s.grade)].label);
    for (const std::string& id : groups_) {
      std::string points = "-";
      for (std::size_t n = 0; n < form.nodes.size(); ++n) {
        if (form.nodes[n].parent < 0 && form.nodes[n].criterion->id == id) {
          points = display_number(r_, s.criteria[n].points);
        }
      }
      cell(points);
    }
  }
  void write_formatted(const std::string& text) override {
    std::vector<std::string> row;
    for (std::size_t at = 0; at < text.size();) {
      const std::size_t colon = text.find(':', at);
      const std::size_t size = std::stoul(text.substr(at, colon - at));
      row.push_back(text.substr(colon + 1, size));
      at = colon + 1 + size;
    }
    table_.add_row(std::move(row));
  }
  void finish() override {
    table_.write(out_);
    // Only under rows: a file of none prints the header alone, as before.
    if (table_.rows.size() > 1 && !legend_.empty()) {
      fmt::print(out_, "\nCác cột điểm:\n{}\n", fmt::join(legend_, "\n"));
    }
    out_.flush();
  }

 private:
  const CompiledRuleset& r_;
  std::ostream& out_;
  std::vector<std::string> groups_;
  std::vector<std::string> legend_;  // "  chuan_bi: Chuẩn bị sinh hoạt (tối đa 15 điểm)"
  TextTable table_;
};

}  // namespace

std::unique_ptr<ScoreWriter> make_table_writer(const CompiledRuleset& r, std::ostream& out) {
  return std::make_unique<TableWriter>(r, out);
}

}  // namespace chibo
