#include "chibo/sha256.h"

#include <catch2/catch.hpp>

#include "chibo/score_writer.h"
#include "rollup_fixture.h"

TEST_CASE("sha256_hex gives the standard digests") {
  CHECK(chibo::sha256_hex("") ==
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(chibo::sha256_hex("abc") ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("a ruleset is named by the hash of its resolved text: a changed number changes it") {
  auto a = chibo::testing::compile_text(chibo::testing::points_ruleset("  quarter: {by: mean}\n"));
  auto b = chibo::testing::compile_text(
      chibo::testing::points_ruleset("  quarter: {by: mean}\n", "ranking: {tie_break: [total]}\n"));
  REQUIRE(a);
  REQUIRE(b);
  CHECK(chibo::ruleset_of(*a).content_hash.size() == 64);
  CHECK(chibo::ruleset_of(*a).content_hash != chibo::ruleset_of(*b).content_hash);
  CHECK(chibo::ruleset_stamp(*a) ==
        "bộ tiêu chí t phiên bản 1, sha256 " + chibo::ruleset_of(*a).content_hash.substr(0, 12));
}
