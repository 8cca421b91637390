// What a district report covers and what it leaves out, said in the report
// itself (its readers never see the run's standard error): the units left
// out of the list for errors in it, the months of the period the ruleset was
// not in force, and the records rejected that leave no listed cell a month
// short. report_text.cpp places the sentences among the summary's
// paragraphs (and so in the workbook and the web page), and
// report_html_lists.cpp opens the list of rejected records with the same
// counts.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "chibo/report_input.h"

namespace chibo {

// The units of the list left out for errors in their rows (Units::
// units_left_out), counted, their lines and their first ids named: "13 đơn
// vị của danh sách đơn vị units.csv bị loại vì lỗi trong danh sách (ở dòng
// 2), không có trong báo cáo này, kể cả trong các số trên: 'CP-TT',
// 'CP-TT-01', ... và 3 đơn vị khác; hãy sửa danh sách rồi lập lại báo cáo."
// "" when none was.
std::string units_left_out_sentence(const ReportInput& in);
// The same, counted alone: "13 đơn vị bị loại vì lỗi trong danh sách"; ""
// when none was.
std::string units_left_out_count(const ReportInput& in);

// The period partly (or not at all) within the ruleset's effective dates:
// "Bộ tiêu chí chỉ có hiệu lực từ 14/12/2018 đến 31/05/2024, nên năm 2024
// chỉ tính đến tháng 5/2024: các số dưới đây chỉ xét các tháng đó; tháng 6,
// 7, 8, 9, 10, 11, 12/2024 ngoài thời gian hiệu lực, không tính điểm và
// không coi là thiếu." "" when every month of the period is in force.
std::string force_sentence(const ReportInput& in);

// Rejected records that leave no listed cell a month short, by why: of a
// cell the list lacks, of a unit left out of it, dated out of the ruleset's
// force (RejectedList's unlisted, left_out, outside_force), those counted
// none left out. what: "của chi bộ không có trong danh sách đơn vị", "của
// đơn vị bị loại khỏi danh sách đơn vị vì lỗi trong danh sách", "có ngày
// sinh hoạt ngoài thời gian hiệu lực của bộ tiêu chí (từ 14/12/2018 đến
// 31/05/2024)".
struct RejectedApart {
  std::int64_t count = 0;
  std::string what;
  bool unlisted = false;  // the first kind
};
std::vector<RejectedApart> rejected_apart(const ReportInput& in);

}  // namespace chibo
