// Cutting a large CSV file in two halves that two threads read at once
// (the national units list), each with a CsvReader of its own.
#pragma once

#include <cstddef>
#include <istream>
#include <optional>

namespace chibo {

// Where CSV text of one record a line can be cut in two, to read the halves
// on two threads (a CsvReader each, the second told its first line): just
// after the first line end past the middle of its `bytes`. nullopt when it
// cannot be: text with a quote (a record may span lines) or a CR alone (a
// line end apart from LF), UTF-16 (its line ends are two bytes, and a half
// would be read undecoded), or no line end past the middle. Reads in (a file:
// it must seek) to its end, then rewinds it.
struct CsvSplit {
  std::streamoff at = 0;  // the second half's first byte
  int line = 0;           // and its line
};
std::optional<CsvSplit> find_csv_split(std::istream& in, std::size_t bytes);

}  // namespace chibo
