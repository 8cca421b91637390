#include "named_values.h"

#include <algorithm>

#include <fmt/format.h>

#include "chibo/explain.h"
#include "chibo/number_format.h"
#include "date.h"
#include "expression.h"
#include "expression_words.h"
#include "input_value.h"

namespace chibo {

namespace {

// The built-in name's slot, -1 for another name (total only where it is
// known: in a grade's or a veto's condition).
int builtin_slot(std::string_view name, bool with_total) {
  if (name == "kind") return kSlotKind;
  if (name == "date") return kSlotDate;
  if (name == "year") return kSlotYear;
  if (name == "month") return kSlotMonth;
  if (name == "quarter") return kSlotQuarter;
  if (with_total && name == "total") return kSlotTotal;
  return -1;
}

// How expression_words.cpp names a built-in.
const char* builtin_words(int slot) {
  switch (slot) {
    case kSlotKind:
      return "loại sinh hoạt";
    case kSlotDate:
      return "ngày sinh hoạt";
    case kSlotYear:
      return "năm";
    case kSlotMonth:
      return "tháng";
    case kSlotQuarter:
      return "quý";
    default:
      return "tổng điểm";
  }
}

// value as display_number shows it, kept on its side of edges and extra.
std::string beside(const CompiledRuleset& r, Rational value, std::span<const Rational> edges,
                   std::span<const Rational> extra) {
  std::vector<Rational> all(edges.begin(), edges.end());
  all.insert(all.end(), extra.begin(), extra.end());
  Presentation p = r.model.presentation;
  p.trim_zeros = true;
  return format_number_beside(value, p, all);
}

std::string builtin_value(const CompiledRuleset& r, const MeetingScore& s, int slot,
                          std::span<const Rational> edges) {
  const Rational value = s.slots[static_cast<std::size_t>(slot)];
  switch (slot) {
    case kSlotKind:
      return meeting_kind_words(value == Rational(0) ? MeetingKind::Regular
                                                     : MeetingKind::Thematic);
    case kSlotDate:
      return format_date_vn(static_cast<int>(value.num()));
    case kSlotTotal: {
      // As the line "Tổng điểm ...: thuộc khung loại ..." shows it: kept in
      // its grade's band.
      std::vector<Rational> grade_edges;
      for (const Grade& g : r.model.grades) grade_edges.push_back(g.from);
      return beside(r, value, edges, grade_edges);
    }
    default:
      return beside(r, value, edges, {});
  }
}

}  // namespace

std::vector<CompiledNode::Named> names_read(const Ruleset& r, std::string_view text,
                                            const CompiledForm* form) {
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
    if (named.input < 0 && named.derived < 0) named.builtin = builtin_slot(name, form != nullptr);
    if (named.input < 0 && named.derived < 0 && named.builtin < 0 && form) {
      for (std::size_t n = 0; n < form->nodes.size(); ++n) {
        if (form->nodes[n].criterion->id == name) named.node = static_cast<int>(n);
      }
    }
    if (named.input >= 0 || named.derived >= 0 || named.node >= 0 || named.builtin >= 0) {
      out.push_back(named);
    }
  }
  return out;
}

std::string named_value(const CompiledRuleset& r, const MeetingScore& s,
                        const CompiledNode::Named& named, std::span<const Rational> edges) {
  if (named.builtin >= 0) {
    return fmt::format("{}: {}", builtin_words(named.builtin),
                       builtin_value(r, s, named.builtin, edges));
  }
  if (named.node >= 0) {
    // Named as the condition's words name it ("điểm kết quả sinh hoạt"), its
    // points as its own line shows them: short of its maximum never at it.
    const auto n = static_cast<std::size_t>(named.node);
    const Criterion& c = *r.forms[static_cast<std::size_t>(s.form)].nodes[n].criterion;
    const CriterionScore& cs = s.criteria[n];
    const Rational max_edge[] = {cs.max};
    return fmt::format("điểm {}: {}", label_in_sentence(c.label, c.id),
                       beside(r, cs.points, edges, max_edge));
  }
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
                       beside(r, value, edges, {}), derived.unit);
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
                         const std::vector<CompiledNode::Named>& names,
                         std::span<const Rational> edges) {
  std::string out;
  for (const CompiledNode::Named& named : names) {
    if (!out.empty()) out += "; ";
    out += named_value(r, s, named, edges);
  }
  return out;
}

}  // namespace chibo
