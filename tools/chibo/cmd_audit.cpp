// chibo audit --ruleset R --units U --period 2024-Q1|2024
//             [--format table|csv|json|markdown] [--output FILE] RECORDS...
#include <iostream>

#include "chibo/audit_writer.h"
#include "command.h"
#include "district_run.h"
#include "output_option.h"

namespace chibo::cli {

Runner setup_audit(CLI::App& app) {
  struct Options {
    DistrictOptions district;
    FormatOption format;
  };
  auto o = std::make_shared<Options>();
  add_district_options(app, o->district, /*ranks=*/false);  // no ranking: no --by
  o->format.add(app,
                "Dạng kết quả: table (bảng, mặc định), csv, json hoặc markdown; không ghi thì "
                "theo đuôi tên tệp --output",
                {"table", "csv", "json", "markdown"});
  return [o]() {
    const std::string name = o->format.settle(o->district.output, "audit", std::cerr);
    AuditFormat format = name == "csv"        ? AuditFormat::Csv
                         : name == "json"     ? AuditFormat::Json
                         : name == "markdown" ? AuditFormat::Markdown
                                              : AuditFormat::Table;
    return run_and_write("audit", o->district, {.criteria = false, .audit = true},
                         [&](const DistrictRun& run, std::ostream& out) {
                           write_audit(out, format, *run.ruleset, run.units, run.period, run.audit);
                         });
  };
}

}  // namespace chibo::cli
