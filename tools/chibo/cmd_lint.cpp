// chibo lint RULESET...: every problem in one run, FILE:LINE:COL: error: MESSAGE.
#include <cstdint>
#include <iostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/compiled_ruleset.h"
#include "chibo/example_runner.h"
#include "chibo/number_format.h"
#include "chibo/ruleset_loader.h"
#include "chibo/ruleset_validator.h"
#include "cli_common.h"
#include "command.h"

namespace chibo::cli {
namespace {

// A tailoring's error at 'extends' for its base's examples, when each failure
// is one said for another file in this run (the base, linted before it: the
// examples fail there already) becomes a warning: the fault is the base's,
// counted there once (it was counted again for each tailoring). Linted
// without its base, the tailoring's examples fail: an error.
void base_faults_said(Diagnostics& diags, std::size_t from, const CompiledRuleset& r,
                      const ExampleCounts& counts, const SaidOnce& said) {
  if (counts.failures.empty()) return;
  for (const Diagnostics& failure : counts.failures) {
    for (const Diagnostic& d : failure.items()) {
      if (!said.said_before(d)) return;
    }
  }
  const Location& extends = ruleset_of(r).extends_where;
  for (Diagnostic& d : diags.take_after(from)) {
    const bool at_extends = d.where.file == extends.file && d.where.line == extends.line &&
                            d.where.column == extends.column;
    if (at_extends && d.severity == Severity::Error) {
      diags.warning(std::move(d.where), std::move(d.message));
    } else if (d.severity == Severity::Error) {
      diags.error(std::move(d.where), std::move(d.message));
    } else {
      diags.warning(std::move(d.where), std::move(d.message));
    }
  }
}

}  // namespace

Runner setup_lint(CLI::App& app) {
  auto files = std::make_shared<std::vector<std::string>>();
  app.add_option("TỆP_BỘ_TIÊU_CHÍ", *files, "Các tệp bộ tiêu chí (YAML)")->required();
  return [files]() {
    int errors = 0, warnings = 0;
    SaidOnce said;
    for (const std::string& path : *files) {
      Diagnostics diags;
      if (std::optional<Ruleset> r = load_ruleset(path, diags)) {
        validate_ruleset(*r, diags);
        // Examples can only run on a ruleset without errors.
        if (auto compiled = compile_ruleset(std::move(*r), diags)) {
          const std::size_t before = diags.items().size();
          const ExampleCounts counts = run_examples(*compiled, diags, BaseExamples::Summed);
          base_faults_said(diags, before, *compiled, counts, said);
        }
      }
      const PrintedCounts printed = print_diagnostics(std::cerr, diags, &said);
      errors += printed.errors;
      warnings += printed.warnings;
    }
    // Said when some were found again (a base's error, in each file that
    // extends it), so that a file whose errors were all said before is not
    // read as clean.
    std::vector<std::string> repeated;
    if (const int n = said.repeated(Severity::Error); n > 0) {
      repeated.push_back(fmt::format("{} lỗi", format_count(n)));
    }
    if (const int n = said.repeated(Severity::Warning); n > 0) {
      repeated.push_back(fmt::format("{} cảnh báo", format_count(n)));
    }
    // Warnings said only when there are some: a clean run reads as before.
    fmt::print(std::cerr, "chibo lint: {} bộ tiêu chí đã kiểm tra, {} lỗi{}{}\n",
               format_count(static_cast<std::int64_t>(files->size())), format_count(errors),
               warnings > 0 ? fmt::format(", {} cảnh báo", format_count(warnings)) : "",
               repeated.empty() ? ""
                                : fmt::format(" ({} gặp lại khi kiểm tra tệp khác: chỉ in và "
                                              "đếm một lần)",
                                              fmt::join(repeated, ", ")));
    return errors == 0 ? kExitOk : kExitInvalidInput;
  };
}

}  // namespace chibo::cli
