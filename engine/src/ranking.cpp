#include "chibo/ranking.h"

#include <algorithm>
#include <map>

#include "compiled_ruleset_data.h"

namespace chibo {
namespace {

// A cell's value for one key, oriented so that larger is better.
Rational key_value(const RankKey& key, const CellPeriod& c) {
  switch (key.kind) {
    case RankKey::Total:
      return c.score;
    case RankKey::Grade:
      return Rational(-c.grade);
    case RankKey::Count: {
      std::int64_t n = 0;
      for (const MonthResult& m : c.months) n += m.counted && m.grade <= key.grade ? 1 : 0;
      return n;
    }
    case RankKey::WorstMonth:
    case RankKey::BestMonth: {
      std::optional<Rational> v;
      for (const MonthResult& m : c.months) {
        if (!m.counted) continue;
        if (!v || (key.kind == RankKey::WorstMonth ? m.total < *v : *v < m.total)) v = m.total;
      }
      return v.value_or(0);
    }
    case RankKey::Mean: {
      Rational sum = 0;
      std::int64_t n = 0;
      for (const MonthResult& m : c.months) {
        if (!m.meeting) continue;
        sum = add(sum, m.meeting->values[static_cast<std::size_t>(key.value)]).value_or(sum);
        ++n;
      }
      return n == 0 ? Rational(0) : divide(sum, Rational(n)).value_or(0);
    }
  }
  return 0;
}

struct Keyed {
  std::size_t index;  // into the list being ranked
  std::vector<Rational> values;
  const std::string* id;
};

// Competition ranking ("1, 2, 2, 4") of the cells at the given positions;
// returns ranks parallel to positions and sorts positions into rank order.
std::vector<int> competition_ranks(const std::vector<RankKey>& keys,
                                   const std::vector<CellPeriod>& cells,
                                   std::vector<std::size_t>& positions) {
  std::vector<Keyed> keyed;
  for (std::size_t p : positions) {
    Keyed k{p, {}, &cells[p].unit->id};
    for (const RankKey& key : keys) k.values.push_back(key_value(key, cells[p]));
    keyed.push_back(std::move(k));
  }
  std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    if (a.values != b.values)
      return std::lexicographical_compare(
          a.values.begin(), a.values.end(), b.values.begin(), b.values.end(),
          [](const Rational& x, const Rational& y) { return y < x; });
    return *a.id < *b.id;
  });
  std::vector<int> ranks(keyed.size());
  for (std::size_t i = 0; i < keyed.size(); ++i) {
    ranks[i] =
        i > 0 && keyed[i].values == keyed[i - 1].values ? ranks[i - 1] : static_cast<int>(i) + 1;
    positions[i] = keyed[i].index;
  }
  return ranks;
}

std::vector<CellPeriod> roll_up_all(const CompiledRuleset& r, const Units& units,
                                    const MeetingStore& store, Period period, bool& any) {
  std::vector<CellPeriod> out;
  out.reserve(units.units.size());
  any = false;
  for (std::size_t i = 0; i < units.units.size(); ++i) {
    if (!units.units[i].holds_meetings()) continue;
    out.push_back(roll_up(r, units, i, store, period));
    for (const MonthResult& m : out.back().months) any = any || m.present;
  }
  return out;
}

}  // namespace

