// Writing an audit of self-scores (audit.h) in the formats of `chibo audit`.
//
//   table:    for people: the meetings flagged, then per cell and per base
//             organisation; numbers as the ruleset presents them.
//   markdown: the same as pipe tables.
//   csv:      the meetings flagged, one row each, fixed columns (README).
//   json:     {period, ruleset, tolerance, ..., meetings: [...], cells, bases}.
#pragma once

#include <ostream>

#include "chibo/audit.h"
#include "chibo/compiled_ruleset.h"
#include "chibo/period.h"
#include "chibo/units.h"

namespace chibo {

enum class AuditFormat { Table, Csv, Json, Markdown };

void write_audit(std::ostream& out, AuditFormat format, const CompiledRuleset& ruleset,
                 const Units& units, const Period& period, const AuditResult& audit);

}  // namespace chibo
