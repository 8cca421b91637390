// chibo: scores party-cell meetings against a province's ruleset.
#include <exception>
#include <iostream>
#include <vector>

#include "chibo/limits.h"
#include "command.h"
#include "output_file.h"

namespace {

struct CommandEntry {
  const char* name;
  const char* help;
  chibo::cli::Runner (*setup)(CLI::App&);
};

const CommandEntry kCommands[] = {
    {"lint", "Check rulesets; print every problem as FILE:LINE:COL: error: MESSAGE",
     chibo::cli::setup_lint},
    {"resolve", "Print the effective ruleset after 'extends'", chibo::cli::setup_resolve},
    {"test", "Run the rulesets' embedded examples", chibo::cli::setup_test},
    {"score", "Score meeting records (CSV or YAML)", chibo::cli::setup_score},
    {"explain", "Explain one meeting's score, criterion by criterion", chibo::cli::setup_explain},
    {"template", "Print a blank meeting record to fill in", chibo::cli::setup_template},
    {"rank", "Roll months up to a quarter or year and rank the district's cells",
     chibo::cli::setup_rank},
    {"report", "Write the district's report: summary text, Excel workbook or web page",
     chibo::cli::setup_report},
    {"audit", "List meetings whose self-score is higher than the computed or reviewer score",
     chibo::cli::setup_audit},
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"chibo: chấm điểm chất lượng sinh hoạt chi bộ theo bộ tiêu chí (ruleset) YAML"};
  app.set_version_flag("--version", "chibo 0.1.0");
  app.require_subcommand(1);
  std::vector<std::string> limit_args;
  app.add_option("--limit", limit_args,
                 "Change a limit on input for this run, before the command: chibo --limit "
                 "max_file_bytes=200000000 lint R.yaml (README, section Limits)")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  std::vector<std::pair<CLI::App*, chibo::cli::Runner>> runners;
  for (const CommandEntry& c : kCommands) {
    CLI::App* sub = app.add_subcommand(c.name, c.help);
    runners.emplace_back(sub, c.setup(*sub));
  }
  if (std::string why = chibo::cli::empty_output_named(argc, argv); !why.empty()) {
    std::cerr << why << "\nRun with --help for more information.\n";
    return chibo::cli::kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    std::string why;  // --help or --version to a full disk is no success either
    if (code == 0 && !chibo::cli::stdout_ok(why)) {
      std::cerr << "chibo: " << why << '\n';
      return chibo::cli::kExitUsage;
    }
    return code == 0 ? 0 : chibo::cli::kExitUsage;
  }
  chibo::Limits limits = chibo::limits();
  for (const std::string& a : limit_args) {
    if (auto why = chibo::set_limit(a, limits)) {
      std::cerr << "chibo: " << *why << '\n';
      return chibo::cli::kExitUsage;
    }
  }
  chibo::set_limits(limits);
  try {
    for (auto& [sub, run] : runners) {
      if (!sub->parsed()) continue;
      int code = run();
      // Output that could not be written (a full disk) is a failure, never a
      // silent one; said once (a command that wrote its result to standard
      // output has said so, and failed with kExitUsage).
      std::string why;
      if (code != chibo::cli::kExitUsage && !chibo::cli::stdout_ok(why)) {
        std::cerr << "chibo: " << why << '\n';
        return chibo::cli::kExitUsage;
      }
      return code;
    }
  } catch (const std::exception& e) {
    // Bad input never gets here (it is reported as diagnostics); this is a
    // broken invariant, said plainly rather than as an abort.
    std::cerr << "chibo: internal error: " << e.what() << '\n';
    return 3;
  }
  return chibo::cli::kExitUsage;
}
