// chibo report --ruleset R --units U --period 2024-Q1|2024 [--by type|parent]
//              --format text|xlsx|html [--output FILE] RECORDS...
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/report_html.h"
#include "chibo/report_text.h"
#include "chibo/report_xlsx.h"
#include "command.h"
#include "district_run.h"

namespace chibo::cli {
namespace {

namespace fs = std::filesystem;

// The output must not be one of the inputs: a report written over the
// records it was made from would lose them.
std::string overwritten_input(const std::string& output, const DistrictOptions& o) {
  std::error_code ec;
  if (!fs::exists(output, ec)) return "";
  std::vector<std::string> inputs = {o.ruleset, o.units};
  inputs.insert(inputs.end(), o.records.begin(), o.records.end());
  for (const std::string& in : inputs) {
    if (in != "-" && fs::equivalent(output, in, ec)) return in;
  }
  return "";
}

// Writes through a temporary file in the target's folder, renamed into place
// only when complete, so that a failure never leaves a truncated report.
// write returns "" or why it failed.
std::string write_atomically(const std::string& target,
                             const std::function<std::string(const std::string&)>& write) {
  fs::path dir = fs::path(target).parent_path();
  std::string pattern = (dir.empty() ? fs::path(".") : dir) / ".chibo-report-XXXXXX";
  int fd = mkstemp(pattern.data());
  if (fd < 0)
    return fmt::format("không tạo được tệp tạm trong thư mục của '{}': {}", target,
                       std::strerror(errno));
  // mkstemp makes the file private (0600); a report is an ordinary file.
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  close(fd);
  std::string why = write(pattern);
  if (why.empty() && std::rename(pattern.c_str(), target.c_str()) != 0) {
    why = fmt::format("không ghi được '{}': {}", target, std::strerror(errno));
  }
  if (!why.empty()) std::remove(pattern.c_str());
  return why;
}

std::string write_stream_file(const std::string& path,
                              const std::function<void(std::ostream&)>& write) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (out) write(out);
  out.close();
  return out ? "" : fmt::format("không ghi được tệp '{}'", path);
}

}  // namespace

Runner setup_report(CLI::App& app) {
  struct Options {
    DistrictOptions district;
    std::string format = "text", output;
  };
  auto o = std::make_shared<Options>();
  add_district_options(app, o->district);
  app.add_option("--format,-f", o->format, "Output: text (default), xlsx or html")
      ->check(CLI::IsMember({"text", "xlsx", "html"}));
  app.add_option("--output,-o", o->output, "The file to write (needed for xlsx and html)");
  return [o]() {
    if (o->format != "text" && o->output.empty()) {
      fmt::print(std::cerr, "chibo report: --format {} cần --output TỆP\n", o->format);
      return kExitUsage;
    }
    if (!o->output.empty()) {
      std::string input = overwritten_input(o->output, o->district);
      if (!input.empty()) {
        fmt::print(std::cerr, "chibo report: không ghi đè lên tệp đầu vào '{}'\n", input);
        return kExitUsage;
      }
    }
    std::unique_ptr<DistrictRun> run = run_district(o->district, true, std::cerr);
    if (!run) return kExitUsage;
    ReportInput in = run->report_input();
    std::string why;
    if (o->format == "xlsx") {
      why = write_atomically(o->output,
                             [&](const std::string& tmp) { return write_report_xlsx(tmp, in); });
    } else {
      auto body = [&](std::ostream& out) {
        if (o->format == "html") {
          write_report_html(out, in);
        } else {
          write_report_text(out, in);
        }
      };
      if (o->output.empty()) {
        body(std::cout);
      } else {
        why = write_atomically(
            o->output, [&](const std::string& tmp) { return write_stream_file(tmp, body); });
      }
    }
    if (!why.empty()) {
      fmt::print(std::cerr, "chibo report: {}\n", why);
      return kExitUsage;
    }
    return run->bad_input ? kExitInvalidInput : kExitOk;
  };
}

}  // namespace chibo::cli
