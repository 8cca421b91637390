// The score sink of `chibo rank`, `audit` and `report` (district_run.cpp):
// keeps every scored meeting in a MeetingStore.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "chibo/audit.h"
#include "chibo/meeting_store.h"
#include "chibo/period.h"
#include "chibo/report_input.h"
#include "chibo/score_run.h"
#include "chibo/units.h"
#include "chibo/unlisted_cells.h"
#include "record_files.h"

namespace chibo::cli {

// Keeps every scored meeting; a meeting the store refuses (unknown cell, a
// second meeting in a month) is reported and counted as rejected. Every
// rejection is also listed (its first RejectedList::kListed) and counted
// when kept is given, for the report's list of rejected records
// (DistrictNeeds::rejected_records): rank and audit show no such list.
// Which listed cell a record of a cell not in the units list may be is known
// only once every record is kept (UnlistedCells): its line says the refusal
// alone, when it is read, and the cell's hint is said once, in the note
// after the accounting lines, and added to its records in the reports' list
// by finish(). Nothing is held: a run of a wrong list (one cell) refuses
// every record, and holding each line from the first was a line's memory a
// record, all of it lost to Ctrl+C.
class StoreSink : public ForwardingSink {
 public:
  // points_outside false: the points of meetings outside period and the one
  // before are not wanted (wants_points).
  StoreSink(std::ostream& err, MeetingStore& store, const Units& units, Period period,
            RejectedList* kept, AuditCollector* audit, bool points_outside = true)
      : ForwardingSink(err),
        store_(store),
        units_(units),
        period_(period),
        wanted_from_(period.previous().first_day()),
        wanted_to_(period.end_day()),
        kept_(kept),
        audit_(audit),
        points_outside_(points_outside) {}
  // What the store keeps of a meeting is taken on a worker thread, its
  // cell's position looked up there too (at national scale, 4 million
  // look-ups were a tenth of the reading thread's time), and written as
  // bytes (append_prepared) after the line and column it was read at: the
  // reading thread only keeps it, and (with no audit) the worker scores in
  // its own record and score and a batch's meetings come back in one buffer.
  // Each thread starts its look-up from the cell it found last (its own:
  // prepare() may change no shared state).
  struct Kept : Prepared {
    PreparedMeeting meeting;  // the worker's, made again for every meeting
  };
  std::unique_ptr<Prepared> new_prepared() const override { return std::make_unique<Kept>(); }
  void prepare(const MeetingRecord& record, const MeetingScore& score,
               Prepared& out) const override;
  // The meetings in prepared's text (one, or with worker threads and no
  // audit, a run of them), read at their lines in record's file.
  void scored_prepared(const MeetingRecord& record, const MeetingScore& score,
                       const Prepared& prepared) override;
  // The audit reads the whole record and score; nothing else does.
  bool reads_meeting_when_prepared() const override { return audit_ != nullptr; }
  bool joins_prepared_text() const override { return audit_ == nullptr; }
  // A meeting outside the period and the one before counts only as there
  // (a month met, a second record of it refused): its total and grade,
  // kept as 0 and the lowest, are read by no roll-up of the two periods.
  bool wants_points(const MeetingRecord& record) const override;
  // The reading thread is held up now and then (the store taking fresh
  // pages as it fills, their first writes slow on this kind of virtual
  // machine; three threads on two cores): with four batches a worker in
  // flight, a worker ran out of work meanwhile (national 2024-Q2: CPU of the records
  // phase 1.76-1.81 of 2 -> 1.88-1.90; by year, alternated, 3.28-3.38 s with four, 3.12-3.22 with
  // eight, 3.05-3.16 with twelve). Twelve hold about 16 MB more in that phase: by year the peak is
  // then there, 230 -> 238 MB; by quarter still the ranking's, 241 MB (with sixteen, 248). Not with
  // the audit, whose batches hold each record and score (megabytes each).
  static constexpr int kBatchesAhead = 12;
  int batches_ahead() const override { return audit_ ? kScoreBatchesAhead : kBatchesAhead; }
  void scored(const MeetingRecord& record, const MeetingScore& score) override;
  void rejected(const Location& where, const std::string& why) override;
  // Once every record is kept: the unlisted cells are judged and their
  // records in the reports' list get their cell's hint. Returns the cells
  // (by UnlistedCells' number), for the note after the accounting lines.
  std::vector<UnlistedCells::Cell> finish();
  void rejected_meeting(const std::string& cell_id, int date, MeetingKind kind) override;
  // Listed units a record named (kept, or rejected for any reason): told
  // beside the unlisted ones, a wrong units list is seen at a glance.
  std::int64_t listed_named = 0;
  std::int64_t refused = 0, in_period = 0, in_previous = 0, outside = 0;

 private:
  struct Place {
    int line = 0, column = 0;
  };
  void named_listed(std::size_t at);
  // An unlisted cell's record listed in kept_: its place there, its cell's number.
  struct UnlistedKept {
    std::size_t at = 0;
    std::uint32_t cell = 0;
  };
  // record and score: the meeting's own when the audit reads them
  // (reads_meeting_when_prepared()), else empty.
  void keep(const PreparedMeeting& meeting, const Location& where, const MeetingRecord& record,
            const MeetingScore& score);

  MeetingStore& store_;
  const Units& units_;
  Period period_;
  // The days of the period before period_ and of period_ (one after the
  // other): wanted_from_ to before wanted_to_, as days since 1970.
  int wanted_from_, wanted_to_;
  RejectedList* kept_;      // null: not kept
  AuditCollector* audit_;   // null: no audit wanted
  bool points_outside_;     // wanted outside those days
  PreparedMeeting single_;  // the meeting being kept (read back, or scored())
  Location where_;          // where it was read
  UnlistedCells unlisted_;
  std::vector<UnlistedKept> unlisted_kept_;  // with kept_ only
  Location rejected_where_;                  // where the last rejected record was read
  std::vector<bool> named_;                  // by position: a record named it (listed_named)
};

}  // namespace chibo::cli
