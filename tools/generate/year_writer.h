// A year of meeting records for every cell, streamed month by month: each
// month's regular meetings in the units' order, then its thematic ones.
//
// Every record is drawn from its own random stream, seeded by (seed, cell,
// month, kind), so the output does not depend on how the work is split
// between threads: blocks of cells are generated in parallel and written in
// order, and memory stays flat however many cells there are.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "chibo/compiled_ruleset.h"
#include "csv_out.h"
#include "org_generator.h"
#include "record_generator.h"

namespace chibo::gen {

struct YearOptions {
  int year = 2024;
  std::uint64_t seed = 42;
  double invalid_rate = 0.002, missing_rate = 0.02;
  int threads = 1;
};

struct YearCounts {
  long regular = 0, thematic = 0;  // written, valid or not
  long missing_months = 0, skipped_quarters = 0;
  std::array<long, kSpoilKinds> invalid{};
  long unverifiable = 0;  // no valid record after RecordGenerator::kTries draws (left out)
  long retries = 0;
  std::vector<long> grades;               // valid records per grade of the ruleset
  std::array<long, 6> present{}, must{};  // attendance by UnitType
  std::array<long, 4> task_bands{};       // 100, 90-<100, 80-<90, below 80
  long invalid_total() const;
  void add(const YearCounts& other);
};

YearCounts write_year(const CompiledRuleset& ruleset, const std::vector<CellInfo>& cells,
                      const YearOptions& options, CsvOut& out);

}  // namespace chibo::gen
