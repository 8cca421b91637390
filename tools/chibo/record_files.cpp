#include "record_files.h"

#include <fstream>
#include <iostream>

#include "chibo/diagnostic.h"
#include "command.h"

namespace chibo::cli {

void ForwardingSink::rejected(const Location& where, const std::string& why) {
  err_ << format_diagnostic({where, Severity::Error, why}) << '\n';
}

void ForwardingSink::problem(const Diagnostic& d) {
  err_ << format_diagnostic(d) << '\n';
  had_error = had_error || d.severity == Severity::Error;
}

void run_files(const CompiledRuleset& ruleset, const std::vector<std::string>& files,
               ScoreSink& sink, RunCounts& counts, bool& had_problem) {
  for (const std::string& name : files) {
    if (name == "-") {
      score_input(ruleset, name, std::cin, sink, counts);
      continue;
    }
    std::ifstream in(name, std::ios::binary);
    if (!in) {
      sink.problem({{name, 0, 0},
                    Severity::Error,
                    "không mở được tệp (tệp có tồn tại và được phép đọc không?)"});
      had_problem = true;
      continue;
    }
    score_input(ruleset, name, in, sink, counts);
  }
  auto* forwarding = dynamic_cast<ForwardingSink*>(&sink);
  had_problem = had_problem || (forwarding && forwarding->had_error);
}

}  // namespace chibo::cli
