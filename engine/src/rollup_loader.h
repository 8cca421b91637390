// Reads a ruleset's 'rollup' section: how months make a quarter's and a
// year's grade (the mean of points, or counts of graded meetings).
#pragma once

#include "chibo/diagnostic.h"
#include "chibo/ruleset.h"
#include "doc.h"

namespace chibo {

Rollup load_rollup(const DocNode& node, Diagnostics& diags);

}  // namespace chibo
