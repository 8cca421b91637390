#include "output_file.h"

#include "chibo/diagnostic.h"
#include "reason_keeping_buf.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <ostream>
#include <string_view>
#include <vector>

#include <fmt/format.h>

namespace chibo::cli {
namespace {

namespace fs = std::filesystem;

namespace {

// The system's reason, in Vietnamese for those an office meets (a full
// disk, a folder not there or not to be written); the rest in the system's
// English words.
std::string system_reason(int err) {
  switch (err) {
    case ENOSPC:
      return "ổ đĩa đã đầy";
    case EDQUOT:
      return "đã dùng hết dung lượng được cấp trên ổ đĩa";
    case ENOENT:
      return "không có tệp hoặc thư mục này";
    case ENOTDIR:
      return "một phần của đường dẫn không phải là thư mục";
    case EACCES:
    case EPERM:
      return "không có quyền";
    case EROFS:
      return "ổ đĩa chỉ cho phép đọc";
    case EISDIR:
      return "đây là một thư mục";
    case ENAMETOOLONG:
      return "tên tệp quá dài";
    case EFBIG:
      return "tệp quá lớn";
    case EIO:
      return "lỗi đọc ghi của thiết bị";
    default:
      return std::strerror(err);
  }
}

}  // namespace

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
  for (const int sig : {SIGINT, SIGTERM, SIGHUP}) {
    // A signal ignored when chibo was started stays ignored: `nohup chibo
    // rank ... -o f &` (SIGHUP) and a script's `chibo ... &` (SIGINT) are
    // meant to run to the end (a closed terminal killed them once the
    // output was being written).
    struct sigaction was {};
    if (sigaction(sig, nullptr, &was) == 0 && was.sa_handler == SIG_IGN) continue;
    std::signal(sig, remove_temp_and_die);
  }
}

void unwatch_temp() { g_temp_live = 0; }

// A new temporary file in dir (the current folder when empty), watched
// (watch_temp) until unwatch_temp: its path, or nullopt with why set.
// result: it becomes the output (renamed into place), so it gets an
// ordinary file's mode; else it stays private, as mkstemp made it (a copy in
// the system's temporary folder, which others may read).
std::optional<std::string> make_temp(const fs::path& dir, bool result, std::string& why) {
  std::string temp = (dir.empty() ? fs::path(".") : dir) / ".chibo-XXXXXX";
  const int fd = mkstemp(temp.data());
  if (fd < 0) {
    why = system_reason(errno);
    return std::nullopt;
  }
  if (result) {
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
  }
  close(fd);
  watch_temp(temp);
  return temp;
}

// write's bytes to descriptor fd; "" or the reason they were not all written.
std::string write_stream_to(int fd, const std::function<void(std::ostream&)>& write) {
  ReasonKeepingBuf buffer(fd);
  std::ostream out(&buffer);
  write(out);
  out.flush();
  if (buffer.error() != 0) return system_reason(buffer.error());
  return out ? "" : system_reason(EIO);
}

std::string write_stream_file(const std::string& path,
                              const std::function<void(std::ostream&)>& write) {
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) return fmt::format("không mở được tệp '{}' để ghi: {}", path, system_reason(errno));
  std::string why = write_stream_to(fd, write);
  if (close(fd) != 0 && why.empty()) why = system_reason(errno);
  return why.empty() ? "" : fmt::format("không ghi được tệp '{}': {}", path, why);
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
  std::string why;
  const std::optional<std::string> made = make_temp(fs::path(target).parent_path(), true, why);
  if (!made) return fmt::format("không tạo được tệp tạm trong thư mục của '{}': {}", target, why);
  const std::string& temp = *made;
  why = named_as_target(write(temp), temp, target);
  if (why.empty() && std::rename(temp.c_str(), target.c_str()) != 0) {
    why = fmt::format("không ghi được '{}': {}", target, system_reason(errno));
  }
  if (!why.empty()) std::remove(temp.c_str());
  unwatch_temp();
  return why;
}

