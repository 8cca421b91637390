#include "chibo/ruleset_validator.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "chibo/did_you_mean.h"
#include "criteria_validator.h"
#include "grade_validator.h"
#include "id_claims.h"
#include "input_validator.h"
#include "removed_words.h"
#include "rollup_validator.h"
#include "tie_break_validator.h"

namespace chibo {
namespace {

void check_top(const Ruleset& r, Diagnostics& diags) {
  if (!r.id.empty() && !std::all_of(r.id.begin(), r.id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
      })) {
    diags.error(r.id_where, fmt::format("ruleset id '{}' may use only a-z, 0-9, '-' and '_'{}",
                                        r.id, write_instead(ascii_id_of(r.id, true))));
  }
  if (r.scale <= Rational(0)) diags.error(r.scale_where, "'scale' must be above 0");
}

void check_check_ids(const Ruleset& r, Diagnostics& diags) {
  std::map<std::string, Location> check_ids;
  for (const Check& c : r.checks) {
    if (c.id.empty()) continue;
    check_id_shape(c.id, c.where, "check", diags);
    auto [it, fresh] = check_ids.emplace(c.id, c.where);
    if (!fresh) {
      diags.error(c.where,
                  fmt::format("duplicate check id '{}' ({})", c.id, used_at(it->second, c.where)));
    }
  }
}

void check_examples(const Ruleset& r, const std::vector<std::string>& grade_ids,
                    Diagnostics& diags) {
  // `chibo test` and lint name an example by its name: two alike could
  // not be told apart in their messages.
  std::map<std::string, Location> names;
  for (const Example& ex : r.examples) {
    if (ex.name.empty()) continue;
    auto [it, fresh] = names.emplace(ex.name, ex.where);
    if (!fresh) {
      diags.error(ex.where, fmt::format("duplicate example name '{}' ({})", ex.name,
                                        used_at(it->second, ex.where)));
    }
  }
  for (const Example& ex : r.examples) {
    if (ex.expect_grade.empty() || grade_ids.empty()) continue;
    if (std::find(grade_ids.begin(), grade_ids.end(), ex.expect_grade) != grade_ids.end()) {
      continue;
    }
    if (std::string gone =
            removed_words(r, "grades", ex.expect_grade, RemovedUse::in_section("examples"));
        !gone.empty()) {
      diags.error(ex.where, fmt::format("example '{}': it expects grade '{}': {}", ex.name,
                                        ex.expect_grade, gone));
    } else {
      diags.error(ex.where, fmt::format("example '{}': it expects grade '{}', which is not a "
                                        "grade{}",
                                        ex.name, ex.expect_grade,
                                        grade_name_hint(r, grade_ids, ex.expect_grade)));
    }
  }
}

}  // namespace

std::string mean_of_no_number(const std::string& key, const std::string& what) {
  return fmt::format(
      "tie-break key '{}': {}, not a number: 'mean:' averages an integer, number, "
      "percent or minutes input, or a derived value that gives a number",
      key, what);
}

void validate_ruleset(const Ruleset& r, Diagnostics& diags) {
  check_top(r, diags);
  IdClaims ids(diags);
  for (const Input& in : r.inputs) check_input(in, ids, diags);
  for (const Derived& d : r.derived) ids.claim(d.id, d.where, "derived value");
  check_check_ids(r, diags);
  const std::vector<std::string> criteria_ids = check_forms(r, ids, diags);
  const std::vector<std::string> grade_ids = check_grades(r, criteria_ids, diags);
  check_vetoes(r, grade_ids, diags);
  check_examples(r, grade_ids, diags);
  check_rollup(r, grade_ids, diags);
  check_tie_break(r, grade_ids, diags);
}

}  // namespace chibo
