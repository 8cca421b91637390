#include "named_values.h"

#include <algorithm>

#include <fmt/format.h>

#include "chibo/explain.h"
#include "expression.h"
#include "expression_words.h"
#include "input_value.h"

namespace chibo {

std::vector<CompiledNode::Named> names_read(const Ruleset& r, std::string_view text) {
  std::vector<CompiledNode::Named> out;
  std::vector<ExprError> ignored;
  auto parsed = ParsedExpression::parse(text, ignored);
  if (!parsed) return out;
  for (const std::string& name : parsed->names()) {
    CompiledNode::Named named;
    for (std::size_t i = 0; i < r.inputs.size(); ++i) {
      if (r.inputs[i].id == name) named.input = static_cast<int>(i);
    }
    for (std::size_t i = 0; i < r.derived.size(); ++i) {
      if (r.derived[i].id == name) named.derived = static_cast<int>(i);
    }
    if (named.input >= 0 || named.derived >= 0) out.push_back(named);
  }
  return out;
}

std::string named_value(const CompiledRuleset& r, const MeetingScore& s,
                        const CompiledNode::Named& named) {
  if (named.derived >= 0) {
    const auto d = static_cast<std::size_t>(named.derived);
    const Derived& derived = r.model.derived[d];
    const Rational value = s.slots[static_cast<std::size_t>(r.derived_slot[d])];
    const bool yes_no = std::any_of(r.derived.begin(), r.derived.end(), [&](const auto& c) {
      return static_cast<std::size_t>(c.index) == d && c.expr.type() == ValueType::Bool;
    });
    if (yes_no) {
      return fmt::format("{}: {}", label_in_sentence(derived.label, derived.id),
                         value == Rational(0) ? "không" : "có");
    }
    return fmt::format("{}: {}{}", label_in_sentence(derived.label, derived.id),
                       display_number(r, value), derived.unit);
  }
  const auto i = static_cast<std::size_t>(named.input);
  const Input& in = r.model.inputs[i];
  const Rational value = s.slots[static_cast<std::size_t>(r.first_input_slot) + i];
  std::string text;
  switch (in.type) {
    case InputType::YesNo:
    case InputType::Choice:
    case InputType::Date:
      text = input_value_text(in, value);
      break;
    default: {
      // As it was read, not at the sheet's decimals: a rate of 15,004 said
      // "15" beside a formula's result of 15,004 (6 decimals at most).
      Presentation exact = r.model.presentation;
      exact.decimals = 6;
      exact.trim_zeros = true;
      text = format_number(value, exact) + in.unit;
    }
  }
  return fmt::format("{}: {}", label_in_sentence(in.label, in.id), text);
}

std::string named_values(const CompiledRuleset& r, const MeetingScore& s,
                         const std::vector<CompiledNode::Named>& names) {
  std::string out;
  for (const CompiledNode::Named& named : names) {
    if (!out.empty()) out += "; ";
    out += named_value(r, s, named);
  }
  return out;
}

}  // namespace chibo
