// MeetingStore: a district's scored meetings, kept by cell and month in the
// small form that roll-ups and ranking need (total, grade, and the values
// that `mean:` tie-break keys look at). It refuses meetings of cells that are
// not in the units list and a second regular meeting in the same month.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "chibo/compiled_ruleset.h"
#include "chibo/meeting.h"
#include "chibo/units.h"

namespace chibo {

struct StoredMeeting {
  int year = 0, month = 0;
  MeetingKind kind = MeetingKind::Regular;
  Rational total;
  int grade = 0;
  std::vector<Rational> values;    // one per value slot given to the store
  int form = 0;                    // the sheet that scored it
  std::vector<Rational> criteria;  // points per criterion of that sheet (keep_criteria only)
  std::uint32_t file = 0;          // where it was read: MeetingStore::file_name(file), line
  int line = 0;
};

class MeetingStore {
 public:
  // value_slots: slots of the compiled ruleset whose values are kept.
  // keep_criteria: also keep every criterion's points (reports need them;
  // ranking alone does not, and at national scale they cost memory).
  MeetingStore(const CompiledRuleset& ruleset, const Units& units, std::vector<int> value_slots,
               bool keep_criteria = false);

  // Keeps a scored meeting; returns "" or why it is refused (in Vietnamese).
  std::string add(const MeetingRecord& record, const MeetingScore& score);

  // The meetings of units.units[index], in the order added.
  const std::vector<StoredMeeting>& meetings_of(std::size_t index) const { return by_unit_[index]; }

  // The name of a meeting's file (kept once, not per meeting: at national
  // scale a name per meeting would be a fifth of the store).
  const std::string& file_name(std::uint32_t file) const { return files_[file]; }

 private:
  const CompiledRuleset& ruleset_;
  const Units& units_;
  std::vector<int> value_slots_;
  bool keep_criteria_ = false;
  std::vector<std::vector<StoredMeeting>> by_unit_;
  std::vector<std::string> ids_;  // for "did you mean"
  std::vector<std::string> files_;
  std::uint32_t last_file_ = 0;  // the file of the last meeting added (records come in runs)
};

}  // namespace chibo
