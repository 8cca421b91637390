// Buffered output for large CSV files: text is collected in memory and
// written in blocks of about a megabyte, so memory stays flat however many
// rows are written.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace chibo::gen {

class CsvOut {
 public:
  // path "-" = standard output. ok() is false when the file cannot be opened.
  explicit CsvOut(const std::string& path);
  ~CsvOut();
  CsvOut(const CsvOut&) = delete;
  CsvOut& operator=(const CsvOut&) = delete;

  bool ok() const { return file_ != nullptr && !failed_; }
  void write(std::string_view text) {
    buffer_ += text;
    if (buffer_.size() >= kBlock) flush();
  }
  void flush();
  // Flushes and closes; false when any write failed.
  bool close();

 private:
  static constexpr std::size_t kBlock = 1 << 20;
  std::FILE* file_ = nullptr;
  bool owned_ = false, failed_ = false;
  std::string buffer_;
};

// Appends one CSV field: quoted (with "" for ") only when it holds a
// separator, a quote or a line break.
void append_field(std::string& line, std::string_view field);

}  // namespace chibo::gen
