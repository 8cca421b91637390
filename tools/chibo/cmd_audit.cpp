// chibo audit --ruleset R --units U --period 2024-Q1|2024
//             [--format table|csv|json|markdown] RECORDS...
#include <iostream>

#include "chibo/audit_writer.h"
#include "command.h"
#include "district_run.h"

namespace chibo::cli {

Runner setup_audit(CLI::App& app) {
  struct Options {
    DistrictOptions district;
    std::string format = "table";
  };
  auto o = std::make_shared<Options>();
  add_district_options(app, o->district);
  app.add_option("--format,-f", o->format, "Output: table (default), csv, json or markdown")
      ->check(CLI::IsMember({"table", "csv", "json", "markdown"}));
  return [o]() {
    std::unique_ptr<DistrictRun> run = run_district(o->district, false, std::cerr);
    if (!run) return kExitUsage;
    AuditFormat format = o->format == "csv"        ? AuditFormat::Csv
                         : o->format == "json"     ? AuditFormat::Json
                         : o->format == "markdown" ? AuditFormat::Markdown
                                                   : AuditFormat::Table;
    write_audit(std::cout, format, *run->ruleset, run->units, run->period, run->audit);
    return run->bad_input ? kExitInvalidInput : kExitOk;
  };
}

}  // namespace chibo::cli
