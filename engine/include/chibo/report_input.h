// ReportInput: everything a district report shows, gathered once by the
// caller (the ranking, its summary, the stored meetings with every
// criterion's points, the records refused and why), so that the summary
// text, the workbook and the web page all say the same thing as `rank`.
#pragma once

#include <string>
#include <vector>

#include "chibo/audit.h"
#include "chibo/compiled_ruleset.h"
#include "chibo/diagnostic.h"
#include "chibo/district_summary.h"
#include "chibo/meeting_store.h"
#include "chibo/ranking.h"
#include "chibo/score_run.h"
#include "chibo/units.h"

namespace chibo {

struct RejectedRecord {
  Location where;
  std::string why;
  std::string cell_id;  // when it could be read (ScoreSink::rejected_meeting); else ""
};

struct ReportInput {
  const CompiledRuleset& ruleset;
  const Units& units;
  const MeetingStore& store;  // built with keep_criteria = true
  const Ranking& ranking;
  const DistrictSummary& summary;
  std::vector<RejectedRecord> rejected;  // in the order met
  RunCounts counts;                      // read = scored + rejected
  AuditResult audit;                     // self-scores of the period's meetings
};

}  // namespace chibo
