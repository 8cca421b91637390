#include "chibo/ranking.h"

#include <algorithm>
#include <array>
#include <future>
#include <limits>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <span>
#include <string_view>

#include "block_rollup.h"
#include "chibo/huge_pages.h"
#include "compiled_ruleset_data.h"
#include "worker_pool.h"

namespace chibo {
namespace {

// Cells by their places in unit order (4 bytes each: 262,894 of them, three
// such lists at once at national scale).
using Rows = std::vector<std::uint32_t>;

// A key value as a double that keeps the order of values: a num and den
// within 2^53 convert exactly, so their quotient is correctly rounded, and
// rounding never reverses an order (x < y gives double(x) <= double(y)).
// Otherwise NaN, which compares false both ways: the exact comparison decides.
double ordering_double(const Rational& r) {
  constexpr std::int64_t kExact = std::int64_t{1} << 53;
  if (r.num() > kExact || r.num() < -kExact || r.den() > kExact) {
    return std::numeric_limits<double>::quiet_NaN();
  }
  return static_cast<double>(r.num()) / static_cast<double>(r.den());
}

// True when two such values are equal whenever their ordering_doubles are:
// a whole number within 2^53 (its double is exact), or a fraction whose
// denominator is at most 2^20 and magnitude below 4096. Two different such
// fractions differ by at least 1/(2^20 × 2^20) = 2^-40, and doubles below
// 4096 are 2^-41 apart at most, so they round to different doubles. Every
// score, count, grade and attendance mean is one.
bool told_by_double(const Rational& r) {
  constexpr std::int64_t kExact = std::int64_t{1} << 53;
  if (r.den() == 1) return r.num() <= kExact && r.num() >= -kExact;
  return r.den() <= (std::int64_t{1} << 20) && r.num() < 4096 * r.den() &&
         r.num() > -4096 * r.den();
}

// The key values of cells, a row of keys.size() values per cell in one
// array (no allocation per cell: 262,894 cells at national scale), packed
// in 8 bytes each.
class KeyTable {
 public:
  // Lists shorter than this are sorted on the calling thread alone.
  static constexpr std::size_t kSortApart = 4096;
  // Keys carried by each entry the sort moves (rank()); the rest are read
  // from the table on a tie.
  static constexpr std::size_t kInline = 6;

  KeyTable(const std::vector<RankKey>& keys, std::size_t cells) : keys_(keys) {
    // Filled a cell at a time, read all over by the sort: a HugeVector.
    values_.reserve(cells * keys.size());
  }
  // The next cell's key values (key_value of each key, in order).
  void add(const Rational* values) {
    for (std::size_t k = 0; k < keys_.size(); ++k) push_back_ready(values_, wide_.pack(values[k]));
  }

  // The sort moves these, not row numbers: the first kInline keys (as
  // ordering_doubles) and the id's place travel with the row, so most
  // comparisons read neither the table nor the ids, scattered over memory
  // (a cache miss each). With the first key alone, the national 2024-Q2's
  // rank_cells went 0.37-0.55 -> 0.33-0.40 s (medians of 7, alternated);
  // but its cells tie often (a grade first; totals of whole points), and
  // 5 million comparisons a ranking still read the table.
  struct Entry {
    std::array<double, kInline> keys;  // ordering_double of the first keys; 0 past width
    std::uint32_t row;
    std::uint32_t id;  // the row's id_places
  };

