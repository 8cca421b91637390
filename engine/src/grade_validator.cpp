#include "grade_validator.h"

#include <algorithm>

#include <fmt/format.h>

#include "chibo/diagnostic.h"
#include "chibo/did_you_mean.h"
#include "criteria_validator.h"
#include "id_claims.h"
#include "removed_words.h"
#include "rollup_validator.h"

namespace chibo {
namespace {

std::string num(Rational r) { return r.to_string(); }

// A grade's problem that the file linted made by removing grades (the
// lowest or highest left, said at a base's line): where moved to that
// removal, and " (with 'grades.x' removed)" returned; "" otherwise.
std::string at_grade_removal(const Ruleset& r, Location& where) {
  std::string removal;
  for (const Removal& gone : r.removed) {
    if (where.file != r.file && gone.where.file == r.file && gone.name.rfind("grades.", 0) == 0) {
      where = gone.where;
      removal = fmt::format(" (with '{}' removed)", gone.name);
    }
  }
  return removal;
}

// A bonus item, or a group of bonus items only, or null.
const Criterion* bonus_named(const std::vector<Criterion>& list, const std::string& id) {
  for (const Criterion& c : list) {
    if (c.id == id) return all_bonus(c) ? &c : nullptr;
    if (const Criterion* found = bonus_named(c.items, id)) return found;
  }
  return nullptr;
}

// The conditions a bonus rewards, joined as a grade's 'when' would read
// them ("a and b"); "" when a rule counts ('each') or there are none.
std::string bonus_conditions(const Criterion& c) {
  std::string joined;
  for (const Criterion& item : c.is_group() ? c.items : std::vector<Criterion>{c}) {
    for (const PointRule& rule : item.rules) {
      if (rule.when.empty()) return "";
      const std::string text = rule.when.shown();
      const bool plain = text.find(' ') == std::string::npos;
      joined += (joined.empty() ? "" : " and ") + (plain ? text : "(" + text + ")");
    }
  }
  return joined;
}

// A bonus lies outside the scale: extra points for what a meeting need not
// do. Named in 'at_max', it made the grade need every bonus earned, and a
// group of bonuses only (its maximum 0) was at its maximum whatever the
// meeting did: neither is what the regulation says.
void bonus_at_max(const Grade& g, const Criterion& c, Diagnostics& diags) {
  const std::string when = bonus_conditions(c);
  const std::string hint = when.empty()
                               ? fmt::format("write what grade '{}' needs in its 'when'", g.id)
                               : fmt::format("write it in the grade's 'when': when: \"{}\"", when);
  diags.error(g.at_max_where,
              fmt::format("grade '{}': 'at_max' names '{}', {}: bonus points are added on top "
                          "of the scale, for what a meeting need not do, so no grade can need "
                          "them at their cap; if grade '{}' needs what the bonus rewards, {}",
                          g.id, c.id, c.is_group() ? "a group of bonus items" : "a bonus item",
                          g.id, hint));
}

const Criterion* criterion_named(const std::vector<Criterion>& list, const std::string& id) {
  for (const Criterion& c : list) {
    if (c.id == id) return &c;
    if (const Criterion* found = criterion_named(c.items, id)) return found;
  }
  return nullptr;
}

// A group's bonus items and groups of bonuses only (into bonuses) and the
// rest it is made of (into others), a group of both taken apart.
void split_bonuses(const Criterion& group, std::vector<const Criterion*>& bonuses,
                   std::vector<std::string>& others) {
  for (const Criterion& item : group.items) {
    if (all_bonus(item)) {
      bonuses.push_back(&item);
    } else if (item.is_group() && std::any_of(item.items.begin(), item.items.end(), all_bonus)) {
      split_bonuses(item, bonuses, others);
    } else {
      others.push_back(item.id);
    }
  }
}

std::string quoted_list(const std::vector<const Criterion*>& criteria) {
  std::string out;
  for (const Criterion* c : criteria) out += (out.empty() ? "'" : ", '") + c->id + "'";
  return out;
}

// A group of bonus items and others: its maximum (the sum of its items'
// unless written) holds the bonuses' cap, so the grade needed every bonus
// earned; a 'max' written lets bonus points make up for an item short of
// its own. What is meant is the group's other items at their maxima.
// False when the group has no bonus.
// A grade written in a base, whose group a tailoring (the file linted) gave
// a bonus, is said at the bonus the tailoring added, with the override it
// can write: the province does not edit the base, whose own lint is clean.
bool mixed_at_max(const Ruleset& r, const Grade& g, const Criterion& group, Diagnostics& diags) {
  std::vector<const Criterion*> bonuses;
  std::vector<std::string> others;
  split_bonuses(group, bonuses, others);
  if (bonuses.empty()) return false;
  std::vector<std::string> named;  // g's at_max with the group's other items for it
  for (const std::string& id : g.at_max) {
    for (const std::string& part : id == group.id ? others : std::vector<std::string>{id}) {
      if (std::find(named.begin(), named.end(), part) == named.end()) named.push_back(part);
    }
  }
  std::string at_max;
  for (const std::string& id : named) at_max += (at_max.empty() ? "" : ", ") + id;
  const bool one = bonuses.size() == 1;
  const std::string effect =
      group.max
          ? fmt::format(
                "within the group's 'max' {} would make up for an item short of "
                "its maximum",
                one ? "its points" : "their points")
          : fmt::format("the group's maximum counts {}, so grade '{}' would need {} earned",
                        one ? "its cap" : "their caps", g.id, one ? "the bonus" : "the bonuses");
  Location where = g.at_max_where;
  std::string fix = fmt::format("name its other items in its place: at_max: [{}]", at_max);
  if (where.file != r.file) {
    const auto added = std::find_if(bonuses.begin(), bonuses.end(),
                                    [&](const Criterion* b) { return b->where.file == r.file; });
    if (added != bonuses.end()) {
      where = (*added)->where;
      fix = fmt::format(
          "grade '{}' is written in {}, line {}: in this file, name the group's other items in "
          "its place, under 'override': grades.{}: {{at_max: [{}]}}",
          g.id, one_line(g.at_max_where.file), g.at_max_where.line, g.id, at_max);
    }
  }
  diags.error(
      where, fmt::format("grade '{}': 'at_max' names '{}', a group with {} ({}): bonus points "
                         "are added on top of the scale, for what a meeting need not do, but "
                         "{}; {}",
                         g.id, group.id, one ? "a bonus item" : "bonus items", quoted_list(bonuses),
                         effect, fix));
  return true;
}

void check_at_max(const Ruleset& r, const Grade& g, const std::vector<std::string>& criteria_ids,
                  Diagnostics& diags) {
  for (const std::string& id : g.at_max) {
    if (std::find(criteria_ids.begin(), criteria_ids.end(), id) != criteria_ids.end()) {
      if (const Criterion* bonus = bonus_in_at_max(r, id)) {
        bonus_at_max(g, *bonus, diags);
        continue;
      }
      for (const Form& form : r.forms) {
        const Criterion* c = criterion_named(form.criteria, id);
        if (c != nullptr && c->is_group() && mixed_at_max(r, g, *c, diags)) break;
      }
      continue;
    }
    if (std::string gone =
            removed_words(r, "criteria", id, RemovedUse::named("", "grades." + g.id));
        !gone.empty()) {
      diags.error(g.at_max_where,
                  fmt::format("grade '{}': 'at_max' names '{}': {}", g.id, id, gone));
    } else {
      diags.error(g.at_max_where, fmt::format("grade '{}': 'at_max' names '{}', which is "
                                              "not a criterion{}",
                                              g.id, id, did_you_mean(id, criteria_ids)));
    }
  }
}

}  // namespace

const Criterion* bonus_in_at_max(const Ruleset& r, const std::string& id) {
  for (const Form& form : r.forms) {
    if (const Criterion* bonus = bonus_named(form.criteria, id)) return bonus;
  }
  return nullptr;
}

std::vector<std::string> check_grades(const Ruleset& r,
                                      const std::vector<std::string>& criteria_ids,
                                      Diagnostics& diags) {
  if (r.grades.empty()) return {};
  // Real sheets have four or five.
  if (r.grades.size() > kMaxGrades) {
    diags.error(r.grades[kMaxGrades].where,
                fmt::format("a ruleset has at most {} grades; this one has {}", kMaxGrades,
                            r.grades.size()));
  }
  std::vector<std::string> grade_ids;
  for (std::size_t i = 0; i < r.grades.size(); ++i) {
    const Grade& g = r.grades[i];
    for (std::size_t j = 0; j < i; ++j) {
      if (r.grades[j].id == g.id) {
        diags.error(g.where, fmt::format("duplicate grade id '{}' ({})", g.id,
                                         used_at(r.grades[j].where, g.where)));
        break;
      }
    }
    grade_ids.push_back(g.id);
    check_id_shape(g.id, g.where, "grade", diags);
    // A 'from' that was no number was said so; its stand-in 0 is not compared.
    const bool compared = g.from_read && (i == 0 || r.grades[i - 1].from_read);
    if (i == 0 && g.from_read && r.scale < g.from) {
      diags.error(g.where, fmt::format("grade '{}' starts at {}, above the scale {}, so no "
                                       "meeting can reach it",
                                       g.id, num(g.from), num(r.scale)));
    }
    if (i > 0 && compared && r.grades[i - 1].from <= g.from) {
      diags.error(g.where,
                  fmt::format("grades must go from the highest 'from' down, but "
                              "grade '{}' (from {}) overlaps grade '{}' (from {})",
                              g.id, num(g.from), r.grades[i - 1].id, num(r.grades[i - 1].from)));
    }
    check_at_max(r, g, criteria_ids, diags);
  }
  const Grade& lowest = r.grades.back();
  if (lowest.from < Rational(0)) {
    diags.error(lowest.where, fmt::format("the lowest grade '{}' starts at {}, but no total is "
                                          "below 0; let it start at 0",
                                          lowest.id, num(lowest.from)));
  } else if (lowest.from != Rational(0)) {
    // Lowest only since the file linted removed the grades below it: said
    // at that removal, not at a base's line the province does not edit.
    Location where = lowest.where;
    const std::string removal = at_grade_removal(r, where);
    diags.error(where, fmt::format("the lowest grade '{}' starts at {}{}, so totals from 0 to "
                                   "under {} get no grade; let it start at 0",
                                   lowest.id, num(lowest.from), removal, num(lowest.from)));
  }
  return grade_ids;
}

void check_vetoes(const Ruleset& r, const std::vector<std::string>& grade_ids, Diagnostics& diags) {
  for (std::size_t k = 0; k < r.vetoes.size(); ++k) {
    const Veto& v = r.vetoes[k];
    // Named as its 'when' is (ruleset_compiler.cpp): it was told by its place alone.
    check_grade_name(r, grade_ids, v.at_most, v.where, "'at_most'", veto_use(k), diags);
    // Conditions that can change nothing: a rule written and never applied.
    if (!r.grades.empty() && v.at_most == r.grades.front().id) {
      // Highest only since the file linted removed the grades above it: said
      // at that removal, as the lowest grade is (was at the base's veto).
      Location where = v.where;
      const std::string removal = at_grade_removal(r, where);
      diags.error(where, fmt::format("'at_most' '{}' is the highest grade{}: this veto can "
                                     "lower no meeting",
                                     v.at_most, removal));
    }
  }
  if (!r.grades.empty()) {
    const Grade& lowest = r.grades.back();
    if (!lowest.when.empty() || !lowest.at_max.empty()) {
      diags.error(lowest.where, fmt::format("the lowest grade '{}' has a condition ('{}'), but "
                                            "a meeting that fails it has no lower grade to "
                                            "go to; remove it",
                                            lowest.id, lowest.when.empty() ? "at_max" : "when"));
    }
  }
}

}  // namespace chibo
