// Scoring one meeting: inputs -> derived values -> record checks -> criteria
// -> total -> grade (with grade conditions and vetoes).
#pragma once

#include "chibo/compiled_ruleset.h"
#include "chibo/meeting.h"

namespace chibo {

// Fills score (reusing its buffers, so a loop over many records does not
// allocate). Returns false when the meeting cannot be scored: a record check
// failed, no form scores its kind, or the ruleset's arithmetic divided by
// zero; score.rejected then says why, in words for the user.
bool score_meeting(const CompiledRuleset& ruleset, const MeetingRecord& record,
                   MeetingScore& score);

}  // namespace chibo
