// One meeting record as CSV text for a given ruleset: the model's values put
// into the ruleset's input columns, checked with the engine exactly as
// `chibo score` checks them, and, on demand, spoilt in one of the ways people
// spoil records (so that tests can count the rejections).
//
// Columns: cell_id,date,kind, then the ruleset's inputs in ruleset order,
// then self_total and reviewer_total: the cell's own score (mostly the
// computed total, inflated now and then, more often by weaker cells) and the
// upper-level member's (given for some meetings, now and then lower).
// Inputs the model knows (those of the central framework HD 12 and Hòa Bình's
// QĐ 31: members, present, duration, task_completion, ...) get realistic
// values; any other input gets a value of its type inside its min/max.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "chibo/compiled_ruleset.h"
#include "chibo/meeting.h"
#include "chibo/record_checker.h"
#include "chibo/scorer.h"
#include "meeting_model.h"

namespace chibo::gen {

enum class Spoil { PresentOverMembers, MisspeltYesNo, EmptyRequired, BadDate };
constexpr int kSpoilKinds = 4;
// How a record was spoilt, for chibo-gen's summary: "ngày không có thật", ...
const char* spoil_label(Spoil s);

class RecordGenerator {
 public:
  RecordGenerator(const CompiledRuleset& ruleset, int year);

  const std::vector<std::string>& header() const { return header_; }

  // Fills fields with a record the engine accepts and scores; tries up to
  // kTries draws. false when none was accepted (fields then hold the last).
  // retries counts the draws that were rejected.
  bool valid(const CellInfo& cell, const CellProfile& p, int month, MeetingKind kind, Rng& rng,
             std::vector<std::string>& fields, long& retries);
  // What the last accepted record got: its grade (index into the ruleset's
  // grades), present and must-attend members (false when the ruleset has no
  // such inputs), task completion in hundredths of a percent (-1: none).
  int last_grade() const { return score_.grade; }
  bool last_attendance(long& present, long& must) const;
  int last_task_hundredths() const;

  // Spoils a valid record so that the engine rejects it; false when no kind of
  // spoiling applies to this ruleset (fields are then unchanged).
  bool spoil(std::vector<std::string>& fields, int month, Rng& rng, Spoil& how);

  bool accepted(const std::vector<std::string>& fields);

  static void append_line(const std::vector<std::string>& fields, std::string& out);

  static constexpr int kTries = 20;

 private:
  enum class Known {
    Other,
    Members,
    Exempt,
    Present,
    Excused,
    Unexcused,
    LongAbsent,
    Speakers,
    Duration,
    CombinedThematic,
    CommitteeMinutes,
    ThematicReport,
    Character,
    TaskCompletion,
    Ehandbook,
    UpperAttended,
    NoticeDays,
    SheetYesNo
  };
  struct Column {
    Known known = Known::Other;
    double weight = 0.5;  // SheetYesNo / unknown yes/no: how much quality matters
  };
  void claim(const CellProfile& p, Rng& rng, std::vector<std::string>& fields) const;
  void fill(const CellInfo& cell, const CellProfile& p, int month, MeetingKind kind, Rng& rng,
            std::vector<std::string>& fields) const;
  std::string other_value(const Input& in, const MeetingValues& v, int month, int day, Rng& rng,
                          const CellProfile& p) const;

  const CompiledRuleset& compiled_;
  const Ruleset& ruleset_;
  int year_;
  std::vector<std::string> header_;
  std::vector<Column> columns_;                                // per input
  int members_ = -1, present_ = -1, exempt_ = -1, task_ = -1;  // input index, -1 when absent
  std::vector<int> yes_no_, required_;
  std::size_t self_total_ = 0, reviewer_total_ = 0;  // field positions
  RecordChecker checker_;
  MeetingRecord record_;
  MeetingScore score_;
  std::string why_;
};

}  // namespace chibo::gen
