// escapes_as_utf8: the bytes yaml-cpp gives for \N and \_ (0x85, 0xA0)
// written as U+0085 and U+00A0 in UTF-8; a value that is UTF-8 untouched.
#include "yaml_escapes.h"

#include <catch2/catch.hpp>

using chibo::escapes_as_utf8;

TEST_CASE("escapes_as_utf8: the bytes yaml-cpp reads two escapes as, as their characters",
          "[yaml_escapes]") {
  CHECK(escapes_as_utf8("T\xe1\xbb\x91t\xa0l\xe1\xba\xafm") ==
        "T\xe1\xbb\x91t\xc2\xa0l\xe1\xba\xafm");  // Tốt\_lắm
  CHECK(escapes_as_utf8("a\x85"
                        "b\x85") ==
        "a\xc2\x85"
        "b\xc2\x85");  // \N twice
  CHECK(escapes_as_utf8("\xa0") == "\xc2\xa0");
}

TEST_CASE("escapes_as_utf8: a value that is UTF-8 is left as it is", "[yaml_escapes]") {
  CHECK_FALSE(escapes_as_utf8("").has_value());
  CHECK_FALSE(escapes_as_utf8("Tốt lắm").has_value());
  CHECK_FALSE(escapes_as_utf8("\xc2\x85").has_value());  // U+0085 written as such
}
