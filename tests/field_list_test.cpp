#include "chibo/field_list.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

using chibo::FieldList;

TEST_CASE("a field list holds its fields one after another and reads them back as views") {
  FieldList f;
  CHECK(f.empty());
  f.add("C1");
  f.add("");
  f.start();  // a field built piece by piece
  f.append("93", 2);
  f.push_back(',');
  f.append("5x", 1);
  f.start();  // an empty one opened last
  REQUIRE(f.size() == 4);
  CHECK(f[0] == "C1");
  CHECK(f[1].empty());
  CHECK(f[2] == "93,5");
  CHECK(f[3].empty());
  CHECK(f.text() == "C193,5");
  CHECK(f.ends() == std::vector<std::size_t>{2, 2, 6, 6});
  CHECK(f.strings() == std::vector<std::string>{"C1", "", "93,5", ""});
  CHECK(f == FieldList{"C1", "", "93,5", ""});
  CHECK_FALSE(f == FieldList{"C1", "93,5", "", ""});  // same text, other ends
  f.clear();
  CHECK(f.empty());
  CHECK(f.text().empty());
  f.add("x");
  CHECK(f.strings() == std::vector<std::string>{"x"});
}
