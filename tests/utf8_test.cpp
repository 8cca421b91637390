#include "utf8.h"

#include <catch2/catch.hpp>

TEST_CASE("invalid UTF-8 is found at its byte offset") {
  CHECK_FALSE(chibo::find_invalid_utf8("Hòa Bình"));
  CHECK(chibo::find_invalid_utf8("ab\xFF") == 2u);
  CHECK(chibo::find_invalid_utf8("a\xC3") == 1u);         // truncated sequence
  CHECK(chibo::find_invalid_utf8("\xC0\xAF") == 0u);      // overlong '/'
  CHECK(chibo::find_invalid_utf8("\xED\xA0\x80") == 0u);  // surrogate
}

TEST_CASE("text is normalised to NFC") {
  // "ò" as o + combining grave becomes the precomposed U+00F2.
  CHECK(chibo::to_nfc("Ho\xCC\x80"
                      "a") ==
        "H\xC3\xB2"
        "a");
  CHECK(chibo::to_nfc("plain") == "plain");
}
