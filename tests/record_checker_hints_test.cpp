// RecordChecker's hints for a row already rejected (record_checker_hints.cpp):
// the cells past the header's columns, a decimal comma that split a row, a
// cell merged down a column, a regular meeting combined with a thematic one,
// a row that repeats the header, a kind typed with the Vietnamese keyboard off.
#include "chibo/record_checker.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "date.h"
#include "record_checker_fixture.h"
#include "scoring_fixture.h"

using chibo::Diagnostics;
using chibo::testing::compile_text;
using chibo::testing::good;
using chibo::testing::kRuleset;
using chibo::testing::score_fields;

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

// Two months' files joined into one: the second's header row, its byte order
// mark and all, is said to be one, as a record it is not, its month not told.
// A row that only looks like it (a value of its own) keeps its own faults.
TEST_CASE("columns: a row repeating the header is said to be one") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  chibo::RecordChecker checker(*r);
  Diagnostics diags;
  const std::vector<std::string> header = {"cell_id", "date", "Tổng số đảng viên",
                                           "present", "done", "draft"};
  checker.bind(header, {"x.csv", 1, 0}, diags);
  chibo::MeetingRecord rec;
  std::string why;
  const std::string repeated =
      "dòng này lặp lại dòng tiêu đề, không phải một bản ghi (hai tệp được nối vào nhau?): hãy "
      "xóa dòng này";
  CHECK_FALSE(checker.check(header, {"x.csv", 9, 0}, rec, why));
  CHECK(why == repeated);
  CHECK(rec.cell_id.empty());
  CHECK(rec.date == chibo::kNoDate);
  std::vector<std::string> marked = header;
  marked[0] = "\xEF\xBB\xBF" + marked[0];
  marked[2] = " " + marked[2] + " ";
  CHECK_FALSE(checker.check(marked, {"x.csv", 9, 0}, rec, why));
  CHECK(why == repeated);
  std::vector<std::string> own = header;
  own[0] = "C1";
  CHECK_FALSE(checker.check(own, {"x.csv", 9, 0}, rec, why));
  CHECK(why.starts_with("cột 'date': 'date' không phải là ngày"));
}

// The first cell past the header that holds something is named by its
// place and its column's letters, past Z as Excel names them (AB, AAA), with
// the start of what it holds: its first 60 bytes, cut where a letter starts.
TEST_CASE("a row's cells past the header are named by their column, a long note by its start") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  chibo::RecordChecker checker(*r);
  Diagnostics diags;
  checker.bind({"cell_id", "date", "members", "present", "done", "draft"}, {"x.csv", 1, 0}, diags);
  std::string note = "x";
  for (int i = 0; i < 30; ++i) note += "ạ";  // 1 + 90 bytes
  chibo::MeetingRecord rec;
  std::string why;
  std::vector<std::string> row = {"C1", "2024-01-05", "20", "19", "90", "có"};
  row.resize(27, " ");
  row.push_back("  " + note + " ");
  CHECK_FALSE(checker.check(row, {"x.csv", 2, 0}, rec, why));
  std::string start = "x";
  for (int i = 0; i < 19; ++i) start += "ạ";  // 58 bytes: the 20th letter ends past 60
  CHECK(why ==
        "dòng có 28 ô nhưng tiêu đề có 6 cột (ô thứ 28 (cột AB), ngoài các cột của dòng "
        "tiêu đề (đến cột F), có '" +
            start +
            "': hãy xóa giá trị đó hoặc ghi tên cột cho nó ở dòng tiêu đề; trong tệp CSV, "
            "ô có dấu phân cách bên trong phải đặt trong ngoặc kép)");
  row.back() = "";
  row.resize(702, "");
  row.push_back("họp bù");
  CHECK_FALSE(checker.check(row, {"x.csv", 3, 0}, rec, why));
  CHECK(why ==
        "dòng có 703 ô nhưng tiêu đề có 6 cột (ô thứ 703 (cột AAA), ngoài các cột của dòng tiêu "
        "đề (đến cột F), có 'họp bù': hãy xóa giá trị đó hoặc ghi tên cột cho nó ở dòng tiêu đề; "
        "trong tệp CSV, ô có dấu phân cách bên trong phải đặt trong ngoặc kép)");
}

