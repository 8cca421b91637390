#include "year_writer.h"

#include <algorithm>
#include <memory>
#include <thread>

#include "meeting_model.h"

namespace chibo::gen {
namespace {

constexpr std::size_t kBlock = 2048;  // cells per block of work

// The month (1-12) of a cell's thematic meeting in a quarter (0-3), or 0 when
// the cell skips that quarter.
int thematic_month(std::uint64_t seed, std::size_t cell, int quarter, const CellProfile& p) {
  Rng rng(derive_seed(seed, {3, cell, static_cast<std::uint64_t>(quarter)}));
  if (rng.chance(p.thematic_skip)) return 0;
  return quarter * 3 + 1 + rng.weighted({0.25, 0.35, 0.4});
}

struct Job {
  const std::vector<CellInfo>& cells;
  const std::vector<CellProfile>& profiles;
  const YearOptions& o;
};

void tally(const RecordGenerator& g, const CellInfo& cell, YearCounts& c) {
  if (g.last_grade() >= 0) ++c.grades[static_cast<std::size_t>(g.last_grade())];
  long present = 0, must = 0;
  if (g.last_attendance(present, must)) {
    c.present[static_cast<std::size_t>(cell.type)] += present;
    c.must[static_cast<std::size_t>(cell.type)] += must;
  }
  int t = g.last_task_hundredths();
  if (t >= 0) ++c.task_bands[t >= 10000 ? 0 : t >= 9000 ? 1 : t >= 8000 ? 2 : 3];
}

// A cell's chance to miss a month: rate times its factor (whose mean is 1),
// the factors drawn toward 1 as far as keeps every chance within 1, so that
// the months missing are rate of all at any rate (--missing-rate 0.5 missed
// 40%, and 1 missed 64%, a factor-4 cell's chance cut to 1).
double missing_chance(double rate, double factor) {
  if (rate <= 0) return 0;
  const double pull = std::min(1.0, (1 / rate - 1) / (kMostMissFactor - 1));
  return rate * (1 + pull * (factor - 1));
}

// One block of cells for one month: their regular meetings, or their thematic ones.
void run_block(const Job& job, int month, bool thematic, std::size_t begin, std::size_t end,
               RecordGenerator& g, std::string& out, YearCounts& c) {
  std::vector<std::string> fields;
  MeetingKind kind = thematic ? MeetingKind::Thematic : MeetingKind::Regular;
  for (std::size_t i = begin; i < end; ++i) {
    const CellInfo& cell = job.cells[i];
    const CellProfile& p = job.profiles[i];
    Rng rng(derive_seed(job.o.seed, {2, i, static_cast<std::uint64_t>(month), thematic ? 1u : 0u}));
    if (thematic) {
      int quarter = (month - 1) / 3;
      int when = thematic_month(job.o.seed, i, quarter, p);
      if (when == 0 && month == quarter * 3 + 3) ++c.skipped_quarters;
      if (when != month) continue;
    } else if (rng.chance(missing_chance(job.o.missing_rate, p.miss_factor))) {
      ++c.missing_months;
      continue;
    }
    if (!g.valid(cell, p, month, kind, rng, fields, c.retries)) {
      ++c.unverifiable;
      continue;
    }
    Spoil how{};
    if (rng.chance(job.o.invalid_rate) && g.spoil(fields, month, rng, how)) {
      ++c.invalid[static_cast<std::size_t>(how)];
    } else {
      tally(g, cell, c);
    }
    ++(thematic ? c.thematic : c.regular);
    RecordGenerator::append_line(fields, out);
  }
}

}  // namespace

long YearCounts::invalid_total() const {
  long n = 0;
  for (long k : invalid) n += k;
  return n;
}

void YearCounts::add(const YearCounts& o) {
  regular += o.regular;
  thematic += o.thematic;
  missing_months += o.missing_months;
  skipped_quarters += o.skipped_quarters;
  unverifiable += o.unverifiable;
  retries += o.retries;
  for (std::size_t i = 0; i < invalid.size(); ++i) invalid[i] += o.invalid[i];
  grades.resize(std::max(grades.size(), o.grades.size()));
  for (std::size_t i = 0; i < o.grades.size(); ++i) grades[i] += o.grades[i];
  for (std::size_t i = 0; i < present.size(); ++i) present[i] += o.present[i], must[i] += o.must[i];
  for (std::size_t i = 0; i < task_bands.size(); ++i) task_bands[i] += o.task_bands[i];
}

YearCounts write_year(const CompiledRuleset& ruleset, const std::vector<CellInfo>& cells,
                      const YearOptions& o, CsvOut& out) {
  const Ruleset& model = ruleset_of(ruleset);
  std::vector<CellProfile> profiles;
  profiles.reserve(cells.size());
  for (std::size_t i = 0; i < cells.size(); ++i) {
    Rng rng(derive_seed(o.seed, {1, i}));
    profiles.push_back(make_profile(cells[i], rng));
  }
  bool thematic_kind =
      std::find(model.kinds.begin(), model.kinds.end(), "thematic") != model.kinds.end();
  Job job{cells, profiles, o};

  std::size_t threads = static_cast<std::size_t>(std::max(1, o.threads));
  std::vector<std::unique_ptr<RecordGenerator>> gens;
  std::vector<YearCounts> counts(threads);
  for (std::size_t t = 0; t < threads; ++t) {
    gens.push_back(std::make_unique<RecordGenerator>(ruleset, o.year));
    counts[t].grades.assign(model.grades.size(), 0);
  }
  std::string line;
  RecordGenerator::append_line(gens[0]->header(), line);
  out.write(line);

  std::size_t batch = threads * 4;  // blocks generated before they are written
  std::vector<std::string> texts(batch);
  std::size_t blocks = (cells.size() + kBlock - 1) / kBlock;
  for (int month = 1; month <= 12; ++month) {
    for (bool thematic : {false, true}) {
      if (thematic && !thematic_kind) continue;
      for (std::size_t first = 0; first < blocks; first += batch) {
        std::size_t n = std::min(batch, blocks - first);
        auto work = [&](std::size_t t) {
          for (std::size_t b = t; b < n; b += threads) {
            std::size_t begin = (first + b) * kBlock;
            texts[b].clear();
            run_block(job, month, thematic, begin, std::min(cells.size(), begin + kBlock), *gens[t],
                      texts[b], counts[t]);
          }
        };
        std::vector<std::thread> pool;
        for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work, t);
        work(0);
        for (std::thread& th : pool) th.join();
        for (std::size_t b = 0; b < n; ++b) out.write(texts[b]);
      }
    }
  }
  YearCounts total;
  total.grades.assign(model.grades.size(), 0);
  for (const YearCounts& c : counts) total.add(c);
  return total;
}

}  // namespace chibo::gen
