// Where a command's result goes: standard output, or the file named by
// --output. A file is written through a temporary file in its folder and
// renamed into place only when complete, so a failure (a full disk, an
// interrupt) never leaves a truncated file and never replaces the old one; a
// path that is one of the inputs is refused; a pipe or a device is written
// directly, and a descriptor named as a file (/dev/stdout, /proc/self/fd/N)
// through that descriptor, never replaced; another link is followed.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace chibo::cli {

// --output/-o FILE: the file instead of standard output ("-" is standard
// output); an empty name is refused (it wrote to standard output unasked).
void add_output_option(CLI::App& app, std::string& output);
// --format FORMAT, one of formats (the first is the default), and when it
// is not given, the format --output's extension names (-o bao-cao.xlsx:
// xlsx; .csv, .json, .html or .htm, .md, .yaml or .yml, .txt for text). A
// member of the command's options: CLI11 writes into it.
class FormatOption {
 public:
  void add(CLI::App& app, const std::string& help, std::vector<std::string> formats);
  // The format to write output in; an extension that names another format
  // than the one given is warned of on err ("chibo COMMAND: cảnh báo: ...").
  std::string settle(const std::string& output, const std::string& command,
                     std::ostream& err) const;

 private:
  CLI::Option* option_ = nullptr;
  std::string value_;
  std::vector<std::string> formats_;
};

// "--output=" with nothing after it (an unset variable in --output=$OUT):
// CLI11 takes the next argument as the file, and a record file named there
// was overwritten with the result. The message for it (command: the one it
// was given to), or "" when not given.
std::string empty_output_named(int argc, char** argv, std::string& command);

// Why output cannot be written, said before any input is read (a national
// run read and scored everything first): it is one of the inputs, a folder,
// in a folder that does not exist or may not be written; "" when none of
// these (standard output, a device, a file in a folder it may write).
std::string output_problem(const std::string& output, const std::vector<std::string>& inputs);

// Runs write with the path of the file to write (a temporary one when the
// target is a regular file), then renames it into place. write returns "" or
// why it failed. Returns "" or why (in Vietnamese), naming the target where
// write named the temporary file.
std::string write_file_atomically(const std::string& target,
                                  const std::function<std::string(const std::string&)>& write);

// The same for a writer that needs a file it can seek in (libxlsxwriter's
// workbook): "-" is standard output; a pipe or device named as the target
// (`-o - | ...`, `-o /dev/stdout > f`)
// is given the bytes of a file written first in the system's temporary
// folder (it was given a broken zip).
std::string write_seekable_file(const std::string& target,
                                const std::function<std::string(const std::string&)>& write);

// The same for a writer of a stream; an empty target or "-" is standard output.
std::string write_output(const std::string& target,
                         const std::function<void(std::ostream&)>& write);

// Whether target ("-" or empty: standard output) is a terminal: no place for
// a workbook's bytes.
bool is_terminal(const std::string& target);

// Standard output is written and flushed; false when a write failed
// (e.g. a full disk), with why set.
bool stdout_ok(std::string& why);

}  // namespace chibo::cli
