// ReportInput: everything a district report shows, gathered once by the
// caller (the ranking, its summary, the stored meetings with every
// criterion's points, the records refused and why), so that the summary
// text, the workbook and the web page all say the same thing as `rank`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
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

// Where the units list has a cell: listed, left out of it for an error in
// its row (Units::left_out), or not at all. An empty id is Listed: no
// cell read is no cell missing.
enum class InUnits : std::uint8_t { Listed, LeftOut, Unlisted };
inline InUnits in_units_list(const Units& units, std::string_view id) {
  if (id.empty() || units.position(id)) return InUnits::Listed;
  return units.left_out_line(id) ? InUnits::LeftOut : InUnits::Unlisted;
}

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
  // The cell of the record last added, once read, and where the units list
  // has it (in_units_list); outside_force: its date is outside the
  // ruleset's effective dates. A record of a cell the list lacks, of a unit
  // left out of it for an error in the list, or dated out of force leaves
  // no listed cell a month short, and the reports say so: each is counted
  // in one of unlisted(), left_out() and outside_force(), in that order.
  void cell_of_last(const std::string& cell_id, InUnits in, bool outside_force = false) {
    if (!cell_id.empty() && in == InUnits::Unlisted) {
      ++unlisted_;
    } else if (!cell_id.empty() && in == InUnits::LeftOut) {
      ++left_out_;
    } else if (outside_force) {
      ++outside_force_;
    }
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
  std::int64_t left_out() const { return left_out_; }
  std::int64_t outside_force() const { return outside_force_; }
  // Records rejected that leave a listed cell a month short until mended
  // (or whose cell could not be read): the others.
  std::int64_t to_mend() const { return total_ - unlisted_ - left_out_ - outside_force_; }
  // Records rejected and not listed.
  std::int64_t not_listed() const { return total_ - static_cast<std::int64_t>(listed_.size()); }

 private:
  std::size_t most_;
  std::vector<RejectedRecord> listed_;  // the first most_, in the order met
  std::int64_t total_ = 0;
  std::int64_t unlisted_ = 0;       // of total_
  std::int64_t left_out_ = 0;       // of total_
  std::int64_t outside_force_ = 0;  // of total_
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