  // Competition ranking ("1, 2, 2, 4") of the given rows: sorts them into
  // rank order (ties by cell id: id_places gives each row's place in the
  // order of ids) and returns their ranks, parallel. With a pool, a large
  // list is sorted in two halves at once and merged: cell ids are unique, so
  // the order is total and the same either way. entries: the sort's room,
  // handed from one ranking to the next (the period's, the previous one's,
  // the groups': 15 MB at national scale, whose pages are slow to make the
  // first time on this kind of virtual machine).
  std::vector<int> rank(Rows& rows, const std::vector<std::uint32_t>& id_places,
                        HugeVector<Entry>& entries, WorkerPool* pool = nullptr) const {
    const std::size_t width = keys_.size();
    auto value = [&](std::size_t r, std::size_t k) { return wide_.unpack(values_[r * width + k]); };
    const std::size_t inline_keys = std::min(width, kInline);
    // told[k]: every value of key k is told_by_double, so equal doubles are
    // equal values there and the table is not read.
    std::array<bool, kInline> told{};
    for (std::size_t k = 0; k < inline_keys; ++k) {
      told[k] = true;
      for (std::size_t i = 0; i < rows.size() && told[k]; ++i) {
        told[k] = told_by_double(value(rows[i], k));
      }
    }
    entries.clear();
    resize_ready(entries, rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
      Entry& e = entries[i];
      e.keys.fill(0.0);
      for (std::size_t k = 0; k < inline_keys; ++k) e.keys[k] = ordering_double(value(rows[i], k));
      e.row = rows[i];
      e.id = id_places[rows[i]];
    }
    // ordering_double never reverses an order, so a difference in it
    // decides; equal (or NaN), the exact values are compared, unless told.
    // 0: a and b hold the same keys; < 0: a is ahead; > 0: b is.
    auto compare = [&](const Entry& a, const Entry& b) {
      for (std::size_t k = 0; k < width; ++k) {
        if (k < inline_keys) {
          if (b.keys[k] < a.keys[k]) return -1;
          if (a.keys[k] < b.keys[k]) return 1;
          if (told[k]) continue;
        }
        const Rational x = value(a.row, k), y = value(b.row, k);
        if (x != y) return y < x ? -1 : 1;
      }
      return 0;
    };
    auto ahead = [&](const Entry& a, const Entry& b) {
      const int c = compare(a, b);
      return c != 0 ? c < 0 : a.id < b.id;
    };
    // The ranks in order: a cell ties the one before it when their keys are
    // the same.
    std::vector<int> ranks(rows.size());
    const Entry* before = nullptr;
    std::size_t placed = 0;
    auto place = [&](const Entry& e) {
      rows[placed] = e.row;
      ranks[placed] =
          before && compare(e, *before) == 0 ? ranks[placed - 1] : static_cast<int>(placed) + 1;
      before = &e;
      ++placed;
    };
    if (pool && entries.size() >= kSortApart) {
      // The two halves sorted at once, then merged straight into rows and
      // ranks: std::inplace_merge took a buffer of half the entries (7 MB
      // of the national peak).
      const auto middle = entries.begin() + static_cast<std::ptrdiff_t>(entries.size() / 2);
      std::future<void> first = pool->run([&] { std::sort(entries.begin(), middle, ahead); });
      std::sort(middle, entries.end(), ahead);
      first.get();
      auto a = entries.begin(), b = middle;
      while (a != middle || b != entries.end()) {
        if (b == entries.end() || (a != middle && !ahead(*b, *a))) {
          place(*a++);
        } else {
          place(*b++);
        }
      }
    } else {
      std::sort(entries.begin(), entries.end(), ahead);
      for (const Entry& e : entries) place(e);
    }
    return ranks;
  }

