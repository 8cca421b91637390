// chibo-bench-kernels: Google Benchmark timings of the kernels behind `chibo
// score` and `chibo rank`, on the sample district's year (2,981 records):
// splitting CSV, checking a record, scoring a meeting, formatting a number,
// ranking the district. End-to-end figures come from tools/bench/run.sh.
//   build/bin/chibo-bench-kernels [--benchmark_filter=REGEX]
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "chibo/compiled_ruleset.h"
#include "chibo/meeting_store.h"
#include "chibo/number_format.h"
#include "chibo/ranking.h"
#include "chibo/record_checker.h"
#include "chibo/scorer.h"
#include "chibo/units.h"
#include "csv_reader.h"

namespace {

const std::string kRoot = CHIBO_SOURCE_DIR;
const std::string kRecords = kRoot + "/rulesets/hoa-binh/samples/district/nam-2024.csv";

// The sample district, read once: the ruleset, the split rows, the checked records.
struct District {
  std::shared_ptr<const chibo::CompiledRuleset> ruleset;
  std::string csv;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<chibo::MeetingRecord> records;
  chibo::Units units;

  District() {
    chibo::Diagnostics diags;
    ruleset = chibo::load_compiled_ruleset(kRoot + "/rulesets/hoa-binh/qd31-2018.yaml", diags);
    units = *chibo::load_units(kRoot + "/rulesets/hoa-binh/samples/district/units.csv", diags);
    std::ifstream file(kRecords, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    csv = text.str();
    std::istringstream in(csv);
    chibo::CsvReader reader(in);
    chibo::CsvRecord record;
    reader.next(record);
    header = record.fields.strings();
    chibo::RecordChecker checker(*ruleset);
    checker.bind(header, {kRecords, 1, 0}, diags);
    while (reader.next(record)) {
      rows.push_back(record.fields.strings());
      chibo::MeetingRecord checked;
      std::string why;
      if (checker.check(rows.back(), {kRecords, record.line, 0}, checked, why)) {
        records.push_back(checked);
      }
    }
  }
};

const District& district() {
  static const District d;
  return d;
}

void BM_SplitCsv(benchmark::State& state) {
  const District& d = district();
  for (auto _ : state) {
    std::istringstream in(d.csv);
    chibo::CsvReader reader(in);
    chibo::CsvRecord record;
    std::size_t fields = 0;
    while (reader.next(record)) fields += record.fields.size();
    benchmark::DoNotOptimize(fields);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(d.rows.size()));
}
BENCHMARK(BM_SplitCsv);

void BM_CheckRecord(benchmark::State& state) {
  const District& d = district();
  chibo::RecordChecker checker(*d.ruleset);
  chibo::Diagnostics diags;
  checker.bind(d.header, {kRecords, 1, 0}, diags);
  chibo::MeetingRecord out;
  std::string why;
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(checker.check(d.rows[i], {kRecords, 2, 0}, out, why));
    i = (i + 1) % d.rows.size();
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CheckRecord);

void BM_ScoreMeeting(benchmark::State& state) {
  const District& d = district();
  chibo::MeetingScore score;
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(chibo::score_meeting(*d.ruleset, d.records[i], score));
    i = (i + 1) % d.records.size();
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ScoreMeeting);

void BM_FormatNumber(benchmark::State& state) {
  chibo::Presentation p;
  const chibo::Rational value = *chibo::Rational::make(18653, 200);  // 93,265 -> "93,27"
  for (auto _ : state) benchmark::DoNotOptimize(chibo::format_number(value, p));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_FormatNumber);

void BM_RankDistrictYear(benchmark::State& state) {
  const District& d = district();
  chibo::MeetingStore store(*d.ruleset, d.units,
                            chibo::rank_value_slots(chibo::rank_keys(*d.ruleset)));
  chibo::MeetingScore score;
  for (const chibo::MeetingRecord& r : d.records) {
    if (chibo::score_meeting(*d.ruleset, r, score)) store.add(r, score);
  }
  for (auto _ : state) {
    chibo::Ranking ranking =
        chibo::rank_cells(*d.ruleset, d.units, store, {2024, 0}, chibo::GroupBy::None);
    benchmark::DoNotOptimize(ranking.cells.data());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(d.units.units.size()));
}
BENCHMARK(BM_RankDistrictYear);

}  // namespace

BENCHMARK_MAIN();
