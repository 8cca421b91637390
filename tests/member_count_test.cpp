#include "member_count.h"

#include <catch2/catch.hpp>

namespace chibo {
namespace {

TEST_CASE("member_count reads digits and thousands as a Vietnamese sheet writes them") {
  CHECK(member_count("18") == 18);
  CHECK(member_count("0") == 0);
  CHECK(member_count("1250") == 1250);
  CHECK(member_count("1.250") == 1250);
  CHECK(member_count("1 250") == 1250);
  CHECK(member_count("12.345.678") == 12345678);
  CHECK(member_count("999999999") == 999999999);
  CHECK(member_count("1.250 000") == 1250000);  // either separator, each group of three
}

TEST_CASE("member_count refuses what is not a whole count") {
  CHECK_FALSE(member_count(""));
  CHECK_FALSE(member_count("-3"));
  CHECK_FALSE(member_count("+3"));
  CHECK_FALSE(member_count("18,5"));
  CHECK_FALSE(member_count("18 đv"));
  CHECK_FALSE(member_count("1000000000"));  // ten digits
  CHECK_FALSE(member_count("1.25"));        // a group of two
  CHECK_FALSE(member_count("1.2500"));      // a group of four
  CHECK_FALSE(member_count("1250.000"));    // four before the first separator
  CHECK_FALSE(member_count(".250"));
  CHECK_FALSE(member_count("1..250"));
  CHECK_FALSE(member_count("1.250 "));
}

TEST_CASE("member_count_mend offers the number alone when a word follows it") {
  CHECK(member_count_mend("18 đv") == "; hãy chỉ ghi con số: '18'");
  CHECK(member_count_mend("18đảng viên") == "; hãy chỉ ghi con số: '18'");
  CHECK(member_count_mend("22   dv") == "; hãy chỉ ghi con số: '22'");
  CHECK(member_count_mend("18") == "");
  CHECK(member_count_mend("đv 18") == "");
  CHECK(member_count_mend("18,5") == "");
  CHECK(member_count_mend("18 ") == "");
}

}  // namespace
}  // namespace chibo
