#include "item_rule_validator.h"

#include <fmt/format.h>

#include <algorithm>

namespace chibo {
namespace {

std::string num(Rational r) { return r.to_string(); }

class ItemRuleChecker {
 public:
  ItemRuleChecker(const std::vector<Input>& inputs, Diagnostics& diags)
      : inputs_(inputs), diags_(diags) {}

  void check(const Criterion& c) {
    Rational max = c.max.value_or(0);
    if (max < Rational(0)) {
      diags_.error(c.where, fmt::format("item '{}': 'max' must not be negative", c.id));
    } else if (c.max && max == Rational(0)) {
      // Accepted, but nothing to earn or lose: nearly always a number left out.
      const bool bonus = c.kind == RuleKind::Bonus;
      diags_.warning(c.where,
                     fmt::format("item '{}': '{}: 0' {}: give it its {}, or leave the "
                                 "item out",
                                 c.id, bonus ? "cap" : "max",
                                 bonus ? "adds nothing" : "gives no points to earn or lose",
                                 bonus ? "cap" : "maximum"));
    }
    switch (c.kind) {
      case RuleKind::Condition:
        if (c.points && max < *c.points) above_max(c, "'points'", *c.points, c.where);
        if (max < c.otherwise) above_max(c, "'otherwise'", c.otherwise, c.where);
        if (c.points && *c.points < Rational(0)) below_zero(c, "'points'", *c.points, c.where);
        if (c.otherwise < Rational(0)) below_zero(c, "'otherwise'", c.otherwise, c.where);
        if (c.points && Rational(0) <= *c.points && *c.points < max && Rational(0) <= c.otherwise &&
            c.otherwise < max) {
          never_at_max(c, "'points' and 'otherwise'", std::max(*c.points, c.otherwise));
        }
        break;
      case RuleKind::Bands:
        check_bands(c);
        break;
      case RuleKind::Proportional:
        if (c.from == c.to) {
          diags_.error(c.where, fmt::format("item '{}': a proportional rule needs 'from' and "
                                            "'to' to differ",
                                            c.id));
        } else {
          if (c.to < c.from) falling_scale(c);
          full_out_of_reach(c);
        }
        break;
      case RuleKind::Deductions:
        if (c.floor < Rational(0) || max < c.floor) {
          diags_.error(c.where, fmt::format("item '{}': 'floor' {} must be from 0 to the "
                                            "item's maximum {}",
                                            c.id, num(c.floor), num(max)));
        }
        [[fallthrough]];
      case RuleKind::Bonus:
        for (const PointRule& rule : c.rules) {
          if (rule.points <= Rational(0)) {
            diags_.error(rule.where,
                         fmt::format("item '{}': 'points' of a rule must be above 0", c.id));
          }
        }
        break;
      case RuleKind::Formula:
        break;
    }
  }

 private:
  void above_max(const Criterion& c, const char* what, Rational value, const Location& where) {
    diags_.error(where, fmt::format("item '{}': {} {} is above the item's maximum {}", c.id, what,
                                    num(value), num(c.max.value_or(0))));
  }

  // Accepted, but the item (and so the sheet) never reaches its maximum: a
  // 'max' raised without its points, or points lowered without the 'max'.
  void never_at_max(const Criterion& c, const char* what, Rational most) {
    diags_.warning(c.where, fmt::format("item '{}': its {} give at most {} points, so it can never "
                                        "reach its maximum {}: raise them, or lower 'max' to {}",
                                        c.id, what, num(most), num(c.max.value_or(0)), num(most)));
  }

  // An item scores from 0 to its maximum (a deduction takes points off it;
  // a negative score here passed lint and lowered the total unseen).
  void below_zero(const Criterion& c, const char* what, Rational value, const Location& where) {
    diags_.error(where, fmt::format("item '{}': {} {} is below 0 (an item scores from 0 to its "
                                    "maximum; take points off with deductions)",
                                    c.id, what, num(value)));
  }

  // 'from' above 'to' is a scale where less earns more (absences: full
  // points at 0, none at 5), which is legitimate; but the pair is as often
  // written the other way round, highest first as band rows are, which
  // scores every meeting backwards without an error. Said with what it
  // means, the swap if that is not what was meant, and, if it is, the same
  // points written as deductions per unit past 'to', which are not warned
  // of (there is no way to acknowledge a warning).
  void falling_scale(const Criterion& c) {
    const std::string& of = c.of.text;
    const bool name = !of.empty() && std::all_of(of.begin(), of.end(), [](char ch) {
      return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_';
    });
    const std::string value = name ? fmt::format("'{}'", of) : std::string("the value");
    const Rational max = c.max.value_or(0);
    const std::string deductions =
        falling_deductions(name ? of : "(" + of + ")", c.from, c.to, max);
    diags_.warning(c.from_where.line > 0 ? c.from_where : c.where,
                   fmt::format("item '{}': 'from' {} is above 'to' {}, so its points fall as {} "
                               "rises ({} at {} or less, 0 at {} or more); if more should earn "
                               "more, write {{from: {}, to: {}}}{}",
                               c.id, num(c.from), num(c.to), value, num(max), num(c.to),
                               num(c.from), num(c.to), num(c.from),
                               deductions.empty() ? ""
                                                  : "; if less should, write the same points as "
                                                    "deductions, which are not warned of: " +
                                                        deductions));
  }

