// The subcommands of `chibo`, each in its own file, registered in main.cpp's
// table. A command adds its options to the CLI11 subcommand it is given and
// returns the function that runs it, which returns the exit code:
//   0 all good, 1 some input was invalid or rejected, 2 usage error or
//   unreadable ruleset.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

namespace chibo::cli {

using Runner = std::function<int()>;

Runner setup_lint(CLI::App& app);
Runner setup_resolve(CLI::App& app);
Runner setup_test(CLI::App& app);
Runner setup_score(CLI::App& app);
Runner setup_explain(CLI::App& app);
Runner setup_template(CLI::App& app);
Runner setup_rank(CLI::App& app);
Runner setup_report(CLI::App& app);
Runner setup_audit(CLI::App& app);

constexpr int kExitOk = 0;
constexpr int kExitInvalidInput = 1;
constexpr int kExitUsage = 2;

}  // namespace chibo::cli
