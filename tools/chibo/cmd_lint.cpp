// chibo lint RULESET...: every problem in one run, FILE:LINE:COL: error: MESSAGE.
#include <cstddef>
#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <utility>
#include <vector>

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

// One ruleset linted: what was found, and (when it compiled) where its
// examples' diagnostics begin, their failures and its 'extends'.
struct Linted {
  Diagnostics diags;
  std::size_t examples_from = 0;
  ExampleCounts counts;
  Location extends;
};

Linted lint_one(const std::string& path) {
  Linted out;
  if (std::optional<Ruleset> r = load_ruleset(path, out.diags)) {
    validate_ruleset(*r, out.diags);
    // Examples can only run on a ruleset without errors.
    if (auto compiled = compile_ruleset(std::move(*r), out.diags)) {
      out.examples_from = out.diags.items().size();
      out.counts = run_examples(*compiled, out.diags, BaseExamples::Summed);
      out.extends = ruleset_of(*compiled).extends_where;
    }
  }
  return out;
}

// Whether d is among the diagnostics of a file of the run other than the
// one at index self: then it is said in the run, for that file.
bool said_for_another(const std::vector<Linted>& run, std::size_t self, const Diagnostic& d) {
  for (std::size_t i = 0; i < run.size(); ++i) {
    if (i == self) continue;
    for (const Diagnostic& o : run[i].diags.items()) {
      if (SaidOnce::same(o, d)) return true;
    }
  }
  return false;
}

// Whether a tailoring's base examples fail and each failure is one said for
// another file in this run (the base, linted before it or after: the
// examples fail there already).
bool base_faults_said(const std::vector<Linted>& run, std::size_t self) {
  const ExampleCounts& counts = run[self].counts;
  if (counts.failures.empty()) return false;
  for (const Diagnostics& failure : counts.failures) {
    for (const Diagnostic& d : failure.items()) {
      if (!said_for_another(run, self, d)) return false;
    }
  }
  return true;
}

// A tailoring's error at 'extends' for its base's examples, when
// base_faults_said, becomes a warning: the fault is the base's, counted there
// once (it was counted again for each tailoring, and for one linted before
// its base). Linted without its base, the tailoring's examples fail: an
// error.
void warning_at_extends(Linted& linted) {
  const Location& extends = linted.extends;
  Diagnostics& diags = linted.diags;
  for (Diagnostic& d : diags.take_after(linted.examples_from)) {
    const bool at_extends = d.where.file == extends.file && d.where.line == extends.line &&
                            d.where.column == extends.column;
    if (d.severity == Severity::Error && !at_extends) {
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
    // Every file is linted before any is printed, so that a tailoring's
    // line about its base's examples knows whether the base says them in
    // this run, whichever comes first.
    std::vector<Linted> run;
    run.reserve(files->size());
    for (const std::string& path : *files) run.push_back(lint_one(path));
    std::vector<std::size_t> base_faults;
    for (std::size_t i = 0; i < run.size(); ++i) {
      if (base_faults_said(run, i)) base_faults.push_back(i);
    }
    for (const std::size_t i : base_faults) warning_at_extends(run[i]);
    int errors = 0, warnings = 0;
    SaidOnce said;
    for (const Linted& linted : run) {
      const PrintedCounts printed = print_diagnostics(std::cerr, linted.diags, &said);
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
