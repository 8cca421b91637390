#include "ruleset_path.h"

#include <filesystem>
#include <fstream>

namespace chibo::cli {

std::string ruleset_path_problem(const std::string& path) {
  std::error_code ec;
  const std::filesystem::file_status st = std::filesystem::status(path, ec);
  if (std::filesystem::is_directory(st)) return "đây là một thư mục, không phải tệp bộ tiêu chí";
  if (path == "-" && !std::filesystem::exists(st)) {
    // As records take it: the ruleset is read from a file only.
    return "bộ tiêu chí phải là một tệp: '-' (đầu vào chuẩn) chỉ dùng cho tệp bản ghi";
  }
  if (!std::filesystem::exists(st) ||
      (std::filesystem::is_regular_file(st) && !std::ifstream(path).good())) {
    return "tệp có tồn tại, và có quyền đọc không?";
  }
  return "";
}

}  // namespace chibo::cli
