// A base organisation's name as people read it, in every table and sentence
// that names one: a name another base of the list shares (two "Đảng bộ xã
// Trung Lập" of different districts in one province's list) is given with
// its id, "Đảng bộ thị trấn Cao Phong (CP-TT)", where the two read the same;
// the name alone otherwise. Machines name a base by its id (parent) anyway.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "chibo/district_summary.h"
#include "chibo/ranking.h"
#include "chibo/units.h"

namespace chibo {

class BaseNames {
 public:
  BaseNames() = default;
  // The bases of the ranking's cells (every meeting cell of the list, a
  // base cell, its own base, left out: it names none but itself).
  explicit BaseNames(const Ranking& ranking);
  // The same of the list's meeting cells, for what has the list and no
  // ranking (audit): the ranking's cells are the list's meeting cells.
  explicit BaseNames(const Units& units);
  // The summary's rows by base organisation (DistrictSummary::by_base, base
  // cells among them: each is a row there).
  explicit BaseNames(const DistrictSummary& summary);

  // Counts base among the bases named (each once however often added): a
  // table of bases (the summary by organisation) adds its rows.
  void add(const Unit& base);
  // Whether another base added has base's name.
  bool shared(const Unit& base) const { return shared_.count(&base) > 0; }
  // base's name for people: "name (id)" when shared, the name otherwise.
  std::string name(const Unit& base) const;
  // The base organisation of cell for people: "" for none or a base cell
  // (its own base), as rank's column "Đảng bộ cơ sở" shows it.
  std::string of_cell(const Unit& cell, const Unit* base) const;

 private:
  std::unordered_map<std::string_view, const Unit*> first_named_;
  std::unordered_set<const Unit*> seen_;
  std::unordered_set<const Unit*> shared_;
};

}  // namespace chibo
