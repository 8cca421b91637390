// chibo test RULESET...: runs the embedded examples.
#include <iostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/example_runner.h"
#include "cli_common.h"
#include "command.h"

namespace chibo::cli {

Runner setup_test(CLI::App& app) {
  auto files = std::make_shared<std::vector<std::string>>();
  app.add_option("TỆP_BỘ_TIÊU_CHÍ", *files, "Các tệp bộ tiêu chí (YAML)")->required();
  return [files]() {
    int passed = 0, failed = 0;
    bool unreadable = false;
    for (const std::string& path : *files) {
      auto compiled = load_or_report(path, std::cerr, RulesetWarnings::InFull);
      if (!compiled) {
        unreadable = true;
        continue;
      }
      Diagnostics diags;
      ExampleCounts counts = run_examples(*compiled, diags);
      print_diagnostics(std::cerr, diags);
      fmt::print(std::cout, "{}: {} example(s), {} passed, {} failed\n", path,
                 counts.passed + counts.failed, counts.passed, counts.failed);
      passed += counts.passed;
      failed += counts.failed;
    }
    fmt::print(std::cout, "examples: {} passed, {} failed\n", passed, failed);
    if (unreadable) return kExitUsage;
    return failed == 0 ? kExitOk : kExitInvalidInput;
  };
}

}  // namespace chibo::cli
