#include <algorithm>
#include <span>

#include <fmt/format.h>

#include "chibo/explain.h"
#include "compiled_ruleset_data.h"
#include "expression_words.h"
#include "input_value.h"
#include "named_values.h"

namespace chibo {
namespace {

struct ValueName {
  std::string label;
  std::string unit;
};

ValueName value_name(const CompiledRuleset& r, const CompiledNode& node) {
  if (node.value_input >= 0) {
    const Input& in = r.model.inputs[static_cast<std::size_t>(node.value_input)];
    return {in.label, in.unit};
  }
  if (node.value_derived >= 0) {
    const Derived& d = r.model.derived[static_cast<std::size_t>(node.value_derived)];
    return {d.label.empty() ? d.id : d.label, d.unit};
  }
  // "(số có mặt × 100 / tổng số đảng viên) = 95,83": the value is the whole's.
  return {"(" + node.of_words + ") =", ""};
}

// Where a band row ends: its `to`, or the next row up's `from` (rows run
// from the highest down); nullopt for the top row without one.
std::optional<Rational> band_to(const Criterion& c, std::size_t row) {
  if (c.bands[row].to || row == 0) return c.bands[row].to;
  return c.bands[row - 1].from;
}

std::string band_range(const CompiledRuleset& r, const Criterion& c, std::size_t row,
                       const std::string& unit) {
  const BandRow& b = c.bands[row];
  if (!b.label.empty()) return b.label;
  const std::optional<Rational> to = band_to(c, row);
  if (!to) return fmt::format("từ {}{} trở lên", display_number(r, b.from), unit);
  return fmt::format("từ {}{} đến dưới {}{}", display_number(r, b.from), unit,
                     display_number(r, *to), unit);
}

std::string rule_lines(const CompiledRuleset& r, const CompiledForm& form, const CompiledNode& node,
                       const MeetingScore& s, const char* verb) {
  std::string out;
  for (int i = 0; i < node.rule_count; ++i) {
    auto index = static_cast<std::size_t>(node.first_rule + i);
    Rational times = s.rule_counts[index];
    if (times == Rational(0)) continue;
    const PointRule& rule = *form.rules[index].rule;
    Rational amount = multiply(times, rule.points).value_or(0);
    if (!out.empty()) out += "; ";
    if (rule.each.empty()) {
      out += fmt::format("{} {} điểm: {}", verb, display_number(r, amount), rule.reason);
    } else {
      out += fmt::format("{} {} điểm ({} × {}): {}", verb, display_number(r, amount),
                         display_number(r, times), display_number(r, rule.points), rule.reason);
    }
  }
  return out;
}

// " (thời lượng sinh hoạt: 50 phút; thời lượng tối thiểu phải đạt: 60
// phút)": what a condition (an item's, a grade's or a veto's) read, as this
// meeting had it ("thời lượng ≥ 90 phút" did not say the meeting lasted 61).
// Nothing for a condition on one yes/no input, which its reason or words
// already say.
// A value is kept on its side of edges, the numbers the condition writes
// (a total of 81,996 is not "82" beside "tổng điểm < 82").
std::string condition_values(const CompiledRuleset& r, const MeetingScore& s,
                             const std::vector<CompiledNode::Named>& names,
                             std::span<const Rational> edges = {}) {
  if (names.empty()) return "";
  if (names.size() == 1 && names[0].input >= 0 &&
      r.model.inputs[static_cast<std::size_t>(names[0].input)].type == InputType::YesNo) {
    return "";
  }
  return fmt::format(" ({})", named_values(r, s, names, edges));
}

// "a", "a và b", "a, b và c".
std::string and_list(const std::vector<std::string>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " và " : ", ";
    out += parts[i];
  }
  return out;
}

// value as display_number shows it, with more digits when rounding would
// carry it across one of edges: "89,995% thuộc mức từ 80% đến dưới 90%", not
// "90%", which the line says is not in its band.
std::string display_beside(const CompiledRuleset& r, Rational value,
                           std::span<const Rational> edges) {
  Presentation p = r.model.presentation;
  p.trim_zeros = true;
  return format_number_beside(value, p, edges);
}

// "tính theo công thức: phát biểu × 2 (phát biểu: 4): 8/10 điểm", with the
// values it read ("speakers * 2" alone did not say speakers was 4), and its
// own result when that was cut to the item's range.
std::string formula_reason(const CompiledRuleset& r, const MeetingScore& s,
                           const CompiledNode& node, const CriterionScore& cs,
                           const std::string& score) {
  std::vector<std::string> values;
  for (const CompiledNode::Named& named : node.formula_names) {
    values.push_back(named_value(r, s, named));
  }
  std::string cut;
  if (cs.value < Rational(0)) {
    const Rational zero[] = {Rational(0)};
    cut = fmt::format(", ra {}, không dưới 0", display_beside(r, cs.value, zero));
  } else if (cs.max < cs.value) {
    // Not shown at the maximum (20,004 rounded to "20"), which reads as not cut.
    Presentation p = r.model.presentation;
    p.trim_zeros = true;
    cut = fmt::format(", ra {}, vượt tối đa {}", format_number_above(cs.value, p, cs.max),
                      display_number(r, cs.max));
  }
  return fmt::format("tính theo công thức: {}{}{}: {}", node.formula_words,
                     values.empty() ? "" : fmt::format(" ({})", fmt::join(values, "; ")), cut,
                     score);
}

// Why group n, all of whose items are left off, is: "chỉ tính khi ..." when
// they share their condition (a thematic group's), else that none applies.
std::string group_applies_words(const CompiledForm& form, std::size_t n) {
  const char* const none = "mọi mục của nhóm đều không áp dụng";
  const std::string* words = nullptr;
  const auto self = static_cast<int>(n);
  for (std::size_t m = n + 1; m < form.nodes.size() && form.nodes[m].parent >= self; ++m) {
    if (form.nodes[m].group) continue;
    if (words && *words != form.nodes[m].applies_words) return none;
    words = &form.nodes[m].applies_words;
  }
  return words ? "chỉ tính khi " + *words : none;
}

// What becomes of a criterion left off the sheet.
std::string rescaled(const CompiledRuleset& r) {
  return fmt::format("không tính, tổng điểm được quy đổi theo thang {}",
                     display_number(r, r.model.scale));
}

}  // namespace

