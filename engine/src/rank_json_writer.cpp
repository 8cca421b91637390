#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/score_writer.h"
#include "compiled_ruleset_data.h"
#include "json_text.h"
#include "rank_rows.h"
#include "rank_writers.h"

namespace chibo {
namespace {

std::string int_list(const std::vector<int>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + std::to_string(v[i]);
  return out + "]";
}

std::string tally_json(const CompiledRuleset& r, const GradeTally& t) {
  std::string out = fmt::format("{{\"cells\": {}, \"grades\": {{", t.cells);
  for (std::size_t g = 0; g < r.model.grades.size(); ++g) {
    // A number, as the scores are (the ruleset's decimals, a '.'): the
    // percent the table shows without its sign.
    out += fmt::format("{}{}: {{\"count\": {}, \"share\": {}}}", g ? ", " : "",
                       json_quote(r.model.grades[g].id), t.per_grade[g],
                       format_percent(t.per_grade[g], t.cells, r.machine));
  }
  return out + "}}";
}

}  // namespace

void write_ranking_json(std::ostream& out, const CompiledRuleset& r, const Ranking& ranking,
                        const DistrictSummary& summary) {
  const std::vector<Grade>& grades = r.model.grades;
  fmt::print(out,
             "{{\"period\": \"{}\", \"ruleset\": {}, \"version\": {}, \"ruleset_sha256\": "
             "\"{}\",\n \"cells\": [",
             ranking.period.id(), json_quote(r.model.id), json_quote(r.model.version),
             r.model.content_hash);
  for (std::size_t i = 0; i < ranking.cells.size(); ++i) {
    const RankedCell& c = ranking.cells[i];
    const Unit& u = *c.now.unit;
    // Not graded (CellPeriod::graded): null rank, score and grade.
    const bool graded = c.now.graded();
    std::string obj = fmt::format(
        "{}\n  {{\"rank\": {}, \"cell_id\": {}, \"name\": {}, \"type\": \"{}\", \"parent\": {}, "
        "\"score\": {}, \"grade\": {}, \"months_counted\": {}, \"missing_months\": {}, "
        "\"rejected_months\": {}, \"thematic_only_months\": {}, \"thematic_short_quarters\": {}, "
        "\"rejected_thematic_quarters\": {}, \"months_met_outside_force\": {}, "
        "\"quarters_met_outside_force\": {}, \"notes\": {}",
        i ? "," : "", graded ? std::to_string(c.rank) : "null", json_quote(u.id),
        json_quote(u.name), unit_type_id(u.type), json_quote(u.parent == u.id ? "" : u.parent),
        graded ? machine_number(r, c.now.score) : "null",
        graded ? json_quote(grades[static_cast<std::size_t>(c.now.grade)].id) : "null",
        c.now.counted, int_list(c.now.missing_months.list()),
        int_list(c.now.rejected_missing_months.list()), int_list(c.now.thematic_only_months.list()),
        int_list(c.now.quarters_short_of_thematic.list()),
        int_list(c.now.rejected_short_quarters.list()),
        int_list(c.now.months_met_outside_force.list()),
        int_list(c.now.quarters_met_outside_force.list()), json_quote(ranked_cell_notes(r, c)));
    if (ranking.group_by != GroupBy::None) {
      obj += fmt::format(", \"group_rank\": {}", graded ? std::to_string(c.group_rank) : "null");
    }
    if (c.previous_rank) {
      // The changes as the CSV's columns give them (a rise is positive), as numbers.
      obj += fmt::format(
          ", \"previous_score\": {}, \"score_change\": {}, \"previous_rank\": {}, "
          "\"rank_change\": {}",
          machine_number(r, c.previous_score),
          graded ? machine_number(r, shown_change(r, c)) : "null", *c.previous_rank,
          graded ? std::to_string(*c.previous_rank - c.rank) : "null");
    }
    out << obj << "}";
  }
  // The totals line's counts; cells_with_rejected_months are some of
  // cells_with_missing_months (rejected_months not empty).
  fmt::print(out,
             "],\n \"summary\": {{\"all\": {},\n  \"cells_with_missing_months\": {}, "
             "\"cells_with_rejected_months\": {}, \"cells_short_of_thematic\": {}, "
             "\"cells_not_graded\": {},\n  \"by_type\": {{",
             tally_json(r, summary.all), summary.cells_with_missing_months,
             summary.cells_with_rejected_months, summary.cells_short_of_thematic,
             summary.cells_not_graded);
  for (std::size_t i = 0; i < summary.by_type.size(); ++i) {
    fmt::print(out, "{}\n   \"{}\": {}", i ? "," : "", unit_type_id(summary.by_type[i].first),
               tally_json(r, summary.by_type[i].second));
  }
  fmt::print(out, "}},\n  \"by_base\": {{");
  for (std::size_t i = 0; i < summary.by_base.size(); ++i) {
    fmt::print(out, "{}\n   {}: {}", i ? "," : "", json_quote(summary.by_base[i].first->id),
               tally_json(r, summary.by_base[i].second));
  }
  fmt::print(out, "}}}}}}\n");
}

}  // namespace chibo
