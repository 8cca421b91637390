#include "tie_break_validator.h"

#include <algorithm>

#include <fmt/format.h>

#include "chibo/did_you_mean.h"
#include "chibo/ruleset_validator.h"
#include "removed_words.h"

namespace chibo {
namespace {

void check_mean_of(const std::string& key, const Input& in, const Location& where,
                   Diagnostics& diags) {
  // Ranking took a date's day number, a choice's option index or a yes/no's
  // 0/1 as the value, unsaid.
  if (in.type == InputType::YesNo || in.type == InputType::Choice || in.type == InputType::Date) {
    diags.error(where, mean_of_no_number(key, fmt::format("input '{}' has type {}", in.id,
                                                          input_type_name(in.type))));
    return;
  }
  // As an expression may not (the compiler's Symbol::no_value): such an
  // input's empty cells have no value to average.
  if (!in.required && !in.default_value) {
    diags.error(where, fmt::format("tie-break key '{}': input '{}' is not required and has no "
                                   "default, so a record may leave it without a value: give "
                                   "it a 'default' (the value an empty cell takes) to use it "
                                   "here",
                                   key, in.id));
  }
}

// Why count:GRADE or mean:INPUT names nothing when a tailoring removed it
// (removed_words); "" when none did.
std::string removed_key_words(const Ruleset& r, const std::string& key) {
  const std::size_t colon = key.find(':');
  if (colon == std::string::npos) return "";
  const std::string kind = key.substr(0, colon), id = key.substr(colon + 1);
  const RemovedUse ranking = RemovedUse::in_section("ranking");
  if (kind == "count") return removed_words(r, "grades", id, ranking);
  if (kind != "mean") return "";
  std::string gone = removed_words(r, "inputs", id, ranking);
  return gone.empty() ? removed_words(r, "derived", id, ranking) : gone;
}

}  // namespace

void check_tie_break(const Ruleset& r, const std::vector<std::string>& grade_ids,
                     Diagnostics& diags) {
  std::vector<std::string> known = {"total", "grade", "worst_month", "best_month"};
  for (const std::string& g : grade_ids) known.push_back("count:" + g);
  for (const Input& in : r.inputs) known.push_back("mean:" + in.id);
  for (const Derived& d : r.derived) known.push_back("mean:" + d.id);
  for (std::size_t k = 0; k < r.tie_break.size(); ++k) {
    const std::string& key = r.tie_break[k];
    const Location& where = r.tie_break_where[k];
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      if (std::string gone = removed_key_words(r, key); !gone.empty()) {
        diags.error(where, fmt::format("tie-break key '{}': {}", key, gone));
      } else {
        diags.error(where, fmt::format("unknown tie-break key '{}': use total, grade, "
                                       "worst_month, best_month, count:GRADE or mean:INPUT{}",
                                       key, did_you_mean(key, known)));
      }
      continue;
    }
    for (const Input& in : r.inputs) {
      if (key == "mean:" + in.id) check_mean_of(key, in, where, diags);
    }
    // A derived value's type is known once its expression is compiled:
    // the compiler refuses the mean of one that gives no number.
  }
}

}  // namespace chibo
