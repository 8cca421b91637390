// chibo template --ruleset R [--format yaml|csv]: a blank record to fill in.
#include <iostream>

#include "chibo/record_template.h"
#include "cli_common.h"
#include "command.h"

namespace chibo::cli {

Runner setup_template(CLI::App& app) {
  struct Options {
    std::string ruleset;
    std::string format = "yaml";
  };
  auto o = std::make_shared<Options>();
  app.add_option("--ruleset,-r", o->ruleset, "Tệp bộ tiêu chí (YAML)")->required();
  app.add_option("--format,-f", o->format, "yaml (mặc định: kèm nhãn và khoảng giá trị) hoặc csv")
      ->check(CLI::IsMember({"yaml", "csv"}));
  return [o]() {
    auto ruleset = load_or_report(o->ruleset, std::cerr);
    if (!ruleset) return kExitUsage;
    if (o->format == "csv") {
      write_csv_template(std::cout, *ruleset);
    } else {
      write_yaml_template(std::cout, *ruleset);
    }
    return kExitOk;
  };
}

}  // namespace chibo::cli