// The descriptor target names, when it names one this program was given
// (/dev/stdout, /proc/self/fd/1, /dev/fd/3, or a link that leads to one):
// what the shell opened (`> out.txt`, `>> log.txt`, a group's
// `{ ...; } > out.txt`) is written through that descriptor, at its offset,
// never replaced by a new file (renaming over the file it leads to wiped
// what the shell had written there, and `>>`'s log) nor opened again (a new
// opening has an offset of its own: the shell's next line overwrote ours).
std::optional<int> descriptor_of(const std::string& target) {
  const std::string own = fmt::format("/proc/{}/fd/", getpid());
  fs::path p = target;
  std::error_code ec;
  for (int hop = 0; hop < 40; ++hop) {  // as many links as the system follows
    const std::string at = p.lexically_normal().string();
    if (at == "/dev/stdout") return 1;
    if (at == "/dev/stderr") return 2;
    for (const std::string& prefix :
         {std::string("/proc/self/fd/"), std::string("/dev/fd/"), own}) {
      if (at.rfind(prefix, 0) != 0) continue;
      int fd = -1;
      const char* first = at.data() + prefix.size();
      const char* last = at.data() + at.size();
      auto [end, err] = std::from_chars(first, last, fd);
      if (err == std::errc() && end == last && first != last) return fd;
    }
    if (!fs::is_symlink(p, ec)) return std::nullopt;
    const fs::path next = fs::read_symlink(p, ec);
    if (ec) return std::nullopt;
    p = next.is_absolute() ? next : p.parent_path() / next;
  }
  return std::nullopt;
}

// All of bytes to descriptor fd; "" or why not.
std::string write_all(int fd, std::string_view bytes, const std::string& target) {
  while (!bytes.empty()) {
    const ssize_t wrote = ::write(fd, bytes.data(), bytes.size());
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) {
      return fmt::format("không ghi được tệp '{}': {}", target,
                         system_reason(wrote < 0 ? errno : EIO));
    }
    bytes.remove_prefix(static_cast<std::size_t>(wrote));
  }
  return "";
}

// write fills a file in the system's temporary folder, whose bytes then go
// to target: through descriptor fd when it names one (descriptor_of), else
// to target opened to append (a pipe or device named by its path). For a
// writer that needs a file it can seek in (the workbook), or a target that
// must not be replaced.
std::string write_through_copy(const std::string& target, std::optional<int> fd,
                               const std::function<std::string(const std::string&)>& write) {
  std::error_code ec;
  const fs::path dir = fs::temp_directory_path(ec);
  std::string why;
  const std::optional<std::string> made = make_temp(ec ? fs::path() : dir, false, why);
  if (!made) return fmt::format("không tạo được tệp tạm để ghi '{}': {}", target, why);
  const std::string& temp = *made;
  why = named_as_target(write(temp), temp, target);
  if (why.empty()) {
    // A piece at a time: a national workbook is 579 MB.
    std::ifstream in(temp, std::ios::binary);
    std::ofstream out;
    if (!fd) out.open(target, std::ios::binary | std::ios::app);
    if (!in) {
      why = fmt::format("không đọc lại được tệp tạm của '{}': {}", target, system_reason(errno));
    } else if (!fd && !out) {
      why = fmt::format("không mở được tệp '{}' để ghi: {}", target, system_reason(errno));
    }
    if (fd) std::cout.flush();  // nothing of ours is waiting there, but in order if it were
    std::vector<char> piece(std::size_t{1} << 16);
    while (why.empty() && in) {
      in.read(piece.data(), static_cast<std::streamsize>(piece.size()));
      const std::string_view got(piece.data(), static_cast<std::size_t>(in.gcount()));
      if (got.empty()) break;
      if (fd) {
        why = write_all(*fd, got, target);
      } else {
        errno = 0;
        out.write(got.data(), static_cast<std::streamsize>(got.size()));
        out.flush();
        if (!out) {
          why = fmt::format("không ghi được tệp '{}'{}", target,
                            errno ? std::string(": ") + system_reason(errno) : "");
        }
      }
    }
  }
  std::remove(temp.c_str());
  unwatch_temp();
  return why;
}

}  // namespace

