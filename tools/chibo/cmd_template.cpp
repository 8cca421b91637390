// chibo template --ruleset R [--format yaml|csv|xlsx] [--output FILE]: a
// blank record to fill in.
#include <iostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/record_template.h"
#include "cli_common.h"
#include "command.h"
#include "output_file.h"
#include "output_option.h"

namespace chibo::cli {

Runner setup_template(CLI::App& app) {
  struct Options {
    std::string ruleset, output;
    FormatOption format;
  };
  auto o = std::make_shared<Options>();
  app.add_option("--ruleset,-r", o->ruleset, "Tệp bộ tiêu chí (YAML)")->required();
  o->format.add(app,
                "yaml (mặc định: kèm nhãn và khoảng giá trị), csv (dòng tiêu đề) hoặc xlsx "
                "(bảng tính Excel để điền, cần --output); không ghi thì theo đuôi tên tệp "
                "--output",
                {"yaml", "csv", "xlsx"});
  add_output_option(app, o->output);
  return [o]() {
    const std::string format = o->format.settle(o->output, "template", std::cerr);
    if (format == "xlsx" && (o->output.empty() || is_terminal(o->output))) {
      fmt::print(std::cerr,
                 "chibo template: bảng tính (xlsx) là tệp nhị phân, không in ra màn hình: hãy "
                 "ghi --output TỆP.xlsx\n");
      return kExitUsage;
    }
    auto ruleset = load_or_report(o->ruleset, std::cerr);
    if (!ruleset) return kExitUsage;
    // The files it extends are inputs too: a base written over lost its province's sheet.
    std::vector<std::string> inputs = ruleset_of(*ruleset).bases;
    inputs.push_back(o->ruleset);
    if (std::string why = output_problem(o->output, inputs); !why.empty()) {
      fmt::print(std::cerr, "chibo template: {}\n", one_line(why));
      return kExitUsage;
    }
    std::string why = format == "xlsx"
                          ? write_seekable_file(o->output,
                                                [&](const std::string& path) {
                                                  return write_xlsx_template(path, *ruleset);
                                                })
                          : write_output(o->output, [&](std::ostream& out) {
                              if (format == "csv") {
                                write_csv_template(out, *ruleset);
                              } else {
                                write_yaml_template(out, *ruleset);
                              }
                            });
    if (!why.empty()) {
      fmt::print(std::cerr, "chibo template: {}\n", one_line(why));
      return kExitUsage;
    }
    return kExitOk;
  };
}

}  // namespace chibo::cli
