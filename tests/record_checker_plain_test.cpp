// RecordChecker's plain fields (a yes/no, a choice's id, a few digits within
// an input's bounds, read first from a list made at bind): held against the
// general reading of the same values, wherever their columns are.
#include "chibo/record_checker.h"

#include <catch2/catch.hpp>

#include "record_checker_fixture.h"
#include "scoring_fixture.h"

using chibo::Diagnostics;
using chibo::testing::compile_text;
using chibo::testing::kRuleset;
using chibo::testing::score_fields;

TEST_CASE("plain fields read first agree with the general reading, wherever the column is") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  // The inputs once among the first columns, once after 130 ignored ones
  // (past those whose reading is settled first, so read the general way).
  for (std::size_t padding : {std::size_t{0}, std::size_t{130}}) {
    CAPTURE(padding);
    std::vector<std::string> names = {"cell_id", "date"};
    for (std::size_t i = 0; i < padding; ++i) names.push_back("ghi_chu_" + std::to_string(i));
    for (const char* n : {"members", "present", "done", "draft", "level"}) names.push_back(n);
    chibo::RecordChecker checker(*r);
    Diagnostics diags;
    checker.bind(names, {"x.csv", 1, 0}, diags);
    auto row = [&](std::vector<std::string> inputs) {
      std::vector<std::string> values = {"C1", "2024-01-05"};
      values.resize(2 + padding);
      values.insert(values.end(), inputs.begin(), inputs.end());
      return values;
    };
    chibo::MeetingRecord rec;
    std::string why;
    // Spaces around plain values, a decimal and a label the general way.
    REQUIRE(
        checker.check(row({" 20", "19 ", "93,5", " không ", "Tốt"}), {"x.csv", 2, 0}, rec, why));
    CHECK(rec.inputs == std::vector<chibo::Rational>{20, 19, *chibo::Rational::make(187, 2), 0, 0});
    // The same record again: every value is written afresh.
    REQUIRE(checker.check(row({"7", "7", "100", "có", ""}), {"x.csv", 3, 0}, rec, why));
    CHECK(rec.inputs == std::vector<chibo::Rational>{7, 7, 100, 1, 1});
    // Plain values beside bad ones: the problems in input order, as before.
    CHECK_FALSE(checker.check(row({"61", "19", "x", "có", ""}), {"x.csv", 4, 0}, rec, why));
    CHECK(why ==
          "cột 'members' (Tổng số đảng viên): 61 lớn hơn mức tối đa 60; "
          "cột 'done' (Tỷ lệ hoàn thành): 'x' không phải là số");
    // Text that is not UTF-8 in any column is named first, and alone.
    CHECK_FALSE(checker.check(row({"20", "\xff", "", "c\xf3", ""}), {"x.csv", 5, 0}, rec, why));
    CHECK(why ==
          "cột 'present' (Có mặt): không phải văn bản UTF-8 (byte thứ 1 của ô); cột 'draft' (Dự "
          "thảo nghị quyết): không phải văn bản UTF-8 (byte thứ 2 của ô); hãy lưu tệp dạng CSV "
          "UTF-8");
  }
}

TEST_CASE("plain digits are read within an input's bounds, whole or not") {
  auto r = compile_text(
      "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
      "scale: 100\ninputs:\n"
      "  rate: {type: number, min: 0.5, max: 10.5, label: Tỷ lệ}\n"
      "  count: {type: integer, label: Số}\n"
      "criteria:\n  - {id: a, label: A, max: 100, formula: rate + count}\n"
      "grades:\n  - {id: dat, label: Đạt, from: 50}\n  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(r);
  struct Case {
    const char* rate;
    const char* count;
    const char* why;
  } cases[] = {
      {"1", "0", ""},
      {"10", "999999999", ""},
      {"0", "0", "cột 'rate' (Tỷ lệ): 0 nhỏ hơn mức tối thiểu 0,5"},
      {"11", "0", "cột 'rate' (Tỷ lệ): 11 lớn hơn mức tối đa 10,5"},
      {"10,5", "1234567890", ""},  // ten digits: read the general way
      {"010", "-3", ""},           // leading zero; a sign: the general way
  };
  for (const Case& c : cases) {
    CAPTURE(c.rate, c.count);
    auto s = score_fields(*r, {{"rate", c.rate}, {"count", c.count}});
    CHECK(s.why == c.why);
  }
}

TEST_CASE("a record whose plain fields are all plain still has its other columns checked") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  // 'present' has no column (a required input missing from every row), a
  // note column is ignored, 'level' is a choice (never a plain field).
  chibo::RecordChecker checker(*r);
  Diagnostics diags;
  checker.bind({"cell_id", "date", "ghi_chu", "members", "done", "draft", "level"}, {"x.csv", 1, 0},
               diags);
  chibo::MeetingRecord rec;
  std::string why;
  // Every plain field plain: the note's bytes, the choice and the missing
  // input are still looked at, in the order of a record with one that is not.
  for (const char* members : {"20", "20.0"}) {
    CAPTURE(members);
    CHECK_FALSE(checker.check(
        std::vector<std::string>{"C1", "2024-01-05", "ghi \xff", members, "93", "có", "Tốt"},
        {"x.csv", 2, 0}, rec, why));
    CHECK(why ==
          "cột 'ghi_chu': không phải văn bản UTF-8 (byte thứ 5 của ô); hãy lưu tệp dạng CSV "
          "UTF-8");
    CHECK_FALSE(
        checker.check(std::vector<std::string>{"C1", "2024-01-05", "", members, "93", "có", "Giỏi"},
                      {"x.csv", 3, 0}, rec, why));
    CHECK(why ==
          "thiếu cột 'present' (Có mặt); cột 'level' (Mức): 'Giỏi' không phải là một lựa chọn "
          "(tot (Tốt), kha (Khá))");
  }
}
