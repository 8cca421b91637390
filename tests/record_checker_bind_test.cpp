// RecordChecker::bind, what it says of a header as a whole: the unknown
// names said one by one up to a number, and a header naming nothing the
// ruleset knows (another table picked by mistake) said in one message.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "chibo/record_checker.h"
#include "record_checker_fixture.h"
#include "scoring_fixture.h"

using chibo::testing::compile_text;
using chibo::testing::kRuleset;

namespace {

// What bind() says of a header of these names (x.csv, line 1), for
// kRuleset, as printed; each_record: a YAML meeting's keys.
std::vector<std::string> said(const std::vector<std::string>& names, bool each_record = false) {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  chibo::RecordChecker checker(*r);
  chibo::Diagnostics diags;
  checker.bind(names, {"x.csv", 1, 0}, diags, each_record);
  std::vector<std::string> out;
  for (const auto& d : diags.items()) out.push_back(chibo::format_diagnostic(d));
  return out;
}

const std::string kNotRecords =
    ": tệp này có phải là bản ghi sinh hoạt chi bộ không? Bản ghi cần cột 'cell_id' (hay 'Mã "
    "chi bộ'), cột 'date' (hay 'Ngày sinh hoạt') và các cột của bộ tiêu chí; lệnh 'chibo "
    "template' tạo một tệp mẫu đủ cột";

}  // namespace

TEST_CASE("bind: a header naming nothing the ruleset knows is said in one message") {
  CHECK(said({"Họ và tên", "Năm sinh", "", "Quê quán"}) ==
        std::vector<std::string>{"x.csv:1: error: dòng tiêu đề không có cột nào của bộ tiêu chí "
                                 "t (các cột: 'Họ và tên', 'Năm sinh', 'Quê quán')" +
                                 kNotRecords});
  CHECK(said({"a", "b", "c", "d", "e", "f", "g"}) ==
        std::vector<std::string>{"x.csv:1: error: dòng tiêu đề không có cột nào của bộ tiêu chí "
                                 "t (các cột: 'a', 'b', 'c', 'd', 'e' và 2 cột khác)" +
                                 kNotRecords});
  // A long name by its first 60 bytes, cut where a letter starts.
  CHECK(said({std::string(58, 'a') + "ồ ghi chú", "b"}) ==
        std::vector<std::string>{"x.csv:1: error: dòng tiêu đề không có cột nào của bộ tiêu chí "
                                 "t (các cột: '" +
                                 std::string(58, 'a') + "…', 'b')" + kNotRecords});
  CHECK(said({"", ""}) ==
        std::vector<std::string>{"x.csv:1: error: dòng tiêu đề không có cột nào của bộ tiêu chí "
                                 "t (các cột không có tên)" +
                                 kNotRecords});
}

TEST_CASE("bind: the rows of a header naming nothing known still say what they lack") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  chibo::RecordChecker checker(*r);
  chibo::Diagnostics diags;
  checker.bind({"Họ và tên", "Năm sinh"}, {"x.csv", 1, 0}, diags);
  chibo::MeetingRecord rec;
  std::string why;
  CHECK_FALSE(checker.check({"Nguyễn Văn A", "1970"}, {"x.csv", 2, 0}, rec, why));
  CHECK(why == "thiếu cột 'cell_id'; thiếu cột 'date'");
}

// One name the ruleset knows, or one near a name it knows: the header is the
// records', mistyped or short of columns, and each name is said as before.
TEST_CASE("bind: a header with one known or near name is said name by name") {
  CHECK(said({"Họ và tên", "cell_id"}) ==
        std::vector<std::string>{
            "x.csv:1: warning: cột 'Họ và tên' không có trong bộ tiêu chí t, bỏ qua",
            "x.csv:1: error: thiếu cột 'date'",
            "x.csv:1: error: thiếu cột 'members' (Tổng số "
            "đảng viên)",
            "x.csv:1: error: thiếu cột 'present' (Có mặt)",
            "x.csv:1: error: thiếu cột 'done' (Tỷ lệ hoàn thành)",
            "x.csv:1: error: thiếu cột 'draft' (Dự thảo nghị quyết)"});
  const std::vector<std::string> near = said({"Họ và tên", "celll_id"});
  REQUIRE(near.size() > 2);
  CHECK(near[1] ==
        "x.csv:1: warning: cột 'celll_id' không có trong bộ tiêu chí t, bỏ qua; có phải là "
        "'cell_id'?");
}

TEST_CASE("bind: unknown names past the tenth are counted in one line") {
  std::vector<std::string> names = {"cell_id", "date", "members", "present", "done", "draft"};
  for (int i = 1; i <= 14; ++i) names.push_back("ghi chú " + std::to_string(i));
  const std::vector<std::string> out = said(names);
  REQUIRE(out.size() == 11);
  CHECK(out[0] == "x.csv:1: warning: cột 'ghi chú 1' không có trong bộ tiêu chí t, bỏ qua");
  CHECK(out[9] == "x.csv:1: warning: cột 'ghi chú 10' không có trong bộ tiêu chí t, bỏ qua");
  CHECK(out[10] == "x.csv:1: warning: và 4 cột khác không có trong bộ tiêu chí t, bỏ qua");
  // Counted as every count is written: with the thousands' dots.
  for (int i = 15; i <= 1'234; ++i) names.push_back("ghi chú " + std::to_string(i));
  CHECK(said(names).back() ==
        "x.csv:1: warning: và 1.224 cột khác không có trong bộ tiêu chí t, bỏ qua");
}

// A YAML meeting's keys are bound one meeting at a time: its unknown keys
// are said as such, and what it lacks with its record.
TEST_CASE("bind: a YAML meeting of unknown keys is said key by key") {
  const std::vector<std::string> out = said({"ten", "tuoi"}, true);
  REQUIRE(out.size() == 8);
  CHECK(out[0] == "x.csv:1: warning: khóa 'ten' không có trong bộ tiêu chí t, bỏ qua");
  CHECK(out[1] == "x.csv:1: warning: khóa 'tuoi' không có trong bộ tiêu chí t, bỏ qua");
  CHECK(out[2] == "x.csv:1: error: thiếu khóa 'cell_id'");
  CHECK(out[7] == "x.csv:1: error: thiếu khóa 'draft' (Dự thảo nghị quyết)");
}
