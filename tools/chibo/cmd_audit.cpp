// chibo audit --ruleset R --units U --period 2024-Q1|2024
//             [--format table|csv|json|markdown] [--output FILE] RECORDS...
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
  add_district_options(app, o->district, /*ranks=*/false);  // no ranking: no --by
  app.add_option("--format,-f", o->format,
                 "Dạng kết quả: table (bảng, mặc định), csv, json hoặc markdown")
      ->check(CLI::IsMember({"table", "csv", "json", "markdown"}));
  return [o]() {
    AuditFormat format = o->format == "csv"        ? AuditFormat::Csv
                         : o->format == "json"     ? AuditFormat::Json
                         : o->format == "markdown" ? AuditFormat::Markdown
                                                   : AuditFormat::Table;
    return run_and_write("audit", o->district, {.criteria = false, .audit = true},
                         [&](const DistrictRun& run, std::ostream& out) {
                           write_audit(out, format, *run.ruleset, run.units, run.period, run.audit);
                         });
  };
}

}  // namespace chibo::cli
