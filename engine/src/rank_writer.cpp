#include "chibo/rank_writer.h"

#include <algorithm>
#include <future>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/explain.h"
#include "chibo/number_format.h"
#include "chibo/score_writer.h"
#include "compiled_ruleset_data.h"
#include "rank_rows.h"
#include "rank_writers.h"
#include "text_table.h"
#include "worker_pool.h"

namespace chibo {
namespace {

// Rankings of this many cells or more are made on two threads (runs of
// kRunRows rows in turn), smaller ones on one.
constexpr std::size_t kWriteApart = 20000;
constexpr std::size_t kRunRows = 2048;

void write_table(std::ostream& out, const Rows& rows, std::vector<std::size_t> right) {
  TextTable t;
  t.rows = rows;
  t.right_aligned = std::move(right);
  t.write(out);
}

std::string title(const CompiledRuleset& r, const Ranking& ranking) {
  return fmt::format("Xếp hạng chất lượng sinh hoạt chi bộ {} (bộ tiêu chí {}, {})",
                     ranking.period.label(), r.model.id, r.model.source.document);
}

// The thematic meetings' count only where the ruleset asks for them (as
// report_text's gaps_sentence): "0 thiếu" read as a check that was made.
std::string totals_line(const CompiledRuleset& r, const DistrictSummary& s) {
  std::string line = fmt::format("{} chi bộ", format_count(s.all.cells));
  if (s.cells_not_graded > 0) line += " được xếp loại; " + not_graded_count(s);
  line += "; " + missing_months_count(s);
  if (r.model.rollup.thematic_per_quarter > 0) {
    line += "; " + short_of_thematic_count(s);
  }
  // Said here too (standard error said it first): the table goes up the chain without it.
  if (s.units_left_out > 0) {
    line += "; " + units_left_out_of_table(static_cast<std::size_t>(s.units_left_out));
  }
  return line;
}

}  // namespace

void write_ranking(std::ostream& out, RankFormat format, const CompiledRuleset& r,
                   const Ranking& ranking, const DistrictSummary& summary) {
  NumberText shown = [&](Rational v) { return format_number(v, r.model.presentation); };
  NumberText machine = [&](Rational v) { return machine_number(r, v); };
  bool grouped = ranking.group_by != GroupBy::None;
  switch (format) {
    case RankFormat::Csv: {
      // Rows are made a run of kRunRows at a time into a buffer written and
      // then reused. A long ranking's runs come two at a time, the second
      // made on another thread meanwhile, and are written in order: the same
      // bytes. (Its second half made whole before it was written took 13 MB
      // of fresh memory, a page fault every 4 KB: 6,800 for the national ranking.)
      // Each thread writes the run it made, the two taking turns: when this
      // one wrote both, the other was idle a third of the time (the national
      // ranking's CSV, perf: 114-142 -> 95-117 ms).
      const std::size_t cells = ranking.cells.size();
      std::string text, other;
      std::vector<std::string> header = ranking_header(ranking, true);
      append_csv_line(text, header);
      out << text;
      text.clear();
      // Each field appended as it is made (append_csv_line's way, without
      // the row of strings between).
      class CsvFields final : public RowFields {
       public:
        explicit CsvFields(std::string& into) : into_(into) {}
        void field(std::string_view text) override {
          if (!first_) into_ += ',';
          first_ = false;
          append_csv_field(into_, text);
        }
        void end_row() override {
          into_ += '\n';
          first_ = true;
        }

       private:
        std::string& into_;
        bool first_ = true;
      };
      auto make = [&](std::string& into, std::size_t first, std::size_t last) {
        CsvFields fields(into);
        for_each_ranking_row(r, ranking, machine, true, first, last, fields);
      };
      std::unique_ptr<WorkerPool> helper;
      if (cells >= kWriteApart) helper = std::make_unique<WorkerPool>(1);
      std::future<void> other_written;  // the last second run, made and written
      for (std::size_t first = 0; first < cells; first += 2 * kRunRows) {
        const std::size_t middle = std::min(cells, first + kRunRows);
        const std::size_t last = std::min(cells, middle + kRunRows);
        if (!helper) {
          make(text, first, last);
          out << text;
          text.clear();
          continue;
        }
        // The helper runs its jobs in turn: other is free once the last is done.
        std::promise<void> text_written;
        std::future<void> next = helper->run(
            [&out, &make, &other, middle, last, before = text_written.get_future().share()] {
              make(other, middle, last);
              before.get();  // throws, writing nothing, when this thread stopped first
              out << other;
              other.clear();
            });
        make(text, first, middle);
        if (other_written.valid()) other_written.get();
        out << text;
        text.clear();
        text_written.set_value();
        other_written = std::move(next);
      }
      if (other_written.valid()) other_written.get();
      break;
    }
    case RankFormat::Json:
      write_ranking_json(out, r, ranking, summary);
      break;
    case RankFormat::Table: {
      fmt::print(out, "{}\n{}\n\n", title(r, ranking), ruleset_stamp(r));
      std::size_t score_col = grouped ? 6 : 5;
      std::vector<std::size_t> right = {0, score_col};
      if (grouped) right.push_back(1);  // the rank within the group
      // The rows made twice, for the widths and then to write, and never
      // kept: kept, a national ranking's took 150 MB, and the table (the
      // default format) 384 MB at the peak.
      std::vector<std::size_t> width;
      for_each_ranking_row(r, ranking, shown, false,
                           [&width](std::vector<std::string>& row) { widen(width, row); });
      cap_name_columns(ranking_header(ranking, false), width);
      for_each_ranking_row(r, ranking, shown, false, [&](std::vector<std::string>& row) {
        write_row(out, row, width, right);
      });
      fmt::print(out, "\n{}\n", ranking_order_note(r));
      fmt::print(out, "\nTổng hợp {}: {}\n\n", ranking.period.label(), totals_line(r, summary));
      write_table(out, grade_rows(r, summary.all), {1, 2});
      fmt::print(out, "\nTheo loại hình:\n");
      write_table(out, group_rows(r, summary, true), {});
      fmt::print(out, "\nTheo tổ chức cơ sở đảng:\n");
      write_table(out, group_rows(r, summary, false), {});
      break;
    }
    case RankFormat::Markdown: {
      fmt::print(out, "## {}\n\n{}\n\n", title(r, ranking), ruleset_stamp(r));
      bool header = true;
      for_each_ranking_row(r, ranking, shown, false, [&](std::vector<std::string>& row) {
        write_markdown_row(out, row, header);
        header = false;
      });
      fmt::print(out, "\n{}\n", markdown_escape(ranking_order_note(r)));
      fmt::print(out, "\n### Tổng hợp {}\n\n{}\n\n", ranking.period.label(),
                 totals_line(r, summary));
      write_markdown_table(out, grade_rows(r, summary.all));
      fmt::print(out, "\n### Theo loại hình\n\n");
      write_markdown_table(out, group_rows(r, summary, true));
      fmt::print(out, "\n### Theo tổ chức cơ sở đảng\n\n");
      write_markdown_table(out, group_rows(r, summary, false));
      break;
    }
  }
  out.flush();
}

}  // namespace chibo
