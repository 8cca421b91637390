// A hand-made district for the report tests: three cells under one base
// committee, one criterion whose points are an input, quarter I/2024:
//   A (khu dân cư)  95, 95, 95   -> Tốt
//   B (trường học)  80, 80, 80   -> Khá
//   C (khu dân cư)  95, 95, none -> missing month 3, counted as 0 -> Trung bình
#pragma once

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "chibo/district_summary.h"
#include "chibo/ranking.h"
#include "chibo/report_input.h"
#include "rollup_fixture.h"

namespace chibo::testing {

// A report's list of rejected records as `chibo report` makes it (a cell is
// unlisted when units lacks it, left out when units left it out), listing
// the first most; the records of cells in outside_force are dated out of
// the ruleset's force.
inline RejectedList rejected_list(const std::vector<RejectedRecord>& records, const Units& units,
                                  std::size_t most = RejectedList::kListed,
                                  const std::vector<std::string>& outside_force = {}) {
  RejectedList list(most);
  for (const RejectedRecord& rec : records) {
    list.add(rec.where, rec.why);
    list.cell_of_last(
        rec.cell_id, in_units_list(units, rec.cell_id),
        std::find(outside_force.begin(), outside_force.end(), rec.cell_id) != outside_force.end());
  }
  return list;
}

struct ReportDistrict {
  std::shared_ptr<const CompiledRuleset> r;
  Units units;
  std::unique_ptr<MeetingStore> store;
  Ranking ranking;
  DistrictSummary summary;
  AuditResult audit;
  RunCounts counts{9, 8, 1};
  ReportInput input() const {
    return {*r,      units,   *store,
            ranking, summary, rejected_list({{{"m.csv", 7, 0}, "sai", "A"}}, units),
            counts,  audit};
  }
};

// d's store given the three cells' quarters (A 95s, B 80s, C 95s lacking
// month 3), then d ranked and summed up.
inline void fill_and_rank(ReportDistrict& d) {
  quarter(*d.r, *d.store, "A", 2024, 1, {"95", "95", "95"});
  quarter(*d.r, *d.store, "B", 2024, 1, {"80", "80", "80"});
  quarter(*d.r, *d.store, "C", 2024, 1, {"95", "95", ""});
  d.ranking = rank_cells(*d.r, d.units, *d.store, Period{2024, 1}, GroupBy::None);
  d.summary = summarize(d.ranking, d.units, ruleset_of(*d.r).grades.size());
}

inline ReportDistrict report_district(const std::string& c_name = "Chi bộ C") {
  ReportDistrict d;
  d.r = compile_text(points_ruleset("  missing_month: zero\n  quarter: {by: mean}\n"));
  d.units = make_units(
      {{"A", UnitType::Residential}, {"B", UnitType::School}, {"C", UnitType::Residential}});
  d.units.units[3].name = d.units.keep(c_name);
  d.store = std::make_unique<MeetingStore>(*d.r, d.units, std::vector<int>{}, true);
  fill_and_rank(d);
  return d;
}

// d with a base cell E (chi bộ cơ sở: an agency's, its own base) after its
// cells, and its store emptied for the meetings a test keeps.
inline void add_base_cell(ReportDistrict& d) {
  d.units.units.push_back(
      {"E", d.units.keep("Chi bộ cơ sở E"), UnitLevel::BaseCell, UnitType::Agency, "E", 20, {}});
  d.units.index.build(d.units.units);
  d.store = std::make_unique<MeetingStore>(*d.r, d.units, std::vector<int>{}, true);
}

// d with its cell C under a second base committee, DB2, of DB1's name
// ("Đảng bộ xã Một", as two districts' bases in a province's list), ranked
// and summed up again.
inline void namesake_base(ReportDistrict& d) {
  d.units.units.push_back(
      {"DB2", "Đảng bộ xã Một", UnitLevel::BaseCommittee, UnitType::Residential, "", 0, {}});
  d.units.units[3].parent = "DB2";
  d.units.index.build(d.units.units);
  d.store = std::make_unique<MeetingStore>(*d.r, d.units, std::vector<int>{}, true);
  fill_and_rank(d);
}

// An audit of d of 8 meetings, 2 of them self-scored, one flagged: A's of
// 2024-03-15 (thang-3.csv, line 4), self-scored 99 where its sheet gives 95.
inline void flag_one(ReportDistrict& d) {
  d.audit.meetings = 8;
  d.audit.claimed = 2;
  AuditedMeeting m;
  m.cell_id = "A";
  m.date = 19797;  // 2024-03-15
  m.where = {"thang-3.csv", 4, 0};
  AuditLine total;
  total.self = Rational(99);
  total.computed = Rational(95);
  total.over_computed = true;
  m.lines.push_back(total);
  d.audit.flagged.push_back(m);
}

}  // namespace chibo::testing
