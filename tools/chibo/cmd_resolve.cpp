// chibo resolve RULESET: the effective ruleset after `extends`, as YAML.
#include <iostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/compiled_ruleset.h"
#include "chibo/ruleset_loader.h"
#include "chibo/sha256.h"
#include "cli_common.h"
#include "command.h"
#include "output_file.h"
#include "ruleset_path.h"

namespace chibo::cli {

Runner setup_resolve(CLI::App& app) {
  auto file = std::make_shared<std::string>();
  app.add_option("TỆP_BỘ_TIÊU_CHÍ", *file, "Tệp bộ tiêu chí (YAML)")->required();
  return [file]() {
    // The YAML goes to standard output: '>> RULESET' appended it to the ruleset.
    if (std::string why = output_problem("-", {*file}); !why.empty()) {
      fmt::print(std::cerr, "chibo resolve: {}\n", one_line(why));
      return kExitUsage;
    }
    // A path typed wrong is said as every command that reads a ruleset says
    // it, not as the ruleset's error "có lỗi nên không hợp nhất được".
    if (const std::string why = ruleset_path_problem(*file); !why.empty()) {
      fmt::print(std::cerr, "chibo: không mở được tệp bộ tiêu chí '{}' ({})\n", one_line(*file),
                 why);
      return kExitUsage;
    }
    Diagnostics diags;
    std::optional<std::string> text = resolve_ruleset(*file, diags);
    print_diagnostics(std::cerr, diags);
    // Not merged (its YAML, or what 'extends' names, is wrong): said in
    // Vietnamese too, as when the merged ruleset has errors (it ended on the
    // English lines alone, with nothing printed and no word why).
    if (!text || diags.has_errors()) {
      fmt::print(std::cerr,
                 "chibo resolve: bộ tiêu chí {} có lỗi nên không hợp nhất được (các lỗi trên, bằng "
                 "tiếng Anh, dành cho người soạn bộ tiêu chí): không có gì để in\n",
                 one_line(*file));
      return kExitUsage;
    }
    // The hash names these exact rules; score, rank, audit and report print its first 12 digits.
    // Written as every command writes standard output: a full disk is said
    // with its reason, by the command ("chibo: không ghi được ..." alone).
    const std::string why = write_output("-", [&](std::ostream& out) {
      out << "# " << one_line(*file)
          << ", bộ tiêu chí hiệu lực do chibo hợp nhất (đã áp dụng extends, override, remove, "
          << "add); sha256 của các dòng dưới đây: " << sha256_hex(*text) << "\n"
          << *text;
    });
    if (!why.empty()) {
      fmt::print(std::cerr, "chibo resolve: {}\n", one_line(why));
      return kExitUsage;
    }
    // The merged text of a ruleset with errors is what its author needs to
    // see, and is printed; but it is no ruleset yet: its errors said, exit 2,
    // as of every command given a ruleset with errors (it exited 0, silent).
    Diagnostics check;
    if (!load_compiled_ruleset(*file, check)) {
      print_diagnostics(std::cerr, check);
      fmt::print(std::cerr,
                 "chibo resolve: bộ tiêu chí {} có lỗi nên chưa dùng được (các lỗi trên, bằng "
                 "tiếng Anh, dành cho người soạn bộ tiêu chí): bản hợp nhất ở trên chỉ để xem\n",
                 one_line(*file));
      return kExitUsage;
    }
    return kExitOk;
  };
}

}  // namespace chibo::cli
