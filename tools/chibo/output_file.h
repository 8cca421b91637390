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

namespace chibo::cli {

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

// For as long as it lives, std::cout writes through a ReasonKeepingBuf
// (unless standard output is a terminal, where a line shows as it is
// written), so that stdout_ok() says why a write failed: what `explain`
// and `test` write a piece at a time failed before the flush, and errno
// read at the end was 0 ("không ghi được kết quả ra đầu ra chuẩn" with no
// reason). Flushed and given back when it ends.
class StdoutReasons {
 public:
  StdoutReasons();
  ~StdoutReasons();
  StdoutReasons(const StdoutReasons&) = delete;
  StdoutReasons& operator=(const StdoutReasons&) = delete;
};

}  // namespace chibo::cli
