#include "csv_split.h"

#include <algorithm>
#include <climits>
#include <string_view>
#include <vector>

#include "utf16.h"

namespace chibo {

namespace {

// find_csv_split's search, leaving in wherever it stops.
std::optional<CsvSplit> search_split(std::istream& in, std::size_t bytes) {
  if (bytes > static_cast<std::size_t>(INT_MAX)) return std::nullopt;  // lines are ints
  std::vector<char> chunk(std::size_t{1} << 16);
  std::optional<CsvSplit> split;
  std::size_t offset = 0, lines = 0;
  bool cr_at_end = false;  // the piece before ended with a CR
  while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0) {
    const std::string_view part(chunk.data(), static_cast<std::size_t>(in.gcount()));
    // UTF-16 (marked or not): its line ends are two bytes, and the halves are read decoded.
    if (offset == 0 && utf16_start(part).order != Utf16::No) return std::nullopt;
    if (part.find('"') != std::string_view::npos || (cr_at_end && part[0] != '\n')) {
      return std::nullopt;
    }
    for (std::size_t cr = part.find('\r'); cr != std::string_view::npos;
         cr = part.find('\r', cr + 1)) {
      if (cr + 1 < part.size() && part[cr + 1] != '\n') return std::nullopt;
    }
    cr_at_end = part.back() == '\r';
    if (!split) {
      const std::size_t middle = bytes / 2 > offset ? bytes / 2 - offset : 0;
      const std::size_t line_end = middle < part.size() ? part.find('\n', middle) : part.npos;
      const std::string_view before =
          part.substr(0, line_end == part.npos ? part.npos : line_end + 1);
      lines += static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
      if (line_end != part.npos) {
        split = CsvSplit{static_cast<std::streamoff>(offset + line_end + 1),
                         static_cast<int>(lines) + 1};
      }
    }
    offset += part.size();
  }
  if (cr_at_end || !split || split->at >= static_cast<std::streamoff>(offset)) return std::nullopt;
  return split;
}

}  // namespace

std::optional<CsvSplit> find_csv_split(std::istream& in, std::size_t bytes) {
  std::optional<CsvSplit> split = search_split(in, bytes);
  in.clear();
  in.seekg(0);
  if (!in) return std::nullopt;
  return split;
}

}  // namespace chibo
