// libFuzzer target: a workbook read. The input is read twice: as the bytes
// of an .xlsx, and as the rows (<sheetData>'s XML) of a workbook made around
// it with shared strings and number formats. Each is read as a table whose
// header names "a" and "b" (a sheet after the first may be read, and the
// later ones holding the table too). Checked on every input: no crash, and
// each sheet's rows come in rising order, each with something in it and no
// more than Excel's 16,384 columns; a failure always says why; the first
// sheet passed over only for another; a later one read holds rows.
#include <cstddef>
#include <cstdint>
#include <string>

#include "../xlsx_fixture.h"
#include "xlsx_reader.h"

namespace {

void check_rows(const std::vector<chibo::XlsxRow>& rows) {
  int last = 0;
  chibo::CsvRecord record;
  for (const chibo::XlsxRow& row : rows) {
    if (row.line <= last) __builtin_trap();
    last = row.line;
    if (row.cells.empty() || row.cells.size() > 16384) __builtin_trap();
    chibo::xlsx_record(row, 3, record);
    if (record.fields.size() < 3) __builtin_trap();
  }
}

void read(const std::string& book) {
  std::string why;
  auto table = chibo::read_xlsx_table(book, std::size_t{1} << 22, {"a"}, {"b"}, why,
                                      chibo::SheetChoice::EveryTable);
  if (!table) {
    if (why.empty()) __builtin_trap();
    return;
  }
  if (table->passed_over && table->rows.empty()) __builtin_trap();
  check_rows(table->rows);
  for (const chibo::XlsxSheetRows& more : table->more) {
    if (more.rows.size() < 2) __builtin_trap();
    check_rows(more.rows);
  }
  (void)chibo::sheet_note(*table, "bản ghi", "'a'");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  read(text);
  read(chibo::testing::workbook(
      text, "<si><t>a</t></si><si><r><t>b</t></r><rPh><t>c</t></rPh></si>",
      "<numFmts><numFmt numFmtId=\"164\" formatCode=\"[h]:mm\"/></numFmts>"
      "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"9\"/>"
      "<xf numFmtId=\"164\"/></cellXfs>",
      size % 2 == 1));
  return 0;
}
