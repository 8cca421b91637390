// Helpers shared by the subcommands: loading a ruleset with its diagnostics
// printed, and printing diagnostics in file/line order.
#pragma once

#include <memory>
#include <ostream>
#include <set>
#include <string>
#include <tuple>

#include "chibo/compiled_ruleset.h"
#include "chibo/diagnostic.h"

namespace chibo::cli {

// The diagnostics a run over several rulesets has printed. A base's error is
// found again in every ruleset that extends it (the base's tree is theirs,
// its places kept): `chibo lint base.yaml child.yaml` said it twice and
// counted 2 errors. Each is said, and counted, once in a run.
class SaidOnce {
 public:
  // Whether d has not been said in this run (it is taken as said now).
  bool first_time(const Diagnostic& d);
  // Whether d has been said in this run (it is not taken as said).
  bool said_before(const Diagnostic& d) const;
  // How many of the errors and warnings said were found again.
  int repeated(Severity severity) const;
  // Whether a and b are the same diagnostic, as a run says it once.
  static bool same(const Diagnostic& a, const Diagnostic& b) { return key_of(a) == key_of(b); }

 private:
  using Key = std::tuple<std::string, int, int, Severity, std::string>;
  static Key key_of(const Diagnostic& d);
  std::set<Key> said_, repeated_;
};

struct PrintedCounts {
  int errors = 0, warnings = 0;
};

// Sorted by file, line and column (stable), one per line; with said, only
// those not said before in the run. Returns what it printed.
PrintedCounts print_diagnostics(std::ostream& out, const Diagnostics& diags,
                                SaidOnce* said = nullptr);

// How a ruleset's warnings are said when it compiles: in full (`chibo test`,
// for its author), or in one Vietnamese line pointing to `chibo lint` (the
// commands office staff run, who do not edit rulesets: the warnings are in
// English, for the author).
enum class RulesetWarnings { Counted, InFull };

// Loads, validates and compiles; on failure prints why and returns nullptr
// (the caller exits with kExitUsage). Errors are always said in full (with
// said, those said before in the run only once).
std::shared_ptr<const CompiledRuleset> load_or_report(
    const std::string& path, std::ostream& err, RulesetWarnings warnings = RulesetWarnings::Counted,
    SaidOnce* said = nullptr);

}  // namespace chibo::cli
