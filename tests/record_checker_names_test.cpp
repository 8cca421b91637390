// The names a records header gives its columns (record_checker_names.cpp):
// cell_id, the date and the kind, the claims' columns, and the guess said
// for a name the ruleset does not know.
#include "chibo/record_checker.h"

#include <string>
#include <vector>

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "record_checker_fixture.h"
#include "scoring_fixture.h"

using chibo::Diagnostics;
using chibo::testing::bound;
using chibo::testing::compile_text;

// A Vietnamese name with an accent or a space amiss, or cut short, is
// pointed to; another name of the same shape ('Tên chi bộ') is not.
TEST_CASE("columns: a misspelt or shortened Vietnamese name gets its hint") {
  std::vector<std::string> messages;
  // ("Tự  chấm", two spaces, is the self-score's column: one space between words.)
  for (const auto& d : bound({"cell_id", "date", "Tự chầm", "Tu cham", "Tự  chấm", "Tỷ lệ",
                              "Tỷ lệ hoàn", "Tên chi bộ", "Dự thào nghị quyết"})) {
    messages.push_back(chibo::format_diagnostic(d));
  }
  auto unknown = [](const char* name, const char* hint) {
    return fmt::format("x.csv:1: warning: cột '{}' không có trong bộ tiêu chí t, bỏ qua{}", name,
                       hint);
  };
  CHECK(messages == std::vector<std::string>{
                        unknown("Tự chầm", "; có phải là 'Tự chấm'?"),
                        unknown("Tu cham", "; có phải là 'Tự chấm'?"),
                        unknown("Tỷ lệ", "; có phải là 'Tỷ lệ hoàn thành'?"),
                        unknown("Tỷ lệ hoàn", "; có phải là 'Tỷ lệ hoàn thành'?"),
                        unknown("Tên chi bộ", ""),
                        unknown("Dự thào nghị quyết", "; có phải là 'Dự thảo nghị quyết'?"),
                        "x.csv:1: error: thiếu cột 'members' (Tổng số đảng viên)",
                        "x.csv:1: error: thiếu cột 'present' (Có mặt)",
                        "x.csv:1: error: thiếu cột 'done' (Tỷ lệ hoàn thành)",
                        "x.csv:1: error: thiếu cột 'draft' (Dự thảo nghị quyết)"});
}

// A name longer than any the ruleset knows (a megabyte of NUL bytes read as
// a header) is compared with none of them: no hint, and no time spent.
TEST_CASE("columns: a name far longer than every known one gets no hint") {
  const std::string long_name(100000, 'x');
  const std::vector<chibo::Diagnostic> said = bound({"cell_id", "date", long_name});
  REQUIRE_FALSE(said.empty());
  CHECK(said[0].message == "cột '" + long_name + "' không có trong bộ tiêu chí t, bỏ qua");
}

// A criterion's claim column is read up to the criterion's maximum, the
// largest of the forms that have it (c: 20 on one sheet, 40 on the other),
// and a criterion of one form alone (b) has its columns too.
TEST_CASE("a criterion's claim is read up to its largest maximum across the forms") {
  auto r = compile_text(chibo::testing::kTwoFormsRuleset);
  REQUIRE(r);
  chibo::RecordChecker checker(*r);
  Diagnostics diags;
  checker.bind({"cell_id", "date", "ok", "self.c", "reviewer.b"}, {"x.csv", 1, 0}, diags);
  CHECK(diags.items().empty());
  chibo::MeetingRecord rec;
  std::string why;
  CHECK(checker.check({"C1", "2024-01-05", "có", "40", "60"}, {"x.csv", 2, 0}, rec, why));
  CHECK(why == "");
  CHECK(rec.claims.size() == 2);
  CHECK(checker.check({"C1", "2024-01-05", "có", "41", "61"}, {"x.csv", 3, 0}, rec, why));
  CHECK(why ==
        "cột 'self.c': 41 lớn hơn mức tối đa 40; cột 'reviewer.b': 61 lớn hơn mức tối đa 60 (các "
        "điểm này bị bỏ qua khi kiểm tra tự chấm; bản ghi vẫn được chấm điểm)");
}

// A name cut short at a word's end is hinted when it is two words at least
// and a third of the label: 'Tổng' alone names nothing.
TEST_CASE("a name cut short to one word gets no hint, to two or more its label") {
  std::vector<std::string> messages;
  for (const auto& d : bound({"cell_id", "date", "Tổng", "Tổng điểm chi"})) {
    messages.push_back(chibo::format_diagnostic(d));
  }
  CHECK(messages ==
        std::vector<std::string>{
            "x.csv:1: warning: cột 'Tổng' không có trong bộ tiêu chí t, bỏ qua",
            "x.csv:1: warning: cột 'Tổng điểm chi' không có trong bộ tiêu chí t, bỏ qua; có phải "
            "là 'Tổng điểm chi bộ tự chấm'?",
            "x.csv:1: error: thiếu cột 'members' (Tổng số đảng viên)",
            "x.csv:1: error: thiếu cột 'present' (Có mặt)",
            "x.csv:1: error: thiếu cột 'done' (Tỷ lệ hoàn thành)",
            "x.csv:1: error: thiếu cột 'draft' (Dự thảo nghị quyết)"});
}
