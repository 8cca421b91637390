#include "chibo/report_input.h"

#include <catch2/catch.hpp>

using chibo::RejectedList;

// A wrong units list rejects every record: the list keeps the first few
// with their reasons and counts them all, the unlisted cells' apart.
TEST_CASE("a rejected list lists the first records and counts every one") {
  RejectedList list(2);
  CHECK(list.has_room());
  list.add({"m.csv", 2, 0}, "sai");
  list.cell_of_last("A", true);
  list.add({"m.csv", 3, 0}, "không có trong danh sách");
  list.cell_of_last("Z", false);
  CHECK_FALSE(list.has_room());
  list.add({"m.csv", 4, 0}, "không có trong danh sách");
  list.cell_of_last("Y", false);
  list.add({"m.csv", 5, 0}, "dòng có 3 ô");  // its cell not read: no cell_of_last
  REQUIRE(list.listed().size() == 2);
  CHECK(list.listed()[0].where.line == 2);
  CHECK(list.listed()[0].cell_id == "A");
  CHECK(list.listed()[1].why == "không có trong danh sách");
  CHECK(list.listed()[1].cell_id == "Z");
  CHECK(list.total() == 4);
  CHECK(list.not_listed() == 2);
  CHECK(list.unlisted() == 2);  // Z and Y; A is listed, line 5's cell unknown
}

TEST_CASE("a rejected list's cell is the last record's only while it is listed") {
  RejectedList list(1);
  list.add({"m.csv", 2, 0}, "sai");
  list.add({"m.csv", 3, 0}, "sai");
  list.cell_of_last("B", true);  // line 3's, not listed: line 2's cell stays unread
  CHECK(list.listed()[0].cell_id == "");
  CHECK(list.unlisted() == 0);
  list.cell_of_last("", false);  // a cell not read is no unlisted cell
  CHECK(list.unlisted() == 0);
  CHECK(RejectedList().total() == 0);
  CHECK(RejectedList().has_room());
}
