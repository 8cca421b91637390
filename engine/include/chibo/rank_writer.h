// Writing a ranking and its district summary in the formats of `chibo rank`.
//
//   table:    for people: the ranking, then the summary (by grade, by type,
//             by base organisation); numbers as the ruleset presents them.
//   markdown: the same as pipe tables, to paste into a report.
//   csv:      the ranking only, one row a cell, fixed columns (documented in
//             the README); numbers with '.'. The summary is not read (`chibo
//             rank` does not make it for CSV).
//   json:     {period, ruleset, cells: [...], summary: {...}}.
#pragma once

#include <ostream>

#include "chibo/compiled_ruleset.h"
#include "chibo/district_summary.h"
#include "chibo/ranking.h"
#include "chibo/units.h"

namespace chibo {

enum class RankFormat { Table, Csv, Json, Markdown };

void write_ranking(std::ostream& out, RankFormat format, const CompiledRuleset& ruleset,
                   const Ranking& ranking, const DistrictSummary& summary);

}  // namespace chibo
