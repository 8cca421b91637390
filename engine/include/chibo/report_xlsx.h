// The district report as an Excel workbook (libxlsxwriter), the file that
// goes up the chain. Sheets: "Xếp hạng" (the ranking, as `rank` writes it),
// "Tổng hợp" (the summary text, grades overall, by type, by base
// organisation), "Chi tiết" (every meeting of the period with every
// criterion's points), "Tự chấm" (the audit list) and "Bị loại" (records
// refused, with file, line and reason). Numbers are stored as numbers with a
// "0.00"-style format, so a Vietnamese Excel shows decimal commas; each grade
// has its own fill; header rows are frozen and filtered and print on every
// page of an A4 landscape print-out, fitted to the width.
#pragma once

#include <string>

#include "chibo/report_input.h"

namespace chibo {

// Writes the workbook to path (created or replaced). "" on success, else why
// it could not be written.
std::string write_report_xlsx(const std::string& path, const ReportInput& in);

}  // namespace chibo
