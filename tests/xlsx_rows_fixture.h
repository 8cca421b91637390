// What the xlsx reader's tests share: a workbook's rows read, or why not.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "xlsx_reader.h"

namespace chibo::testing {

inline constexpr std::size_t kXlsxMax = std::size_t{1} << 20;

// book's rows, as read_xlsx_rows reads them; fails the test when it cannot.
inline std::vector<XlsxRow> rows_of(const std::string& book) {
  std::string why;
  auto rows = read_xlsx_rows(book, kXlsxMax, why);
  INFO(why);
  REQUIRE(rows);
  return *rows;
}

// Why read_xlsx_rows refuses book (within most bytes); fails the test when it reads it.
inline std::string why_not(const std::string& book, std::size_t most = kXlsxMax) {
  std::string why;
  CHECK_FALSE(read_xlsx_rows(book, most, why));
  return why;
}

}  // namespace chibo::testing
