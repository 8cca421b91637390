#include "csv_out.h"

namespace chibo::gen {

CsvOut::CsvOut(const std::string& path) {
  if (path == "-") {
    file_ = stdout;
  } else {
    file_ = std::fopen(path.c_str(), "wb");
    owned_ = true;
  }
  buffer_.reserve(kBlock + (kBlock >> 2));
}

CsvOut::~CsvOut() { close(); }

void CsvOut::flush() {
  if (file_ && !buffer_.empty()) {
    if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) failed_ = true;
  }
  buffer_.clear();
}

bool CsvOut::close() {
  if (!file_) return false;
  flush();
  if (std::fflush(file_) != 0) failed_ = true;
  if (owned_ && std::fclose(file_) != 0) failed_ = true;
  file_ = nullptr;
  return !failed_;
}

void append_field(std::string& line, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    line += field;
    return;
  }
  line += '"';
  for (char c : field) {
    if (c == '"') line += '"';
    line += c;
  }
  line += '"';
}

}  // namespace chibo::gen
