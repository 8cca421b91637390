// The district report as one self-contained web page: inline CSS, SVG charts
// and a little JavaScript, no external assets, so it opens offline from a USB
// stick or an e-mail. It shows the summary text, the grade distribution, the
// grades by base organisation, the trend over the quarters of the year that
// have meetings, a heat-map of the criteria that lose most points, and the
// ranking table, sortable by any column and filterable by type and base
// organisation. Every text from the inputs is HTML-escaped.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "chibo/report_input.h"

namespace chibo {

void write_report_html(std::ostream& out, const ReportInput& in);

// Text for HTML content and attribute values: & < > " ' escaped.
std::string html_escape(std::string_view text);

}  // namespace chibo
