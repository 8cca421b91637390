// chibo rank --ruleset R --units U --period 2024-Q1|2024 [--by type|parent]
//            [--format table|csv|json|markdown] [--output FILE] RECORDS...
#include <iostream>

#include "chibo/rank_writer.h"
#include "command.h"
#include "district_run.h"
#include "output_option.h"

namespace chibo::cli {

Runner setup_rank(CLI::App& app) {
  struct Options {
    DistrictOptions district;
    FormatOption format;
  };
  auto o = std::make_shared<Options>();
  add_district_options(app, o->district);
  o->format.add(app,
                "Dạng kết quả: table (bảng, mặc định), csv, json hoặc markdown; không ghi thì "
                "theo đuôi tên tệp --output",
                {"table", "csv", "json", "markdown"});
  return [o]() {
    const std::string name = o->format.settle(o->district.output, "rank", std::cerr);
    RankFormat format = name == "csv"        ? RankFormat::Csv
                        : name == "json"     ? RankFormat::Json
                        : name == "markdown" ? RankFormat::Markdown
                                             : RankFormat::Table;
    // The CSV is the ranking alone; every other format shows the summary too.
    // Nor the points of meetings outside the period and the one before.
    const DistrictNeeds needs{.criteria = false,
                              .audit = false,
                              .summary = format != RankFormat::Csv,
                              .points_outside = false};
    return run_and_write("rank", o->district, needs,
                         [&](const DistrictRun& run, std::ostream& out) {
                           write_ranking(out, format, *run.ruleset, run.ranking, run.summary);
                         });
  };
}

}  // namespace chibo::cli
