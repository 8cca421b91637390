#include "form_steps.h"

#include <algorithm>
#include <atomic>

namespace chibo {
namespace {

// Sets form.whole and the steps' whole numbers when they qualify.
void mark_whole(CompiledForm& form) {
  auto small_whole = [](const Rational& v) {
    return v.is_integer() && v.num() <= kWholeLimit && v.num() >= -kWholeLimit;
  };
  form.whole = form.full_max && small_whole(*form.full_max) && form.steps.size() <= kWholeNodes &&
               std::all_of(form.steps.begin(), form.steps.end(), [&](const NodeStep& step) {
                 return small_whole(step.max) && small_whole(step.met_points) &&
                        small_whole(step.unmet_points);
               });
  if (!form.whole) return;
  for (NodeStep& step : form.steps) {
    step.whole_max = step.max.num();
    step.whole_met = step.met_points.num();
    step.whole_unmet = step.unmet_points.num();
  }
}

}  // namespace

void lay_out_steps(CompiledForm& form, int slot_count) {
  static std::atomic<std::uint64_t> blanks_made{0};
  form.blank_number = ++blanks_made;
  for (const CompiledNode& node : form.nodes) {
    if (!node.group && !node.bonus && form.full_max) {
      form.full_max = add(*form.full_max, node.max);
    }
    CriterionScore blank;
    blank.max = node.max;
    form.blank.push_back(blank);
    NodeStep step;
    step.max = node.max;
    step.met_points = node.met_points;
    step.unmet_points = node.unmet_points;
    step.slot = node.slot;
    step.parent = node.parent;
    step.group = node.group;
    step.bonus = node.bonus;
    step.not_applicable = node.not_applicable;
    if (!node.group && node.kind == RuleKind::Condition && !node.applies_when && node.when &&
        node.when->single_slot() >= 0 && node.when->single_slot() < slot_count) {
      step.when_slot = node.when->single_slot();
    }
    form.steps.push_back(step);
  }
  mark_whole(form);
}

}  // namespace chibo