// A YAML meeting has no cell merged down a column: its empty cell_id or
// date is said without the hint a CSV row gets.
TEST_CASE("a YAML meeting's empty cell_id or date gets no merged-cell hint") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  const std::vector<std::string> keys = {"cell_id", "date", "members", "present", "done", "draft"};
  chibo::MeetingRecord rec;
  std::string why;
  const std::string merged =
      " (ô gộp với ô ở dòng trên trong Excel? tệp CSV chỉ giữ giá trị ở dòng đầu của ô gộp: hãy "
      "bỏ gộp ô và ghi giá trị ở mỗi dòng, hoặc đọc thẳng tệp .xlsx)";
  for (const bool yaml : {false, true}) {
    CAPTURE(yaml);
    chibo::RecordChecker checker(*r);
    Diagnostics diags;
    checker.bind(keys, {"x.yaml", 1, 0}, diags, yaml);
    const std::string word = yaml ? "khóa" : "cột";
    const std::string hint = yaml ? "" : merged;
    CHECK_FALSE(
        checker.check({"", "2024-01-05", "20", "19", "90", "có"}, {"x.yaml", 2, 0}, rec, why));
    CHECK(why == word + " 'cell_id' để trống" + hint);
    CHECK_FALSE(checker.check({"C1", "", "20", "19", "90", "có"}, {"x.yaml", 2, 0}, rec, why));
    CHECK(why == word + " 'date' để trống" + hint);
  }
}

// "thường kì" (an i for the y) beside "chuyên đề", in either order, is the
// combined meeting too; with no yes/no input that says it (kRuleset has
// none), the hint is to write 'thường kỳ' alone. "thường kỳ" with another
// word is no combined meeting.
TEST_CASE("a combined meeting however spelt gets the hint, another kind refused does not") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  auto why = [&](const char* kind) {
    auto f = chibo::testing::good();
    f.emplace_back("kind", kind);
    return score_fields(*r, f).why;
  };
  const std::string refused =
      " không phải là loại sinh hoạt (regular: thường kỳ, hoặc thematic: chuyên đề)";
  const std::string hint =
      "; sinh hoạt thường kỳ kết hợp chuyên đề là loại thường kỳ: hãy ghi "
      "'thường kỳ'";
  CHECK(why("Chuyên đề, thường kì") == "cột 'kind': 'Chuyên đề, thường kì'" + refused + hint);
  CHECK(why("SH thuong ki - chuyen de") ==
        "cột 'kind': 'SH thuong ki - chuyen de'" + refused + hint);
  CHECK(why("thường kỳ tháng 3") == "cột 'kind': 'thường kỳ tháng 3'" + refused);
}

// A header row joined below another file's in another Unicode form (a
// Vietnamese letter as its letter and its marks): still the header.
TEST_CASE("a row repeating the header in decomposed Unicode is said to be one") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  chibo::RecordChecker checker(*r);
  Diagnostics diags;
  checker.bind({"cell_id", "date", "Tổng số đảng viên", "present", "done", "draft"},
               {"x.csv", 1, 0}, diags);
  chibo::MeetingRecord rec;
  std::string why;
  // One header, its literal split so that the escape \x91 ends before 'a'.
  CHECK_FALSE(checker.check({"cell_id", "date",
                             // NOLINTNEXTLINE(bugprone-suspicious-missing-comma)
                             "To\xcc\x82\xcc\x89ng so\xcc\x82\xcc\x81 \xc4\x91"
                             "a\xcc\x89ng vie\xcc\x82n",
                             "present", "done", "draft"},
                            {"x.csv", 9, 0}, rec, why));
  CHECK(why ==
        "dòng này lặp lại dòng tiêu đề, không phải một bản ghi (hai tệp được nối vào nhau?): hãy "
        "xóa dòng này");
}

TEST_CASE("a kind typed with the Vietnamese keyboard off is refused asking for the words meant") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  auto why = [&](const char* kind) {
    auto f = good();
    f.emplace_back("kind", kind);
    return score_fields(*r, f).why;
  };
  CHECK(why("chuyeen ddeef") ==
        "cột 'kind': 'chuyeen ddeef' không phải là loại sinh hoạt (regular: thường kỳ, hoặc "
        "thematic: chuyên đề); có phải là 'chuyên đề'? ('chuyeen ddeef' là 'chuyên đề' gõ kiểu "
        "Telex khi chưa bật bộ gõ tiếng Việt)");
  CHECK(why("Thu7o7ng2 ky2") ==
        "cột 'kind': 'Thu7o7ng2 ky2' không phải là loại sinh hoạt (regular: thường kỳ, hoặc "
        "thematic: chuyên đề); có phải là 'Thường kỳ'? ('Thu7o7ng2 ky2' là 'Thường kỳ' gõ kiểu "
        "VNI khi chưa bật bộ gõ tiếng Việt)");
  CHECK(why("ddinhj kyf") ==
        "cột 'kind': 'ddinhj kyf' không phải là loại sinh hoạt (regular: thường kỳ, hoặc "
        "thematic: chuyên đề); có phải là 'định kỳ'? ('ddinhj kyf' là 'định kỳ' gõ kiểu Telex "
        "khi chưa bật bộ gõ tiếng Việt)");
  // Keys that make no kind: nothing asked.
  CHECK(why("chuyeen") ==
        "cột 'kind': 'chuyeen' không phải là loại sinh hoạt (regular: thường kỳ, hoặc "
        "thematic: chuyên đề)");
}
