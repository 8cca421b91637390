// A progress line on standard error for long runs, only when it is a
// terminal: "chibo: nation-2024.csv  37% (1.512.000 bản ghi)". Wraps the
// sink of a run and clears its line before every message the run prints, so
// messages never mix with it; nothing at all is drawn when err is not a
// terminal (files, pipes, CI logs stay byte-identical).
#pragma once

#include <chrono>
#include <cstdint>
#include <istream>
#include <ostream>
#include <string>

#include "chibo/score_run.h"

namespace chibo::cli {

class ProgressSink : public ScoreSink {
 public:
  // total_bytes: the file's size (0: unknown, e.g. standard input).
  ProgressSink(ScoreSink& inner, std::ostream& err, std::string file, std::istream& in,
               std::int64_t total_bytes);
  ~ProgressSink() override;
  ProgressSink(const ProgressSink&) = delete;
  ProgressSink& operator=(const ProgressSink&) = delete;

  std::unique_ptr<Prepared> new_prepared() const override { return inner_.new_prepared(); }
  void prepare(const MeetingRecord& r, const MeetingScore& s, Prepared& out) const override {
    inner_.prepare(r, s, out);
  }
  void scored(const MeetingRecord& r, const MeetingScore& s) override { inner_.scored(r, s); }
  void scored_prepared(const MeetingRecord& r, const MeetingScore& s,
                       const Prepared& prepared) override {
    inner_.scored_prepared(r, s, prepared);
  }
  bool reads_meeting_when_prepared() const override { return inner_.reads_meeting_when_prepared(); }
  bool joins_prepared_text() const override { return inner_.joins_prepared_text(); }
  int batches_ahead() const override { return inner_.batches_ahead(); }
  void rejected(const Location& where, const std::string& why) override;
  void rejected_meeting(const std::string& cell_id, int date, MeetingKind kind) override {
    inner_.rejected_meeting(cell_id, date, kind);
  }
  void problem(const Diagnostic& d) override;
  void progress(const RunCounts& counts) override;

 private:
  void clear();

  ScoreSink& inner_;
  std::ostream& err_;
  std::string file_;
  std::istream& in_;
  std::int64_t total_bytes_;
  std::chrono::steady_clock::time_point started_, last_drawn_;
  bool shown_ = false;
};

// Whether standard error is a terminal (where a progress line belongs).
bool stderr_is_terminal();

}  // namespace chibo::cli
