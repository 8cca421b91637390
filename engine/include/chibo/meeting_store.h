// MeetingStore: a district's scored meetings, kept by cell and month in the
// small form that roll-ups and ranking need (total, grade, and the values
// that `mean:` tie-break keys look at). It refuses meetings of cells that are
// not in the units list and a second regular meeting in the same month.
#pragma once

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
  std::vector<Rational> values;  // one per value slot given to the store
  int form = 0;                  // the sheet that scored it
  std::vector<Rational> criteria;  // points per criterion of that sheet (keep_criteria only)
  Location where;
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

 private:
  const CompiledRuleset& ruleset_;
  const Units& units_;
  std::vector<int> value_slots_;
  bool keep_criteria_ = false;
  std::vector<std::vector<StoredMeeting>> by_unit_;
  std::vector<std::string> ids_;  // for "did you mean"
};

}  // namespace chibo
