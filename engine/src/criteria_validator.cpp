#include "criteria_validator.h"

#include <algorithm>
#include <functional>
#include <map>

#include <fmt/format.h>

#include "item_rule_validator.h"

namespace chibo {
namespace {

std::string num(Rational r) { return r.to_string(); }

// A bonus item's cap, or a group of bonuses' items' caps added up (its own
// 'max' is not read).
Rational bonus_caps(const Criterion& b) {
  if (!b.is_group()) return b.max.value_or(0);
  Rational sum = 0;
  for (const Criterion& item : b.items) sum = add(sum, bonus_caps(item)).value_or(sum);
  return sum;
}

class CriteriaChecker {
 public:
  CriteriaChecker(const Ruleset& r, IdClaims& ids, Diagnostics& diags)
      : r_(r), ids_(ids), diags_(diags) {}

  std::vector<std::string> run() {
    std::map<std::string, std::string> kind_form;
    for (const Form& form : r_.forms) {
      for (auto k_it = form.kinds.begin(); k_it != form.kinds.end(); ++k_it) {
        const std::string& k = *k_it;
        // Said at the kind as written (was at the form's first line, or
        // the first criterion's for the ruleset's own kinds).
        const auto at = static_cast<std::size_t>(k_it - form.kinds.begin());
        const Location& where = at < form.kind_wheres.size() ? form.kind_wheres[at] : form.where;
        if (std::find(form.kinds.begin(), k_it, k) != k_it) {
          // One form (or the ruleset's own kinds: its one sheet has no id).
          diags_.error(where, fmt::format("'kinds' lists '{}' twice", k));
        } else if (std::find(r_.kinds.begin(), r_.kinds.end(), k) == r_.kinds.end()) {
          diags_.error(where, fmt::format("form '{}' scores '{}' meetings, but 'kinds' of "
                                          "the ruleset does not list '{}'",
                                          form.id, k, k));
        } else if (!kind_form.emplace(k, form.id).second) {
          diags_.error(where, fmt::format("form '{}' scores '{}' meetings, but form '{}' "
                                          "already does",
                                          form.id, k, kind_form[k]));
        }
      }
      check_form(form);
    }
    for (const std::string& k : r_.kinds) {
      if (!kind_form.count(k) && !r_.forms.empty()) {
        diags_.error(r_.forms.front().where,
                     fmt::format("no form scores '{}' meetings, which 'kinds' lists", k));
      }
    }
    return std::move(criteria_ids_);
  }

 private:
  void check_form(const Form& form) {
    auto saved = ids_.saved();
    form_ = form.id;
    std::optional<Rational> total = Rational(0);  // nullopt: past what a number holds
    // Each group's share, said with the sum: the message is at the first
    // group this file writes, which may not be the one to mend.
    std::string parts;
    int counted = 0;  // groups that add points: one alone is the sum
    for (const Criterion& c : form.criteria) {
      const Rational max = check_criterion(c);
      if (total) total = add(*total, max);
      if (max == Rational(0)) continue;
      parts += fmt::format("{}{} {}", counted++ > 0 ? " + " : "", c.id, num(max));
    }
    parts = counted > 1 ? " (" + parts + ")" : "";
    ids_.restore(std::move(saved));  // criteria ids may repeat across forms
    const Location where = scale_where(form);
    if (!total) {
      diags_.error(where, fmt::format("the criteria add up to more points than a number can "
                                      "hold, but the scale is {}",
                                      num(r_.scale)));
    } else if (*total != r_.scale) {
      diags_.error(where, fmt::format("the criteria add up to {} points{}, but the scale is {}",
                                      num(*total), parts, num(r_.scale)));
    }
  }

  // Where a sum is wrong (a group's items, or a form's criteria): own, when
  // written in the file linted; else a part written there (a tailoring added
  // or overrode it); else that file's 'remove' of a part of group (""
  // for the top level) in the form being checked; else that file's
  // 'extends', which brings in the base where the sum is wrong (not the
  // base's line: the province does not edit that file). A part
  // that is a group without a maximum adds its items' sum: its items (and
  // their removals) are parts of this sum too.
  Location in_linted_file(const Location& own, const std::vector<Criterion>& parts,
                          const std::string& group) const {
    if (own.file == r_.file) return own;
    std::vector<std::string> groups{group};
    std::vector<const Criterion*> all;
    std::function<void(const std::vector<Criterion>&)> gather = [&](const auto& list) {
      for (const Criterion& part : list) {
        all.push_back(&part);
        if (part.is_group() && !part.max) {
          groups.push_back(part.id);
          gather(part.items);
        }
      }
    };
    gather(parts);
    for (const Criterion* part : all) {
      if (part->where.file == r_.file) return part->where;
    }
    for (const Removal& gone : r_.removed) {
      if (gone.where.file == r_.file && gone.name.rfind("criteria.", 0) == 0 &&
          gone.form == form_ &&
          std::find(groups.begin(), groups.end(), gone.group) != groups.end()) {
        return gone.where;
      }
    }
    // own is in a base, so this file extends one (a Ruleset made in code may not say where).
    return r_.extends_where.line > 0 ? r_.extends_where : Location{r_.file, 0, 0};
  }
  Location sum_where(const Criterion& c) const { return in_linted_file(c.where, c.items, c.id); }
  Location scale_where(const Form& form) const {
    if (form.criteria.empty()) return form.where;
    return in_linted_file(form.criteria.front().where, form.criteria, "");
  }
  // The fix such a file can make, for a group written in another: its items
  // (a max overridden to their sum would only move the error to the scale).
  std::string tailor_hint(const Criterion& c) const {
    if (c.where.file == r_.file) return "";
    return fmt::format(
        " (the group is written in {}, line {}: in this file, make its items add "
        "up to {})",
        one_line(c.where.file), c.where.line, num(*c.max));
  }

