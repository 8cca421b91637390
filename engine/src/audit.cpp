#include "chibo/audit.h"

#include <algorithm>
#include <tuple>

#include "chibo/number_format.h"
#include "compiled_ruleset_data.h"

namespace chibo {

namespace {

// self - other; 0 when it does not fit (only with absurdly many decimals).
Rational excess(Rational self, Rational other) { return difference(self, other); }

bool exceeds(Rational self, Rational other, Rational tolerance) {
  std::optional<Rational> d = subtract(self, other);
  return d ? *d > tolerance : self > other;
}

}  // namespace

const char* claim_by_id(ClaimBy b) { return b == ClaimBy::Reviewer ? "reviewer" : "self"; }

bool AuditedMeeting::flagged() const {
  return std::any_of(lines.begin(), lines.end(), [](const AuditLine& l) { return l.flagged(); });
}

const AuditLine* AuditedMeeting::total() const {
  return !lines.empty() && lines[0].criterion.empty() ? &lines[0] : nullptr;
}

Auditor::Auditor(const CompiledRuleset& ruleset) : ruleset_(ruleset) {}

bool Auditor::audit(const MeetingRecord& record, const MeetingScore& score,
                    AuditedMeeting& out) const {
  out = AuditedMeeting{};
  out.cell_id = record.cell_id;
  out.date = record.date;
  out.kind = record.kind;
  out.where = record.where;
  auto find = [&](ClaimBy by, const std::string& criterion) -> const Claim* {
    for (const Claim& c : record.claims) {
      if (c.by == by && c.criterion == criterion) return &c;
    }
    return nullptr;
  };
  auto compare = [](AuditLine& line, const Rational& tolerance) {
    line.over_computed = exceeds(line.self, line.computed, tolerance);
    line.over_reviewer = line.reviewer && exceeds(line.self, *line.reviewer, tolerance);
  };
  const AuditPolicy& policy = ruleset_.model.audit;
  // Every score as the ruleset shows it: the computed one as the cell copies
  // it from the sheet, a claim as the audit shows it (an Excel formula's
  // 94.7916... for a computed 94,79 was listed as "higher by 0,00").
  const Presentation& shown = ruleset_.model.presentation;
  // The tolerances too, as the audit's title shows them: 0.005 with two
  // decimals is "0,01" there, and acted as 0 against scores in hundredths.
  const Rational tolerance = presented_value(policy.tolerance, shown);
  const Rational criterion_tolerance = presented_value(policy.criterion_tolerance, shown);
  if (const Claim* self = find(ClaimBy::Self, "")) {
    AuditLine line;
    line.self = presented_value(self->points, shown);
    line.computed = presented_value(score.total, shown);
    if (const Claim* r = find(ClaimBy::Reviewer, "")) {
      line.reviewer = presented_value(r->points, shown);
    }
    compare(line, tolerance);
    out.lines.push_back(line);
  }
  // Criteria in the order of the sheet that scored the meeting. One left off
  // that sheet, or that the sheet does not have (the other kind's), has no
  // points to compare with: its 0 is no score, as the score's CSV leaves it
  // empty (a plain month's chuyen_de claimed at 4 read as 4 points over).
  const CompiledForm& form = ruleset_.forms[static_cast<std::size_t>(score.form)];
  std::vector<const Claim*> pending;
  for (const Claim& c : record.claims) {
    if (c.by == ClaimBy::Self && !c.criterion.empty()) pending.push_back(&c);
  }
  auto criterion_line = [&](const Claim& self, std::optional<Rational> computed,
                            const std::string& label) {
    AuditLine line;
    line.criterion = self.criterion;
    line.label = label;
    line.self = presented_value(self.points, shown);
    if (const Claim* r = find(ClaimBy::Reviewer, self.criterion)) {
      line.reviewer = presented_value(r->points, shown);
    }
    if (computed) {
      line.computed = presented_value(*computed, shown);
      compare(line, criterion_tolerance);
    } else {
      line.off_sheet = true;
    }
    out.lines.push_back(line);
  };
  for (std::size_t n = 0; n < form.nodes.size(); ++n) {
    const Criterion& c = *form.nodes[n].criterion;
    for (const Claim*& p : pending) {
      if (p && p->criterion == c.id) {
        std::optional<Rational> computed;
        if (!left_off(form, score, n)) computed = score.criteria[n].points;
        criterion_line(*p, computed, c.label);
        p = nullptr;
      }
    }
  }
  for (const Claim* p : pending) {
    if (p) criterion_line(*p, std::nullopt, "");
  }
  return !out.lines.empty();
}

AuditCollector::AuditCollector(const CompiledRuleset& ruleset, const Units& units)
    : auditor_(ruleset), units_(units) {}

void AuditCollector::add(const MeetingRecord& record, const MeetingScore& score) {
  ++meetings_;
  if (!record.claim_faults.empty()) ++unreadable_;
  AuditedMeeting m;
  if (!auditor_.audit(record, score, m)) return;
  // Tallied as meetings come; only the flagged ones are kept (at national
  // scale keeping every self-scored meeting would double the memory of rank).
  ++claimed_;
  if (cells_.empty()) {
    // Made at the first self-score, not before: `rank` makes a collector it
    // never gives a meeting (the national list's tallies are 22 MB).
    cells_.resize(units_.units.size() + 1);
    bases_.resize(units_.units.size());
  }
  std::size_t at = units_.position(m.cell_id).value_or(units_.units.size());
  const Unit* cell = at < units_.units.size() ? &units_.units[at] : nullptr;
  const Unit* base = cell ? units_.base_of(*cell) : nullptr;
  AuditTally& t = cells_[at];
  t.unit = cell;
  ++t.claimed;
  AuditTally* b = nullptr;
  if (base) {
    b = &bases_[*units_.position(base->id)];
    b->unit = base;
    ++b->claimed;
  }
  if (!m.flagged()) return;
  if (t.flagged++ == 0 && b) ++b->cells;
  if (b) ++b->flagged;
  if (const AuditLine* total = m.total()) {
    Rational most;
    if (total->over_computed) most = excess(total->self, total->computed);
    if (total->over_reviewer) most = max(most, excess(total->self, *total->reviewer));
    t.largest_excess = max(t.largest_excess, most);
    if (b) b->largest_excess = max(b->largest_excess, most);
  }
  flagged_.push_back(std::move(m));
}

AuditResult AuditCollector::finish() const {
  AuditResult out;
  out.meetings = meetings_;
  out.claimed = claimed_;
  out.unreadable = unreadable_;
  // In the units list's order, then by date and where read: each meeting's
  // position found once, not twice a comparison (with a copy of its file's
  // name each time, as the key was made).
  std::vector<std::size_t> position(flagged_.size()), order(flagged_.size());
  for (std::size_t i = 0; i < flagged_.size(); ++i) {
    position[i] = units_.position(flagged_[i].cell_id).value_or(units_.units.size());
    order[i] = i;
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const AuditedMeeting& x = flagged_[a];
    const AuditedMeeting& y = flagged_[b];
    return std::tie(position[a], x.date, x.where.file, x.where.line) <
           std::tie(position[b], y.date, y.where.file, y.where.line);
  });
  out.flagged.reserve(flagged_.size());
  for (const std::size_t i : order) out.flagged.push_back(flagged_[i]);
  for (const AuditTally& t : cells_) {
    if (t.flagged > 0) out.cells.push_back(t);
  }
  for (const AuditTally& t : bases_) {
    if (t.claimed > 0) out.bases.push_back(t);
  }
  return out;
}

}  // namespace chibo