std::string display_number(const CompiledRuleset& r, Rational value) {
  Presentation p = r.model.presentation;
  p.trim_zeros = true;
  return format_number(value, p);
}

std::string criterion_reason(const CompiledRuleset& r, const MeetingScore& s, std::size_t n) {
  const CompiledForm& form = r.forms[static_cast<std::size_t>(s.form)];
  const CompiledNode& node = form.nodes[n];
  const CriterionScore& cs = s.criteria[n];
  if (node.group) {
    // Left off, as explain's line of it says: said as its items are.
    if (!left_off(form, s, n)) return "";
    return fmt::format("không áp dụng ({}): {}", group_applies_words(form, n), rescaled(r));
  }
  const Criterion& c = *node.criterion;
  const Rational max_edge[] = {cs.max};  // points short of the maximum are not shown as it
  std::string score =
      fmt::format("{}/{} điểm", display_beside(r, cs.points, max_edge), display_number(r, cs.max));
  if (!cs.applicable) {
    // A bonus that does not apply adds nothing (no point is lost: not "0/3 điểm").
    if (node.bonus)
      return fmt::format("không áp dụng (chỉ tính khi {}): không cộng điểm", node.applies_words);
    switch (node.not_applicable) {
      case NotApplicable::Full:
        return fmt::format("không áp dụng (chỉ tính khi {}): tính đủ {}", node.applies_words,
                           score);
      case NotApplicable::Zero:
        return fmt::format("không áp dụng (chỉ tính khi {}): {}", node.applies_words, score);
      case NotApplicable::Rescale:
        return fmt::format("không áp dụng (chỉ tính khi {}): {}", node.applies_words, rescaled(r));
    }
  }
  if (node.bonus) {
    std::string lines = rule_lines(r, form, node, s, "cộng");
    if (lines.empty()) return fmt::format("không đạt điều kiện cộng điểm nào: {}", score);
    return lines + (cs.points < cs.max ? "" : " (đã đạt điểm thưởng tối đa)");
  }
  // A formula's result past the maximum loses nothing, but is cut: said, as
  // one below 0 is (the line read "20/20 điểm", as if the formula gave 20).
  if (c.kind == RuleKind::Formula && cs.max < cs.value) {
    return formula_reason(r, s, node, cs, score);
  }
  if (!(cs.points < cs.max)) return "";
  switch (c.kind) {
    case RuleKind::Condition:
      // Met, and still short: the item gives less than its max when met.
      if (cs.met) {
        return fmt::format("đạt điều kiện '{}', được {} điểm khi đạt: {}", node.when_words,
                           display_number(r, cs.points), score);
      }
      return fmt::format(
          "{}{}: {}",
          c.reason.empty() ? fmt::format("không đạt điều kiện '{}'", node.when_words) : c.reason,
          condition_values(r, s, node.when_names), score);
    case RuleKind::Bands: {
      ValueName v = value_name(r, node);
      if (cs.band < 0) {
        const Rational lowest[] = {c.bands.back().from};
        return fmt::format("{} {}{} dưới mức thấp nhất ({}): {}", v.label,
                           display_beside(r, cs.value, lowest), v.unit,
                           band_range(r, c, c.bands.size() - 1, v.unit), score);
      }
      const auto row = static_cast<std::size_t>(cs.band);
      const Rational edges[] = {c.bands[row].from, band_to(c, row).value_or(c.bands[row].from)};
      return fmt::format("{} {}{} thuộc mức {}: {}", v.label, display_beside(r, cs.value, edges),
                         v.unit, band_range(r, c, row, v.unit), score);
    }
    case RuleKind::Proportional: {
      ValueName v = value_name(r, node);
      // A value short of `to` shown as it would read as the full points.
      const Rational full[] = {c.to};
      return fmt::format("{} {}{}, tính theo tỷ lệ từ {}{} (0 điểm) đến {}{} ({} điểm): {}",
                         v.label, display_beside(r, cs.value, full), v.unit,
                         display_number(r, c.from), v.unit, display_number(r, c.to), v.unit,
                         display_number(r, cs.max), score);
    }
    case RuleKind::Deductions: {
      std::string lines = rule_lines(r, form, node, s, "trừ");
      // The floor held the points up: what was taken off was more than max - floor.
      Rational taken = 0;
      for (int i = 0; i < node.rule_count; ++i) {
        const auto index = static_cast<std::size_t>(node.first_rule + i);
        taken =
            add(taken, multiply(s.rule_counts[index], form.rules[index].rule->points).value_or(0))
                .value_or(taken);
      }
      if (subtract(cs.max, taken).value_or(c.floor) < c.floor) {
        lines += c.floor > Rational(0)
                     ? fmt::format(" (không thấp hơn điểm sàn {})", display_number(r, c.floor))
                     : std::string(" (không thấp hơn 0 điểm)");
      }
      return fmt::format("{}: {}", lines, score);
    }
    case RuleKind::Formula:
      return formula_reason(r, s, node, cs, score);
    case RuleKind::Bonus:
      break;
  }
  return score;
}