 private:
  const std::vector<RankKey>& keys_;
  HugeVector<PackedRational> values_;
  WideRationals wide_;  // the values that do not pack
};

Rows all_rows(std::size_t n) {
  Rows rows(n);
  std::iota(rows.begin(), rows.end(), 0u);
  return rows;
}

// Each cell's place in the order of cell ids, the sorts' last tie-break:
// compared as numbers, not as strings read all over memory, and found once
// for every sort of a ranking. The ids are sorted by their first 16 bytes
// as two numbers (in the order of the strings' bytes, as std::string
// compares them), the strings themselves compared only when those are
// equal: 262,894 national ids, sorted as strings, took 0.05 s.
// With a pool, a long list's two halves are sorted at once and merged into
// the places (national year: 20 ms on one thread while the other core had
// only the cells not graded to find).
std::vector<std::uint32_t> id_places(const HugeVector<RankedCell>& cells, WorkerPool* pool) {
  struct Id {
    std::uint64_t high = 0, low = 0;  // bytes 0-7 and 8-15, the first the highest; 0 past the end
    std::uint32_t cell = 0;
  };
  auto bytes = [](std::string_view id, std::size_t from) {
    std::uint64_t n = 0;
    for (std::size_t i = from; i < from + 8; ++i) {
      n = n << 8 | (i < id.size() ? static_cast<unsigned char>(id[i]) : 0u);
    }
    return n;
  };
  HugeVector<Id> ids(cells.size());  // 6 MB national: carved from the store (rank_cells)
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const std::string& id = cells[i].now.unit->id;
    ids[i] = {bytes(id, 0), bytes(id, 8), static_cast<std::uint32_t>(i)};
  }
  auto ahead = [&](const Id& a, const Id& b) {
    if (a.high != b.high) return a.high < b.high;
    if (a.low != b.low) return a.low < b.low;
    return cells[a.cell].now.unit->id < cells[b.cell].now.unit->id;
  };
  std::vector<std::uint32_t> places(cells.size());
  if (pool && ids.size() >= KeyTable::kSortApart) {
    // Ids are unique (a listed id is one unit), so the merged order is the
    // one order of the ids.
    const auto middle = ids.begin() + static_cast<std::ptrdiff_t>(ids.size() / 2);
    std::future<void> first = pool->run([&] { std::sort(ids.begin(), middle, ahead); });
    std::sort(middle, ids.end(), ahead);
    first.get();
    std::uint32_t place = 0;
    for (auto a = ids.begin(), b = middle; a != middle || b != ids.end();) {
      places[(b == ids.end() || (a != middle && !ahead(*b, *a)) ? a++ : b++)->cell] = place++;
    }
    return places;
  }
  std::sort(ids.begin(), ids.end(), ahead);
  for (std::size_t i = 0; i < ids.size(); ++i) places[ids[i].cell] = static_cast<std::uint32_t>(i);
  return places;
}

bool any_meeting(const CellPeriod& c) {
  return std::any_of(c.months.begin(), c.months.end(),
                     [](const MonthResult& m) { return m.present(); });
}

// Puts cells[order[i]] at i, moving each cell once (no second vector).
void permute(HugeVector<RankedCell>& cells, const Rows& order) {
  std::vector<bool> placed(cells.size(), false);
  for (std::size_t start = 0; start < cells.size(); ++start) {
    if (placed[start]) continue;
    RankedCell first = std::move(cells[start]);
    std::size_t at = start;
    while (true) {
      placed[at] = true;
      const std::size_t from = order[at];
      if (from == start) {
        cells[at] = std::move(first);
        break;
      }
      // The cell moved after this one, fetched while this one moves: a
      // cycle visits the cells in no order, a cache miss each (three lines).
      const char* next = reinterpret_cast<const char*>(&cells[order[from]]);
      for (std::size_t line = 0; line < sizeof(RankedCell); line += 64) {
        __builtin_prefetch(next + line);
      }
      cells[at] = std::move(cells[from]);
      at = from;
    }
  }
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
                   Period period, GroupBy group_by, int threads,
                   const std::function<void()>& rolled_up) {
  std::vector<RankKey> keys = rank_keys(r);
  Ranking out;
  out.period = period;
  out.group_by = group_by;
  // The cells in unit order, rolled up straight into their places; sorted
  // into rank order at the end.
  HugeVector<RankedCell>& cells = out.cells;
  const auto cell_count = static_cast<std::size_t>(std::count_if(
      units.units.begin(), units.units.end(), [](const Unit& u) { return u.holds_meetings(); }));
  // Its room now (carved from the units' rows' room, BlockReuse); made once
  // the roll-up has started (below), where it was made before while the
  // pool waited (25 ms national, a core idle).
  cells.reserve(cell_count);
  KeyTable now(keys, cell_count);
  std::unique_ptr<WorkerPool> pool;
  if (threads > 1) pool = std::make_unique<WorkerPool>(threads);
  BlockRollUp roll(r, units, store, keys, pool.get(), threads);
  // The previous period ranks every cell too; of its roll-ups only the score
  // and the rank of cells with a meeting then are kept (at national scale a
  // roll-up of every cell costs 100 MB): nothing at all when the period has
  // no meetings.
  std::optional<Period> previous;
  std::optional<KeyTable> before;
  if (store.has_meetings_in(period.previous())) {
    previous = period.previous();
    before.emplace(keys, cell_count);
  }
  roll.run(
      period, previous,
      [&](std::size_t i, const CellPeriod& c, const Rational* values, const CellPeriod* b,
          const Rational* before_values) {
        cells[i].now = c;
        now.add(values);
        if (!b) return;
        before->add(before_values);
        if (any_meeting(*b)) {
          cells[i].previous_rank = 0;  // the rank is set below
          cells[i].previous_score = b->score;
          cells[i].previous_missing = b->missing_months;
          out.has_previous = true;
        }
      },
      [&] {
        ready_all(cells);  // 10,800 page faults at national scale, now one call
        cells.resize(cell_count);
      });
  // A cell with no month to grade it by is not ranked (its 0 points tied
  // the last, Kém, where it was not graded at all): after the others, by id.
  // Which cells those are is found on the pool while the ids' order is
  // found here (one after the other, national year: 16-18 and 20 ms, the
  // other core idle).
  Rows order, not_graded;
  auto split_graded = [&] {
    order.reserve(cells.size());
    for (std::uint32_t i = 0; i < cells.size(); ++i) {
      (cells[i].now.graded() ? order : not_graded).push_back(i);
    }
  };
  std::future<void> graded_split;
  // Waited for however this ends: the job reads the cells.
  struct WaitFor {
    std::future<void>& job;
    ~WaitFor() {
      if (job.valid()) job.wait();
    }
  } wait_split{graded_split};
  if (pool) {
    graded_split = pool->run(split_graded);
  } else {
    split_graded();
  }
  HugeVector<KeyTable::Entry> entries;  // every sort's room, made once
  // The previous period's sort's own room, with a pool: the two rankings are
  // made at once, each sorting on one thread, where one after the other,
  // each sorting on two, left a core idle while its entries were made and
  // its halves merged (national 2024-Q2, perf: the roll-up's end to the
  // CSV's start 151-154 -> 129-135 ms).
  const bool at_once = out.has_previous && pool;
  HugeVector<KeyTable::Entry> before_entries;
  std::vector<std::uint32_t> places;
  {
    // The blocks rolled_up frees (the store, when its caller is done with
    // it), their pages made already, are kept for the entries' rooms and
    // the ids' sort, each written whole; the rest given back after
    // (national year: 21 MB of fresh pages fewer, the peak the same).
    const BlockReuse store_room(BlockReuse::Kept::Any);
    if (rolled_up) rolled_up();
    entries.reserve(cells.size());  // the most any sort takes: every cell
    if (at_once) before_entries.reserve(cells.size());
    places = id_places(cells, pool.get());
  }
  Rows prev_order;
  std::vector<int> prev_ranks;
  std::future<void> before_ranked;
  // Waited for however this ends: the job uses the rooms above.
  WaitFor wait_before{before_ranked};
  if (out.has_previous) {
    auto rank_before = [&, this_pool = at_once ? nullptr : pool.get()] {
      prev_order = all_rows(cells.size());
      prev_ranks = before->rank(prev_order, places, at_once ? before_entries : entries, this_pool);
    };
    if (at_once) {
      before_ranked = pool->run(rank_before);
    } else {
      rank_before();
    }
  }
  if (graded_split.valid()) graded_split.get();
  // The ranks are set once the cells are in rank order (below), one after
  // another, not each at its place in unit order (a cache miss each).
  const std::vector<int> ranks = now.rank(order, places, entries, at_once ? nullptr : pool.get());
  std::sort(not_graded.begin(), not_graded.end(),
            [&](std::uint32_t a, std::uint32_t b) { return places[a] < places[b]; });
  order.insert(order.end(), not_graded.begin(), not_graded.end());
  if (out.has_previous) {
    if (before_ranked.valid()) before_ranked.get();
    for (std::size_t i = 0; i < prev_order.size(); ++i) {
      RankedCell& cell = cells[prev_order[i]];
      if (cell.previous_rank) cell.previous_rank = prev_ranks[i];
    }
  }
  if (group_by != GroupBy::None) {
    std::map<std::string_view, Rows> groups;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (!cells[i].now.graded()) continue;
      const Unit& u = *cells[i].now.unit;
      const std::string_view group =
          group_by == GroupBy::Type ? std::string_view(unit_type_id(u.type)) : u.parent;
      groups[group].push_back(static_cast<std::uint32_t>(i));
    }
    for (auto& [name, members] : groups) {
      std::vector<int> g = now.rank(members, places, entries, pool.get());
      for (std::size_t i = 0; i < members.size(); ++i) cells[members[i]].group_rank = g[i];
    }
  }
  permute(cells, order);
  for (std::size_t i = 0; i < ranks.size(); ++i) cells[i].rank = ranks[i];
  return out;
}

}  // namespace chibo
