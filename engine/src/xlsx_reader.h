// A worksheet of an Excel workbook (.xlsx) as rows of text, each
// cell as the records' reader takes it: a date cell as YYYY-MM-DD, a
// percentage as "93.5%", a number at Excel's 15 significant digits, a
// yes/no (TRUE/FALSE) as 1/0, a formula by the value Excel last computed.
// Read with libzip (the workbook is a zip of XML parts) and expat. The
// sheet read is the first tab one fills in, unless it holds no table's
// header and a later tab does (a guide or a cover sheet put first).
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

// A later tab read too (SheetChoice::EveryTable): its name and rows.
struct XlsxSheetRows {
  std::string sheet;
  std::vector<XlsxRow> rows;
};

// A later tab not read, and why.
struct XlsxLeftTab {
  enum class Why {
    Unreadable,  // it could not be read (text: why)
    Unlike,      // its header names the key column and another, or begins one as the
                 // table's do, but is not the table's (xlsx_reader.cpp's read_later_tables)
  };
  std::string sheet;
  Why why = Why::Unreadable;
  std::string text;
};

// Whether a workbook's records may be in several tabs (a tab a month) or
// in one (a list of units).
enum class SheetChoice { OneTable, EveryTable };

// The rows read, and from which sheet.
struct XlsxTable {
  std::vector<XlsxRow> rows;
  std::string sheet;  // its tab's name
  // The first sheet's name when it is not the one read (it holds no
  // table, and sheet does); nullopt when it is.
  std::optional<std::string> passed_over;
  bool first_empty = false;  // the first holds a table's header with no row under it
  // When the first sheet holds no table and is read all the same: the first
  // later sheet that could not be read, "trang 'TAB': why"; and the first
  // hidden sheet holding a table (never read: not the one filled in).
  std::string unread;
  std::string hidden;
  // SheetChoice::EveryTable, and the sheet read holds the table: the other
  // tabs (in their order, hidden ones too) holding it too (a header naming
  // the key column and another, or a cell beginning as one does, with a row
  // under it) with half as many cells in their header as the widest such
  // header at least: read too (the sheet read itself may give way to the
  // first of them, when its header is narrower: a summary). The tabs not read that hold something
  // of a table (left), and how many were not looked at (past the 100 later
  // tabs looked at, or past max_bytes each, four times it in all): said.
  std::vector<XlsxSheetRows> more;
  std::vector<XlsxLeftTab> left;
  std::size_t unlooked = 0;
};

// The rows of one sheet of the workbook that hold something, in order.
// The sheet is its first tab that is a worksheet and not hidden (a chart
// sheet, or a sheet hidden away, is not the one filled in), unless none of
// its first kHeaderSearchRows such rows names a cell of key and one of
// others (folded: fold_case), or a cell of key among more than two cells:
// a table's header, with a row under it. Then, in the order of the tabs
// (looked at only then: the first sheet holding the table costs nothing
// more), the first later one whose rows do; none, and the first holds no
// table's header, the first later one holding one; none, and the first
// names no key column at all, the first later one naming one; none either,
// the first. key empty: the first. The later sheets are looked at within
// max_bytes in all (unpacked, and held by their rows) and 100 of them at
// most; one that cannot be read within that is passed by (the first such
// kept in unread when no later sheet is read), a hidden one holding the
// table named in hidden.
// SheetChoice::EveryTable: the later tabs holding the table too (XlsxTable::more).
// nullopt, with why (Vietnamese), when bytes are no workbook that can be
// read, or when a part of it unpacks to more than max_bytes.
std::optional<XlsxTable> read_xlsx_table(std::string_view bytes, std::size_t max_bytes,
                                         const std::vector<std::string>& key,
                                         const std::vector<std::string>& others, std::string& why,
                                         SheetChoice choice = SheetChoice::OneTable);

// read_xlsx_table's rows of the first sheet.
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

// read_xlsx_table with limits().max_file_bytes, what it could not read said
// in diags at the file (name), with what to do; nullopt then.
std::optional<XlsxTable> read_workbook(std::string_view bytes, const std::string& name,
                                       const std::vector<std::string>& key,
                                       const std::vector<std::string>& others, Diagnostics& diags,
                                       SheetChoice choice = SheetChoice::OneTable);

// The warning a table read from a workbook calls for: the sheet read when
// it is not the first (passed_over), and why; the first read for want of a
// later one that could be read (unread); the later tabs left that are
// hidden or not the table's (left); else "". what: the table's rows
// ("bản ghi"); key: its key column's names as said ("'cell_id' hay 'Mã chi bộ'").
std::string sheet_note(const XlsxTable& table, const char* what, std::string_view key);

// The error a table read with SheetChoice::EveryTable calls for: the later
// tabs that could not be read or were not looked at (past the limits), which
// may hold rows of it, with what to do; else "".
std::string sheet_fault(const XlsxTable& table, const char* what);

}  // namespace chibo
