// A blank meeting record to fill in, so nobody has to guess field names:
// YAML with each input's label, unit and range as comments, or a CSV header.
#pragma once

#include <ostream>

#include "chibo/compiled_ruleset.h"

namespace chibo {

void write_yaml_template(std::ostream& out, const CompiledRuleset& ruleset);
void write_csv_template(std::ostream& out, const CompiledRuleset& ruleset);

}  // namespace chibo
