// chibo explain --ruleset R RECORD: one meeting, criterion by criterion (every
// meeting of a file that holds several, one after another).
#include <iostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/explain.h"
#include "cli_common.h"
#include "command.h"
#include "output_file.h"
#include "record_files.h"

namespace chibo::cli {

Runner setup_explain(CLI::App& app) {
  struct Options {
    std::string ruleset;
    std::string record;
  };
  auto o = std::make_shared<Options>();
  app.add_option("--ruleset,-r", o->ruleset, "Tệp bộ tiêu chí (YAML)")->required();
  app.add_option("TỆP_BẢN_GHI", o->record,
                 "Một tệp bản ghi: Excel (.xlsx), CSV hoặc YAML ('-' là đầu vào chuẩn); tệp có "
                 "nhiều cuộc sinh hoạt thì giải thích lần lượt từng cuộc")
      ->required()
      ->check(named_file(" ('-' là đầu vào chuẩn)"));
  return [o]() {
    auto ruleset = load_or_report(o->ruleset, std::cerr);
    if (!ruleset) return kExitUsage;
    // Its explanations go to standard output, which may be a file it reads.
    std::vector<std::string> inputs = {o->record, o->ruleset};
    const std::vector<std::string>& bases = ruleset_of(*ruleset).bases;
    inputs.insert(inputs.end(), bases.begin(), bases.end());
    if (std::string why = output_problem("-", inputs); !why.empty()) {
      fmt::print(std::cerr, "chibo explain: {}\n", one_line(why));
      return kExitUsage;
    }
    bool first = true;
    return score_files(*ruleset, {o->record}, std::cerr,
                       [&](const MeetingRecord& r, const MeetingScore& s) {
                         if (!first) std::cout << "\n";
                         first = false;
                         write_explanation(std::cout, *ruleset, r, s);
                       });
  };
}

}  // namespace chibo::cli
