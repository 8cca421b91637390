#include "criterion_matrix.h"

#include <catch2/catch.hpp>

#include "report_fixture.h"

using namespace chibo;
using namespace chibo::testing;

TEST_CASE("loss shares per group and for the district, by hand") {
  // 3 cells x 2 criteria (max 10 and 5); cells 0 and 1 in group 0, cell 2 in
  // group 1, which has no meeting scored on the second criterion.
  std::vector<double> lost = {2, 0, 4, 1, 0, 0};
  std::vector<double> scored = {1, 1, 2, 1, 1, 0};
  std::vector<double> share = loss_share(lost, scored, 3, {10, 5}, {0, 0, 1}, 2);
  // group 0: 6/3/10, 1/2/5; group 1: 0/1/10, none; all: 6/4/10, 1/2/5
  std::vector<double> want = {0.2, 0.1, 0.0, -1.0, 0.15, 0.1};
  REQUIRE(share.size() == want.size());
  for (std::size_t i = 0; i < want.size(); ++i) CHECK(share[i] == Approx(want[i]));
}

TEST_CASE("loss shares for a nation's groups take memory by cells, not groups x cells") {
  // The nation's count of base committees by its count of cells (18,162 x
  // 262,894): a dense membership matrix of that size was 38 GB, and
  // `chibo report` stopped with bad_alloc. Cell c is in group c % groups and
  // lost c % 3 of its one meeting's 6 points.
  const std::size_t cells = 262'894;
  const int groups = 18'162;
  std::vector<double> lost(cells), scored(cells, 1.0);
  std::vector<int> group_of_cell(cells);
  for (std::size_t c = 0; c < cells; ++c) {
    lost[c] = static_cast<double>(c % 3);
    group_of_cell[c] = static_cast<int>(c % groups);
  }
  std::vector<double> share = loss_share(lost, scored, cells, {6}, group_of_cell, groups);
  REQUIRE(share.size() == static_cast<std::size_t>(groups) + 1);
  // Group 0: cells 0, 18162, 36324, ... (15 of them, 14 + 1 for the rest):
  // c % 3 is 0, 0, 0, ... as 18,162 is a multiple of 3.
  CHECK(share[0] == 0.0);
  // Group 1: every cell loses 1 of 6.
  CHECK(share[1] == Approx(1.0 / 6));
  // All cells: 0, 1, 2 in turn (262,894 = 3 x 87,631 + 1, the last losing 0).
  CHECK(share[static_cast<std::size_t>(groups)] == Approx(3.0 * 87'631 / cells / 6));
}

TEST_CASE("the district's matrix: points lost, meetings, shares") {
  ReportDistrict d = report_district();
  CriterionMatrix m = criterion_matrix(d.input());
  REQUIRE(m.criteria.size() == 1);
  const CriterionLoss& a = m.criteria[0];
  CHECK(a.id == "a");
  CHECK(a.lost == Rational(85));  // 3 x 5 + 3 x 20 + 2 x 5
  CHECK(a.meetings == 8);
  CHECK(a.meetings_losing == 8);
  CHECK(a.district_share == Approx(85.0 / 8 / 100));
  REQUIRE(m.groups.size() == 1);
  CHECK(m.groups[0].id == "DB1");
  CHECK(a.group_share == std::vector<double>{a.district_share});
}

// An item left off a meeting's sheet (not applicable, rescaled) lost nothing
// there; where it applied and scored 0 it lost its points, which the matrix
// counts (a 0 was taken for "did not apply" while the store kept points only).
TEST_CASE("the matrix counts an item that applied and scored 0, not one left off the sheet") {
  ReportDistrict d;
  d.r = compile_text(left_off_ruleset(false));
  REQUIRE(d.r);
  d.units = make_units({{"A", UnitType::Residential}});
  d.store = std::make_unique<MeetingStore>(*d.r, d.units, std::vector<int>{}, true);
  REQUIRE(keep(*d.r, *d.store, "A", "2024-01-10", "90") == "");                    // cd left off
  REQUIRE(keep(*d.r, *d.store, "A", "2024-02-20", "90", "thematic", "40") == "");  // cd 0 of 10
  REQUIRE(keep(*d.r, *d.store, "A", "2024-03-20", "90", "thematic") == "");        // cd 10 of 10
  d.ranking = rank_cells(*d.r, d.units, *d.store, Period{2024, 1}, GroupBy::None);
  CriterionMatrix m = criterion_matrix(d.input());
  REQUIRE(m.criteria.size() == 2);
  const CriterionLoss& cd = m.criteria[0];  // the most lost first
  CHECK(cd.id == "cd");
  CHECK(cd.lost == Rational(10));
  CHECK(cd.meetings == 2);
  CHECK(cd.meetings_losing == 1);
  CHECK(cd.district_share == Approx(10.0 / 2 / 10));
  CHECK(m.criteria[1].id == "a");
  CHECK(m.criteria[1].meetings == 3);
  CHECK(m.criteria[1].lost == Rational(0));
}

// An item no meeting of the period was scored on (left off every regular
// meeting's sheet, in a quarter with no thematic meeting) has no share: the
// page's district column said it lost 0% where it was never scored.
TEST_CASE("an item no meeting was scored on has no district share") {
  ReportDistrict d;
  d.r = compile_text(left_off_ruleset(false));
  REQUIRE(d.r);
  d.units = make_units({{"A", UnitType::Residential}});
  d.store = std::make_unique<MeetingStore>(*d.r, d.units, std::vector<int>{}, true);
  REQUIRE(keep(*d.r, *d.store, "A", "2024-01-10", "90") == "");  // cd left off
  d.ranking = rank_cells(*d.r, d.units, *d.store, Period{2024, 1}, GroupBy::None);
  CriterionMatrix m = criterion_matrix(d.input());
  REQUIRE(m.criteria.size() == 2);
  const CriterionLoss& cd = m.criteria[0].id == "cd" ? m.criteria[0] : m.criteria[1];
  CHECK(cd.meetings == 0);
  CHECK(cd.district_share < 0);
  CHECK(cd.group_share == std::vector<double>{-1});
  const CriterionLoss& a = m.criteria[0].id == "a" ? m.criteria[0] : m.criteria[1];
  CHECK(a.district_share == Approx(0));
}
