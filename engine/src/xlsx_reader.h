// The first worksheet of an Excel workbook (.xlsx) as rows of text, each
// cell as the records' reader takes it: a date cell as YYYY-MM-DD, a
// percentage as "93.5%", a number at Excel's 15 significant digits, a
// yes/no (TRUE/FALSE) as 1/0, a formula by the value Excel last computed.
// Read with libzip (the workbook is a zip of XML parts) and expat.
#pragma once

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chibo/diagnostic.h"
#include "csv_reader.h"
#include "file_start.h"

namespace chibo {

struct XlsxRow {
  int line = 0;                    // the row's number, as Excel shows it
  std::vector<std::string> cells;  // from column A on; "" where nothing is written
};

// The rows of the workbook's first sheet that hold something, in order:
// its first tab that is a worksheet and not hidden (a chart sheet, or a
// sheet hidden away, is not the one filled in).
// nullopt, with why (Vietnamese), when bytes are no workbook that can be
// read, or when a part of it unpacks to more than max_bytes.
std::optional<std::vector<XlsxRow>> read_xlsx_rows(std::string_view bytes, std::size_t max_bytes,
                                                   std::string& why);

// Which of rows is the header (header_row.h): the first of the first
// kHeaderSearchRows with a cell naming one of names (folded: fold_case),
// else the first.
std::size_t header_row(const std::vector<XlsxRow>& rows, const std::vector<std::string>& names);

// A row's cells as a CSV record's fields, at its row's number, and at
// least width of them: the cells left empty at a row's end are not in the
// file, and a row is as wide as its header.
void xlsx_record(const XlsxRow& row, std::size_t width, CsvRecord& out);

// read_xlsx_rows with limits().max_file_bytes, what it could not read said
// in diags at the file (name), with what to do; nullopt then.
std::optional<std::vector<XlsxRow>> read_workbook(std::string_view bytes, const std::string& name,
                                                  Diagnostics& diags);

}  // namespace chibo
