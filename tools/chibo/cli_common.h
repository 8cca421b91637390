// Helpers shared by the subcommands: loading a ruleset with its diagnostics
// printed, and printing diagnostics in file/line order.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "chibo/compiled_ruleset.h"
#include "chibo/diagnostic.h"

namespace chibo::cli {

// Sorted by file, line and column (stable), one per line.
void print_diagnostics(std::ostream& out, const Diagnostics& diags);

// How a ruleset's warnings are said when it compiles: in full (`chibo test`,
// for its author), or in one Vietnamese line pointing to `chibo lint` (the
// commands office staff run, who do not edit rulesets: the warnings are in
// English, for the author).
enum class RulesetWarnings { Counted, InFull };

// Loads, validates and compiles; on failure prints why and returns nullptr
// (the caller exits with kExitUsage). Errors are always said in full.
std::shared_ptr<const CompiledRuleset> load_or_report(
    const std::string& path, std::ostream& err,
    RulesetWarnings warnings = RulesetWarnings::Counted);

}  // namespace chibo::cli
