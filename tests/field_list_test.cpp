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
  REQUIRE(f.spans().size() == 4);
  CHECK(f.spans()[2].begin == 2);
  CHECK(f.spans()[2].end == 6);
  CHECK(f.strings() == std::vector<std::string>{"C1", "", "93,5", ""});
  CHECK(f == FieldList{"C1", "", "93,5", ""});
  CHECK_FALSE(f == FieldList{"C1", "93,5", "", ""});  // same text, other fields
  f.clear();
  CHECK(f.empty());
  CHECK(f.text().empty());
  f.add("x");
  CHECK(f.strings() == std::vector<std::string>{"x"});
}

TEST_CASE("a line copied whole keeps its separators between the fields") {
  FieldList f;
  const std::string line = "C1,,93.5,x";
  f.assign_text(line.data(), line.size());
  f.add_span(0, 2);
  f.add_span(3, 3);
  f.add_span(4, 8);
  f.add_span(9, 10);
  CHECK(f.text() == line);
  CHECK(f.strings() == std::vector<std::string>{"C1", "", "93.5", "x"});
  CHECK(f == FieldList{"C1", "", "93.5", "x"});  // the same fields, packed otherwise
  CHECK_FALSE(f == FieldList{"C1", "", "93.5"});
}

TEST_CASE("a list of empty fields, or of spaces and tabs, is blank") {
  CHECK(chibo::FieldList{}.blank());
  CHECK(chibo::FieldList{"", "", ""}.blank());
  CHECK(chibo::FieldList{" ", "\t", ""}.blank());
  CHECK_FALSE(chibo::FieldList{"", "", "x"}.blank());
  CHECK_FALSE(chibo::FieldList{"CP-01", ""}.blank());
  CHECK_FALSE(chibo::FieldList{" ", "\xC2\xA0"}.blank());  // a no-break space is text here
}
