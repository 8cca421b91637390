// A tiny district for roll-up and ranking tests: a ruleset whose total is an
// input (so months get exactly the totals a test wants), units built in code.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "chibo/meeting_store.h"
#include "chibo/ranking.h"
#include "chibo/units.h"
#include "scoring_fixture.h"

namespace chibo::testing {

// The tests of a criterion left off a meeting's sheet: item cd (10 points
// when att >= 50) applies to thematic meetings only and is rescaled off the
// others' sheets; item a gives p points (at most 90). grouped: cd in group g.
inline std::string left_off_ruleset(bool grouped) {
  const std::string cd =
      "{id: cd, label: Chuyên đề, max: 10, when: att >= 50, applies_when: 'kind == "
      "\"thematic\"', not_applicable: rescale}\n";
  return "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
         "kinds: [regular, thematic]\nscale: 100\n"
         "inputs:\n  p: {type: number, min: 0, max: 90, label: Điểm}\n"
         "  att: {type: percent, label: Tỷ lệ dự, default: 100}\n"
         "criteria:\n" +
         (grouped ? "  - id: g\n    label: G\n    items:\n      - " + cd : "  - " + cd) +
         "  - {id: a, label: A, max: 90, formula: p}\n"
         "grades:\n  - {id: tot, label: Tốt, from: 90}\n  - {id: kem, label: Kém, from: 0}\n"
         "rollup:\n  missing_month: zero\n  quarter: {by: mean}\n";
}

inline std::string points_ruleset(const std::string& rollup, const std::string& ranking = "") {
  return "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
         "kinds: [regular, thematic]\nscale: 100\n"
         "inputs:\n  p: {type: number, min: 0, max: 100, label: Điểm}\n"
         "  att: {type: percent, label: Tỷ lệ dự, default: 100}\n"
         "criteria:\n  - {id: a, label: A, max: 100, formula: p}\n"
         "grades:\n  - {id: tot, label: Tốt, from: 90}\n  - {id: kha, label: Khá, from: 70}\n"
         "  - {id: tb, label: Trung bình, from: 50}\n  - {id: kem, label: Kém, from: 0}\n"
         "rollup:\n" +
         rollup + ranking;
}

inline Units make_units(const std::vector<std::pair<std::string, UnitType>>& cells) {
  Units u;
  u.file = "units.csv";
  u.units.push_back(
      {"DB1", "Đảng bộ xã Một", UnitLevel::BaseCommittee, UnitType::Residential, "", 0, {}});
  for (const auto& [id, type] : cells) {
    u.units.push_back({id, u.keep("Chi bộ " + id), UnitLevel::Cell, type, "DB1", 20, {}});
  }
  u.index.build(u.units);
  return u;
}

// Scores a meeting with total p and keeps it; returns the store's verdict.
inline std::string keep(const CompiledRuleset& r, MeetingStore& store, const std::string& cell,
                        const std::string& date, const std::string& p,
                        const std::string& kind = "regular", const std::string& att = "100",
                        const std::string& file = "m.csv") {
  auto s =
      score_fields(r, {{"cell_id", cell}, {"date", date}, {"kind", kind}, {"p", p}, {"att", att}});
  if (!s.ok) return "not scored: " + s.why;
  MeetingRecord rec;
  rec.cell_id = cell;
  rec.date = static_cast<int>(s.score.slots[1].num());
  rec.kind = kind == "thematic" ? MeetingKind::Thematic : MeetingKind::Regular;
  rec.where = {file, 2, 0};
  return store.add(rec, s.score);
}

// Three months of a quarter with the given totals ("" = no meeting).
inline void quarter(const CompiledRuleset& r, MeetingStore& store, const std::string& cell,
                    int year, int q, std::vector<std::string> totals) {
  for (std::size_t i = 0; i < totals.size(); ++i) {
    if (totals[i].empty()) continue;
    int month = 3 * q - 2 + static_cast<int>(i);
    std::string date =
        std::to_string(year) + "-" + (month < 10 ? "0" : "") + std::to_string(month) + "-10";
    keep(r, store, cell, date, totals[i]);
  }
}

// A ruleset, its units and an empty store.
struct District {
  std::shared_ptr<const CompiledRuleset> r;
  Units units;
  std::unique_ptr<MeetingStore> store;
};

// The tiny ruleset ranked by quarter means (ranking: its ranking section),
// over units made by make_units.
inline District district(const std::string& ranking,
                         std::vector<std::pair<std::string, UnitType>> cells) {
  District d;
  d.r = compile_text(points_ruleset("  quarter: {by: mean}\n", ranking));
  REQUIRE(d.r);
  d.units = make_units(cells);
  d.store = std::make_unique<MeetingStore>(*d.r, d.units, rank_value_slots(rank_keys(*d.r)));
  return d;
}

}  // namespace chibo::testing
