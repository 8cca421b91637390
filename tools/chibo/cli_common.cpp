#include "cli_common.h"

#include <algorithm>

namespace chibo::cli {

void print_diagnostics(std::ostream& out, const Diagnostics& diags) {
  std::vector<Diagnostic> items = diags.items();
  std::stable_sort(items.begin(), items.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.where.file != b.where.file) return a.where.file < b.where.file;
    if (a.where.line != b.where.line) return a.where.line < b.where.line;
    return a.where.column < b.where.column;
  });
  for (const Diagnostic& d : items) out << format_diagnostic(d) + '\n';  // one write each
}

std::shared_ptr<const CompiledRuleset> load_or_report(const std::string& path, std::ostream& err,
                                                      RulesetWarnings warnings) {
  Diagnostics diags;
  auto compiled = load_compiled_ruleset(path, diags);
  if (compiled && warnings == RulesetWarnings::Counted) {
    if (!diags.items().empty()) {
      err << "chibo: bộ tiêu chí " << path << " có " << diags.items().size()
          << " cảnh báo cho người soạn bộ tiêu chí; xem bằng 'chibo lint " << path << "'\n";
    }
    return compiled;
  }
  print_diagnostics(err, diags);
  if (!compiled) {
    err << "chibo: the ruleset " << path << " has errors; run 'chibo lint " << path
        << "' for all of them\n";
  }
  return compiled;
}

}  // namespace chibo::cli
