#include "criteria_loader.h"

#include <fmt/format.h>

#include "chibo/did_you_mean.h"
#include "doc_fields.h"
#include "input_value.h"
#include "utf8.h"

namespace chibo {
namespace {

const std::vector<std::string> kCriterionKeys = {
    "id",    "label",  "max",       "note",   "items", "applies_when", "not_applicable",
    "when",  "points", "otherwise", "reason", "bands", "proportional", "deductions",
    "bonus", "formula"};

// The parts of a condition rule besides its 'when'.
constexpr const char* kConditionOnlyKeys[] = {"points", "otherwise", "reason"};

struct RuleKey {
  const char* key;
  RuleKind kind;
};
constexpr RuleKey kRules[] = {{"when", RuleKind::Condition},
                              {"bands", RuleKind::Bands},
                              {"proportional", RuleKind::Proportional},
                              {"deductions", RuleKind::Deductions},
                              {"bonus", RuleKind::Bonus},
                              {"formula", RuleKind::Formula}};

void load_bands(const DocNode& node, Criterion& c, Diagnostics& diags) {
  DocFields f(node, "a band table", {"of", "rows"}, diags);
  if (!f.ok()) return;
  c.of = f.expr("of", true);
  const DocNode* rows = f.get("rows");
  if (!rows || !rows->is_seq() || rows->items.empty()) {
    diags.error(f.where("rows"),
                "a band table needs 'rows': a list such as "
                "[{from: 90, points: 13}, {from: 80, points: 11}]");
    return;
  }
  for (const DocNode& row : rows->items) {
    DocFields r(row, "a band row", {"from", "to", "points", "label"}, diags);
    if (!r.ok()) continue;
    BandRow band;
    band.where = row.where;
    const std::optional<Rational> from = r.number("from", true);
    band.from = from.value_or(0);
    band.from_read = from.has_value();
    band.to = r.number("to");
    band.points = r.number("points", true).value_or(0);
    band.label = r.text("label");
    c.bands.push_back(band);
  }
}

void load_point_rules(const DocNode& node, Criterion& c, Diagnostics& diags) {
  if (!node.is_seq()) {
    diags.error(node.where,
                "'rules' must be a list such as "
                "[{when: unexcused > 0, points: 5, reason: \"...\"}]");
    return;
  }
  if (node.items.empty()) {  // a deduction of nothing, always full marks
    diags.error(node.where, "'rules' is empty: a deduction or bonus needs at least one rule");
    return;
  }
  for (const DocNode& item : node.items) {
    DocFields r(item, "a deduction or bonus rule", {"when", "each", "points", "reason"}, diags);
    if (!r.ok()) continue;
    PointRule rule;
    rule.where = item.where;
    rule.when = r.expr("when");
    rule.each = r.expr("each");
    // Written or not (an empty one is said by expr()).
    if ((r.get("when") == nullptr) == (r.get("each") == nullptr)) {
      diags.error(item.where,
                  "a deduction or bonus rule needs exactly one of 'when' (a "
                  "condition) or 'each' (a count)");
    }
    rule.points = r.number("points", true).value_or(0);
    rule.reason = r.text("reason", true);
    c.rules.push_back(rule);
  }
}

Criterion load_criterion(const DocNode& node, Diagnostics& diags) {
  Criterion c;
  c.where = node.where;
  DocFields f(node, "a criterion", kCriterionKeys, diags);
  if (!f.ok()) return c;
  c.id = f.text("id", true);
  c.label = f.text("label", true);
  c.max = f.number("max");
  c.note = f.text("note");
  if (const DocNode* items = f.get("items")) {
    if (!items->is_seq() || items->items.empty()) {
      diags.error(items->where,
                  fmt::format("'items' of group '{}' must be a non-empty list", c.id));
      return c;  // a group, but of nothing: no further messages about a rule or 'max'
    }
    for (const DocNode& item : items->items) c.items.push_back(load_criterion(item, diags));
  }
  std::vector<const char*> rules;
  for (const RuleKey& r : kRules) {
    if (f.get(r.key)) {
      rules.push_back(r.key);
      c.kind = r.kind;
    }
  }
  if (c.is_group()) {
    if (!rules.empty()) {
      diags.error(f.where(rules[0]), fmt::format("'{}' is a group (it has items), so it cannot "
                                                 "have a rule of its own ('{}')",
                                                 c.id, rules[0]));
    }
    // Only items are scored, so only an item can be left out: on a group
    // these were read and never used (its items scored as if always applying).
    for (const char* key : {"applies_when", "not_applicable"}) {
      if (f.get(key)) {
        diags.error(f.where(key), fmt::format("'{}' is a group (it has items): '{}' goes on each "
                                              "of its items, not on the group",
                                              c.id, key));
      }
    }
    for (const char* key : kConditionOnlyKeys) {
      if (f.get(key)) {
        diags.error(f.where(key), fmt::format("'{}' is a group (it has items): '{}' belongs to an "
                                              "item's condition ('when'), not to the group: "
                                              "remove it",
                                              c.id, key));
      }
    }
    return c;
  }
  if (!f.get("items") && rules.empty()) {
    diags.error(node.where, fmt::format("item '{}' needs a rule: one of when, bands, "
                                        "proportional, deductions, bonus or formula",
                                        c.id));
  } else if (rules.size() > 1) {
    diags.error(f.where(rules[1]), fmt::format("item '{}' can have only one rule, but it has "
                                               "both '{}' and '{}'",
                                               c.id, rules[0], rules[1]));
  } else if (rules.size() == 1 && c.kind != RuleKind::Condition) {
    // Read by a condition alone: on another rule they were taken and never
    // used (a band item's 'reason' never shown, its 'points' never given).
    for (const char* key : kConditionOnlyKeys) {
      if (f.get(key)) {
        diags.error(f.where(key), fmt::format("item '{}': '{}' belongs to a condition ('when'), "
                                              "and its rule is '{}', which does not read it: "
                                              "remove it",
                                              c.id, key, rules[0]));
      }
    }
  }
  if (!c.max && c.kind != RuleKind::Bonus) {
    diags.error(node.where, fmt::format("item '{}' needs 'max' (its maximum points)", c.id));
  }
  c.applies_when = f.expr("applies_when");
  if (const DocNode* na = f.get("not_applicable")) c.not_applicable = not_applicable_of(*na, diags);
  c.when = f.expr("when");
  c.points = f.number("points");
  c.otherwise = f.number("otherwise").value_or(0);
  c.reason = f.text("reason");
  c.formula = f.expr("formula");
  if (const DocNode* bands = f.get("bands")) load_bands(*bands, c, diags);
  if (const DocNode* prop = f.get("proportional")) {
    DocFields p(*prop, "a proportional rule", {"of", "from", "to"}, diags);
    if (p.ok()) {
      c.of = p.expr("of", true);
      c.from = p.number("from", true).value_or(0);
      c.from_where = p.where("from");
      c.to = p.number("to", true).value_or(0);
    }
  }
  for (const char* key : {"deductions", "bonus"}) {
    const DocNode* list = f.get(key);
    if (!list) continue;
    bool deduct = std::string(key) == "deductions";
    DocFields d(*list, deduct ? "a deduction list" : "a bonus list",
                deduct ? std::vector<std::string>{"rules", "floor"}
                       : std::vector<std::string>{"rules", "cap"},
                diags);
    if (!d.ok()) continue;
    if (const DocNode* rules_node = d.get("rules")) {
      load_point_rules(*rules_node, c, diags);
    } else {
      diags.error(list->where, fmt::format("'{}' needs 'rules'", key));
    }
    if (deduct) {
      c.floor = d.number("floor").value_or(0);
    } else {
      c.max = d.number("cap", true);
      if (f.get("max")) {
        diags.error(f.where("max"), fmt::format("bonus item '{}' takes its maximum from "
                                                "'cap'; remove 'max'",
                                                c.id));
      }
    }
  }
  // A bonus that does not apply adds nothing: full marks would add points
  // nobody earned, and a bonus is outside the scale, so there is nothing to
  // rescale (the compiler gives it 0 whatever the ruleset's own policy).
  if (c.kind == RuleKind::Bonus && f.get("not_applicable")) {
    diags.error(f.where("not_applicable"),
                fmt::format("bonus item '{}' adds nothing in a month it does not apply to: "
                            "'not_applicable' has no meaning for it; remove it",
                            c.id));
  }
  return c;
}

}  // namespace

std::optional<NotApplicable> not_applicable_of(const DocNode& node, Diagnostics& diags) {
  if (node.is_scalar()) {
    if (node.scalar == "full") return NotApplicable::Full;
    if (node.scalar == "rescale") return NotApplicable::Rescale;
    if (node.scalar == "zero") return NotApplicable::Zero;
  }
  if (node.is_scalar()) {
    // The words of the regulation (rulesets/README, section 3), in any capitals.
    static const std::pair<const char*, const char*> kWords[] = {
        {"tính đủ điểm", "full"},     {"đủ điểm", "full"}, {"quy đổi", "rescale"},
        {"bỏ khỏi phiếu", "rescale"}, {"0 điểm", "zero"},  {"không được điểm", "zero"}};
    const std::string folded = fold_case(trim_spaces(node.scalar));
    std::string hint = did_you_mean(node.scalar, {"full", "rescale", "zero"});
    for (const auto& [words, key] : kWords) {
      if (folded == words) hint = fmt::format("; '{}' is written '{}'", node.scalar, key);
    }
    diags.error(node.where, fmt::format("'not_applicable' must be full, rescale or zero, not "
                                        "'{}'{}",
                                        node.scalar, hint));
  } else {
    diags.error(node.where, fmt::format("'not_applicable' must be full, rescale or zero, but "
                                        "this is {}",
                                        doc_kind_name(node.kind)));
  }
  return std::nullopt;
}

std::vector<Criterion> load_criteria(const DocNode& list, Diagnostics& diags) {
  std::vector<Criterion> out;
  if (!list.is_seq() || list.items.empty()) {
    diags.error(list.where, "'criteria' must be a non-empty list of groups");
    return out;
  }
  for (const DocNode& node : list.items) out.push_back(load_criterion(node, diags));
  return out;
}

std::vector<Form> load_forms(const DocNode& list, Diagnostics& diags) {
  std::vector<Form> out;
  if (!list.is_seq() || list.items.empty()) {
    diags.error(list.where, "'forms' must be a non-empty list of {id, kinds, criteria}");
    return out;
  }
  for (const DocNode& node : list.items) {
    DocFields f(node, "a form", {"id", "label", "kinds", "criteria"}, diags);
    if (!f.ok()) continue;
    Form form;
    form.where = node.where;
    form.id = f.text("id", true);
    form.kinds = f.names("kinds");
    form.kind_wheres = f.name_wheres("kinds");
    if (form.kinds.empty()) {
      diags.error(node.where, fmt::format("form '{}' needs 'kinds' (regular, thematic)", form.id));
    }
    if (const DocNode* criteria = f.get("criteria")) {
      form.criteria = load_criteria(*criteria, diags);
    } else {
      diags.error(node.where, fmt::format("form '{}' needs 'criteria'", form.id));
    }
    out.push_back(std::move(form));
  }
  return out;
}

}  // namespace chibo
