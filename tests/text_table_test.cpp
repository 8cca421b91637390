#include "text_table.h"

#include <sstream>

#include <catch2/catch.hpp>

TEST_CASE("columns line up by characters, not bytes") {
  chibo::TextTable t;
  t.add_row({"Chi bộ", "Điểm"});
  t.add_row({"A", "9,5"});
  t.right_aligned = {1};
  std::ostringstream out;
  t.write(out);
  CHECK(out.str() == "Chi bộ  Điểm\nA        9,5\n");
  CHECK(chibo::display_width("Tốt") == 3);
}
