// A workbook's sheets as its tabs show them. xl/workbook.xml lists the
// tabs in their order (each one's name, whether it is hidden, the relation
// naming its part) and the date system; xl/_rels/workbook.xml.rels says
// which part each relation is, and whether that is a worksheet: a chart
// sheet or a macro sheet holds no table to read, and is left out.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "xlsx_archive.h"

namespace chibo {

struct WorkbookSheet {
  std::string name;  // the tab's, as Excel shows it
  std::string part;  // "xl/worksheets/sheet1.xml"
  bool hidden = false;
};

struct WorkbookSheets {
  std::vector<WorkbookSheet> worksheets;  // in the order of their tabs
  bool date1904 = false;

  // The sheet one filling the workbook in sees first: the first worksheet
  // not hidden, else (every one hidden) the first; nullptr when there is none.
  const WorkbookSheet* first() const;
};

// The sheets of the workbook in zip, each part unpacked to at most
// max_bytes; nullopt, with why (Vietnamese), when a part cannot be read.
std::optional<WorkbookSheets> read_workbook_sheets(XlsxArchive& zip, std::size_t max_bytes,
                                                   std::string& why);

}  // namespace chibo
