// The values an expression named (inputs, derived values, built-ins, and
// in a grade's or a veto's condition criterion points and the total), as a
// meeting had them, in words: what explain says a formula or condition read, and what a
// record rejected by the ruleset's checks is told it held.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chibo/meeting.h"
#include "compiled_ruleset_data.h"

namespace chibo {

// The values expression text names, in order of first use (none when it
// does not parse: the compiler has said why): inputs, derived values and the
// built-ins (kind, date, year, month, quarter); given the form a grade's or a
// veto's `when` is compiled for, also its criteria (their points) and total.
std::vector<CompiledNode::Named> names_read(const Ruleset& r, std::string_view text,
                                            const CompiledForm* form = nullptr);

// "số đảng viên phát biểu: 4", "có dự thảo nghị quyết: có", "tỷ lệ đảng viên
// dự: 95,83%", "điểm kết quả sinh hoạt: 11", "tổng điểm: 82,29", "tháng: 3":
// one of them, by the ruleset's presentation (points and the total as
// explain's other lines show them). A derived value, points or the total
// rounding would carry across one of edges (the numbers the condition
// writes: expression_words.h) gets the digits that keep it on its side.
std::string named_value(const CompiledRuleset& r, const MeetingScore& s,
                        const CompiledNode::Named& named, std::span<const Rational> edges = {});

// Each of names so, joined by "; " ("" for none).
std::string named_values(const CompiledRuleset& r, const MeetingScore& s,
                         const std::vector<CompiledNode::Named>& names,
                         std::span<const Rational> edges = {});

}  // namespace chibo
