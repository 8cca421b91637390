// chibo score --ruleset R [--format table|csv|json] RECORDS...
#include <iostream>

#include "chibo/score_writer.h"
#include "cli_common.h"
#include "command.h"
#include "record_files.h"

namespace chibo::cli {

Runner setup_score(CLI::App& app) {
  struct Options {
    std::string ruleset;
    std::string format_name = "table";
    std::vector<std::string> records;
  };
  auto o = std::make_shared<Options>();
  app.add_option("--ruleset,-r", o->ruleset, "Ruleset file (YAML)")->required();
  app.add_option("--format,-f", o->format_name, "Output: table (default), csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}));
  app.add_option("records", o->records, "Record files, CSV or YAML ('-' = standard input)")
      ->required();
  return [o]() {
    auto ruleset = load_or_report(o->ruleset, std::cerr);
    if (!ruleset) return kExitUsage;
    OutputFormat format = o->format_name == "csv"    ? OutputFormat::Csv
                          : o->format_name == "json" ? OutputFormat::Json
                                                     : OutputFormat::Table;
    auto writer = make_score_writer(format, *ruleset, std::cout);
    int code =
        score_files(*ruleset, o->records, std::cerr,
                    [&](const MeetingRecord& r, const MeetingScore& s) { writer->write(r, s); });
    writer->finish();
    return code;
  };
}

}  // namespace chibo::cli
