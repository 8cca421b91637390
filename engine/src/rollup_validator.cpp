#include "rollup_validator.h"

#include <algorithm>

#include <fmt/format.h>

#include "chibo/did_you_mean.h"
#include "removed_words.h"
#include "utf8.h"

namespace chibo {
namespace {

// The first count rule that holds gives the grade, and a rule holds for more
// periods as their months get better: a rule after one for a worse grade is
// never reached by a period that meets both (7 months at Tốt graded Khá, by
// a rule listed first that every such period meets too).
void check_count_order(const PeriodRule& p, const std::vector<std::string>& grade_ids,
                       Diagnostics& diags) {
  auto rank = [&](const std::string& id) {
    return std::find(grade_ids.begin(), grade_ids.end(), id) - grade_ids.begin();
  };
  for (std::size_t i = 1; i < p.rules.size(); ++i) {
    const CountRule& later = p.rules[i];
    for (std::size_t j = 0; j < i; ++j) {
      const CountRule& earlier = p.rules[j];
      // A grade not named right is said as such (check_grade_name), not here.
      const auto known = static_cast<std::ptrdiff_t>(grade_ids.size());
      if (rank(earlier.grade) == known || rank(later.grade) >= rank(earlier.grade)) continue;
      diags.error(later.where,
                  fmt::format("the rule for '{}' comes after the rule for '{}', a worse grade "
                              "(line {}): the first rule that holds gives the grade, so a period "
                              "that meets both would be graded '{}'; list the rules from the "
                              "best grade down",
                              later.grade, earlier.grade, earlier.where.line, earlier.grade));
      break;
    }
  }
}

}  // namespace

void check_grade_name(const Ruleset& r, const std::vector<std::string>& grade_ids,
                      const std::string& name, const Location& where, const char* what,
                      const RemovedUse& use, Diagnostics& diags) {
  if (name.empty() || grade_ids.empty()) return;
  if (std::find(grade_ids.begin(), grade_ids.end(), name) != grade_ids.end()) return;
  if (std::string gone = removed_words(r, "grades", name, use); !gone.empty()) {
    diags.error(where, fmt::format("{} '{}': {}", what, name, gone));
  } else {
    diags.error(where, fmt::format("{} '{}' is not a grade{}", what, name,
                                   grade_name_hint(r, grade_ids, name)));
  }
}

std::string grade_name_hint(const Ruleset& r, const std::vector<std::string>& grade_ids,
                            const std::string& name) {
  // A grade written as people say it ('Khá', 'trung bình'): its label, in
  // any capitals. "did you mean" found nothing ('Khá' is 2 bytes from 'kha').
  for (const Grade& g : r.grades) {
    if (!g.label.empty() && fold_case(g.label) == fold_case(name)) {
      return fmt::format("; '{}' is the label of grade '{}': write its id", name, g.id);
    }
  }
  return did_you_mean(name, grade_ids);
}

void check_rollup(const Ruleset& r, const std::vector<std::string>& grade_ids, Diagnostics& diags) {
  const Rollup& ru = r.rollup;
  // A grade a tailoring removed is told which rule still names it, as a
  // veto is (it was told the rule's line in the base alone).
  check_grade_name(r, grade_ids, ru.missing_thematic_at_most, ru.where,
                   "'missing_thematic_at_most'", RemovedUse::in_section("rollup"), diags);
  // A cap at the highest grade lowers no quarter: a rule written and never
  // applied, as a veto at the highest grade is ('tot' for 'kha').
  if (ru.thematic_per_quarter > 0 && !grade_ids.empty() &&
      ru.missing_thematic_at_most == grade_ids.front()) {
    diags.error(ru.missing_thematic_where,
                fmt::format("'missing_thematic_at_most' '{}' is the highest grade: a "
                            "quarter short of its thematic meeting is capped at it, "
                            "which lowers no quarter; name a lower grade (HD 12: the "
                            "one below it) or remove it",
                            ru.missing_thematic_at_most));
  }
  for (const PeriodRule* p : {&ru.quarter, &ru.year}) {
    const std::string period = p == &ru.quarter ? "quarter" : "year";
    check_grade_name(r, grade_ids, p->otherwise, p->where, "'otherwise'",
                     rollup_use(period, kNoRule), diags);
    if (!grade_ids.empty()) check_count_order(*p, grade_ids, diags);
    for (std::size_t i = 0; i < p->rules.size(); ++i) {
      const CountRule& rule = p->rules[i];
      const RemovedUse use = rollup_use(period, i);
      check_grade_name(r, grade_ids, rule.grade, rule.where, "'grade'", use, diags);
      check_grade_name(r, grade_ids, rule.all_at_least, rule.where, "'all_at_least'", use, diags);
      for (const auto& [grade, count] : rule.at_least) {
        check_grade_name(r, grade_ids, grade, rule.where, "'at_least'", use, diags);
        if (count < 0 || count > 12) {
          diags.error(rule.where, fmt::format("'at_least: {{{}: {}}}' must count 0 to 12 meetings",
                                              grade, count));
        } else if (p == &ru.quarter && count > 3) {
          diags.warning(rule.where, fmt::format("'at_least: {{{}: {}}}' can never hold in a "
                                                "quarter, which has 3 months: rule {} of "
                                                "'quarter' never gives its grade; count 0 to 3 "
                                                "meetings",
                                                grade, count, i + 1));
        }
      }
    }
  }
}

}  // namespace chibo