  // Checks one criterion; returns the maximum it adds to its parent's sum
  // (0 for bonus items, which sit outside the scale).
  Rational check_criterion(const Criterion& c) {
    ids_.claim(c.id, c.where, c.is_group() ? "group" : "criterion");
    criteria_ids_.push_back(c.id);
    if (!c.is_group()) {
      check_item_rule(c, r_.inputs, diags_);
      // Bonus items sit outside the scale.
      return c.kind == RuleKind::Bonus ? Rational(0) : c.max.value_or(0);
    }
    std::optional<Rational> items_sum = Rational(0);  // nullopt: past what a number holds
    for (const Criterion& item : c.items) {
      const Rational max = check_criterion(item);
      if (items_sum) items_sum = add(*items_sum, max);
    }
    if (!items_sum) {
      diags_.error(c.where, fmt::format("the items of group '{}' add up to more points than a "
                                        "number can hold",
                                        c.id));
      return c.max.value_or(0);
    }
    const Rational sum = *items_sum;
    // An item without a maximum is reported already; a sum without it would
    // only add a second, confusing message.
    bool all_known = std::all_of(c.items.begin(), c.items.end(), [](const Criterion& i) {
      return i.is_group() || i.max || i.kind == RuleKind::Bonus;
    });
    if (!all_known) return c.max.value_or(sum);
    mixed_group(c, sum);
    if (c.max && sum < *c.max) {
      diags_.error(sum_where(c), fmt::format("the items of group '{}' add up to {} points, so "
                                             "it can never reach its maximum {}{}",
                                             c.id, num(sum), num(*c.max), tailor_hint(c)));
    } else if (c.max && *c.max < sum) {
      diags_.error(sum_where(c), fmt::format("the items of group '{}' add up to {} points, "
                                             "more than its maximum {}{}",
                                             c.id, num(sum), num(*c.max), tailor_hint(c)));
    }
    return c.max.value_or(sum);
  }

  // A group of bonus items among items on the scale: scored right (its
  // bonus points are added on top of the scale), but the sheet adds them
  // into the group, which then reads wrong to the cell: past its maximum
  // (62/60) when a written 'max' holds, or, without one, with a maximum that
  // counts the bonuses' cap (62), so that a meeting that earns no bonus
  // seems to lose points. Said at its first bonus (a tailoring that added
  // it, there), with the tip rulesets/README.md gives.
  void mixed_group(const Criterion& c, const Rational& share) {
    std::vector<const Criterion*> bonuses;
    bool others = false;
    for (const Criterion& item : c.items) {
      if (all_bonus(item)) {
        bonuses.push_back(&item);
      } else {
        others = true;
      }
    }
    if (bonuses.empty() || !others) return;
    std::string named;
    Rational caps = 0;
    for (const Criterion* b : bonuses) {
      named += fmt::format("{}'{}'", named.empty() ? "" : ", ", b->id);
      caps = add(caps, bonus_caps(*b)).value_or(caps);
    }
    const bool one = bonuses.size() == 1;
    const Rational shown = c.max ? *c.max : add(share, caps).value_or(share);
    const std::string reads =
        c.max ? fmt::format("a meeting that earns {} shows the group past its maximum ({}/{})",
                            one ? "it" : "them", num(add(shown, caps).value_or(shown)), num(shown))
              : fmt::format(
                    "the group's maximum on the sheet counts {} ({}, where its share of the "
                    "scale is {}), so a meeting without {} seems to lose points",
                    one ? "its cap" : "their caps", num(shown), num(share),
                    one ? "the bonus" : "the bonuses");
    diags_.warning(bonuses.front()->where,
                   fmt::format("group '{}' holds {} {} among items on the scale: bonus points "
                               "are added on top of the scale, but the sheet adds them into the "
                               "group, and {}; put bonus items in a group of their own, without "
                               "'max' (as 'diem_thuong' in rulesets/trung-uong/hd12-2018.yaml)",
                               c.id, one ? "the bonus" : "the bonuses", named, reads));
  }

  const Ruleset& r_;
  IdClaims& ids_;
  Diagnostics& diags_;
  std::vector<std::string> criteria_ids_;
  std::string form_;  // the id of the form whose criteria are being checked
};

}  // namespace

bool all_bonus(const Criterion& c) {
  return c.is_group() ? std::all_of(c.items.begin(), c.items.end(), all_bonus)
                      : c.kind == RuleKind::Bonus;
}

std::vector<std::string> check_forms(const Ruleset& r, IdClaims& ids, Diagnostics& diags) {
  return CriteriaChecker(r, ids, diags).run();
}

}  // namespace chibo
