// chibo score --ruleset R [--format table|csv|json] [--output FILE] RECORDS...
#include <iostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/score_run.h"
#include "chibo/score_writer.h"
#include "cli_common.h"
#include "command.h"
#include "output_file.h"
#include "output_option.h"
#include "record_files.h"

namespace chibo::cli {

Runner setup_score(CLI::App& app) {
  struct Options {
    std::string ruleset;
    FormatOption format;
    std::vector<std::string> records;
    std::string output;
    int threads = 1;
  };
  auto o = std::make_shared<Options>();
  app.add_option("--ruleset,-r", o->ruleset, "Tệp bộ tiêu chí (YAML)")->required();
  o->format.add(app,
                "Dạng kết quả: table (bảng, mặc định), csv hoặc json; không ghi thì theo đuôi "
                "tên tệp --output",
                {"table", "csv", "json"});
  add_output_option(app, o->output);
  add_threads_option(app, o->threads);
  app.add_option("TỆP_BẢN_GHI", o->records,
                 "Các tệp bản ghi: Excel (.xlsx), CSV hoặc YAML ('-' là đầu vào chuẩn)")
      ->required()
      ->check(named_file(" ('-' là đầu vào chuẩn)"));
  return [o]() {
    auto ruleset = load_or_report(o->ruleset, std::cerr);
    if (!ruleset) return kExitUsage;
    const std::string name = o->format.settle(o->output, "score", std::cerr);
    OutputFormat format = name == "csv"    ? OutputFormat::Csv
                          : name == "json" ? OutputFormat::Json
                                           : OutputFormat::Table;
    std::vector<std::string> inputs = o->records;
    inputs.push_back(o->ruleset);
    const std::vector<std::string>& bases = ruleset_of(*ruleset).bases;
    inputs.insert(inputs.end(), bases.begin(), bases.end());
    if (std::string why = output_problem(o->output, inputs); !why.empty()) {
      fmt::print(std::cerr, "chibo score: {}\n", one_line(why));
      return kExitUsage;
    }
    // Not one file to read (a folder named, a name mistyped): the errors
    // alone, with no output begun (a CSV header, a JSON [], an output file).
    if (none_readable(o->records)) {
      struct Errors : ForwardingSink {  // nothing is scored
        using ForwardingSink::ForwardingSink;
        void scored(const MeetingRecord&, const MeetingScore&) override {}
      } sink(std::cerr);
      RunCounts counts;
      bool had_problem = false;
      run_files(*ruleset, o->records, sink, counts, had_problem, o->threads);
      fmt::print(std::cerr, "chibo: {}\n", nothing_scored_line(counts, had_problem));
      return end_of_run(*ruleset, counts, had_problem, std::cerr);
    }
    int code = kExitOk;
    std::string why = write_output(o->output, [&](std::ostream& out) {
      auto writer = make_score_writer(format, *ruleset, out);
      // Worker threads format each meeting's text; it is written in input order.
      struct Sink : ForwardingSink {
        Sink(std::ostream& e, ScoreWriter& w) : ForwardingSink(e), writer(w) {}
        void prepare(const MeetingRecord& r, const MeetingScore& s, Prepared& out) const override {
          writer.format(r, s, out.text);
        }
        void scored_prepared(const MeetingRecord&, const MeetingScore&,
                             const Prepared& prepared) override {
          writer.write_formatted(prepared.text);
        }
        bool reads_meeting_when_prepared() const override { return false; }
        bool joins_prepared_text() const override { return writer.joins_formatted(); }
        void scored(const MeetingRecord& r, const MeetingScore& s) override { writer.write(r, s); }
        ScoreWriter& writer;
      } sink(std::cerr, *writer);
      RunCounts counts;
      bool had_problem = false;
      run_files(*ruleset, o->records, sink, counts, had_problem, o->threads);
      writer->finish();
      if (counts.scored == 0) {
        fmt::print(std::cerr, "chibo: {}\n", nothing_scored_line(counts, had_problem));
      }
      code = end_of_run(*ruleset, counts, had_problem, std::cerr);
    });
    if (!why.empty()) {
      fmt::print(std::cerr, "chibo score: {}\n", one_line(why));
      return kExitUsage;
    }
    return code;
  };
}

}  // namespace chibo::cli
