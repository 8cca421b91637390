// A record's kind column as the checker takes it (the texts a kind is read
// from: meeting_kind_test.cpp; the hint for a combined meeting:
// record_checker_hints_test.cpp).
#include "chibo/record_checker.h"

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "record_checker_fixture.h"
#include "scoring_fixture.h"

using chibo::testing::compile_text;
using chibo::testing::good;
using chibo::testing::kRuleset;
using chibo::testing::score_fields;

TEST_CASE("a kind column is read (blank or spaced as regular) and one that is no kind is told") {
  auto r = compile_text(kRuleset);  // scores regular meetings only
  REQUIRE(r);
  auto fields = [](const char* kind) {
    auto f = good();
    f.emplace_back("kind", kind);
    return f;
  };
  for (const char* regular : {"regular", "", " thường kỳ ", "THƯỜNG KỲ", "sh tk"}) {
    INFO(regular);
    CHECK(score_fields(*r, fields(regular)).ok);
  }
  for (const char* thematic : {"thematic", " Chuyên đề", "CĐ"}) {
    INFO(thematic);
    CHECK(score_fields(*r, fields(thematic)).why ==
          "bộ tiêu chí không chấm sinh hoạt chuyên đề (thematic), chỉ chấm sinh hoạt thường kỳ "
          "(regular)");
  }
  for (const char* other : {"chuyên", "thường kỳ.", "SH", "T K"}) {
    INFO(other);
    CHECK(score_fields(*r, fields(other)).why ==
          fmt::format("cột 'kind': '{}' không phải là loại sinh hoạt (regular: thường kỳ, hoặc "
                      "thematic: chuyên đề)",
                      other));
  }
}
