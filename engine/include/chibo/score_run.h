// Scoring a whole input: every record read is either scored or rejected with
// its reason, and the counts add up (read = scored + rejected).
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>
#include <string>

#include "chibo/compiled_ruleset.h"
#include "chibo/diagnostic.h"
#include "chibo/meeting.h"

namespace chibo {

struct RunCounts {
  std::int64_t read = 0, scored = 0, rejected = 0;
};

// ScoreSink::batches_ahead()'s default: four batches a thread in flight,
// enough for `score` (with two, the national rank's records phase left a
// tenth of the two cores idle, with batches of 512); a sink whose keeping
// holds the reading thread up asks for more.
inline constexpr int kScoreBatchesAhead = 4;

// Receives the outcome of every record, always on the calling thread and in
// input order, whatever the number of threads.
class ScoreSink {
 public:
  // What prepare() makes of a scored meeting for scored_prepared(): a line
  // of output, or, in a sink's own kind of Prepared, what it keeps. Made by
  // new_prepared() (on any thread) once for each place in a batch, then reused.
  struct Prepared {
    virtual ~Prepared() = default;
    std::string text;
  };

  virtual ~ScoreSink() = default;
  virtual std::unique_ptr<Prepared> new_prepared() const { return std::make_unique<Prepared>(); }
  // Work on a scored meeting that may run on a worker thread, in any order,
  // before scored_prepared(): it must change no shared state. out is one
  // new_prepared() made; its text is appended to, never cleared (joined,
  // it holds the meetings before: see joins_prepared_text). Default: none.
  virtual void prepare(const MeetingRecord& /*record*/, const MeetingScore& /*score*/,
                       Prepared& /*out*/) const {}
  virtual void scored(const MeetingRecord& record, const MeetingScore& score) = 0;
  // A scored meeting with what prepare() made of it. Default: scored().
  virtual void scored_prepared(const MeetingRecord& record, const MeetingScore& score,
                               const Prepared& /*prepared*/) {
    scored(record, score);
  }
  // false: scored_prepared() reads only what prepare() made and the
  // record's where, so with worker threads a meeting is checked and scored in
  // the worker's own (cache-warm) record and score, and scored_prepared() is
  // given a record with only its where, and an empty score. Default: true.
  virtual bool reads_meeting_when_prepared() const { return true; }
  // Whether the points of a record that passed its checks are read (on any
  // thread; it must change no shared state). false: they may be left
  // unadded (score_meeting's wants_points), where adding them could not
  // have rejected the record. Default: true.
  virtual bool wants_points(const MeetingRecord& /*record*/) const { return true; }
  // true (implies reads_meeting_when_prepared() false): prepare() writes
  // only Prepared::text and scored_prepared() only passes that text on, so
  // with worker threads the texts of meetings scored one after another are
  // joined and passed in one call, with a record whose where names only the
  // file they were read from, and an empty score. A batch's
  // lines then travel back from a worker as one buffer, not one object a
  // meeting: prepare() is given that buffer, holding the texts of the
  // batch's meetings before, and appends its own. Default: false.
  virtual bool joins_prepared_text() const { return false; }
  // Batches of records in flight for each worker thread: the reading thread
  // waits for the oldest only when this many a worker are handed out. A
  // sink whose keeping stalls the reading thread now and then (a store
  // taking fresh pages as it grows) asks for more, so that the workers have
  // work through the stalls; each batch in flight is about a megabyte.
  // Default: kScoreBatchesAhead.
  virtual int batches_ahead() const { return kScoreBatchesAhead; }
  virtual void rejected(const Location& where, const std::string& why) = 0;
  // Right after rejected(), when the rejected record's cell and date could
  // be read (check() or scoring found it wrong, not its reading), with its
  // kind: the month or quarter it would have counted for. date may be the
  // first of its month (a date that is no day, 2024-02-30: month_written):
  // no meeting's date to show. Default: nothing.
  virtual void rejected_meeting(const std::string& /*cell_id*/, int /*date*/,
                                MeetingKind /*kind*/) {}
  // Problems with a file as a whole (unknown columns, unreadable file), and
  // a scored record's warning (a self-score that is no score, left out),
  // said before the record is passed on.
  virtual void problem(const Diagnostic& d) = 0;
  // Called now and then (after each batch of records, kScoreBatchSize) with the counts so far.
  virtual void progress(const RunCounts& /*counts*/) {}
};

// Records in a batch handed to a worker: large enough that a batch's work
// dwarfs handing it over, small enough to keep memory flat. The first
// kScoreBatchGrowth records go in batches of kScoreBatchSize, the rest in
// batches of kScoreLargeBatchSize: each hand-over wakes a thread, a costly
// system call on this VM, and a long run gains from fewer of them (national
// score alternated: 2.75-2.84 -> 2.56-2.75 s, system time 0.29-0.51 ->
// 0.19-0.24 s; rank by year 3.60-4.51 -> 3.51-3.66 s; memory 18 -> 37 MB,
// still the same whatever the records), where a province's records (62,320:
// 0.09-0.10 -> 0.16 s) lose more to the larger batches' memory than they gain.
inline constexpr std::size_t kScoreBatchSize = 512;
inline constexpr std::size_t kScoreLargeBatchSize = 2048;
inline constexpr std::size_t kScoreBatchGrowth = 65536;

// Records are checked, scored and prepared by `threads` worker threads
// (1: all on the calling thread) in batches; the sink sees the same calls in
// the same order either way, so outputs are byte-identical.
// false when the input could not be read at all (reported through sink).
bool score_input(const CompiledRuleset& ruleset, const std::string& name, std::istream& in,
                 ScoreSink& sink, RunCounts& counts, int threads = 1);

// The number of threads worth using on this machine (its hardware threads, at most 16).
int default_threads();

// "27 bản ghi đã đọc, 25 đã chấm điểm, 2 bị loại"
std::string accounting_line(const RunCounts& counts);

// What is said when no meeting was scored (counts.scored is 0), in place of
// a table of none: why, every record rejected or none read ("không có cuộc
// sinh hoạt nào được chấm điểm: cả 3 bản ghi đều bị loại (xem các lỗi ở
// trên)"). problems: whether anything was said above (a file not read).
std::string nothing_scored_line(const RunCounts& counts, bool problems);

}  // namespace chibo