namespace {

// Whether two stats are of one file.
bool same_file(const struct stat& a, const struct stat& b) {
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// What an input names ("-": what standard input is), or nullopt when it
// names nothing.
std::optional<struct stat> input_stat(const std::string& in) {
  struct stat s {};
  if (in == "-" ? fstat(STDIN_FILENO, &s) != 0 : stat(in.c_str(), &s) != 0) return std::nullopt;
  return s;
}

// The input the output would overwrite, or "" (inputs may include "-":
// standard input when it is that regular file: '- < thang-3.csv' with
// '-o thang-3.csv' replaced the records with their scores, exit 0).
std::string overwritten_input(const std::string& output, const std::vector<std::string>& inputs) {
  struct stat out {};
  if (stat(output.c_str(), &out) != 0) return "";
  for (const std::string& in : inputs) {
    const std::optional<struct stat> s = input_stat(in);
    if (s && (in != "-" || S_ISREG(s->st_mode)) && same_file(*s, out)) return in;
  }
  return "";
}

// The input standard output is, or "": 'chibo score thang-3.csv >> thang-3.csv'
// appended the scores to the records as they were read, exit 0; with '>' the
// shell has emptied the file before the program starts, and nothing at all
// was scored, unsaid.
std::string stdout_input(const std::vector<std::string>& inputs) {
  struct stat out {};
  if (fstat(STDOUT_FILENO, &out) != 0 || !S_ISREG(out.st_mode)) return "";
  for (const std::string& in : inputs) {
    const std::optional<struct stat> s = input_stat(in);
    if (s && same_file(*s, out)) return in;
  }
  return "";
}

// Why a folder named as the output is not written.
std::string folder_named(const std::string& target) {
  return fmt::format("'{}' là một thư mục: hãy ghi tên tệp kết quả", target);
}

// What an output's name names, found once for each write.
struct Target {
  enum Kind {
    Folder,      // an error: a file's name is wanted
    Descriptor,  // one this program was given (descriptor_of): written through fd
    Device,      // an existing pipe or device: nothing to replace
    Direct,      // a link that cannot be followed to its end: written through, as opening would
    File,        // a regular file or nothing yet: path (a link followed) replaced
  } kind = File;
  int fd = -1;       // Descriptor
  std::string path;  // File
};

Target target_of(const std::string& name) {
  struct stat st {};
  const bool exists = stat(name.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) return {Target::Folder, -1, {}};
  if (std::optional<int> fd = descriptor_of(name)) return {Target::Descriptor, *fd, {}};
  // Renaming over a device or a pipe would put a file where it was.
  if (exists && !S_ISREG(st.st_mode)) return {Target::Device, -1, {}};
  // A link (to a report in another folder): the file it leads to is
  // replaced, not the link.
  std::error_code ec;
  if (fs::is_symlink(name, ec)) {
    std::string real = fs::canonical(name, ec).string();
    if (ec) return {Target::Direct, -1, {}};
    return {Target::File, -1, std::move(real)};
  }
  return {Target::File, -1, name};
}

// write_file_atomically for a target already looked at.
std::string write_to(const Target& t, const std::string& target,
                     const std::function<std::string(const std::string&)>& write) {
  switch (t.kind) {
    case Target::Folder:
      return folder_named(target);
    case Target::Descriptor:
      return write_through_copy(target, t.fd, write);
    case Target::Device:
    case Target::Direct:
      return write(target);
    case Target::File:
      break;
  }
  std::string why = replace_file(t.path, write);
  return t.path == target ? why : named_as_target(why, t.path, target);
}

}  // namespace

std::string output_problem(const std::string& output, const std::vector<std::string>& inputs) {
  if (output.empty() || output == "-") {
    const std::string input = stdout_input(inputs);
    if (input.empty()) return "";
    const std::string which =
        input == "-" ? std::string("đầu vào chuẩn '-' và đầu ra chuẩn là cùng một tệp")
                     : fmt::format("tệp đầu vào '{}' là đầu ra chuẩn (> hoặc >> trên dòng lệnh)",
                                   one_line(input));
    return "không ghi kết quả vào tệp đang đọc: " + which + "; hãy ghi kết quả vào tệp khác";
  }
  const std::string input = overwritten_input(output, inputs);
  if (input == "-") {
    return fmt::format("không ghi đè lên tệp đầu vào '{}' (đầu vào chuẩn '-' là tệp đó)", output);
  }
  if (!input.empty()) return fmt::format("không ghi đè lên tệp đầu vào '{}'", input);
  const Target t = target_of(output);
  if (t.kind == Target::Folder) {
    return folder_named(output);
  }
  if (t.kind != Target::File) return "";  // written through as it is
  // The temporary file is made beside the target.
  fs::path folder = fs::path(t.path).parent_path();
  if (folder.empty()) folder = ".";
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) {
    return fmt::format("không có thư mục '{}' để ghi '{}'", folder.string(), output);
  }
  if (access(folder.c_str(), W_OK) != 0) {
    return fmt::format("không được ghi vào thư mục '{}' (để ghi '{}'): {}", folder.string(), output,
                       system_reason(errno));
  }
  // A name longer than the folder holds (a long Vietnamese title: each
  // accented letter is 2 or 3 bytes) failed only at the rename, after every
  // record had been read and scored.
  const std::string leaf = fs::path(t.path).filename().string();
  const long most = pathconf(folder.c_str(), _PC_NAME_MAX);
  if (most > 0 && leaf.size() > static_cast<std::size_t>(most)) {
    return fmt::format(
        "tên tệp '{}' quá dài: {} byte, thư mục '{}' chỉ nhận tên đến {} byte (một chữ có dấu "
        "là 2 hoặc 3 byte): hãy đặt tên ngắn hơn",
        leaf, leaf.size(), folder.string(), most);
  }
  return "";
}

