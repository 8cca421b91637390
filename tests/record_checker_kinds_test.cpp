// A record's kind column as the checker takes it (the texts a kind is read
// from: meeting_kind_test.cpp), and the hint for a combined meeting (kind_hint).
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
          "bộ tiêu chí không chấm loại sinh hoạt 'thematic' (chuyên đề), chỉ chấm loại 'regular' "
          "(thường kỳ)");
  }
  for (const char* other : {"chuyên", "thường kỳ.", "SH", "T K"}) {
    INFO(other);
    CHECK(score_fields(*r, fields(other)).why ==
          fmt::format("cột 'kind': '{}' không phải là loại sinh hoạt (regular: thường kỳ, hoặc "
                      "thematic: chuyên đề)",
                      other));
  }
}

TEST_CASE("a kind naming a combined meeting is told to write thường kỳ") {
  std::string yaml = kRuleset;
  const std::string level = "  level: {type: choice";
  yaml.insert(yaml.find(level),
              "  combined: {type: yesno, default: no, label: Kết hợp chuyên đề}\n");
  yaml +=
      "kinds: [regular, thematic]\nrollup: {counts_as_thematic: combined, "
      "thematic_per_quarter: 1, quarter: {by: mean}, year: {by: mean}}\n";
  auto r = compile_text(yaml);
  REQUIRE(r);
  const std::string tail =
      " không phải là loại sinh hoạt (regular: thường kỳ, hoặc thematic: chuyên đề); sinh hoạt "
      "thường kỳ kết hợp chuyên đề là loại thường kỳ: hãy ghi 'thường kỳ'";
  auto why = [&](const char* kind) {
    return score_fields(*r, {{"kind", kind},
                             {"members", "20"},
                             {"present", "19"},
                             {"done", "93,5"},
                             {"draft", "có"},
                             {"combined", ""}})
        .why;
  };
  const std::string input = " và ghi 'có' ở cột 'combined' (Kết hợp chuyên đề)";
  CHECK(why("thường kỳ kết hợp chuyên đề") ==
        "cột 'kind': 'thường kỳ kết hợp chuyên đề'" + tail + input);
  CHECK(why("Kết hợp") == "cột 'kind': 'Kết hợp'" + tail + input);
  CHECK(why("chuyen de + thuong ky") == "cột 'kind': 'chuyen de + thuong ky'" + tail + input);
  // Any other kind refused gets no such hint.
  CHECK(why("chuyên đề 2") ==
        "cột 'kind': 'chuyên đề 2' không phải là loại sinh hoạt (regular: thường kỳ, hoặc "
        "thematic: chuyên đề)");
}
