// chibo rank --ruleset R --units U --period 2024-Q1|2024 [--by type|parent]
//            [--format table|csv|json|markdown] RECORDS...
#include <iostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/district_summary.h"
#include "chibo/meeting_store.h"
#include "chibo/rank_writer.h"
#include "chibo/ranking.h"
#include "chibo/units.h"
#include "cli_common.h"
#include "command.h"
#include "record_files.h"

namespace chibo::cli {
namespace {

// Keeps every scored meeting; a meeting the store refuses (unknown cell, a
// second meeting in a month) is reported and counted as rejected.
class StoreSink : public ForwardingSink {
 public:
  StoreSink(std::ostream& err, MeetingStore& store, Period period)
      : ForwardingSink(err), store_(store), period_(period) {}
  void scored(const MeetingRecord& record, const MeetingScore& score) override {
    std::string why = store_.add(record, score);
    if (!why.empty()) {
      rejected(record.where, why);
      ++refused;
      return;
    }
    if (period_.contains_day(record.date)) {
      ++in_period;
    } else if (period_.previous().contains_day(record.date)) {
      ++in_previous;
    } else {
      ++outside;
    }
  }
  std::int64_t refused = 0, in_period = 0, in_previous = 0, outside = 0;

 private:
  MeetingStore& store_;
  Period period_;
};

}  // namespace

Runner setup_rank(CLI::App& app) {
  struct Options {
    std::string ruleset, units, period, by, format = "table";
    std::vector<std::string> records;
  };
  auto o = std::make_shared<Options>();
  app.add_option("--ruleset,-r", o->ruleset, "Ruleset file (YAML)")->required();
  app.add_option("--units,-u", o->units, "The district's units list (CSV or YAML)")->required();
  app.add_option("--period,-p", o->period, "A quarter (2024-Q1) or a year (2024)")
      ->required()
      ->check([](const std::string& p) {
        return Period::parse(p) ? "" : "write a quarter such as 2024-Q1, or a year such as 2024";
      });
  app.add_option("--by", o->by, "Also rank within groups: type or parent")
      ->check(CLI::IsMember({"type", "parent"}));
  app.add_option("--format,-f", o->format, "Output: table (default), csv, json or markdown")
      ->check(CLI::IsMember({"table", "csv", "json", "markdown"}));
  app.add_option("records", o->records,
                 "Record files, CSV or YAML ('-' = standard input); meetings of the previous "
                 "period, when present, give the change in score and rank")
      ->required();
  return [o]() {
    auto ruleset = load_or_report(o->ruleset, std::cerr);
    if (!ruleset) return kExitUsage;
    Diagnostics unit_diags;
    std::optional<Units> units = load_units(o->units, unit_diags);
    print_diagnostics(std::cerr, unit_diags);
    if (!units) return kExitUsage;
    Period period = *Period::parse(o->period);
    MeetingStore store(*ruleset, *units, rank_value_slots(rank_keys(*ruleset)));
    StoreSink sink(std::cerr, store, period);
    RunCounts counts;
    bool had_problem = false;
    run_files(*ruleset, o->records, sink, counts, had_problem);
    counts.scored -= sink.refused;
    counts.rejected += sink.refused;
    std::cerr << "chibo: " << accounting_line(counts) << '\n';
    fmt::print(std::cerr,
               "chibo: dùng cho {}: {} bản ghi; kỳ trước ({}): {}; ngoài hai kỳ, "
               "không dùng: {}\n",
               period.label(), sink.in_period, period.previous().label(), sink.in_previous,
               sink.outside);
    GroupBy by = o->by == "type"     ? GroupBy::Type
                 : o->by == "parent" ? GroupBy::Parent
                                     : GroupBy::None;
    Ranking ranking = rank_cells(*ruleset, *units, store, period, by);
    DistrictSummary summary = summarize(ranking, *units, ruleset_of(*ruleset).grades.size());
    RankFormat format = o->format == "csv"        ? RankFormat::Csv
                        : o->format == "json"     ? RankFormat::Json
                        : o->format == "markdown" ? RankFormat::Markdown
                                                  : RankFormat::Table;
    write_ranking(std::cout, format, *ruleset, ranking, summary);
    bool bad = counts.rejected > 0 || had_problem || unit_diags.has_errors();
    return bad ? kExitInvalidInput : kExitOk;
  };
}

}  // namespace chibo::cli
