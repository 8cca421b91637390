#include "output_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <fmt/format.h>

namespace chibo::cli {
namespace {

namespace fs = std::filesystem;

// The temporary file being written, removed if the program is interrupted
// (plain array and flag: all a signal handler may touch).
char g_temp_path[4096];
volatile std::sig_atomic_t g_temp_live = 0;

extern "C" void remove_temp_and_die(int sig) {
  if (g_temp_live) unlink(g_temp_path);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void watch_temp(const std::string& path) {
  std::snprintf(g_temp_path, sizeof g_temp_path, "%s", path.c_str());
  g_temp_live = 1;
  std::signal(SIGINT, remove_temp_and_die);
  std::signal(SIGTERM, remove_temp_and_die);
  std::signal(SIGHUP, remove_temp_and_die);
}

void unwatch_temp() { g_temp_live = 0; }

std::string write_stream_file(const std::string& path,
                              const std::function<void(std::ostream&)>& write) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return fmt::format("không mở được tệp '{}' để ghi: {}", path, std::strerror(errno));
  write(out);
  out.flush();
  int err = errno;
  out.close();
  if (!out) return fmt::format("không ghi được tệp '{}': {}", path, std::strerror(err));
  return "";
}

// A writer's message names the file it was given, the temporary one; the
// user knows only the target, which the message names instead.
std::string named_as_target(std::string why, const std::string& temp, const std::string& target) {
  for (std::size_t at = why.find(temp); at != std::string::npos;
       at = why.find(temp, at + target.size())) {
    why.replace(at, temp.size(), target);
  }
  return why;
}

// target, a file or nothing yet, replaced in one step by a temporary file
// beside it that write fills.
std::string replace_file(const std::string& target,
                         const std::function<std::string(const std::string&)>& write) {
  fs::path dir = fs::path(target).parent_path();
  std::string temp = (dir.empty() ? fs::path(".") : dir) / ".chibo-XXXXXX";
  int fd = mkstemp(temp.data());
  if (fd < 0) {
    return fmt::format("không tạo được tệp tạm trong thư mục của '{}': {}", target,
                       std::strerror(errno));
  }
  watch_temp(temp);
  // mkstemp makes the file private (0600); the result is an ordinary file.
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  close(fd);
  std::string why = named_as_target(write(temp), temp, target);
  if (why.empty() && std::rename(temp.c_str(), target.c_str()) != 0) {
    why = fmt::format("không ghi được '{}': {}", target, std::strerror(errno));
  }
  if (!why.empty()) std::remove(temp.c_str());
  unwatch_temp();
  return why;
}

}  // namespace

std::string overwritten_input(const std::string& output, const std::vector<std::string>& inputs) {
  std::error_code ec;
  if (!fs::exists(output, ec)) return "";
  for (const std::string& in : inputs) {
    if (in != "-" && fs::equivalent(output, in, ec)) return in;
  }
  return "";
}

std::string write_file_atomically(const std::string& target,
                                  const std::function<std::string(const std::string&)>& write) {
  struct stat st {};
  if (stat(target.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    return fmt::format("'{}' là một thư mục: hãy ghi tên tệp kết quả", target);
  }
  if (stat(target.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    // A device or a pipe: there is nothing to replace, and renaming over it
    // would put a file where the device was.
    return write(target);
  }
  // A link (/dev/stdout to a file, a link to a report in another folder):
  // the file it leads to is replaced, not the link (renaming over the link
  // put a file where /dev/stdout was). A link that cannot be followed to
  // the end is written through, as opening it would.
  std::string real = target;
  std::error_code ec;
  if (fs::is_symlink(target, ec)) {
    real = fs::canonical(target, ec).string();
    if (ec) return write(target);
  }
  std::string why = replace_file(real, write);
  return real == target ? why : named_as_target(why, real, target);
}

std::string write_seekable_file(const std::string& target,
                                const std::function<std::string(const std::string&)>& write) {
  struct stat st {};
  if (stat(target.c_str(), &st) != 0 || S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)) {
    return write_file_atomically(target, write);
  }
  std::error_code ec;
  fs::path dir = fs::temp_directory_path(ec);
  std::string temp = (ec ? fs::path(".") : dir) / ".chibo-XXXXXX";
  int fd = mkstemp(temp.data());
  if (fd < 0) {
    return fmt::format("không tạo được tệp tạm để ghi '{}': {}", target, std::strerror(errno));
  }
  close(fd);
  watch_temp(temp);
  std::string why = named_as_target(write(temp), temp, target);
  if (why.empty()) {
    std::ifstream in(temp, std::ios::binary);
    std::ofstream out(target, std::ios::binary);
    if (!out) {
      why = fmt::format("không mở được tệp '{}' để ghi: {}", target, std::strerror(errno));
    } else {
      out << in.rdbuf();
      out.flush();
      if (!out) why = fmt::format("không ghi được tệp '{}': {}", target, std::strerror(errno));
    }
  }
  std::remove(temp.c_str());
  unwatch_temp();
  return why;
}

std::string write_output(const std::string& target,
                         const std::function<void(std::ostream&)>& write) {
  if (target.empty() || target == "-") {
    write(std::cout);
    std::string why;
    return stdout_ok(why) ? "" : why;
  }
  return write_file_atomically(
      target, [&](const std::string& path) { return write_stream_file(path, write); });
}

bool stdout_ok(std::string& why) {
  errno = 0;
  std::cout.flush();
  if (std::cout) return true;
  why = fmt::format("không ghi được kết quả ra đầu ra chuẩn{}",
                    errno ? std::string(": ") + std::strerror(errno) : "");
  return false;
}

}  // namespace chibo::cli
