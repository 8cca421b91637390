// Explanations: for every point lost, the reason in words, and why the grade
// is what it is. Text is Vietnamese, numbers follow the ruleset's
// presentation (decimal comma), e.g. "Tỷ lệ hoàn thành nhiệm vụ 85% thuộc mức
// từ 80% đến dưới 90%: 11/15 điểm".
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "chibo/compiled_ruleset.h"
#include "chibo/meeting.h"

namespace chibo {

// Why criterion `node` (an index into the scored form's pre-order) got what
// it got; "" when an item earned its maximum (but for a formula whose result
// was cut to it) or for a group (but for one left off the sheet, all of whose
// items do not apply under rescale).
std::string criterion_reason(const CompiledRuleset& ruleset, const MeetingScore& score,
                             std::size_t node);

// How the grade came about, one sentence a line.
std::vector<std::string> grade_reasons(const CompiledRuleset& ruleset, const MeetingScore& score);

// A number as people read it: the ruleset's decimals and separator, without
// trailing zeros ("93,5", "11").
std::string display_number(const CompiledRuleset& ruleset, Rational value);

// The whole explanation of one meeting, criterion by criterion.
void write_explanation(std::ostream& out, const CompiledRuleset& ruleset,
                       const MeetingRecord& record, const MeetingScore& score);

}  // namespace chibo
