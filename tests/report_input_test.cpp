#include "chibo/report_input.h"

#include <catch2/catch.hpp>

using chibo::InUnits;
using chibo::RejectedList;

// A wrong units list rejects every record: the list keeps the first few
// with their reasons and counts them all, the unlisted cells' apart.
TEST_CASE("a rejected list lists the first records and counts every one") {
  RejectedList list(2);
  CHECK(list.has_room());
  list.add({"m.csv", 2, 0}, "sai");
  list.cell_of_last("A", InUnits::Listed);
  list.add({"m.csv", 3, 0}, "không có trong danh sách");
  list.cell_of_last("Z", InUnits::Unlisted);
  CHECK_FALSE(list.has_room());
  list.add({"m.csv", 4, 0}, "không có trong danh sách");
  list.cell_of_last("Y", InUnits::Unlisted);
  list.add({"m.csv", 5, 0}, "dòng có 3 ô");  // its cell not read: no cell_of_last
  REQUIRE(list.listed().size() == 2);
  CHECK(list.listed()[0].where.line == 2);
  CHECK(list.listed()[0].cell_id == "A");
  CHECK(list.listed()[1].why == "không có trong danh sách");
  CHECK(list.listed()[1].cell_id == "Z");
  CHECK(list.total() == 4);
  CHECK(list.not_listed() == 2);
  CHECK(list.unlisted() == 2);  // Z and Y; A is listed, line 5's cell unknown
  CHECK(list.to_mend() == 2);
}

// Records that leave no listed cell a month short are counted by why, each
// in one count: a cell the list lacks or one left out of it first, then a
// date out of the ruleset's force; the rest are to mend.
TEST_CASE("a rejected list counts apart the records that leave no listed cell short") {
  RejectedList list;
  auto add = [&](const std::string& cell, InUnits in, bool outside_force) {
    list.add({"m.csv", 2, 0}, "sai");
    list.cell_of_last(cell, in, outside_force);
  };
  add("Z", InUnits::Unlisted, true);
  add("L", InUnits::LeftOut, false);
  add("L", InUnits::LeftOut, true);
  add("A", InUnits::Listed, true);
  add("", InUnits::Listed, true);  // dated out of force, its cell not read
  add("A", InUnits::Listed, false);
  add("", InUnits::LeftOut, false);  // no cell read is no cell left out
  CHECK(list.total() == 7);
  CHECK(list.unlisted() == 1);
  CHECK(list.left_out() == 2);
  CHECK(list.outside_force() == 2);
  CHECK(list.to_mend() == 2);
}

TEST_CASE("where the units list has a cell: listed, left out for an error, or not at all") {
  chibo::Units units;
  units.units.push_back(
      {"A", "Chi bộ A", chibo::UnitLevel::BaseCell, chibo::UnitType::Residential, "A", 10, 2});
  units.index.build(units.units);
  units.left_out = {{"A", 3}, {"L", 4}};  // A's second row, and L's own
  CHECK(chibo::in_units_list(units, "A") == InUnits::Listed);
  CHECK(chibo::in_units_list(units, "L") == InUnits::LeftOut);
  CHECK(chibo::in_units_list(units, "Z") == InUnits::Unlisted);
  CHECK(chibo::in_units_list(units, "") == InUnits::Listed);
}

TEST_CASE("a rejected list's cell is the last record's only while it is listed") {
  RejectedList list(1);
  list.add({"m.csv", 2, 0}, "sai");
  list.add({"m.csv", 3, 0}, "sai");
  list.cell_of_last("B", InUnits::Listed);  // line 3's, not listed: line 2's cell stays unread
  CHECK(list.listed()[0].cell_id == "");
  CHECK(list.unlisted() == 0);
  list.cell_of_last("", InUnits::Unlisted);  // a cell not read is no unlisted cell
  CHECK(list.unlisted() == 0);
  CHECK(RejectedList().total() == 0);
  CHECK(RejectedList().has_room());
}
