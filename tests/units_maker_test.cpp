// The units a checked list's rows become (units_maker.cpp): in file order,
// the same whether made in one pass or in two halves on two threads.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "chibo/diagnostic.h"
#include "chibo/units.h"
#include "units_rows.h"

using chibo::Unit;

// A large list's units are made in two halves on two threads
// (kUnitsMadeInHalves rows or more): the same units, names, rows left out
// and messages as made in one pass, with problems in both halves, a cell of
// the second half under a base committee of the first left out, and a base
// committee without cells in each half (warned of).
TEST_CASE("units made in two halves are the units made in one pass") {
  chibo::UnitRows rows;
  rows.name_columns({"id", "name", "level", "type", "parent", "members"});
  int line = 1;
  auto add = [&](const std::string& id, const std::string& name, const std::string& level,
                 const std::string& parent, const std::string& members) {
    chibo::UnitRow row;
    row.place.line = ++line;
    const std::string values[] = {id, name, level, "residential", parent, members};
    for (std::size_t k = 0; k < chibo::kUnitKeyCount; ++k) {
      row.fields[k].text = rows.keep(values[k]);
      row.fields[k].place.line = line;
    }
    rows.push_back(row);
  };
  for (int b = 0; b < 12; ++b) {
    const std::string base = "DB-" + std::to_string(b);
    // DB-2 is left out (a bad level): its cells, in the second half too, with it.
    add(base, "Đảng bộ xã số " + std::to_string(b), b == 2 ? "dang_bo" : "dang_bo_co_so", "", "");
    if (b == 4 || b == 9) continue;  // no cells: warned of
    for (int c = 1; c <= 3; ++c) {
      add(base + "-" + std::to_string(c), "Chi bộ xóm " + std::to_string(c), "chi_bo", base,
          b == 7 && c == 2 ? "0" : "12");
    }
    if (b == 1) add("DB-1-1", "Chi bộ trùng", "chi_bo", base, "9");  // a repeated id
  }
  add("DB-2-9", "Chi bộ xóm 9", "chi_bo", "DB-2", "8");    // under DB-2, in the second half
  add("DB-10-4", "Chi bộ xóm 4", "chi_bo", "DB-99", "8");  // an unknown parent
  REQUIRE(rows.size() == 45);                              // the second half from line 24 (DB-6)

  auto made = [&](std::size_t halves_from) {
    chibo::Diagnostics diags;
    chibo::Units units = chibo::check_units("units.csv", rows, diags, halves_from);
    std::vector<std::string> out;
    for (const Unit& u : units.units) {
      out.push_back(u.id + "|" + std::string(u.name) + "|" + chibo::unit_level_id(u.level) + "|" +
                    u.parent + "|" + std::to_string(u.members) + "|" + std::to_string(u.line));
    }
    for (const auto& [id, at] : units.left_out)
      out.push_back(id + " left out, line " + std::to_string(at));
    for (const chibo::Diagnostic& d : diags.items()) {
      // At their lines (load_units names the file).
      out.push_back("line " + std::to_string(d.where.line) + ": " + chibo::format_diagnostic(d));
    }
    CHECK(units.position("DB-11-3") == units.units.size() - 1);
    return out;
  };
  const std::vector<std::string> whole = made(rows.size() + 1);
  const std::vector<std::string> halves = made(rows.size());
  CHECK(halves == whole);
  auto has = [&](const std::string& said) {
    return std::find(halves.begin(), halves.end(), said) != halves.end();
  };
  CHECK(has("DB-11-3|Chi bộ xóm 3|chi_bo|DB-11|12|44"));
  CHECK(has("DB-2-9 left out, line 11"));  // said at DB-2's line
  CHECK(has("DB-10-4 left out, line 46"));
  // A list without problems, made in halves: every row its unit, the rows'
  // index handed on to the units.
  chibo::UnitRows clean;
  clean.name_columns({"id", "name", "level", "type", "parent", "members"});
  for (const char* id : {"X", "X-1", "X-2", "X-3", "X-4"}) {
    chibo::UnitRow row;
    const std::string_view base = id == std::string_view("X") ? "dang_bo_co_so" : "chi_bo";
    const std::string values[] = {id,
                                  std::string("Chi bộ ") + id,
                                  std::string(base),
                                  "residential",
                                  base == "chi_bo" ? "X" : "",
                                  "10"};
    for (std::size_t k = 0; k < chibo::kUnitKeyCount; ++k)
      row.fields[k].text = clean.keep(values[k]);
    clean.push_back(row);
  }
  chibo::Diagnostics clean_diags;
  const chibo::Units units = chibo::check_units("units.csv", clean, clean_diags, 0);
  CHECK(clean_diags.items().empty());
  REQUIRE(units.units.size() == 5);
  CHECK(units.units[3].name == "Chi bộ X-3");
  CHECK(units.position("X-4") == 4u);
  CHECK(units.position("X") == 0u);
  CHECK(
      has("line 19: warning: đảng bộ cơ sở 'DB-4' không có chi bộ trực thuộc nào (không "
          "đơn vị nào có cột 'parent' là 'DB-4')"));
  CHECK(
      has("line 36: warning: đảng bộ cơ sở 'DB-9' không có chi bộ trực thuộc nào (không "
          "đơn vị nào có cột 'parent' là 'DB-9')"));
}
