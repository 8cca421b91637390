// chibo report --ruleset R --units U --period 2024-Q1|2024 [--by type|parent]
//              --format text|xlsx|html [--output FILE] RECORDS...
#include <iostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/report_html.h"
#include "chibo/report_text.h"
#include "chibo/report_xlsx.h"
#include "command.h"
#include "district_run.h"
#include "output_file.h"
#include "output_option.h"

namespace chibo::cli {

Runner setup_report(CLI::App& app) {
  struct Options {
    DistrictOptions district;
    FormatOption format;
  };
  auto o = std::make_shared<Options>();
  add_district_options(app, o->district);
  o->format.add(app,
                "Dạng báo cáo: text (văn bản, mặc định), xlsx (Excel) hoặc html (trang web); "
                "không ghi thì theo đuôi tên tệp --output",
                {"text", "xlsx", "html"});
  return [o]() {
    const DistrictOptions& d = o->district;
    const std::string format = o->format.settle(d.output, "report", std::cerr);
    if (format != "text" && d.output.empty()) {  // a file to open, not text for a terminal
      fmt::print(std::cerr, "chibo report: --format {} cần --output TỆP\n", format);
      return kExitUsage;
    }
    if (format != "xlsx") {
      return run_and_write(
          "report", d,
          {.criteria = true, .audit = true, .meetings = true, .rejected_records = true},
          [&](const DistrictRun& run, std::ostream& out) {
            if (format == "html") {
              write_report_html(out, run.report_input());
            } else {
              write_report_text(out, run.report_input());
            }
          });
    }
    // Said before the records are read (at national scale, seconds).
    if (is_terminal(d.output)) {
      fmt::print(std::cerr,
                 "chibo report: bảng tính (xlsx) là tệp nhị phân, không in ra màn hình: hãy ghi "
                 "--output TỆP.xlsx, hoặc chuyển hướng ra tệp (> TỆP.xlsx)\n");
      return kExitUsage;
    }
    // The workbook is written by libxlsxwriter to a path, not to a stream.
    if (std::string why = output_problem(d.output, d.inputs()); !why.empty()) {
      fmt::print(std::cerr, "chibo report: {}\n", one_line(why));
      return kExitUsage;
    }
    std::unique_ptr<DistrictRun> run = run_district(
        d, {.criteria = true, .audit = true, .meetings = true, .rejected_records = true},
        std::cerr);
    if (!run) return kExitUsage;
    std::string why = write_seekable_file(d.output, [&](const std::string& path) {
      return write_report_xlsx(path, run->report_input());
    });
    if (!why.empty()) {
      fmt::print(std::cerr, "chibo report: {}\n", one_line(why));
      return kExitUsage;
    }
    return run->bad_input ? kExitInvalidInput : kExitOk;
  };
}

}  // namespace chibo::cli
