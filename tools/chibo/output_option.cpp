#include "output_option.h"

#include "chibo/diagnostic.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string_view>
#include <utility>

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace chibo::cli {

namespace fs = std::filesystem;

namespace {
constexpr const char* kEmptyName = "tên tệp để trống ('-' là đầu ra chuẩn)";
}  // namespace

void add_output_option(CLI::App& app, std::string& output) {
  app.add_option("--output,-o", output,
                 "Ghi kết quả vào tệp này (qua một tệp tạm, đổi tên khi xong) thay cho đầu ra "
                 "chuẩn ('-')")
      ->check(CLI::Validator(
          [](std::string& name) {
            if (name.empty()) return std::string(kEmptyName);
            // "-o=x" is the file "=x" to CLI11 (a short option's value follows it directly).
            if (name.front() == '=') {
              return fmt::format(
                  "tên tệp '{}' bắt đầu bằng '=': hãy viết -o TỆP hoặc "
                  "--output=TỆP (một tệp có tên như vậy: -o ./{})",
                  name, name);
            }
            return std::string();
          },
          ""));
}

std::string empty_output_named(int argc, char** argv, std::string& command) {
  // Only after a command that has --output (lint, explain... are told by
  // CLI11 that it is not theirs).
  bool writes = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") break;  // file names follow
    if (arg == "score" || arg == "rank" || arg == "report" || arg == "audit" || arg == "template") {
      writes = true;
      command = arg;
    }
    if (writes && arg == "--output=") return fmt::format("--output: {}", kEmptyName);
  }
  return "";
}

void FormatOption::add(CLI::App& app, const std::string& help, std::vector<std::string> formats) {
  formats_ = std::move(formats);
  value_ = formats_.front();
  option_ = app.add_option("--format,-f", value_, help)->check(CLI::IsMember(formats_));
}

std::string FormatOption::settle(const std::string& output, const std::string& command,
                                 std::ostream& err) const {
  std::string ext = fs::path(output).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const std::vector<std::pair<std::string, std::string>> kNamed = {
      {".csv", "csv"},  {".json", "json"},   {".xlsx", "xlsx"},         {".html", "html"},
      {".htm", "html"}, {".md", "markdown"}, {".markdown", "markdown"}, {".yaml", "yaml"},
      {".yml", "yaml"}, {".txt", "text"}};
  std::string named, foreign;  // the ending's format: one the command writes, or another
  for (const auto& [suffix, format] : kNamed) {
    if (ext != suffix) continue;
    if (std::find(formats_.begin(), formats_.end(), format) != formats_.end()) {
      named = format;
    } else {
      foreign = format;
    }
  }
  // A file named for a format the command does not write would not open as
  // named: a text in a .xlsx Excel refuses, one in a .html a browser shows
  // run together, YAML in a .json (`template -o m.json`) no JSON reader
  // takes, a table in a .csv Excel splits at its commas. Said, with the
  // command that writes a workbook or a web page. (.md and .txt hold text: a
  // table there is what was asked for.)
  if (!foreign.empty() && foreign != "markdown" && foreign != "text") {
    fmt::print(err,
               "chibo {}: cảnh báo: tên tệp '{}' là của dạng {}, nhưng lệnh này không ghi dạng "
               "đó: ghi dạng {}{}\n",
               command, one_line(output), foreign, value_,
               (foreign == "xlsx" || foreign == "html") && command != "report"
                   ? fmt::format(" (bảng tính Excel, trang web: chibo report --format {})", foreign)
                   : "");
  }
  // Excel's old workbook (.xls), which no command writes: a text there
  // opened in Excel, after a warning of the name, as lines of letters
  // mis-read; a workbook there is warned of by Excel too.
  if (ext == ".xls") {
    const std::string settled = option_->count() == 0 && !named.empty() ? named : value_;
    const std::string xlsx = fs::path(output).replace_extension(".xlsx").string();
    fmt::print(err,
               "chibo {}: cảnh báo: tên tệp '{}' là của bảng tính Excel cũ (.xls), chibo không "
               "ghi dạng đó: ghi dạng {}{}; để có bảng tính Excel, hãy dùng {}-o '{}'\n",
               command, one_line(output), settled,
               settled == "xlsx" ? " (Excel sẽ báo tên tệp không khớp với dạng tệp)" : "",
               command == "report" ? "" : "chibo report --format xlsx ", one_line(xlsx));
  }
  if (option_->count() == 0) return named.empty() ? value_ : named;
  if (!named.empty() && named != value_) {
    fmt::print(err, "chibo {}: cảnh báo: --format {}, nhưng tên tệp '{}' là của dạng {}\n", command,
               value_, one_line(output), named);
  }
  return value_;
}

}  // namespace chibo::cli