std::vector<RankKey> rank_keys(const CompiledRuleset& compiled) {
  const Ruleset& r = compiled.model;
  std::vector<RankKey> keys;
  int values = 0;
  for (const std::string& name : r.tie_break) {
    RankKey k;
    if (name == "total") {
      k.kind = RankKey::Total;
    } else if (name == "grade") {
      k.kind = RankKey::Grade;
    } else if (name == "worst_month") {
      k.kind = RankKey::WorstMonth;
    } else if (name == "best_month") {
      k.kind = RankKey::BestMonth;
    } else if (name.rfind("count:", 0) == 0) {
      k.kind = RankKey::Count;
      for (std::size_t g = 0; g < r.grades.size(); ++g) {
        if (r.grades[g].id == name.substr(6)) k.grade = static_cast<int>(g);
      }
    } else if (name.rfind("mean:", 0) == 0) {
      k.kind = RankKey::Mean;
      std::string id = name.substr(5);
      for (std::size_t i = 0; i < r.inputs.size(); ++i) {
        if (r.inputs[i].id == id) k.slot = compiled.first_input_slot + static_cast<int>(i);
      }
      for (std::size_t i = 0; i < r.derived.size(); ++i) {
        if (r.derived[i].id == id) k.slot = compiled.derived_slot[i];
      }
      k.value = values++;
    } else {
      continue;  // unknown keys are lint errors; never here
    }
    keys.push_back(k);
  }
  if (keys.empty() ||
      (keys.front().kind != RankKey::Total && keys.front().kind != RankKey::Grade)) {
    keys.insert(keys.begin(), RankKey{});
  }
  return keys;
}

std::vector<int> rank_value_slots(const std::vector<RankKey>& keys) {
  std::vector<int> slots;
  for (const RankKey& k : keys) {
    if (k.kind == RankKey::Mean) slots.push_back(k.slot);
  }
  return slots;
}

Ranking rank_cells(const CompiledRuleset& r, const Units& units, const MeetingStore& store,
                   Period period, GroupBy group_by) {
  std::vector<RankKey> keys = rank_keys(r);
  Ranking out;
  out.period = period;
  out.group_by = group_by;
  bool any_now = false;  // unused: a period without meetings still ranks (all missing)
  std::vector<CellPeriod> now = roll_up_all(r, units, store, period, any_now);
  // At national scale a roll-up of every cell costs 100 MB: none when there is nothing to roll up.
  std::vector<CellPeriod> before;
  if (store.has_meetings_in(period.previous())) {
    before = roll_up_all(r, units, store, period.previous(), out.has_previous);
  }

  std::vector<std::size_t> order(now.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<int> ranks = competition_ranks(keys, now, order);
  std::map<std::size_t, int> previous_rank;  // unit index -> rank
  if (out.has_previous) {
    std::vector<std::size_t> prev_order(before.size());
    for (std::size_t i = 0; i < prev_order.size(); ++i) prev_order[i] = i;
    std::vector<int> prev_ranks = competition_ranks(keys, before, prev_order);
    for (std::size_t i = 0; i < prev_order.size(); ++i) {
      previous_rank[before[prev_order[i]].unit_index] = prev_ranks[i];
    }
  }
  std::map<std::size_t, int> group_rank;  // position in now -> rank in its group
  if (group_by != GroupBy::None) {
    std::map<std::string, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < now.size(); ++i) {
      const Unit& u = *now[i].unit;
      groups[group_by == GroupBy::Type ? unit_type_id(u.type) : u.parent].push_back(i);
    }
    for (auto& [name, members] : groups) {
      std::vector<int> g = competition_ranks(keys, now, members);
      for (std::size_t i = 0; i < members.size(); ++i) group_rank[members[i]] = g[i];
    }
  }
  out.cells.reserve(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    RankedCell cell;
    cell.now = std::move(now[order[i]]);  // each position once: moved, not copied
    cell.rank = ranks[i];
    cell.group_rank = group_by == GroupBy::None ? 0 : group_rank[order[i]];
    if (out.has_previous) {
      // Both roll-ups list the cells in unit order. A cell with no meeting
      // then has nothing to compare with.
      CellPeriod& b = before[order[i]];
      if (std::any_of(b.months.begin(), b.months.end(),
                      [](const MonthResult& m) { return m.present; })) {
        cell.before = std::move(b);
        cell.previous_rank = previous_rank[cell.now.unit_index];
      }
    }
    out.cells.push_back(std::move(cell));
  }
  return out;
}

}  // namespace chibo
