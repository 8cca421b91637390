// BlockRollUp: the cells of a units list rolled up for a ranking, a block
// at a time on a pool's threads, taken in unit order (ranking.cpp), and
// key_value, a rolled-up cell's value for one of the ranking's keys.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <future>
#include <optional>
#include <span>
#include <vector>

#include "chibo/meeting_store.h"
#include "chibo/period.h"
#include "chibo/ranking.h"
#include "chibo/rollup.h"
#include "chibo/units.h"
#include "worker_pool.h"

namespace chibo {

// A cell's value for one key, oriented so that larger is better.
Rational key_value(const RankKey& key, const CellPeriod& c, const MeetingStore& store);

// Rolls cells up a block at a time, the block split between threads: a roll-up
// walks the cell's meetings through the store (a cache miss each at national
// scale), so two threads wait on memory together. The roll-ups and their key
// values land in place; the caller then takes them in cell order, so the
// ranking is the same with any number of threads. Two blocks are in hand at
// once: the threads roll the next one up while the caller takes this one, and
// a thread done with its share goes on to the next block's (one block at a
// time, the threads waited at each block's end for the slower share and for
// the taking: the national roll-up by year used one core of two).
class BlockRollUp {
 public:
  // At most this many cells' roll-ups and key values are held at once, in
  // each of the two blocks.
  static constexpr std::size_t kBlock = 2048;
  // A thread brings this many cells' meetings into the cache at once before
  // rolling them up (MeetingStore::warm): national roll-up by year,
  // alternated, 0.14-0.21 -> 0.10-0.15 s.
  static constexpr std::size_t kWarm = 128;

  // pool: null for one thread.
  BlockRollUp(const CompiledRuleset& r, const Units& units, const MeetingStore& store,
              const std::vector<RankKey>& keys, WorkerPool* pool, int threads)
      : r_(r),
        units_(units),
        store_(store),
        keys_(keys),
        threads_(pool ? std::max(threads, 1) : 1),
        pool_(pool) {}

  // Rolls every unit that holds meetings up over period, and over previous
  // when given (from the same walk over each cell's meetings), a block at a
  // time, then calls take(i, roll_up, key_values, previous_roll_up,
  // previous_key_values) for each, in unit order (i: the cell's place among
  // them); the last two null without previous.
  // started, when given, is called once, on this thread, after the first
  // blocks are handed to the pool and before any take(): what take() writes
  // into can be made then, while the pool rolls up (the ranked cells: 42 MB
  // at national scale, made on one core while the other sat idle).
  template <typename Take>
  void run(Period period, std::optional<Period> previous, Take take,
           const std::function<void()>& started = {}) {
    period_ = period;
    previous_ = previous;
    next_unit_ = 0;
    std::array<Block, 2> blocks;
    // Every share started is waited for, however run() ends: the jobs use
    // the blocks' buffers.
    struct WaitAll {
      std::array<Block, 2>& blocks;
      ~WaitAll() {
        for (Block& b : blocks) {
          for (std::future<void>& d : b.done) {
            if (d.valid()) d.wait();
          }
        }
      }
    } wait_all{blocks};
    std::size_t first = 0;
    start(blocks[0]);
    bool first_block = true;
    for (std::size_t b = 0; blocks[b].positions.size() > 0; b ^= 1) {
      Block& now = blocks[b];
      start(blocks[b ^ 1]);  // queued behind this one's shares
      if (first_block && started) started();
      first_block = false;
      for (std::future<void>& d : now.done) d.wait();
      for (std::future<void>& d : now.done) d.get();
      now.done.clear();
      const std::size_t width = keys_.size();
      for (std::size_t i = 0; i < now.positions.size(); ++i) {
        take(first + i, now.rolled[0][i], &now.values[0][i * width],
             previous ? &now.rolled[1][i] : nullptr,
             previous ? &now.values[1][i * width] : nullptr);
      }
      first += now.positions.size();
    }
    if (first_block && started) started();  // no block: no cell to take
  }

 private:
  struct Block {
    std::vector<std::size_t> positions;  // its units
    // Their roll-ups and key values (keys_.size() a cell): [0] of the period,
    // [1] of the previous one.
    std::array<std::vector<CellPeriod>, 2> rolled;
    std::array<std::vector<Rational>, 2> values;
    std::vector<std::future<void>> done;  // its shares, with a pool
  };

  // Fills block with the next units that hold meetings and rolls them up:
  // at once without a pool, else in shares on it. None left: empty.
  void start(Block& block) {
    block.positions.clear();
    for (; next_unit_ < units_.units.size() && block.positions.size() < kBlock; ++next_unit_) {
      if (units_.units[next_unit_].holds_meetings()) block.positions.push_back(next_unit_);
    }
    const std::size_t n = block.positions.size();
    if (n == 0) return;
    const std::size_t periods = previous_ ? 2 : 1;
    for (std::size_t p = 0; p < periods; ++p) {
      block.rolled[p].resize(n);
      block.values[p].resize(n * keys_.size());
    }
    if (!pool_) {
      roll(block, 0, n);
      return;
    }
    const std::size_t share =
        (n + static_cast<std::size_t>(threads_) - 1) / static_cast<std::size_t>(threads_);
    for (std::size_t begin = 0; begin < n; begin += share) {
      block.done.push_back(pool_->run(
          [this, &block, begin, share, n] { roll(block, begin, std::min(begin + share, n)); }));
    }
  }

  // Rolls block's units [begin, end) up.
  void roll(Block& block, std::size_t begin, std::size_t end) const {
    const std::size_t width = keys_.size();
    const std::size_t periods = previous_ ? 2 : 1;
    // A quarter's previous one may be in the same year: its meetings are then gathered once.
    const std::size_t years = previous_ && previous_->year != period_.year ? 2 : 1;
    std::vector<std::uint32_t> at;
    std::array<CellYear, 2> meetings;  // their years kept by gather_years
    meetings[0].year = period_.year;
    if (previous_) meetings[1].year = previous_->year;
    const std::vector<std::size_t>& positions = block.positions;
    for (std::size_t i = begin; i < end; ++i) {
      if ((i - begin) % kWarm == 0) {
        store_.warm(std::span(positions).subspan(i, std::min(kWarm, end - i)), at);
      }
      gather_years(store_, positions[i], std::span(meetings).first(years));
      for (std::size_t p = 0; p < periods; ++p) {
        CellPeriod& c = block.rolled[p][i];
        c = roll_up(r_, units_, positions[i], store_, p == 0 ? period_ : *previous_,
                    meetings[std::min(p, years - 1)]);
        for (std::size_t k = 0; k < width; ++k) {
          block.values[p][i * width + k] = key_value(keys_[k], c, store_);
        }
      }
    }
  }

  const CompiledRuleset& r_;
  const Units& units_;
  const MeetingStore& store_;
  const std::vector<RankKey>& keys_;
  const int threads_;
  WorkerPool* const pool_;
  Period period_;
  std::optional<Period> previous_;
  std::size_t next_unit_ = 0;  // the first unit not yet in a block
};

}  // namespace chibo