std::vector<std::string> grade_reasons(const CompiledRuleset& r, const MeetingScore& s) {
  const std::vector<Grade>& grades = r.model.grades;
  const CompiledForm& form = r.forms[static_cast<std::size_t>(s.form)];
  auto grade = [&](int g) -> const Grade& { return grades[static_cast<std::size_t>(g)]; };
  std::vector<std::string> out;
  if (s.rescaled) {
    out.push_back(fmt::format("Điểm các tiêu chí được áp dụng: {}/{}, quy đổi theo thang {}: {}.",
                              display_number(r, s.earned), display_number(r, s.applicable_max),
                              display_number(r, r.model.scale), display_number(r, s.scaled)));
  }
  if (s.bonus > Rational(0)) {
    out.push_back(fmt::format(
        "Điểm thưởng: cộng {}{}.", display_number(r, s.bonus),
        s.capped ? fmt::format(", tổng không vượt quá {}", display_number(r, r.model.scale)) : ""));
  }
  // The total as shown lies in the grade's band (89.996 is not shown "90,00" beside Khá).
  const Rational total_from = grade(s.total_grade).from;
  const Rational grade_edges[] = {total_from,
                                  s.total_grade > 0 ? grade(s.total_grade - 1).from : total_from};
  out.push_back(fmt::format("Tổng điểm {}/{}: thuộc khung loại {} (từ {} điểm).",
                            format_number_beside(s.total, r.model.presentation, grade_edges),
                            display_number(r, r.model.scale), grade(s.total_grade).label,
                            display_number(r, grade(s.total_grade).from)));
  for (const GradeStep& step : s.steps) {
    const Grade& from = grade(step.from_grade);
    const Grade& to = grade(step.to_grade);
    if (step.veto >= 0) {
      // With what the veto read: "không trên 85%" beside a band "từ 85%" did
      // not say this meeting's rate was 85%.
      const auto v = static_cast<std::size_t>(step.veto);
      out.push_back(fmt::format(
          "{}{}: xếp loại tối đa là {}.", r.model.vetoes[v].reason,
          condition_values(r, s, form.vetoes[v].names, form.vetoes[v].numbers), to.label));
    } else if (step.failed_node >= 0) {
      // Every criterion short of its max (the scorer stops at the first):
      // mending one alone would not lift the meeting.
      std::vector<std::string> labels, points;
      for (int at : form.grades[static_cast<std::size_t>(step.from_grade)].at_max) {
        const auto n = static_cast<std::size_t>(at);
        const Rational reach = sheet_max(form, s, n);
        if (!(s.criteria[n].points < reach)) continue;
        labels.push_back(fmt::format("'{}'", form.nodes[n].criterion->label));
        const Rational reach_edge[] = {reach};
        points.push_back(fmt::format("{}/{}", display_beside(r, s.criteria[n].points, reach_edge),
                                     display_number(r, reach)));
      }
      out.push_back(
          fmt::format("Loại {} cần tiêu chí {} đạt tối đa, nhưng chỉ đạt {} điểm: "
                      "hạ xuống loại {}.",
                      from.label, and_list(labels), and_list(points), to.label));
    } else {
      const CompiledGrade& g = form.grades[static_cast<std::size_t>(step.from_grade)];
      out.push_back(fmt::format(
          "Loại {} cần điều kiện '{}', nhưng cuộc sinh hoạt không đạt{}: hạ xuống loại {}.",
          from.label, g.when_words, condition_values(r, s, g.when_names, g.when_numbers),
          to.label));
    }
  }
  out.push_back(fmt::format("Xếp loại: {}.", grade(s.grade).label));
  return out;
}

}  // namespace chibo
