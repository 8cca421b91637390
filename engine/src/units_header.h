// The header of a units list given as CSV or a workbook: which of the list's
// fields (UnitKey) each column holds, named by its English id ("parent") or
// its Vietnamese words ("Trực thuộc"); units.cpp reads the rows under it.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "chibo/diagnostic.h"
#include "csv_reader.h"
#include "unit_words.h"

namespace chibo {

inline constexpr const char* kSaveAsCsvUtf8 = "hãy lưu tệp dạng CSV UTF-8";

inline constexpr int kUnitColumnUnnamed = -1;  // a column without a name: its values are errors
inline constexpr int kUnitColumnIgnored = -2;  // an unknown or repeated column, said at the header

// What the header says of the columns: which field each holds, which fields
// are there, and how it names each (in messages).
struct UnitColumns {
  std::vector<int> key;  // a column's UnitKey, or kUnitColumnUnnamed/kUnitColumnIgnored
  std::vector<bool> have;
  // As written ("Cấp", "LEVEL"); one not there by its id, or by its words
  // when the header names columns in Vietnamese.
  std::array<std::string, kUnitKeyCount> names;
};

// Reads the header into columns, saying in diags what is wrong with it
// (unknown and repeated columns, missing ones, text that is not UTF-8).
// false when no row can be read.
bool read_unit_header(const CsvRecord& header, const std::string& file, UnitColumns& columns,
                      Diagnostics& diags);

// The units' key column, in its names, folded: the header is the row naming
// it (header_row.h), as a title may be above it.
const std::vector<std::string>& unit_key_column();
inline constexpr const char* kUnitKeyColumnSaid = "'id', 'Mã' hay 'Mã đơn vị'";  // as written

// The units' other columns, in their names, folded: a row naming one and the
// id is a table's header (read_xlsx_table), not a list of the columns.
const std::vector<std::string>& unit_other_columns();

}  // namespace chibo
