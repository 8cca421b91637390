// chibo test RULESET...: runs the embedded examples.
#include <algorithm>
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
      const ExampleCounts counts = run_examples(*compiled, diags);
      // A failure said for a file before (a base's example that each of its
      // tailorings fails the same way, the base's too when it is given) is
      // counted there only, as lint counts an error once.
      const int again = static_cast<int>(
          std::count_if(counts.failures.begin(), counts.failures.end(), [&](const Diagnostics& f) {
            return !f.items().empty() &&
                   std::all_of(f.items().begin(), f.items().end(),
                               [&](const Diagnostic& d) { return said.said_before(d); });
          }));
      print_diagnostics(std::cerr, diags, &said);
      // Worded as the accounting lines of score and rank ("27 bản ghi đã
      // đọc, ..."): the people who edit a ruleset read Vietnamese.
      fmt::print(std::cout, "{}: {} ví dụ, {} đạt, {} không đạt{}\n", path,
                 format_count(counts.passed + counts.failed - again), format_count(counts.passed),
                 format_count(counts.failed - again),
                 again > 0 ? fmt::format(" (và {} ví dụ không đạt đã đếm ở trên: chỉ đếm một lần)",
                                         format_count(again))
                           : "");
      passed += counts.passed;
      failed += counts.failed - again;
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
