// Audit of self-scores: each cell scores its own meeting, and an upper-level
// member may score it too (record columns self_total, reviewer_total,
// self.<criterion>, reviewer.<criterion>: record_checker.h). The audit lists
// meetings whose self-score is higher than the score the ruleset computes, or
// than the reviewer's, by more than the ruleset's tolerance (`audit:` in the
// ruleset; 0 by default), so the district can ask for re-evaluation.
// Every score is compared as the ruleset presents it (decimals and
// rounding): the computed one, since that is the number people copy onto
// their sheet, and the claims alike (an Excel formula's 94.7916... is 94,79).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chibo/compiled_ruleset.h"
#include "chibo/meeting.h"
#include "chibo/units.h"

namespace chibo {

// One score compared: the total, or one criterion.
struct AuditLine {
  std::string criterion;    // a criterion id; empty: the total
  std::string label;        // the criterion's label ("" for the total)
  Rational self, computed;  // as presented (number_format.h), as reviewer is
  std::optional<Rational> reviewer;
  bool over_computed = false;  // self - computed > tolerance
  bool over_reviewer = false;  // self - reviewer > tolerance
  // The criterion is not on this meeting's sheet: left off it (not
  // applicable, its policy rescale; a group all of whose items are), or on
  // the other kind's sheet only. It has no points to compare a claim with
  // (computed is 0 and means nothing; over_* stay false): a claim of 0 there
  // is no discrepancy, one of more is flagged as points claimed for a
  // criterion that does not apply (it read as an over-claim by its points).
  bool off_sheet = false;
  bool claimed_off_sheet() const { return off_sheet && self > Rational(0); }
  bool flagged() const { return over_computed || over_reviewer || claimed_off_sheet(); }
};

struct AuditedMeeting {
  std::string cell_id;
  int date = 0;  // days since 1970-01-01
  MeetingKind kind = MeetingKind::Regular;
  Location where;
  // The total first when the record gives self_total, then every criterion
  // the record gives a self-score for, in the sheet's order, then those of
  // the other kind's sheet only (off_sheet, as those left off this one).
  std::vector<AuditLine> lines;
  bool flagged() const;
  const AuditLine* total() const;  // nullptr: no self_total
};

// Compares one scored meeting's claims with its score.
class Auditor {
 public:
  explicit Auditor(const CompiledRuleset& ruleset);
  // false: the record gives no self-score at all (nothing to audit).
  bool audit(const MeetingRecord& record, const MeetingScore& score, AuditedMeeting& out) const;

 private:
  const CompiledRuleset& ruleset_;
};

// How many meetings of a cell or a base organisation gave a self-score, and
// how many of those were flagged.
struct AuditTally {
  const Unit* unit = nullptr;
  int cells = 0;    // base organisations: its cells with a flagged meeting
  int claimed = 0;  // meetings with a self-score
  int flagged = 0;
  Rational largest_excess;  // the largest self_total - min(computed, reviewer) flagged
};

struct AuditResult {
  int meetings = 0;  // meetings audited (scored, in the period)
  int claimed = 0;   // of which gave a self-score
  // Meetings with a self-score or reviewer's score that was no score (a
  // warning at each record; MeetingRecord::claim_faults), left out of claimed.
  int unreadable = 0;
  std::vector<AuditedMeeting> flagged;  // in the units' order, then by date and file line
  std::vector<AuditTally> cells;        // cells with a flagged meeting, in the units' order
  std::vector<AuditTally> bases;        // base organisations with a self-score, units' order
};

// Gathers a district's audit: add() every scored meeting of the period.
class AuditCollector {
 public:
  AuditCollector(const CompiledRuleset& ruleset, const Units& units);
  void add(const MeetingRecord& record, const MeetingScore& score);
  AuditResult finish() const;

 private:
  Auditor auditor_;
  const Units& units_;
  int meetings_ = 0, claimed_ = 0, unreadable_ = 0;
  std::vector<AuditedMeeting> flagged_;
  // By position in the units list (one more for cells not in it): a map's
  // look-up a meeting walked 18 levels at national scale. A tally that
  // nothing claimed was never touched; both empty until the first claim.
  std::vector<AuditTally> cells_, bases_;
};

}  // namespace chibo
