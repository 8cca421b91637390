// chibo: scores party-cell meetings against a province's ruleset.
#include <exception>
#include <iostream>
#include <vector>

#include "chibo/limits.h"
#include "command.h"
#include "output_file.h"
#include "output_option.h"
#include "usage.h"

namespace {

struct CommandEntry {
  const char* name;
  const char* help;
  chibo::cli::Runner (*setup)(CLI::App&);
};

const CommandEntry kCommands[] = {
    {"lint", "Kiểm tra bộ tiêu chí; in mọi lỗi dạng TỆP:DÒNG:CỘT: error: LỖI",
     chibo::cli::setup_lint},
    {"resolve", "In bộ tiêu chí đầy đủ sau khi kế thừa (extends)", chibo::cli::setup_resolve},
    {"test", "Chạy các ví dụ (examples) ghi trong bộ tiêu chí", chibo::cli::setup_test},
    {"score", "Chấm điểm các bản ghi sinh hoạt (Excel .xlsx, CSV hoặc YAML)",
     chibo::cli::setup_score},
    {"explain", "Giải thích điểm của một cuộc sinh hoạt, từng tiêu chí", chibo::cli::setup_explain},
    {"template", "In một bản ghi trống để điền", chibo::cli::setup_template},
    {"rank", "Tổng hợp các tháng thành quý hoặc năm và xếp hạng các chi bộ trong huyện",
     chibo::cli::setup_rank},
    {"report", "Viết báo cáo của huyện: văn bản tóm tắt, bảng tính Excel hoặc trang web",
     chibo::cli::setup_report},
    {"audit",
     "Liệt kê các cuộc sinh hoạt tự chấm cao hơn điểm theo tiêu chí hoặc điểm cấp trên chấm",
     chibo::cli::setup_audit},
};
constexpr const char* kVersion = "chibo 0.1.0";
constexpr const char* kVersionHelp = "In phiên bản rồi thoát";

}  // namespace

// What can throw before the try below is CLI11's construction errors (a
// mistake in the option tables, found by every test) or bad_alloc: ending
// in std::terminate is right for both.
// NOLINTNEXTLINE(bugprone-exception-escape)
int main(int argc, char** argv) {
  // Why a write to standard output failed is kept (a full disk), and said.
  const chibo::cli::StdoutReasons stdout_reasons;
  // Named, so the help says "chibo", not the path it was started by.
  CLI::App app{"chibo: chấm điểm chất lượng sinh hoạt chi bộ theo bộ tiêu chí (ruleset) YAML",
               "chibo"};
  chibo::cli::use_vietnamese(app);
  app.set_version_flag("--version", kVersion, kVersionHelp);
  app.require_subcommand(1);
  std::vector<std::string> limit_args;
  app.add_option("--limit", limit_args,
                 "Đổi một giới hạn đầu vào cho lần chạy này, ghi trước lệnh: chibo --limit "
                 "max_file_bytes=200000000 lint R.yaml (README, mục Limits)")
      ->type_name("TÊN=SỐ")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  std::vector<std::pair<CLI::App*, chibo::cli::Runner>> runners;
  for (const CommandEntry& c : kCommands) {
    CLI::App* sub = app.add_subcommand(c.name, c.help);
    // As --help is: `chibo score --version` said that --version goes before
    // the command and that --ruleset was missing.
    sub->set_version_flag("--version", kVersion, kVersionHelp);
    chibo::cli::list_as_command(*sub);
    runners.emplace_back(sub, c.setup(*sub));
  }
  std::string command;
  if (std::string why = chibo::cli::empty_output_named(argc, argv, command); !why.empty()) {
    std::cerr << chibo::cli::usage_lines("chibo " + command, why);
    return chibo::cli::kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() != 0) {
      std::cerr << chibo::cli::usage_error(app, e, std::vector<std::string>(argv + 1, argv + argc));
      return chibo::cli::kExitUsage;
    }
    int code = app.exit(e);
    std::string why;  // --help or --version to a full disk is no success either
    if (code == 0 && !chibo::cli::stdout_ok(why)) {
      std::cerr << "chibo: " << why << '\n';
      return chibo::cli::kExitUsage;
    }
    return code == 0 ? 0 : chibo::cli::kExitUsage;
  }
  chibo::Limits limits = chibo::limits();
  if (auto why = chibo::set_limits_from(limit_args, limits)) {
    std::cerr << chibo::cli::usage_lines("chibo", *why);
    return chibo::cli::kExitUsage;
  }
  chibo::set_limits(limits);
  try {
    for (auto& [sub, run] : runners) {
      if (!sub->parsed()) continue;
      int code = run();
      // Output that could not be written (a full disk) is a failure, never a
      // silent one; said once (a command that wrote its result to standard
      // output has said so, and failed with kExitUsage).
      std::string why;
      if (code != chibo::cli::kExitUsage && !chibo::cli::stdout_ok(why)) {
        std::cerr << "chibo: " << why << '\n';
        return chibo::cli::kExitUsage;
      }
      return code;
    }
  } catch (const std::exception& e) {
    // Bad input never gets here (it is reported as diagnostics); this is a
    // broken invariant (or memory run out), said plainly rather than as an
    // abort, in Vietnamese as every other message; what() is for whoever
    // maintains chibo.
    std::cerr << "chibo: lỗi bên trong chương trình (hãy báo cho người phụ trách chương trình, "
                 "kèm dòng này): "
              << e.what() << '\n';
    return 3;
  }
  return chibo::cli::kExitUsage;
}
