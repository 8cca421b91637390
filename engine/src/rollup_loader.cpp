#include "rollup_loader.h"

#include <fmt/format.h>

#include "doc_fields.h"

namespace chibo {
namespace {

// A quarter has 92 days at most, and a cell one thematic meeting a day
// (MeetingStore refuses another).
constexpr long long kMostThematicPerQuarter = 92;

}  // namespace

Rollup load_rollup(const DocNode& node, Diagnostics& diags) {
  Rollup out;
  out.present = true;
  out.where = node.where;
  DocFields f(node, "'rollup'",
              {"missing_month", "thematic_per_quarter", "missing_thematic_at_most",
               "counts_as_thematic", "quarter", "year"},
              diags);
  if (!f.ok()) return out;
  std::string mm = f.one_of("missing_month", {"zero", "lowest_grade", "exclude"}).value_or("zero");
  out.missing_month = mm == "exclude"        ? MissingMonth::Exclude
                      : mm == "lowest_grade" ? MissingMonth::LowestGrade
                                             : MissingMonth::Zero;
  // Left out, 0; nullopt when it is no whole number (said by integer()).
  const std::optional<long long> per_quarter =
      f.get("thematic_per_quarter") ? f.integer("thematic_per_quarter") : 0;
  // Cut to an int, 999999999999999999 turned negative and asked for none.
  if (per_quarter && (*per_quarter < 0 || *per_quarter > kMostThematicPerQuarter)) {
    diags.error(f.where("thematic_per_quarter"),
                fmt::format("'thematic_per_quarter' must be 0 to {} (one thematic meeting a day "
                            "at most), not {}",
                            kMostThematicPerQuarter, *per_quarter));
  } else if (per_quarter) {
    out.thematic_per_quarter = static_cast<int>(*per_quarter);
  }
  out.missing_thematic_at_most = f.text("missing_thematic_at_most");
  if (f.get("missing_thematic_at_most")) {
    out.missing_thematic_where = f.where("missing_thematic_at_most");
  }
  out.counts_as_thematic = f.expr("counts_as_thematic");
  // A cap for a quarter short of thematic meetings where none is asked for
  // (thematic_per_quarter left out: 0) is never applied, and was said of
  // nothing: 'missing_thematic_at_most: kha' capped no quarter.
  // (Not when it is wrong: said above.)
  if (per_quarter == 0 && f.get("missing_thematic_at_most")) {
    diags.warning(f.where("missing_thematic_at_most"),
                  fmt::format("'missing_thematic_at_most' is never applied: "
                              "'thematic_per_quarter' is {}, so no quarter asks for a thematic "
                              "meeting; set 'thematic_per_quarter: 1' (HD 12: one a quarter) or "
                              "remove 'missing_thematic_at_most'",
                              f.get("thematic_per_quarter") ? "0" : "left out (0)"));
  }
  for (const char* period : {"quarter", "year"}) {
    PeriodRule& rule = std::string(period) == "quarter" ? out.quarter : out.year;
    const DocNode* p = f.get(period);
    if (!p) continue;
    rule.where = p->where;
    DocFields pf(*p, fmt::format("'rollup.{}'", period), {"by", "rules", "otherwise"}, diags);
    if (!pf.ok()) continue;
    rule.by = pf.one_of("by", {"mean", "count"}).value_or("mean") == "count" ? RollupBy::Count
                                                                             : RollupBy::Mean;
    rule.otherwise = pf.text("otherwise");
    if (const DocNode* rules = pf.get("rules")) {
      each_map_in(*rules, "rules", diags, [&](const DocNode& item) {
        DocFields rf(item, "a roll-up rule", {"grade", "all_at_least", "at_least"}, diags);
        if (!rf.ok()) return;
        CountRule cr;
        cr.where = item.where;
        cr.grade = rf.text("grade", true);
        cr.all_at_least = rf.text("all_at_least");
        if (const DocNode* al = rf.get("at_least")) {
          if (!al->is_map()) {
            diags.error(al->where, "'at_least' must be a map: grade -> number of meetings");
          } else {
            for (const DocEntry& e : al->entries) {
              auto n = number_of(e.value, "at_least." + e.key, diags);
              if (n && !n->is_integer()) {  // was passed over without a word
                diags.error(e.value.where,
                            fmt::format("'at_least: {{{}: {}}}' must be a whole number of meetings",
                                        e.key, n->to_string()));
              } else if (n) {
                cr.at_least.emplace_back(e.key, n->num());
              }
            }
          }
        }
        rule.rules.push_back(std::move(cr));
      });
    }
    // Rules (or 'otherwise') under a mean were read and never used: a period
    // graded by its mean, the count rules its author wrote (with 'by' left
    // out, or 'by: mean' copied from the quarter) passed over unsaid.
    if (rule.by == RollupBy::Mean && (pf.get("rules") || pf.get("otherwise"))) {
      const bool rules = pf.get("rules") != nullptr, otherwise = pf.get("otherwise") != nullptr;
      diags.error(pf.where(rules ? "rules" : "otherwise"),
                  fmt::format("'rollup.{}' grades by the months' mean ('by: mean'{}), so its {} "
                              "never used; write 'by: count' to grade by counting the months' "
                              "grades, or remove {}",
                              period, pf.get("by") ? "" : ", as 'by' is not written",
                              rules && otherwise ? "'rules' and 'otherwise' are"
                              : rules            ? "'rules' are"
                                                 : "'otherwise' is",
                              rules && otherwise ? "them" : "it"));
    }
    if (rule.by == RollupBy::Count && rule.rules.empty()) {
      diags.error(p->where, fmt::format("'rollup.{}' counts grades, so it needs 'rules'", period));
    }
  }
  return out;
}

}  // namespace chibo
