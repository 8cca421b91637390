// chibo rank --ruleset R --units U --period 2024-Q1|2024 [--by type|parent]
//            [--format table|csv|json|markdown] RECORDS...
#include <iostream>

#include "chibo/rank_writer.h"
#include "command.h"
#include "district_run.h"

namespace chibo::cli {

Runner setup_rank(CLI::App& app) {
  struct Options {
    DistrictOptions district;
    std::string format = "table";
  };
  auto o = std::make_shared<Options>();
  add_district_options(app, o->district);
  app.add_option("--format,-f", o->format, "Output: table (default), csv, json or markdown")
      ->check(CLI::IsMember({"table", "csv", "json", "markdown"}));
  return [o]() {
    std::unique_ptr<DistrictRun> run = run_district(o->district, false, std::cerr);
    if (!run) return kExitUsage;
    RankFormat format = o->format == "csv"        ? RankFormat::Csv
                        : o->format == "json"     ? RankFormat::Json
                        : o->format == "markdown" ? RankFormat::Markdown
                                                  : RankFormat::Table;
    write_ranking(std::cout, format, *run->ruleset, run->ranking, run->summary);
    return run->bad_input ? kExitInvalidInput : kExitOk;
  };
}

}  // namespace chibo::cli
