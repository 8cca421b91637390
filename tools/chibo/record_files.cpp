#include "record_files.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "chibo/diagnostic.h"
#include "command.h"
#include "progress_bar.h"
#include "usage.h"

namespace chibo::cli {

// A message is one write: standard error is unbuffered, and a write each for
// the text and its line break doubled the system calls (8,190 rejected
// records in the national benchmark: a tenth of a second).
void ForwardingSink::rejected(const Location& where, const std::string& why) {
  err_ << format_diagnostic({where, Severity::Error, why}) + '\n';
}

void ForwardingSink::problem(const Diagnostic& d) {
  err_ << format_diagnostic(d) + '\n';
  had_error = had_error || d.severity == Severity::Error;
}

namespace {

// Whether two files hold the same bytes (the caller knows their sizes are
// equal): read a block of each at a time, the first difference ends it.
bool same_bytes(const std::string& a, const std::string& b) {
  std::ifstream x(a, std::ios::binary), y(b, std::ios::binary);
  if (!x || !y) return false;
  std::vector<char> p(1 << 16), q(1 << 16);
  while (x && y) {
    x.read(p.data(), static_cast<std::streamsize>(p.size()));
    y.read(q.data(), static_cast<std::streamsize>(q.size()));
    if (x.gcount() != y.gcount() || !std::equal(p.begin(), p.begin() + x.gcount(), q.begin())) {
      return false;
    }
  }
  return x.eof() && y.eof();
}

}  // namespace

std::vector<std::string> run_files(const CompiledRuleset& ruleset,
                                   const std::vector<std::string>& files, ScoreSink& sink,
                                   RunCounts& counts, bool& had_problem, int threads) {
  const bool terminal = stderr_is_terminal();
  std::vector<std::string> unread;
  auto run = [&](const std::string& name, std::istream& in, std::int64_t size) {
    bool read = false;
    if (!terminal) {
      read = score_input(ruleset, name, in, sink, counts, threads);
    } else {
      ProgressSink progress(sink, std::cerr, name, in, size);
      read = score_input(ruleset, name, in, progress, counts, threads);
    }
    if (!read) unread.push_back(name);
  };
  std::set<std::pair<dev_t, ino_t>> read;  // the files read so far, by identity
  // The files read so far by their sizes: a copy saved under another name
  // ("nam-2024 (1).csv", a download made twice) had each of its records
  // refused as a duplicate of the first file's, thousands of lines.
  std::vector<std::pair<off_t, std::string>> sizes;
  bool read_stdin = false;
  for (const std::string& name : files) {
    // The same file twice (a pattern and a name that overlap, or a file
    // named and also given as standard input): its records would be read
    // twice, each meeting scored twice or refused as its own duplicate.
    struct stat st {};
    if (name == "-") {
      const char* why = nullptr;
      if (read_stdin) {
        why = "'-' đã có trong danh sách tệp: đầu vào chuẩn chỉ đọc được một lần";
      } else if (fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode) &&
                 !read.emplace(st.st_dev, st.st_ino).second) {
        why = "đầu vào chuẩn là một tệp đã có trong danh sách tệp, không đọc lại";
      }
      read_stdin = true;
      if (why) {
        sink.problem({{name, 0, 0}, Severity::Error, why});
        had_problem = true;
        continue;
      }
      run(name, std::cin, 0);
      continue;
    }
    if (stat(name.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
        !read.emplace(st.st_dev, st.st_ino).second) {
      sink.problem(
          {{name, 0, 0}, Severity::Error, "tệp này đã có trong danh sách tệp, không đọc lại"});
      had_problem = true;
      continue;
    }
    if (S_ISREG(st.st_mode) && st.st_size > 0) {
      const auto copy = std::find_if(sizes.begin(), sizes.end(), [&](const auto& earlier) {
        return earlier.first == st.st_size && same_bytes(earlier.second, name);
      });
      if (copy != sizes.end()) {
        sink.problem(
            {{name, 0, 0},
             Severity::Error,
             fmt::format("tệp này giống hệt tệp '{}' đã đọc (cùng nội dung: một bản sao?), "
                         "không đọc lại",
                         copy->second)});
        had_problem = true;
        continue;
      }
      sizes.emplace_back(st.st_size, name);
    }
    std::error_code folder;
    if (std::filesystem::is_directory(name, folder)) {  // opens, and reads as empty
      sink.problem({{name, 0, 0}, Severity::Error, "đây là một thư mục, không phải tệp bản ghi"});
      had_problem = true;
      unread.push_back(name);
      continue;
    }
    std::ifstream in(name, std::ios::binary);
    if (!in) {
      sink.problem({{name, 0, 0},
                    Severity::Error,
                    "không mở được tệp (tệp có tồn tại, và có quyền đọc không?)"});
      had_problem = true;
      unread.push_back(name);
      continue;
    }
    std::error_code ec;
    const auto size = std::filesystem::file_size(name, ec);
    run(name, in, ec ? 0 : static_cast<std::int64_t>(size));
  }
  auto* forwarding = dynamic_cast<ForwardingSink*>(&sink);
  had_problem = had_problem || (forwarding && forwarding->had_error) || !unread.empty();
  return unread;
}

bool none_readable(const std::vector<std::string>& files) {
  return std::all_of(files.begin(), files.end(), [](const std::string& name) {
    std::error_code folder;
    // access(), not opening it: a named pipe's open waits for its writer,
    // and the run must start (its --output's temporary file) meanwhile.
    return name != "-" &&
           (std::filesystem::is_directory(name, folder) || ::access(name.c_str(), R_OK) != 0);
  });
}

std::uint64_t record_files_bytes(const std::vector<std::string>& files) {
  std::uint64_t total = 0;
  for (const std::string& name : files) {
    std::error_code ec;
    if (name == "-" || !std::filesystem::is_regular_file(name, ec)) continue;
    const auto size = std::filesystem::file_size(name, ec);
    if (!ec) total += size;
  }
  return total;
}

int end_of_run(const CompiledRuleset& ruleset, const RunCounts& counts, bool had_problem,
               std::ostream& err) {
  err << "chibo: " << ruleset_stamp(ruleset) << '\n';
  err << "chibo: " << accounting_line(counts) << '\n';
  return counts.rejected > 0 || had_problem ? kExitInvalidInput : kExitOk;
}

CLI::Validator named_file(const std::string& after) {
  return CLI::Validator(
      [after](std::string& name) { return name.empty() ? "tên tệp để trống" + after : ""; }, "");
}

void add_threads_option(CLI::App& app, int& threads) {
  threads = default_threads();
  app.add_option("--threads,-j,--jobs", threads,
                 "Số luồng kiểm tra và chấm điểm (mặc định: số luồng của máy); kết quả như "
                 "nhau với mọi số luồng")
      ->transform(decimal_in(1, 64));
}

}  // namespace chibo::cli