std::string write_file_atomically(const std::string& target,
                                  const std::function<std::string(const std::string&)>& write) {
  return write_to(target_of(target), target, write);
}

std::string write_seekable_file(const std::string& target,
                                const std::function<std::string(const std::string&)>& write) {
  // "-" is standard output here too (a file named "-" was made instead).
  const Target t =
      target == "-" ? Target{Target::Descriptor, STDOUT_FILENO, {}} : target_of(target);
  // A pipe or device cannot be sought in: made apart, then copied there.
  if (t.kind == Target::Device) return write_through_copy(target, std::nullopt, write);
  return write_to(t, target, write);
}

std::string write_output(const std::string& target,
                         const std::function<void(std::ostream&)>& write) {
  const Target t =
      target.empty() || target == "-" ? Target{Target::Descriptor, 1, {}} : target_of(target);
  // Standard output named as a file (`-o /dev/stdout`) streams as "-" does:
  // std::cout writes through descriptor 1, at the shell's offset.
  if (t.kind == Target::Descriptor && t.fd == 1) {
    std::string why;
    if (!stdout_ok(why)) return why;  // what was written there before, in order
    why = write_stream_to(STDOUT_FILENO, write);
    return why.empty() ? "" : fmt::format("không ghi được kết quả ra đầu ra chuẩn: {}", why);
  }
  return write_to(t, target,
                  [&](const std::string& path) { return write_stream_file(path, write); });
}

bool is_terminal(const std::string& target) {
  if (target.empty() || target == "-") return isatty(STDOUT_FILENO) == 1;
  struct stat st {};
  if (stat(target.c_str(), &st) != 0 || !S_ISCHR(st.st_mode)) return false;
  const int fd = open(target.c_str(), O_WRONLY | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) return false;
  const bool terminal = isatty(fd) == 1;
  close(fd);
  return terminal;
}

namespace {
ReasonKeepingBuf* g_stdout_buf = nullptr;  // StdoutReasons's, while it lives
std::streambuf* g_stdout_given = nullptr;  // std::cout's own, given back after
}  // namespace

StdoutReasons::StdoutReasons() {
  if (g_stdout_buf || isatty(STDOUT_FILENO) == 1) return;
  g_stdout_buf = new ReasonKeepingBuf(STDOUT_FILENO);
  g_stdout_given = std::cout.rdbuf(g_stdout_buf);
}

StdoutReasons::~StdoutReasons() {
  if (!g_stdout_buf) return;
  std::cout.flush();
  std::cout.rdbuf(g_stdout_given);
  delete g_stdout_buf;
  g_stdout_buf = nullptr;
}

bool stdout_ok(std::string& why) {
  errno = 0;
  std::cout.flush();
  if (std::cout) return true;
  int error = g_stdout_buf ? g_stdout_buf->error() : 0;
  if (error == 0) error = errno;
  why = fmt::format("không ghi được kết quả ra đầu ra chuẩn{}",
                    error ? std::string(": ") + system_reason(error) : "");
  return false;
}

}  // namespace chibo::cli
