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
// wants_points false: the caller reads nothing of this meeting's points (a
// meeting `rank` keeps outside the periods it ranks). When its form's points
// cannot fail to add up for its values (points_guard.h), they are left
// unadded: score.points_left, its total 0 and its grade the lowest, its
// criteria's slots 0, its criteria, rule counts and grade steps unwritten.
// The meeting is accepted or rejected, and said, as a full score would.
bool score_meeting(const CompiledRuleset& ruleset, const MeetingRecord& record, MeetingScore& score,
                   bool wants_points = true);

}  // namespace chibo
