// ReportInput: everything a district report shows, gathered once by the
// caller (the ranking, its summary, the stored meetings with every
// criterion's points, the records refused and why), so that the summary
// text, the workbook and the web page all say the same thing as `rank`.
#pragma once

#include <cstddef>
#include <cstdint>
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

// The records rejected, as a report lists them: the first `most` with
// their reasons, every one counted. A wrong units list rejects every
// record, and the national year's 4,093,069 kept whole took 3.2 GB and made
// a web page of 764 MB that no browser opens; each rejected record is said
// on standard error as it is read all the same.
class RejectedList {
 public:
  static constexpr std::size_t kListed = 10'000;
  explicit RejectedList(std::size_t most = kListed) : most_(most) {}

  // A record rejected at where for why: listed while there is room.
  void add(const Location& where, const std::string& why) {
    if (listed_.size() < most_) listed_.push_back({where, why, ""});
    ++total_;
  }
  // The cell of the record last added, once read; in_units: whether the
  // units list has it (a record of a cell it lacks leaves no listed cell a
  // month short, and the reports say so).
  void cell_of_last(const std::string& cell_id, bool in_units) {
    if (!cell_id.empty() && !in_units) ++unlisted_;
    if (!listed_.empty() && static_cast<std::int64_t>(listed_.size()) == total_) {
      listed_.back().cell_id = cell_id;
    }
  }
  // Whether the next record added is listed (its place: listed().size()).
  bool has_room() const { return listed_.size() < most_; }
  std::vector<RejectedRecord>& listed() { return listed_; }
  const std::vector<RejectedRecord>& listed() const { return listed_; }
  std::int64_t total() const { return total_; }
  std::int64_t unlisted() const { return unlisted_; }
  // Records rejected and not listed.
  std::int64_t not_listed() const { return total_ - static_cast<std::int64_t>(listed_.size()); }

 private:
  std::size_t most_;
  std::vector<RejectedRecord> listed_;  // the first most_, in the order met
  std::int64_t total_ = 0;
  std::int64_t unlisted_ = 0;  // of total_
};

struct ReportInput {
  const CompiledRuleset& ruleset;
  const Units& units;
  const MeetingStore& store;  // built with keep_criteria = true
  const Ranking& ranking;
  const DistrictSummary& summary;
  RejectedList rejected;
  RunCounts counts;   // read = scored + rejected
  AuditResult audit;  // self-scores of the period's meetings
};

}  // namespace chibo
