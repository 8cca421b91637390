// The inputs and derived values an expression named, as a meeting had
// them, in words: what explain says a formula or condition read, and what a
// record rejected by the ruleset's checks is told it held.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chibo/meeting.h"
#include "compiled_ruleset_data.h"

namespace chibo {

// The inputs and derived values expression text names, in order of first
// use (none when it does not parse: the compiler has said why).
std::vector<CompiledNode::Named> names_read(const Ruleset& r, std::string_view text);

// "số đảng viên phát biểu: 4", "có dự thảo nghị quyết: có", "tỷ lệ đảng viên
// dự: 95,83%": one of them, by the ruleset's presentation.
std::string named_value(const CompiledRuleset& r, const MeetingScore& s,
                        const CompiledNode::Named& named);

// Each of names so, joined by "; " ("" for none).
std::string named_values(const CompiledRuleset& r, const MeetingScore& s,
                         const std::vector<CompiledNode::Named>& names);

}  // namespace chibo
