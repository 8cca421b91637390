// The sinks score_run_test.cpp and score_run_rejected_test.cpp run records
// into: each call kept as a line, in the order made.
#pragma once

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "chibo/score_run.h"
#include "date.h"
#include "scoring_fixture.h"

namespace chibo::testing {

inline const char* const kRunRuleset =
    "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
    "scale: 100\ninputs:\n"
    "  members: {type: integer, min: 1, label: Tổng số đảng viên}\n"
    "  present: {type: integer, min: 0, label: Có mặt}\n"
    "checks:\n  - {require: present <= members, message: Số có mặt vượt quá số đảng viên}\n"
    "criteria:\n  - {id: a, label: A, max: 100, proportional: {of: present * 100 / members, "
    "from: 0, to: 100}}\n"
    "grades:\n  - {id: dat, label: Đạt, from: 50}\n  - {id: kem, label: Kém, from: 0}\n";

struct Collect : chibo::ScoreSink {
  std::vector<std::string> lines;
  void scored(const chibo::MeetingRecord& r, const chibo::MeetingScore& s) override {
    lines.push_back(r.cell_id + " " + s.total.to_string());
  }
  void rejected(const chibo::Location& where, const std::string& why) override {
    lines.push_back(chibo::format_diagnostic({where, chibo::Severity::Error, why}));
  }
  void problem(const chibo::Diagnostic& d) override {
    lines.push_back(chibo::format_diagnostic(d));
  }
};

// As `chibo score` uses it: the text is made by prepare(), on the workers,
// and scored_prepared() reads nothing else (the workers score in their own
// record and score, not the item's).
struct TextOnly : Collect {
  void prepare(const chibo::MeetingRecord& r, const chibo::MeetingScore& s,
               chibo::ScoreSink::Prepared& out) const override {
    out.text += r.cell_id + " " + s.total.to_string();
  }
  void scored_prepared(const chibo::MeetingRecord&, const chibo::MeetingScore&,
                       const chibo::ScoreSink::Prepared& prepared) override {
    lines.push_back(prepared.text);
  }
  bool reads_meeting_when_prepared() const override { return false; }
};

// As `chibo score -f csv` uses it: the texts of meetings scored one after
// another may come joined, in one call; each call is kept as a line here.
struct Joined : Collect {
  void prepare(const chibo::MeetingRecord& r, const chibo::MeetingScore& s,
               chibo::ScoreSink::Prepared& out) const override {
    out.text += r.cell_id + " " + s.total.to_string() + "\n";
  }
  void scored_prepared(const chibo::MeetingRecord&, const chibo::MeetingScore&,
                       const chibo::ScoreSink::Prepared& prepared) override {
    lines.push_back(prepared.text);
  }
  bool reads_meeting_when_prepared() const override { return false; }
  bool joins_prepared_text() const override { return true; }
};

// The same, each call's text after the file its record names (`chibo rank`
// reads the lines in the texts, the file from the record).
struct JoinedFile : Joined {
  void scored_prepared(const chibo::MeetingRecord& r, const chibo::MeetingScore&,
                       const chibo::ScoreSink::Prepared& prepared) override {
    lines.push_back(r.where.file + "| " + prepared.text);
  }
};

// A Prepared of its own kind, holding what it keeps.
struct OwnKind : Collect {
  struct Kept : Prepared {
    std::string cell;
    chibo::Rational total;
  };
  std::unique_ptr<Prepared> new_prepared() const override { return std::make_unique<Kept>(); }
  void prepare(const chibo::MeetingRecord& r, const chibo::MeetingScore& s,
               Prepared& out) const override {
    auto& kept = static_cast<Kept&>(out);
    kept.cell = r.cell_id;
    kept.total = s.total;
  }
  void scored_prepared(const chibo::MeetingRecord&, const chibo::MeetingScore&,
                       const Prepared& prepared) override {
    const auto& kept = static_cast<const Kept&>(prepared);
    lines.push_back(kept.cell + " " + kept.total.to_string());
  }
  bool reads_meeting_when_prepared() const override { return false; }
};

// The same, naming where each meeting was read: scored_prepared() is given
// the record's where even when the workers score in records of their own.
struct Located : OwnKind {
  static std::string at(const chibo::Location& where) {
    return where.file + ":" + std::to_string(where.line) + " ";
  }
  void scored(const chibo::MeetingRecord& r, const chibo::MeetingScore& s) override {
    lines.push_back(at(r.where) + r.cell_id + " " + s.total.to_string());
  }
  void scored_prepared(const chibo::MeetingRecord& r, const chibo::MeetingScore& s,
                       const Prepared& prepared) override {
    const size_t before = lines.size();
    OwnKind::scored_prepared(r, s, prepared);
    lines[before] = at(r.where) + lines[before];
  }
};

// Also says each rejected record's cell and date, when they were read.
template <typename Base>
struct SaysRejectedMeeting : Base {
  void rejected_meeting(const std::string& cell_id, int date, chibo::MeetingKind kind) override {
    this->lines.push_back("  of " + cell_id + " " + chibo::format_date(date) +
                          (kind == chibo::MeetingKind::Thematic ? " thematic" : ""));
  }
};

template <typename Sink = Collect>
std::vector<std::string> run(const std::string& name, const std::string& text,
                             chibo::RunCounts& counts, int threads = 1) {
  auto r = compile_text(kRunRuleset);
  REQUIRE(r);
  std::istringstream in(text);
  Sink sink;
  chibo::score_input(*r, name, in, sink, counts, threads);
  return sink.lines;
}

}  // namespace chibo::testing
