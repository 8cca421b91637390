// The rows of a units file as read, before they are checked: shared by the
// readers (units.cpp: CSV and YAML) and the checks (units_validator.cpp).
#pragma once

#include <array>
#include <cstddef>
#include <deque>
#include <string>
#include <vector>

#include "chibo/diagnostic.h"
#include "chibo/units.h"

namespace chibo {

enum class UnitKey : std::size_t { Id, Name, Level, Type, Parent, Members };
inline constexpr std::size_t kUnitKeyCount = 6;

// "id", "name", "level", "type", "parent", "members", in this order.
const std::vector<std::string>& unit_keys();

struct UnitField {
  std::string text;  // trimmed, NFC
  // CSV: the row's line; YAML: the value (or the map if absent). The file is
  // left empty: load_units names it in every message (a copy of the name in
  // every field of 262,894 rows costs seconds and memory).
  Location where;
  bool absent = false;   // no such column (already reported) or no such key in the map
  bool invalid = false;  // unreadable (not UTF-8, not a single value), already reported
};

struct UnitRow {
  Location where;  // the file left empty, as in UnitField
  bool csv = true;
  bool broken = false;  // a reading problem, already reported: the row is left out
  std::array<UnitField, kUnitKeyCount> fields;

  const UnitField& operator[](UnitKey k) const { return fields[static_cast<std::size_t>(k)]; }
  // Where field k is.
  const Location& where_of(UnitKey k) const { return (*this)[k].where; }
  UnitField& operator[](UnitKey k) { return fields[static_cast<std::size_t>(k)]; }
};

// A deque: a national list (262,894 rows) grows without copying itself.
using UnitRows = std::deque<UnitRow>;

// Checks every row and how they hang together; the rows without problems
// become the units. Every problem goes to diags, in line order.
Units check_units(const std::string& file, const UnitRows& rows, Diagnostics& diags);

}  // namespace chibo
