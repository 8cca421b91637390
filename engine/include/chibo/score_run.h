// Scoring a whole input: every record read is either scored or rejected with
// its reason, and the counts add up (read = scored + rejected).
#pragma once

#include <cstdint>
#include <istream>
#include <string>

#include "chibo/compiled_ruleset.h"
#include "chibo/diagnostic.h"
#include "chibo/meeting.h"

namespace chibo {

struct RunCounts {
  std::int64_t read = 0, scored = 0, rejected = 0;
};

class ScoreSink {
 public:
  virtual ~ScoreSink() = default;
  virtual void scored(const MeetingRecord& record, const MeetingScore& score) = 0;
  virtual void rejected(const Location& where, const std::string& why) = 0;
  // Problems with a file as a whole (unknown columns, unreadable file).
  virtual void problem(const Diagnostic& d) = 0;
};

// false when the input could not be read at all (reported through sink).
bool score_input(const CompiledRuleset& ruleset, const std::string& name, std::istream& in,
                 ScoreSink& sink, RunCounts& counts);

// "27 bản ghi đã đọc, 25 đã chấm điểm, 2 bị loại"
std::string accounting_line(const RunCounts& counts);

}  // namespace chibo
