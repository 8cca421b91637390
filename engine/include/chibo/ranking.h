// Ranking: the cells of a district ordered for a period by the ruleset's
// `ranking.tie_break` keys (the first key is the main order; default: the
// period score). Cells equal on every key share a rank: 1, 2, 2, 4. Ranks
// within groups (by type or by base organisation) sit beside the overall
// rank, and when the previous period has meetings too, each cell's change
// in score and rank is given.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "chibo/compiled_ruleset.h"
#include "chibo/huge_pages.h"
#include "chibo/meeting_store.h"
#include "chibo/period.h"
#include "chibo/rollup.h"
#include "chibo/units.h"

namespace chibo {

struct RankKey {
  enum Kind { Total, Grade, Count, WorstMonth, BestMonth, Mean } kind = Total;
  int grade = 0;  // Count: meetings at this grade or better
  int slot = 0;   // Mean: the value slot of the input or derived value
  int value = 0;  // Mean: its index in StoredMeeting::values
};

// The keys named by the ruleset (validated at load).
std::vector<RankKey> rank_keys(const CompiledRuleset& ruleset);
// The value slots that `mean:` keys need kept (for MeetingStore).
std::vector<int> rank_value_slots(const std::vector<RankKey>& keys);

enum class GroupBy { None, Type, Parent };

struct RankedCell {
  CellPeriod now;
  // 0 for a cell not graded (CellPeriod::graded), ranked after every other,
  // by id, in no group.
  int rank = 0;
  int group_rank = 0;  // 0 when not grouped
  // The previous period: its rank, when the cell had meetings then, and its
  // score (0 when it had none). Only these of its roll-up are read: kept
  // whole, a cell's on the heap, a national quarter's were 42 MB.
  std::optional<int> previous_rank;
  Rational previous_score;
  // Its months then with no regular meeting: a change in score from a
  // period barely met is said to be one (rank_rows.cpp's notes).
  NumberSet previous_missing;
};

struct Ranking {
  Period period;
  GroupBy group_by = GroupBy::None;
  bool has_previous = false;     // some cell had meetings in the previous period
  HugeVector<RankedCell> cells;  // in rank order (ties by cell id)
};

// threads: how many roll cells up at once (the ranking is the same with any).
// rolled_up: called once every cell is rolled up, before the sorts; the
// store is not read after it, so a caller done with the store may free it
// there (the national store is about 115 MB, the sorts' tables 40 more: the
// peak of `rank` otherwise).
Ranking rank_cells(const CompiledRuleset& ruleset, const Units& units, const MeetingStore& store,
                   Period period, GroupBy group_by, int threads = 1,
                   const std::function<void()>& rolled_up = {});

}  // namespace chibo
