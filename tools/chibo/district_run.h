// What `chibo rank` and `chibo report` share: the options naming a district's
// inputs, and the run that loads the ruleset and the units, scores every
// record into a MeetingStore (a record the store refuses counts as rejected),
// prints the rejections and the accounting lines, then the cells the records
// name that the list does not have (unlisted_summary.h), ranks and
// summarizes, and audits the self-scores of the period's meetings.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "chibo/audit.h"
#include "chibo/district_summary.h"
#include "chibo/meeting_store.h"
#include "chibo/ranking.h"
#include "chibo/report_input.h"
#include "chibo/units.h"

namespace chibo::cli {

struct DistrictOptions {
  std::string ruleset, units, period, by, output;
  std::vector<std::string> records;
  int threads = 1;
  std::vector<std::string> inputs() const;  // every file read
};

// --ruleset, --units, --period, --by (when the command shows ranks),
// --output, --threads and the record files.
void add_district_options(CLI::App& app, DistrictOptions& o, bool ranks = true);

struct DistrictRun {
  std::shared_ptr<const CompiledRuleset> ruleset;
  Units units;
  std::unique_ptr<MeetingStore> store;  // null after ranking unless DistrictNeeds::meetings
  Ranking ranking;
  DistrictSummary summary;
  Period period;
  AuditResult audit;      // the period's meetings that give a self-score (DistrictNeeds::audit)
  RejectedList rejected;  // DistrictNeeds::rejected_records; else empty
  RunCounts counts;
  bool bad_input = false;  // something was rejected or could not be read

  ReportInput report_input() const {
    return {*ruleset, units, *store, ranking, summary, rejected, counts, audit};
  }
};

// What a command needs beyond the ranking: every criterion's points (see
// MeetingStore), the audit of self-scores. At national scale each costs
// hundreds of megabytes, so a command asks only for what it shows.
struct DistrictNeeds {
  bool criteria = false;
  bool audit = false;
  // Keep the meetings after ranking (reports list them); without it the
  // store is freed once the cells are ranked, before the summary and the
  // writing (national year: 135 MB).
  bool meetings = false;
  // List the rejected records with their reasons (the report does; the
  // first RejectedList::kListed) and count them: without it, nothing is kept
  // of a rejected record past its line.
  bool rejected_records = false;
  // The summary by grade, type and base organisation: not made when nothing
  // shows it (the ranking as CSV), DistrictRun::summary then left empty
  // (national year: 0.045 s of the 3).
  bool summary = true;
  // The points of meetings outside the period and the one before (a
  // report's chart of the year's quarters reads them): without it they are
  // left unadded where that cannot change a meeting's fate (StoreSink::
  // wants_points; national 2024-Q2: half the meetings). Kept criteria and
  // the audit want them all the same.
  bool points_outside = true;
};

// nullptr when the ruleset or the units cannot be used (already reported;
// the caller exits with kExitUsage).
std::unique_ptr<DistrictRun> run_district(const DistrictOptions& o, DistrictNeeds needs,
                                          std::ostream& err);

// Runs the district and writes its result with write (to --output, or standard
// output): the body of `rank` and `audit`. Returns the exit code.
int run_and_write(const char* command, const DistrictOptions& o, DistrictNeeds needs,
                  const std::function<void(const DistrictRun&, std::ostream&)>& write);

}  // namespace chibo::cli
