// The summary of a district report in Vietnamese, as the district's Ban Tổ
// chức writes it: "Qua đánh giá, quý I/2024 có 150/192 chi bộ đạt chất lượng
// sinh hoạt Tốt (78,13%), ...", then the types of cells, the missing months,
// the leading cells and the criteria that lose most points. Every number is
// written with the ruleset's presentation. The same paragraphs are printed
// alone (`chibo report --format text`) and placed in both reports.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "chibo/report_input.h"

namespace chibo {

// The paragraphs, each one line without a newline.
std::vector<std::string> report_paragraphs(const ReportInput& in);

// A title line, a blank line, then the paragraphs separated by blank lines.
void write_report_text(std::ostream& out, const ReportInput& in);

// "Báo cáo chất lượng sinh hoạt chi bộ quý I/2024"
std::string report_title(const Ranking& ranking);

// Said where a report's list of rejected records holds only its first
// listed (RejectedList), rest not: where every one is to be found.
std::string rejected_not_listed(std::int64_t listed, std::int64_t rest);

}  // namespace chibo
