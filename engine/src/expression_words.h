// An expression in the words of the office staff who read `chibo explain`:
// names by their labels, and/or/not and if/then/else in Vietnamese, a
// choice's option by its label, yes and no as có and không, numbers as the
// ruleset presents them ("kind == \"thematic\" or combined_thematic" ->
// "loại sinh hoạt là chuyên đề hoặc sinh hoạt thường kỳ kết hợp sinh hoạt
// chuyên đề"). Made once, when the ruleset is compiled.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chibo/ruleset.h"

namespace chibo {

// text in words; text itself, on one line, when it does not parse. A
// criterion is named by its label on form's sheet (a grade's condition is
// worded for each form), else on the first sheet that has it.
std::string expression_words(const Ruleset& r, std::string_view text, const Form* form = nullptr);

// A value's label as it reads inside a sentence: its first letter lowered
// (utf8.h lower_first_letter), in quotes when it holds a comma or semicolon
// of its own; the id when it has no label.
// The numbers text writes (`total < 82`: 82), in order; none when it does
// not parse. A value a condition read is shown beside them (named_values.h):
// 81,996 said "82" beside "tổng điểm < 82" would not say why it held.
std::vector<Rational> expression_numbers(std::string_view text);

std::string label_in_sentence(const std::string& label, const std::string& id);

}  // namespace chibo