  // The deductions that score as proportional {of, from, to} with from above
  // to: max off over the span, per unit past 'to' (none below it, a count
  // under 0 being 0; 0 from 'from' on, the floor). "" past the arithmetic.
  static std::string falling_deductions(const std::string& of, Rational from, Rational to,
                                        Rational max) {
    const std::optional<Rational> span = subtract(from, to);
    const std::optional<Rational> per = span ? divide(max, *span) : std::nullopt;
    const std::optional<Rational> below = subtract(Rational(0), to);
    if (!per || !below) return "";
    std::string count = of;
    if (to < Rational(0)) count += " + " + num(*below);
    if (Rational(0) < to) count += " - " + num(to);
    const bool plain = per->to_string().find('/') == std::string::npos;
    if (!plain) count = (count == of ? count : "(" + count + ")") + " / " + num(*span);
    // Quoted as YAML needs: an option's name in double quotes inside single.
    const char quote = count.find('"') == std::string::npos ? '"' : '\'';
    if (count.find_first_of(" ()*/+-\"") != std::string::npos) count = quote + count + quote;
    return fmt::format("deductions: {{rules: [{{each: {}, points: {}, reason: \"...\"}}]}}", count,
                       num(plain ? *per : max));
  }

  // A 'to' past the input's range (a percent's 100, to: 120): no record
  // reaches the full points, so the item and the sheet never reach theirs.
  void full_out_of_reach(const Criterion& c) {
    const Input* of = input_named(c.of.text);
    if (!of) return;
    const bool rising = c.from < c.to;
    const std::optional<Rational>& edge = rising ? of->max : of->min;
    if (!edge || (rising ? c.to <= *edge : *edge <= c.to)) return;
    diags_.warning(c.from_where.line > 0 ? c.from_where : c.where,
                   fmt::format("item '{}': '{}' is at {} {}, so no record reaches 'to' {} and the "
                               "item can never reach its maximum {}: write 'to: {}'",
                               c.id, of->id, rising ? "most" : "least", num(*edge), num(c.to),
                               num(c.max.value_or(0)), num(*edge)));
  }

  const Input* input_named(const std::string& text) const {
    for (const Input& in : inputs_) {
      if (in.id == text) return &in;
    }
    return nullptr;
  }

  void check_bands(const Criterion& c) {
    const Input* of = input_named(c.of.text);
    // Each row on its own first; then the order. Gaps, overlaps and the top
    // and bottom of the table are only judged in a sorted table: in an
    // unsorted one every neighbour looks like a gap or an overlap.
    bool rows_ok = true;
    for (const BandRow& row : c.bands) {
      if (c.max && *c.max < row.points) above_max(c, "band points", row.points, row.where);
      if (row.points < Rational(0)) {
        diags_.error(row.where, fmt::format("item '{}': band points must not be negative", c.id));
      }
      if (row.to && row.from_read && *row.to <= row.from) {
        diags_.error(row.where, fmt::format("item '{}': a band row from {} to under {} is "
                                            "empty; 'to' must be above 'from'",
                                            c.id, num(row.from), num(*row.to)));
        rows_ok = false;
      }
    }
    bool sorted = true;
    for (std::size_t i = 1; i < c.bands.size(); ++i) {
      const BandRow& row = c.bands[i];
      const BandRow& above = c.bands[i - 1];
      if (!row.from_read || !above.from_read) {
        sorted = false;  // a 'from' that was no number (said so): its stand-in 0 not compared
      } else if (above.from <= row.from) {
        diags_.error(row.where, fmt::format("item '{}': band rows must go from the highest "
                                            "'from' down, but the row from {} comes after the "
                                            "row from {}",
                                            c.id, num(row.from), num(above.from)));
        sorted = false;
      }
    }
    if (c.max && !c.bands.empty()) {
      Rational most = c.bands.front().points;
      for (const BandRow& row : c.bands) most = std::max(most, row.points);
      if (Rational(0) <= most && most < *c.max) never_at_max(c, "band rows", most);
    }
    if (!rows_ok || !sorted || c.bands.empty()) return;
    const BandRow& top = c.bands.front();
    if (top.to && !(of && of->max && *of->max < *top.to)) {
      diags_.error(top.where, fmt::format("item '{}': values from {} up get no points; "
                                          "remove 'to' from the top row",
                                          c.id, num(*top.to)));
    }
    for (std::size_t i = 1; i < c.bands.size(); ++i) {
      const BandRow& row = c.bands[i];
      const BandRow& above = c.bands[i - 1];
      if (row.to && above.from < *row.to) {
        diags_.error(row.where, fmt::format("item '{}': the row from {} to under {} overlaps "
                                            "the row above, which starts at {}",
                                            c.id, num(row.from), num(*row.to), num(above.from)));
      } else if (row.to && *row.to < above.from) {
        diags_.error(row.where, fmt::format("item '{}': values from {} to under {} get no "
                                            "points (a gap between band rows)",
                                            c.id, num(*row.to), num(above.from)));
      }
    }
    if (of && of->min && *of->min < c.bands.back().from) {
      diags_.error(c.bands.back().where,
                   fmt::format("item '{}': values of '{}' below {} get no points; add a row "
                               "from {}",
                               c.id, of->id, num(c.bands.back().from), num(*of->min)));
    }
  }

  const std::vector<Input>& inputs_;
  Diagnostics& diags_;
};

}  // namespace

void check_item_rule(const Criterion& c, const std::vector<Input>& inputs, Diagnostics& diags) {
  ItemRuleChecker(inputs, diags).check(c);
}

}  // namespace chibo
