// What the CSV reader's tests share: a text read whole, and text made UTF-16.
#pragma once

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "csv_reader.h"

namespace chibo::testing {

struct Read {
  std::vector<chibo::CsvRecord> records;
  char separator = 0;
};

// Reuses one CsvRecord on purpose, as real callers do, so stale fields would show.
inline Read read_all(const std::string& text, char separator = 0, std::size_t chunk = 1 << 16) {
  std::istringstream in(text);
  chibo::CsvReader reader(in, separator, chunk);
  Read out;
  chibo::CsvRecord record;
  while (reader.next(record)) out.records.push_back(record);
  out.separator = reader.separator();
  return out;
}

// text as UTF-16 with its byte-order mark, little or big endian.
inline std::string utf16(std::u16string_view text, bool little) {
  std::string out = little ? "\xFF\xFE" : "\xFE\xFF";
  for (char16_t u : text) {
    const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    out += little ? lo : hi;
    out += little ? hi : lo;
  }
  return out;
}

}  // namespace chibo::testing
