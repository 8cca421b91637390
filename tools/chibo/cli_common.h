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

// Loads, validates and compiles; on failure prints why and returns nullptr
// (the caller exits with kExitUsage).
std::shared_ptr<const CompiledRuleset> load_or_report(const std::string& path, std::ostream& err);

}  // namespace chibo::cli
