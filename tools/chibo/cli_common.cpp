#include "cli_common.h"

#include <algorithm>

#include <fmt/format.h>

#include "ruleset_path.h"

namespace chibo::cli {

SaidOnce::Key SaidOnce::key_of(const Diagnostic& d) {
  return {d.where.file, d.where.line, d.where.column, d.severity, d.message};
}

bool SaidOnce::first_time(const Diagnostic& d) {
  Key key = key_of(d);
  if (said_.count(key) == 0) {
    said_.insert(std::move(key));
    return true;
  }
  repeated_.insert(std::move(key));
  return false;
}

bool SaidOnce::said_before(const Diagnostic& d) const { return said_.count(key_of(d)) > 0; }

int SaidOnce::repeated(Severity severity) const {
  return static_cast<int>(
      std::count_if(repeated_.begin(), repeated_.end(),
                    [severity](const Key& k) { return std::get<3>(k) == severity; }));
}

PrintedCounts print_diagnostics(std::ostream& out, const Diagnostics& diags, SaidOnce* said) {
  std::vector<Diagnostic> items = diags.items();
  if (said) {
    items.erase(std::remove_if(items.begin(), items.end(),
                               [said](const Diagnostic& d) { return !said->first_time(d); }),
                items.end());
  }
  std::stable_sort(items.begin(), items.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.where.file != b.where.file) return a.where.file < b.where.file;
    if (a.where.line != b.where.line) return a.where.line < b.where.line;
    return a.where.column < b.where.column;
  });
  PrintedCounts printed;
  for (const Diagnostic& d : items) {
    out << format_diagnostic(d) + '\n';  // one write each
    ++(d.severity == Severity::Error ? printed.errors : printed.warnings);
  }
  return printed;
}

std::shared_ptr<const CompiledRuleset> load_or_report(const std::string& path, std::ostream& err,
                                                      RulesetWarnings warnings, SaidOnce* said) {
  // A path typed wrong is the office user's own mistake, said in their
  // language (not the author's English "cannot open the file"), by `chibo
  // test` too.
  if (const std::string why = ruleset_path_problem(path); !why.empty()) {
    err << fmt::format("chibo: không mở được tệp bộ tiêu chí '{}' ({})\n", one_line(path), why);
    return nullptr;
  }
  Diagnostics diags;
  auto compiled = load_compiled_ruleset(path, diags);
  if (compiled && warnings == RulesetWarnings::Counted) {
    if (!diags.items().empty()) {
      err << "chibo: bộ tiêu chí " << path << " có " << diags.items().size()
          << " cảnh báo cho người soạn bộ tiêu chí; xem bằng 'chibo lint " << path << "'\n";
    }
    return compiled;
  }
  print_diagnostics(err, diags, said);
  if (compiled) return compiled;
  // In Vietnamese for every command (test said it in English). `chibo test`
  // has printed every error and warning above: no 'chibo lint' to see them.
  if (warnings == RulesetWarnings::Counted) {
    err << fmt::format(
        "chibo: bộ tiêu chí {0} có lỗi nên không dùng được (các lỗi trên, bằng tiếng Anh, dành "
        "cho người soạn bộ tiêu chí; xem đủ bằng 'chibo lint {0}')\n",
        path);
  } else {
    err << fmt::format(
        "chibo: bộ tiêu chí {} có lỗi nên không chạy được các ví dụ của nó (các lỗi trên, bằng "
        "tiếng Anh, dành cho người soạn bộ tiêu chí)\n",
        path);
  }
  return compiled;
}

}  // namespace chibo::cli
