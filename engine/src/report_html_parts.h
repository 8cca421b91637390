// The pieces of the web report (report_html.cpp puts them together): the SVG
// charts, each a self-contained <svg> with its texts escaped, and the lists.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "chibo/report_input.h"
#include "criterion_matrix.h"

namespace chibo {

// Colours of the grades from best to worst; a ruleset with more grades
// reuses the last.
const std::string& grade_colour(std::size_t grade);

// A share 0..1 as the ruleset writes percentages ("78,13%").
std::string percent_text(const Presentation& p, double share);

std::string grade_chart(const ReportInput& in);
std::string base_chart(const ReportInput& in);
// One stacked column per quarter of the period's year that has meetings.
std::string trend_chart(const ReportInput& in);
std::string heat_map(const ReportInput& in, const CriterionMatrix& m);

// The meetings to look at again (report_html_lists.cpp): those whose
// self-score is over the computed or the reviewer's, and the records refused.
void write_audit_list(std::ostream& out, const ReportInput& in);
void write_rejected_list(std::ostream& out, const ReportInput& in);

}  // namespace chibo
