// The units a checked units file's rows become: the rows without a problem
// of their own, but for the cells under a base committee left out.
#include "units_maker.h"

#include <future>
#include <iterator>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

namespace chibo {
namespace {

// Makes the units of ranges of checked rows: count() a range first, then
// make() it.
class Maker {
 public:
  Maker(const UnitRows& rows, const HugeVector<CheckedRow>& checked,
        const HugeVector<std::size_t>& named_parent)
      : rows_(rows),
        checked_(checked),
        named_(named_parent),
        children_(rows.size(), 0),
        becomes_(rows.size(), 0) {
    for (std::size_t r = 0; r < rows.size(); ++r) {
      if (std::size_t p = named_[r]; p != kNoRow) ++children_[p];
    }
  }

  struct Count {
    std::size_t units = 0;
    std::size_t name_bytes = 0;
  };
  // The units rows [from, to) become, and their names' bytes; which rows
  // become units is kept for make().
  Count count(std::size_t from, std::size_t to) {
    Count n;
    for (std::size_t r = from; r < to; ++r) {
      becomes_[r] = becomes_unit(r);
      if (!becomes_[r]) continue;
      ++n.units;
      n.name_bytes += rows_[r][UnitKey::Name].text.size();
    }
    return n;
  }
  // Writes the units of rows [from, to) (counted) at out, one after another,
  // their names kept in texts; the rows left out (with an id) added to
  // left_out.
  void make(std::size_t from, std::size_t to, Unit* out, KeptTexts& texts,
            std::vector<std::pair<std::string, int>>& left_out, Diagnostics& diags) const {
    for (std::size_t r = from; r < to; ++r) {
      const UnitRow& row = rows_[r];
      const CheckedRow& c = checked_[r];
      const std::size_t parent = named_[r];
      if (!becomes_[r]) {
        const std::string_view id = row[UnitKey::Id].text;
        if (id.empty()) continue;
        // Where the problem that left it out is said: its own line, or, when
        // that says nothing, its base's (left out for its own problem).
        const bool base_says =
            !c.said && c.level == UnitLevel::Cell && parent != kNoRow && !checked_[parent].ok;
        left_out.emplace_back(std::string(id),
                              base_says ? rows_[parent].place.line : row.place.line);
        continue;
      }
      Unit& u = *out++;
      u.id = row[UnitKey::Id].text;
      u.name = texts.keep(row[UnitKey::Name].text);
      u.level = *c.level;
      u.type = *c.type;
      u.members = c.members;
      u.line = row.place.line;
      if (u.level == UnitLevel::Cell) {
        u.parent = row[UnitKey::Parent].text;
      } else if (u.level == UnitLevel::BaseCell) {
        u.parent = u.id;
      } else if (children_[r] - (parent == r ? 1 : 0) == 0) {
        diags.warning(row.where(),
                      fmt::format("đảng bộ cơ sở '{}' không có chi bộ trực thuộc nào (không đơn "
                                  "vị nào có {} là '{}')",
                                  u.id, unit_label(rows_, row, UnitKey::Parent), u.id));
      }
    }
  }

 private:
  // Without a problem of its own, and, a cell, under a base committee kept
  // (the checks refused unknown parents).
  bool becomes_unit(std::size_t r) const {
    const CheckedRow& c = checked_[r];
    if (!c.ok) return false;
    if (*c.level != UnitLevel::Cell) return true;
    const std::size_t parent = named_[r];
    return parent != kNoRow && checked_[parent].ok;
  }

  const UnitRows& rows_;
  const HugeVector<CheckedRow>& checked_;
  const HugeVector<std::size_t>& named_;
  // children_[r]: the rows whose parent names row r (r itself too, when it
  // names its own id).
  HugeVector<int> children_;
  // becomes_[r]: row r becomes a unit, as count() found (make() reads it
  // rather than working it out again).
  HugeVector<char> becomes_;
};

}  // namespace

std::string unit_label(const UnitRows& rows, const UnitRow& row, UnitKey k) {
  if (row.csv) return fmt::format("cột '{}'", rows.column_name(k));
  return fmt::format("'{}'", unit_keys()[static_cast<std::size_t>(k)]);
}

void make_units(const UnitRows& rows, const HugeVector<CheckedRow>& checked,
                const HugeVector<std::size_t>& named_parent, std::size_t halves_from, Units& units,
                Diagnostics& diags) {
  Maker maker(rows, checked, named_parent);
  // A large list's units are made in two halves, on two threads (in one
  // loop, 30-40 ms of one core for the national list, the other idle): each
  // half's units are counted first, and written at their places in file
  // order; the second half's names, warnings and rows left out are its
  // own, added after the first's.
  const std::size_t middle = rows.size() >= halves_from ? rows.size() / 2 : rows.size();
  const Maker::Count first = maker.count(0, middle);
  const Maker::Count second = maker.count(middle, rows.size());
  units.units.resize(first.units + second.units);
  units.reserve_text(first.name_bytes);
  KeptTexts second_texts;
  Diagnostics second_diags;
  std::vector<std::pair<std::string, int>> second_left_out;
  std::future<void> second_made;
  if (middle < rows.size()) {
    second_made = std::async(std::launch::async, [&] {
      second_texts.reserve(second.name_bytes);
      maker.make(middle, rows.size(), units.units.data() + first.units, second_texts,
                 second_left_out, second_diags);
    });
  }
  maker.make(0, middle, units.units.data(), units.texts(), units.left_out, diags);
  if (second_made.valid()) {
    second_made.get();
    units.adopt_texts(std::move(second_texts));
    diags.append(second_diags);
    units.left_out.insert(units.left_out.end(), std::make_move_iterator(second_left_out.begin()),
                          std::make_move_iterator(second_left_out.end()));
  }
}

}  // namespace chibo
