// chibo test RULESET...: runs the embedded examples.
#include <iostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/example_runner.h"
#include "chibo/number_format.h"
#include "cli_common.h"
#include "command.h"

namespace chibo::cli {

Runner setup_test(CLI::App& app) {
  auto files = std::make_shared<std::vector<std::string>>();
  app.add_option("TỆP_BỘ_TIÊU_CHÍ", *files, "Các tệp bộ tiêu chí (YAML)")->required();
  return [files]() {
    int passed = 0, failed = 0;
    bool unreadable = false, read = false;
    // A base's error, or its example's failure, is found again in each file
    // that extends it: said once.
    SaidOnce said;
    for (const std::string& path : *files) {
      auto compiled = load_or_report(path, std::cerr, RulesetWarnings::InFull, &said);
      if (!compiled) {
        unreadable = true;
        continue;
      }
      read = true;
      Diagnostics diags;
      ExampleCounts counts = run_examples(*compiled, diags);
      print_diagnostics(std::cerr, diags, &said);
      // Worded as the accounting lines of score and rank ("27 bản ghi đã
      // đọc, ..."): the people who edit a ruleset read Vietnamese.
      fmt::print(std::cout, "{}: {} ví dụ, {} đạt, {} không đạt\n", path,
                 format_count(counts.passed + counts.failed), format_count(counts.passed),
                 format_count(counts.failed));
      passed += counts.passed;
      failed += counts.failed;
    }
    // No ruleset read (a folder, a name mistyped): the errors alone, not a
    // total of "0 ví dụ" that reads as a ruleset without examples.
    if (read) {
      fmt::print(std::cout, "Tổng cộng: {} ví dụ, {} đạt, {} không đạt\n",
                 format_count(passed + failed), format_count(passed), format_count(failed));
    }
    if (unreadable) return kExitUsage;
    return failed == 0 ? kExitOk : kExitInvalidInput;
  };
}

}  // namespace chibo::cli
