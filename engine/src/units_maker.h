// What the checks of a units file found of each row (units_validator.cpp),
// and the units the rows without problems become (units_maker.cpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "chibo/diagnostic.h"
#include "chibo/huge_pages.h"
#include "chibo/units.h"
#include "units_rows.h"

namespace chibo {

// No row: a parent that names none.
inline constexpr std::size_t kNoRow = static_cast<std::size_t>(-1);

// A row as checked.
struct CheckedRow {
  std::optional<UnitLevel> level;
  std::optional<UnitType> type;
  int members = 0;
  bool ok = true;
  bool said = false;  // a problem of its own was reported (ok is false)
};

// A column as the file names it: "cột 'Trực thuộc'" (a CSV or workbook's
// header), "'parent'" (a YAML unit's key).
std::string unit_label(const UnitRows& rows, const UnitRow& row, UnitKey k);

// Makes units.units, its names and left_out from the checked rows, in file
// order; named_parent[r]: the first row whose id row r's parent names, or
// kNoRow. A base committee without cells is warned of in diags. A list of
// halves_from rows or more is made in two halves on two threads.
void make_units(const UnitRows& rows, const HugeVector<CheckedRow>& checked,
                const HugeVector<std::size_t>& named_parent, std::size_t halves_from, Units& units,
                Diagnostics& diags);

}  // namespace chibo
