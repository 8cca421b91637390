#include "chibo/rank_writer.h"

#include <future>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/explain.h"
#include "chibo/score_writer.h"
#include "compiled_ruleset_data.h"
#include "rank_rows.h"
#include "rank_writers.h"
#include "text_table.h"

namespace chibo {
namespace {

// Rankings of this many cells or more are written in two halves at once.
constexpr std::size_t kWriteApart = 20000;

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

std::string totals_line(const DistrictSummary& s) {
  return fmt::format(
      "{} chi bộ; {} chi bộ thiếu tháng sinh hoạt; {} chi bộ thiếu sinh hoạt chuyên "
      "đề",
      s.all.cells, s.cells_with_missing_months, s.cells_short_of_thematic);
}

}  // namespace

void write_ranking(std::ostream& out, RankFormat format, const CompiledRuleset& r,
                   const Ranking& ranking, const DistrictSummary& summary) {
  NumberText shown = [&](Rational v) { return format_number(v, r.model.presentation); };
  NumberText machine = [&](Rational v) { return machine_number(r, v); };
  bool grouped = ranking.group_by != GroupBy::None;
  switch (format) {
    case RankFormat::Csv: {
      // A long ranking's second half is made on another thread meanwhile
      // (national: 262,894 rows, the writing 0.12-0.13 -> 0.09 s), and written
      // after the first: the same bytes.
      const std::size_t cells = ranking.cells.size();
      const std::size_t half = cells >= kWriteApart ? cells / 2 : cells;
      std::string second;
      std::future<void> second_made;
      if (half < cells) {
        second_made = std::async(std::launch::async, [&] {
          for_each_ranking_row(
              r, ranking, machine, true, half, cells,
              [&](std::vector<std::string>& row) { append_csv_line(second, row); });
        });
      }
      std::string lines;  // written in pieces of about 64 KiB
      auto add = [&](std::vector<std::string>& row) {
        append_csv_line(lines, row);
        if (lines.size() >= 65536) {
          out << lines;
          lines.clear();
        }
      };
      std::vector<std::string> header = ranking_header(ranking, true);
      add(header);
      for_each_ranking_row(r, ranking, machine, true, 0, half, add);
      out << lines;
      if (second_made.valid()) {
        second_made.get();
        out << second;
      }
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
      write_table(out, ranking_rows(r, ranking, shown, false), right);
      fmt::print(out, "\nTổng hợp {}: {}\n\n", ranking.period.label(), totals_line(summary));
      write_table(out, grade_rows(r, summary.all), {1, 2});
      fmt::print(out, "\nTheo loại hình:\n");
      write_table(out, group_rows(r, summary, true), {});
      fmt::print(out, "\nTheo tổ chức cơ sở đảng:\n");
      write_table(out, group_rows(r, summary, false), {});
      break;
    }
    case RankFormat::Markdown: {
      fmt::print(out, "## {}\n\n{}\n\n", title(r, ranking), ruleset_stamp(r));
      write_markdown_table(out, ranking_rows(r, ranking, shown, false));
      fmt::print(out, "\n### Tổng hợp {}\n\n{}\n\n", ranking.period.label(), totals_line(summary));
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
