// Units: the district's organisation list, the cells that hold meetings and
// the base organisations (tổ chức cơ sở đảng) they belong to.
//
// One file, CSV or YAML, one unit a row, columns:
//   id       unique id, the `cell_id` of meeting records (e.g. CP-TN-01)
//   name     the unit's name as people write it (Chi bộ xóm Bãi Nai)
//   level    dang_bo_co_so  a base committee: holds no meetings itself, has cells under it
//            chi_bo_co_so   a base cell: holds meetings and is its own base organisation
//            chi_bo         a cell under a base committee (chi bộ trực thuộc)
//   type     residential | agency | service | school | enterprise | armed_forces
//            (khu dân cư, cơ quan hành chính, đơn vị sự nghiệp, trường học, doanh
//            nghiệp, lực lượng vũ trang)
//   parent   for chi_bo: the id of its dang_bo_co_so; empty for the other levels
//   members  number of party members (optional: one left empty, that does not
//            read, or its column missing is a warning for a cell, the unit kept)
// Problems (duplicate ids, unknown or wrong parents, cycles, bad values) are
// reported with file, line and field, all of them in one run.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chibo/diagnostic.h"
#include "chibo/huge_pages.h"
#include "chibo/id_index.h"
#include "chibo/kept_texts.h"

namespace chibo {

enum class UnitLevel : std::uint8_t { BaseCommittee, BaseCell, Cell };
enum class UnitType : std::uint8_t {
  Residential,
  Agency,
  Service,
  School,
  Enterprise,
  ArmedForces
};

const char* unit_level_id(UnitLevel l);   // "dang_bo_co_so", "chi_bo_co_so", "chi_bo"
const char* unit_type_id(UnitType t);     // "residential", ...
const char* unit_type_label(UnitType t);  // "Khu dân cư", "Cơ quan hành chính", ...

struct Unit {
  std::string id;
  // A view of text that outlives the unit: the list's own (Units::keep, see
  // kept_texts.h; every list load_units makes keeps its names so), or a literal.
  std::string_view name;
  UnitLevel level = UnitLevel::Cell;
  UnitType type = UnitType::Residential;
  std::string parent;  // the base organisation's id (for a base cell: its own id)
  // 0 when not known: a base committee's left empty, or a count (a cell's
  // or a committee's) that did not read, or a cell's left empty or with no
  // column, said in a warning. Nothing scores,
  // ranks or reports by it.
  int members = 0;
  int line = 0;  // where it is in Units::file (a YAML list: its item's line)
  bool holds_meetings() const { return level != UnitLevel::BaseCommittee; }
};

// Units' positions by id (IdIndex over the units' ids).
class UnitIndex {
 public:
  // Indexes units (made again whenever the list changes).
  void build(const HugeVector<Unit>& units) {
    index_.build(units.size(), [&](std::size_t i) -> std::string_view { return units[i].id; });
  }
  // An index built over a list whose ids are the units' own, at the same
  // positions (load_units: a list's rows, when each became its unit).
  void adopt(IdIndex&& index) { index_ = std::move(index); }
  // The position of the unit with this id in units (the list given to build).
  std::optional<std::size_t> find(std::string_view id, const HugeVector<Unit>& units) const {
    return index_.find(id, units.size(),
                       [&](std::size_t i) -> std::string_view { return units[i].id; });
  }

 private:
  IdIndex index_;
};

struct Units {
  std::string file;
  HugeVector<Unit> units;  // in file order
  UnitIndex index;         // of units; made by load_units (tests: index.build(units))
  // The rows left out for their problems (already reported), by id, with
  // their lines: a record of one is told why its cell is not in the list.
  std::vector<std::pair<std::string, int>> left_out;  // sorted by id
  // The line of the row with this id that was left out, if one was.
  std::optional<int> left_out_line(std::string_view id) const;
  // The units missing from the list for their rows' problems: left_out but
  // for an id listed all the same (a second row of a listed id is no unit
  // missing), each id once (its first line), in the order of their lines.
  // What the warnings and the reports count and name.
  std::vector<std::pair<std::string, int>> units_left_out() const;

  // A copy of text that lives as long as the list, moved with it (the list
  // cannot be copied): what Unit::name views. reserve_text(bytes) first
  // makes room for that many bytes in one block (allocate_on_huge_pages).
  std::string_view keep(std::string_view text) { return texts_.keep(text); }
  void reserve_text(std::size_t bytes) { texts_.reserve(bytes); }
  // The block keep() keeps in; adopt_texts(t): t's texts live as long as the
  // list too (make_units keeps a large list's second half's names apart).
  KeptTexts& texts() { return texts_; }
  void adopt_texts(KeptTexts&& texts) { adopted_.push_back(std::move(texts)); }

  // The position of the unit with this id, or nullopt when it is not listed.
  std::optional<std::size_t> position(std::string_view id) const { return index.find(id, units); }
  // The same, trying the units at guess and the few just after it first:
  // records usually come cell after cell (or cell by cell), and comparing
  // with the next units in the list is cheaper than hashing (at national
  // scale the look-ups' cache misses were a fifth of a scoring thread's
  // time). A few, not one: a month's thematic meetings are held by about one
  // cell in four, so the next one is usually some cells further on.
  std::optional<std::size_t> position(std::string_view id, std::size_t guess) const {
    for (std::size_t at = guess; at < units.size() && at < guess + 8; ++at) {
      if (units[at].id == id) return at;
    }
    return position(id);
  }
  const Unit* find(std::string_view id) const {
    auto at = position(id);
    return at ? &units[*at] : nullptr;
  }
  // The base organisation a meeting cell belongs to (itself for a base cell;
  // a dang_bo_co_so, itself too). nullptr only for a unit not in this list.
  const Unit* base_of(const Unit& cell) const;
  // Meeting cells (levels chi_bo and chi_bo_co_so), in file order.
  std::vector<const Unit*> cells() const;

 private:
  KeptTexts texts_;
  std::vector<KeptTexts> adopted_;
};

// Reads a units file (.csv, or .yaml/.yml: a list of maps with the same
// keys). nullopt only when the file cannot be read at all; otherwise the
// usable units, with every problem in diags.
std::optional<Units> load_units(const std::string& path, Diagnostics& diags);

}  // namespace chibo
