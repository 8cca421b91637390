// A base organisation's name as people read it: with its id when another
// base of the list has its name.
#include "base_names.h"

#include <catch2/catch.hpp>

#include "report_fixture.h"

using namespace chibo;
using namespace chibo::testing;

namespace {

// DB1 "Đảng bộ xã Một" (A, B), DB2 of the same name (C), DB3 "Đảng bộ xã
// Ba" (D), E a base cell of DB3's name (its own base: it names none).
Units namesakes() {
  Units u;
  u.file = "units.csv";
  u.units.push_back(
      {"DB1", "Đảng bộ xã Một", UnitLevel::BaseCommittee, UnitType::Residential, "", 0, {}});
  u.units.push_back({"A", "Chi bộ A", UnitLevel::Cell, UnitType::Residential, "DB1", 20, {}});
  u.units.push_back({"B", "Chi bộ B", UnitLevel::Cell, UnitType::School, "DB1", 20, {}});
  u.units.push_back(
      {"DB2", "Đảng bộ xã Một", UnitLevel::BaseCommittee, UnitType::Residential, "", 0, {}});
  u.units.push_back({"C", "Chi bộ C", UnitLevel::Cell, UnitType::Residential, "DB2", 20, {}});
  u.units.push_back(
      {"DB3", "Đảng bộ xã Ba", UnitLevel::BaseCommittee, UnitType::Residential, "", 0, {}});
  u.units.push_back({"D", "Chi bộ D", UnitLevel::Cell, UnitType::Residential, "DB3", 20, {}});
  u.units.push_back({"E", "Đảng bộ xã Ba", UnitLevel::BaseCell, UnitType::Agency, "E", 20, {}});
  u.index.build(u.units);
  return u;
}

}  // namespace

TEST_CASE("a base's name another base of the list shares is given with its id") {
  const Units u = namesakes();
  const BaseNames names(u);
  CHECK(names.name(u.units[0]) == "Đảng bộ xã Một (DB1)");
  CHECK(names.name(u.units[3]) == "Đảng bộ xã Một (DB2)");
  // A base cell of DB3's name is its own base: no base of the list shares DB3's name.
  CHECK(names.name(u.units[5]) == "Đảng bộ xã Ba");
  CHECK(names.of_cell(u.units[1], &u.units[0]) == "Đảng bộ xã Một (DB1)");
  CHECK(names.of_cell(u.units[4], &u.units[3]) == "Đảng bộ xã Một (DB2)");
  CHECK(names.of_cell(u.units[6], &u.units[5]) == "Đảng bộ xã Ba");
  CHECK(names.of_cell(u.units[7], &u.units[7]).empty());  // a base cell: its own base
  CHECK(names.of_cell(u.units[1], nullptr).empty());
}

TEST_CASE("the ranking's bases are the list's: the same names either way") {
  ReportDistrict d = report_district();
  CHECK(BaseNames(d.ranking).name(d.units.units[0]) == "Đảng bộ xã Một");
  namesake_base(d);
  const BaseNames of_ranking(d.ranking), of_list(d.units), of_summary(d.summary);
  for (const BaseNames* names : {&of_ranking, &of_list, &of_summary}) {
    CHECK(names->name(d.units.units[0]) == "Đảng bộ xã Một (DB1)");
    CHECK(names->name(d.units.units[4]) == "Đảng bộ xã Một (DB2)");
  }
}

// A table of bases (the summary by organisation) names its rows: added
// again, a base is no namesake of itself.
TEST_CASE("a base added twice shares its name with none") {
  const Units u = namesakes();
  BaseNames names;
  names.add(u.units[0]);
  names.add(u.units[0]);
  CHECK(names.name(u.units[0]) == "Đảng bộ xã Một");
  names.add(u.units[7]);  // a base cell of another name
  CHECK(!names.shared(u.units[7]));
  names.add(u.units[3]);
  CHECK(names.shared(u.units[0]));
  CHECK(names.name(u.units[3]) == "Đảng bộ xã Một (DB2)");
}
