// A blank meeting record to fill in, so nobody has to guess field names:
// YAML with each input's label, unit and range as comments, a CSV header,
// or an Excel workbook whose columns say the same and only take what fits.
#pragma once

#include <ostream>
#include <string>

#include "chibo/compiled_ruleset.h"

namespace chibo {

void write_yaml_template(std::ostream& out, const CompiledRuleset& ruleset);
void write_csv_template(std::ostream& out, const CompiledRuleset& ruleset);
// A workbook (written at path, by libxlsxwriter) of a sheet "Bản ghi" with
// the CSV header's columns, each with its label and range as a comment, a
// list to pick from (có/không, a choice's labels, the kinds), the range
// Excel checks as it is typed, dates shown dd/mm/yyyy, for rows 2 to 1000;
// and a sheet "Hướng dẫn" listing them. "" or why it could not be written.
std::string write_xlsx_template(const std::string& path, const CompiledRuleset& ruleset);

}  // namespace chibo
