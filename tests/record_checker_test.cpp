#include "chibo/record_checker.h"

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "compiled_ruleset_data.h"
#include "date.h"
#include "record_checker_fixture.h"
#include "scoring_fixture.h"

using chibo::Diagnostics;
using chibo::testing::compile_text;
using chibo::testing::good;
using chibo::testing::kRuleset;
using chibo::testing::score_fields;

TEST_CASE("a good record passes, with defaults filled") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  auto s = score_fields(*r, good());
  CHECK(s.why == "");
  CHECK(s.ok);
}

TEST_CASE("each bad field is named with its label and the reason, all at once") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  struct Case {
    const char* field;
    const char* value;
    const char* why;
  } cases[] = {
      {"members", "2x", "cột 'members' (Tổng số đảng viên): '2x' không phải là số nguyên"},
      {"members", "20,5", "cột 'members' (Tổng số đảng viên): '20,5' không phải là số nguyên"},
      {"members", "0", "cột 'members' (Tổng số đảng viên): 0 nhỏ hơn mức tối thiểu 1"},
      {"members", "61", "cột 'members' (Tổng số đảng viên): 61 lớn hơn mức tối đa 60"},
      {"members", "", "cột 'members' (Tổng số đảng viên) để trống"},
      {"done", "101", "cột 'done' (Tỷ lệ hoàn thành): 101% lớn hơn mức tối đa 100%"},
      {"done", "100.5", "cột 'done' (Tỷ lệ hoàn thành): 100,5% lớn hơn mức tối đa 100%"},
      {"done", "nan", "cột 'done' (Tỷ lệ hoàn thành): 'nan' không phải là số"},
      {"done", "1e3", "cột 'done' (Tỷ lệ hoàn thành): '1e3' không phải là số"},
      // A share written as a fraction (an Excel cell not formatted as a
      // percentage: 0,925 for 92,5%) is refused, not scored as under 1%;
      // the advice keeps the decimal mark typed.
      {"done", "0,925",
       "cột 'done' (Tỷ lệ hoàn thành): '0,925' nhỏ hơn 1%: nếu là 92,5% (tỷ lệ viết dạng số "
       "thập phân), hãy ghi 92,5; nếu đúng là 0,925%, hãy ghi '0,925%'"},
      {"done", "0.5",
       "cột 'done' (Tỷ lệ hoàn thành): '0.5' nhỏ hơn 1%: nếu là 50% (tỷ lệ viết dạng số "
       "thập phân), hãy ghi 50; nếu đúng là 0.5%, hãy ghi '0.5%'"},
      {"done", ".98",
       "cột 'done' (Tỷ lệ hoàn thành): '.98' nhỏ hơn 1%: nếu là 98% (tỷ lệ viết dạng số "
       "thập phân), hãy ghi 98; nếu đúng là .98%, hãy ghi '.98%'"},
      {"draft", "cos",
       "cột 'draft' (Dự thảo nghị quyết): 'cos' không phải là có/không; có phải là 'có'? ('cos' "
       "là 'có' gõ kiểu Telex khi chưa bật bộ gõ tiếng Việt)"},
      {"draft", "coo", "cột 'draft' (Dự thảo nghị quyết): 'coo' không phải là có/không"},
      {"level", "gioi",
       "cột 'level' (Mức): 'gioi' không phải là một lựa chọn (tot (Tốt), kha (Khá))"},
      {"date", "2024-02-30",
       "cột 'date': '2024-02-30' không phải là ngày (viết YYYY-MM-DD, "
       "DD/MM/YYYY hoặc D/M/YYYY)"},
      {"date", "30/2/2024",
       "cột 'date': '30/2/2024' không phải là ngày (viết YYYY-MM-DD, DD/MM/YYYY hoặc "
       "D/M/YYYY)"},
      // A year of two digits (a locale's short date): the day of this century said.
      {"date", "5/3/24",
       "cột 'date': '5/3/24' không phải là ngày (viết YYYY-MM-DD, DD/MM/YYYY hoặc "
       "D/M/YYYY); năm chỉ có hai chữ số: có phải là ngày 05/03/2024? hãy ghi năm đủ bốn chữ số "
       "(định dạng cột ngày kiểu DD/MM/YYYY)"},
      {"date", "005/3/2024",
       "cột 'date': '005/3/2024' không phải là ngày (viết YYYY-MM-DD, DD/MM/YYYY hoặc "
       "D/M/YYYY)"},
      // A date column formatted as a number, saved so: the day it stands for said.
      {"date", "45356",
       "cột 'date': '45356' không phải là ngày (viết YYYY-MM-DD, DD/MM/YYYY hoặc D/M/YYYY); có "
       "phải là ngày 05/03/2024 mà Excel lưu dạng số (cột ngày định dạng General/Number)? hãy "
       "định dạng cột ngày kiểu Date (DD/MM/YYYY) rồi lưu lại"},
      // Month first, as Excel saves a date on a computer set to the US format.
      {"date", "3/22/2024",
       "cột 'date': '3/22/2024' không phải là ngày (viết YYYY-MM-DD, DD/MM/YYYY hoặc D/M/YYYY); "
       "có phải là ngày 22/03/2024 ghi theo kiểu tháng/ngày/năm (máy tính đặt định dạng ngày kiểu "
       "Mỹ)? hãy ghi DD/MM/YYYY, và xem lại các ngày khác của tệp: chúng được đọc là "
       "ngày/tháng/năm"},
      {"date", "99999",
       "cột 'date': '99999' không phải là ngày (viết YYYY-MM-DD, DD/MM/YYYY hoặc D/M/YYYY)"},
      {"date", "05/03/2024 8 giờ",
       "cột 'date': '05/03/2024 8 giờ' không phải là ngày (viết YYYY-MM-DD, DD/MM/YYYY hoặc "
       "D/M/YYYY)"},
      // A time of day past its clock: the cell was typed wrong, its day too perhaps.
      {"date", "05/03/2024 25:99",
       "cột 'date': '05/03/2024 25:99' không phải là ngày (viết YYYY-MM-DD, DD/MM/YYYY hoặc "
       "D/M/YYYY)"},
      {"date", "2024-03-05 08:60",
       "cột 'date': '2024-03-05 08:60' không phải là ngày (viết YYYY-MM-DD, DD/MM/YYYY hoặc "
       "D/M/YYYY)"},
      {"date", "05/03/2024 24:00:00",
       "cột 'date': '05/03/2024 24:00:00' không phải là ngày (viết YYYY-MM-DD, DD/MM/YYYY hoặc "
       "D/M/YYYY)"},
      {"date", "5-3/2024",
       "cột 'date': '5-3/2024' không phải là ngày (viết YYYY-MM-DD, DD/MM/YYYY hoặc D/M/YYYY)"},
      // The year first, not as YYYY-MM-DD: its day said, and both ways to write it.
      {"date", "2024.03.05",
       "cột 'date': '2024.03.05' không phải là ngày (viết YYYY-MM-DD, DD/MM/YYYY hoặc D/M/YYYY); "
       "có phải là ngày 05/03/2024? hãy viết 2024-03-05 hoặc 05/03/2024"},
      {"date", "31-02-2024",
       "cột 'date': '31-02-2024' không phải là ngày (viết YYYY-MM-DD, DD/MM/YYYY hoặc D/M/YYYY)"},
      // A year before 1900, the first read, but a real day else: its year
      // said (1900-01-01 is a date, said before the ruleset's start).
      {"date", "1899-12-31",
       "cột 'date': '1899-12-31' không phải là ngày (viết YYYY-MM-DD, DD/MM/YYYY hoặc D/M/YYYY); "
       "năm 1899 trước năm 1900, năm sớm nhất đọc được (gõ nhầm năm?)"},
      {"date", "29/2/0024 08:00",
       "cột 'date': '29/2/0024 08:00' không phải là ngày (viết YYYY-MM-DD, DD/MM/YYYY hoặc "
       "D/M/YYYY); năm 0024 trước năm 1900, năm sớm nhất đọc được (gõ nhầm năm?)"},
      {"date", "1899-02-29",
       "cột 'date': '1899-02-29' không phải là ngày (viết YYYY-MM-DD, DD/MM/YYYY hoặc D/M/YYYY)"},
      {"date", "1900-01-01",
       "ngày sinh hoạt 01/01/1900 trước ngày hiệu lực 01/01/2019 của bộ tiêu chí"},
      {"date", "5/3/2024/1",
       "cột 'date': '5/3/2024/1' không phải là ngày (viết YYYY-MM-DD, DD/MM/YYYY hoặc "
       "D/M/YYYY)"},
      // A day outside the ruleset's dates: both said as Vietnamese prose
      // writes a day, however the record wrote it (was ISO: 2018-12-31).
      {"date", "2018-12-31",
       "ngày sinh hoạt 31/12/2018 trước ngày hiệu lực 01/01/2019 của bộ tiêu chí"},
      {"date", "31/12/2018",
       "ngày sinh hoạt 31/12/2018 trước ngày hiệu lực 01/01/2019 của bộ tiêu chí"},
      {"date", "2026-01-01",
       "ngày sinh hoạt 01/01/2026 sau ngày hết hiệu lực 31/12/2025 của bộ tiêu chí"},
      {"date", "1/1/2026",
       "ngày sinh hoạt 01/01/2026 sau ngày hết hiệu lực 31/12/2025 của bộ tiêu chí"},
      {"kind", "hop",
       "cột 'kind': 'hop' không phải là loại sinh hoạt (regular: thường kỳ, hoặc thematic: chuyên "
       "đề)"},
      // A combined meeting is a regular one (this ruleset has no input that says so).
      {"kind", "Thường kỳ kết hợp chuyên đề",
       "cột 'kind': 'Thường kỳ kết hợp chuyên đề' không phải là loại sinh hoạt (regular: thường "
       "kỳ, hoặc thematic: chuyên đề); sinh hoạt thường kỳ kết hợp chuyên đề là loại thường kỳ: "
       "hãy ghi 'thường kỳ'"},
      // Beside the other key: a cell merged down the column, saved as CSV.
      {"cell_id", "  ",
       "cột 'cell_id' để trống"
       " (ô gộp với ô ở dòng trên trong Excel? tệp CSV chỉ giữ giá trị ở dòng đầu của ô gộp: hãy "
       "bỏ gộp ô và ghi giá trị ở mỗi dòng, hoặc đọc thẳng tệp .xlsx)"},
      // Said as an empty cell_id is (it was "'' không phải là ngày").
      {"date", " ",
       "cột 'date' để trống"
       " (ô gộp với ô ở dòng trên trong Excel? tệp CSV chỉ giữ giá trị ở dòng đầu của ô gộp: hãy "
       "bỏ gộp ô và ghi giá trị ở mỗi dòng, hoặc đọc thẳng tệp .xlsx)"},
  };
  for (const Case& c : cases) {
    INFO(c.field << " = " << c.value);
    auto fields = good();
    bool found = false;
    for (auto& f : fields) {
      if (f.first == c.field) f.second = c.value, found = true;
    }
    if (!found) fields.emplace_back(c.field, c.value);
    auto s = score_fields(*r, fields);
    CHECK_FALSE(s.ok);
    CHECK(s.why == c.why);
  }
  auto two =
      score_fields(*r, {{"members", "x"}, {"present", "19"}, {"done", "-1"}, {"draft", "có"}});
  CHECK(two.why ==
        "cột 'members' (Tổng số đảng viên): 'x' không phải là số nguyên; cột 'done' (Tỷ lệ hoàn "
        "thành): -1% nhỏ hơn mức tối thiểu 0%");
}

TEST_CASE("values in the forms Excel and people write are accepted") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  for (const char* yes : {"có", "Có", "x", "yes", "1", "true"}) {
    INFO(yes);
    CHECK(score_fields(*r, {{"members", "20"}, {"present", "19"}, {"done", "90%"}, {"draft", yes}})
              .score.total == chibo::Rational(100));
  }
  CHECK(score_fields(*r, {{"members", " 20 "},
                          {"present", "19"},
                          {"done", "93.5"},
                          {"draft", "không"},
                          {"level", "Tốt"},
                          {"date", "15/03/2024"}})
            .ok);
  // A low share written as a whole number, or under 1% with its sign, is
  // what it says; only a fraction without the sign is refused (above).
  for (const char* done : {"0", "1", "5", "0,0", "1,0", "0,5%", "0.925 %", "0%"}) {
    INFO(done);
    CHECK(score_fields(*r, {{"members", "20"}, {"present", "19"}, {"done", done}, {"draft", "có"}})
              .ok);
  }
  // Day and month without their leading zeros: 5 March, not 3 May.
  chibo::RecordChecker checker(*r);
  chibo::Diagnostics diags;
  checker.bind({"cell_id", "date", "members", "present", "done", "draft"}, {"t.csv", 1, 0}, diags);
  // A share with a decimal part, read as written: exactly 93.33, with a
  // point or a comma, spaces around or a trailing zero.
  std::size_t done = 0;
  while (r->model.inputs[done].id != "done") ++done;
  for (const char* share : {"93.33", "93,33", " 93.33 ", "93.330"}) {
    INFO(share);
    chibo::MeetingRecord record;
    std::string why;
    CHECK(checker.check(std::vector<std::string>{"T1", "2024-03-05", "20", "19", share, "có"},
                        {"t.csv", 2, 0}, record, why));
    CHECK(why.empty());
    CHECK(record.inputs[done] == *chibo::Rational::make(9333, 100));
  }
  // With '-' or '.' for '/', the year last, as papers write a day too.
  for (const char* date : {"5/3/2024", "05/3/2024", "5/03/2024", "05/03/2024", "2024-03-05",
                           "05-03-2024", "5-3-2024", "05.03.2024", "5.3.2024",
                           // With its time of day, a date-and-time cell saved as CSV.
                           "05/03/2024 08:00", "2024-03-05 00:00:00", "5/3/2024  14:30:15",
                           "5/3/2024 8:05", "2024-03-05 23:59:59"}) {
    INFO(date);
    chibo::MeetingRecord record;
    std::string why;
    CHECK(checker.check(std::vector<std::string>{"T1", date, "20", "19", "90", "có"},
                        {"t.csv", 2, 0}, record, why));
    CHECK(why.empty());
    CHECK(chibo::format_date(record.date) == "2024-03-05");
  }
  // A decomposed "có" (o + combining acute) is normalised to NFC first.
  CHECK(score_fields(
            *r, {{"members", "20"}, {"present", "19"}, {"done", "90"}, {"draft", "co\xCC\x81"}})
            .score.total == chibo::Rational(100));
}

TEST_CASE("a cell id with a control character is refused, naming its byte") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  for (const std::string& id :
       {std::string("CP\0TT", 5), std::string("CP\nTT"), std::string("CP\tTT"),
        std::string("CP\x7fTT"), std::string("CP\u0085TT"), std::string("CP\u2028TT")}) {
    auto fields = good();
    fields.emplace_back("cell_id", id);
    auto s = score_fields(*r, fields);
    CHECK_FALSE(s.ok);
    CHECK(s.why == "cột 'cell_id': có ký tự điều khiển (byte thứ 3 của ô)");
  }
  // Counted in the cell as written, spaces before the id too.
  auto fields = good();
  fields.emplace_back("cell_id", "  CP\nTT");
  CHECK(score_fields(*r, fields).why == "cột 'cell_id': có ký tự điều khiển (byte thứ 5 của ô)");
}

TEST_CASE("a cell id that is an Excel formula's error is refused as one") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  for (const auto& [id, shown] : std::vector<std::pair<std::string, std::string>>{
           {"#N/A", "#N/A"}, {"#REF!", "#REF!"}, {"#VALUE!", "#VALUE!"}, {" #N/A ", "#N/A"}}) {
    auto fields = good();
    fields.emplace_back("cell_id", id);
    auto s = score_fields(*r, fields);
    CHECK_FALSE(s.ok);
    CHECK(s.why == fmt::format("cột 'cell_id': '{}' là lỗi công thức của Excel, không phải mã chi "
                               "bộ (công thức lấy mã không ra kết quả?): hãy sửa công thức hoặc "
                               "ghi mã chi bộ",
                               shown));
  }
  // An id that starts with '#' but is no error value is a cell's.
  auto fields = good();
  fields.emplace_back("cell_id", "#12");
  CHECK(score_fields(*r, fields).ok);
}

TEST_CASE("text that is not UTF-8 is named with the column and the byte") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  auto fields = good();
  fields.push_back({"cell_id", "T\xe1\xbb"});  // "Tố" cut inside a character
  fields[3].second = "c\xf3";                  // "có" in Windows-1258
  // An input's column with its label, as a value's other faults say it.
  CHECK(score_fields(*r, fields).why ==
        "cột 'cell_id': không phải văn bản UTF-8 (byte thứ 2 của ô); cột 'draft' (Dự thảo nghị "
        "quyết): không phải văn bản UTF-8 (byte thứ 2 của ô); hãy lưu tệp dạng CSV UTF-8");
  // A row saved in another encoding: three named, the rest counted, the advice once.
  for (std::size_t f = 1; f < fields.size(); ++f) fields[f].second = "c\xf3";
  CHECK(score_fields(*r, fields).why ==
        "cột 'cell_id': không phải văn bản UTF-8 (byte thứ 2 của ô); cột 'present' (Có mặt): "
        "không phải văn bản UTF-8 (byte thứ 2 của ô); cột 'done' (Tỷ lệ hoàn thành): không phải "
        "văn bản UTF-8 (byte thứ 2 của ô); và 1 cột khác cũng vậy; hãy lưu tệp dạng CSV UTF-8");
}

TEST_CASE("text that is not UTF-8 in a column the header does not name is told its place") {
  // Was "cột '': không phải văn bản UTF-8", naming no column; one headed in
  // the clerk's words that is no input's keeps its header.
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  chibo::RecordChecker checker(*r);
  Diagnostics diags;
  checker.bind({"cell_id", "date", "members", "present", "done", "draft", "", "Ghi chú"},
               {"x.csv", 1, 0}, diags);
  chibo::MeetingRecord rec;
  std::string why;
  const std::vector<std::string> row = {"C1", "2024-01-05", "20", "19", "90", "có", "x\xff", "y"};
  CHECK_FALSE(checker.check(row, {"x.csv", 2, 0}, rec, why));
  CHECK(why ==
        "cột thứ 7 (không có tiêu đề): không phải văn bản UTF-8 (byte thứ 2 của ô); hãy lưu "
        "tệp dạng CSV UTF-8");
  std::vector<std::string> noted = row;
  noted[6] = "";
  noted[7] = "gi\xe1";
  CHECK_FALSE(checker.check(noted, {"x.csv", 3, 0}, rec, why));
  CHECK(why ==
        "cột 'Ghi chú': không phải văn bản UTF-8 (byte thứ 3 của ô); hãy lưu tệp dạng CSV UTF-8");
}

TEST_CASE("an input with required: no may be empty or its column missing") {
  // Nothing reads it (the compiler refuses an expression that does).
  const std::string text = std::string(kRuleset).replace(
      std::string(kRuleset).find("criteria:"), 0,
      "  note: {type: integer, min: 0, label: Ghi chú, required: no}\n");
  auto r = compile_text(text);
  REQUIRE(r);
  auto missing = score_fields(*r, good());
  CHECK(missing.why == "");
  auto fields = good();
  fields.push_back({"note", ""});
  auto empty = score_fields(*r, fields);
  CHECK(empty.why == "");
  fields.back().second = "x";
  CHECK(score_fields(*r, fields).why == "cột 'note' (Ghi chú): 'x' không phải là số nguyên");
}

TEST_CASE("a YAML meeting's faults name their keys, each at its own line") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  chibo::RecordChecker checker(*r);
  Diagnostics diags;
  const std::vector<std::string> names = {"cell_id", "date", "kind", "members",
                                          "present", "done", "draft"};
  checker.bind(names, {"m.yaml", 4, 0}, diags, true);
  CHECK(diags.items().empty());
  const std::vector<int> lines = {4, 5, 6, 7, 8, 9, 11};  // draft written a line further down
  auto check = [&](std::vector<std::string_view> values, std::string& why) {
    chibo::MeetingRecord rec;
    checker.check(values, {"m.yaml", 4, 0}, rec, why, lines);
    return rec.where.line;
  };
  std::string why;
  // One fault: said at its key's line, which it does not repeat.
  CHECK(check({"T1", "2024-03-15", "regular", "20", "x", "90", "có"}, why) == 8);
  CHECK(why == "khóa 'present' (Có mặt): 'x' không phải là số nguyên");
  // Several: the first's line is the record's; the others say theirs.
  CHECK(check({"T\x01", "2024-03-15", "sometimes", "20", "19", "90", "có"}, why) == 4);
  CHECK(why ==
        "khóa 'cell_id': có ký tự điều khiển (byte thứ 2 của giá trị); khóa 'kind' ở dòng 6: "
        "'sometimes' không phải là loại sinh hoạt (regular: thường kỳ, hoặc thematic: chuyên đề)");
  // Text not UTF-8 is all that is said (nothing else is read).
  CHECK(check({"T1", "2024-03-15", "regular", "20", "19", "9\xf3", "c\xf3"}, why) == 9);
  CHECK(why ==
        "khóa 'done' (Tỷ lệ hoàn thành): không phải văn bản UTF-8 (byte thứ 2 của giá trị); khóa "
        "'draft' ở dòng 11 (Dự thảo nghị quyết): không phải văn bản UTF-8 (byte thứ 2 của giá "
        "trị); hãy lưu tệp dạng UTF-8");
  CHECK(check({"", "2024-03-15", "regular", "", "19", "90", "có"}, why) == 4);
  CHECK(why == "khóa 'cell_id' để trống; khóa 'members' ở dòng 7 (Tổng số đảng viên) để trống");
  // A date outside the ruleset's years: said at the date's line.
  CHECK(check({"T1", "2018-12-13", "regular", "20", "19", "90", "có"}, why) == 5);
  CHECK(why == "ngày sinh hoạt 13/12/2018 trước ngày hiệu lực 01/01/2019 của bộ tiêu chí");
  CHECK(check({"T1", "2026-01-02", "regular", "20", "19", "90", "có"}, why) == 5);
  CHECK(why == "ngày sinh hoạt 02/01/2026 sau ngày hết hiệu lực 31/12/2025 của bộ tiêu chí");
  // Without lines (a ruleset's example), the keys are named, the record's line kept.
  chibo::MeetingRecord rec;
  checker.check(std::vector<std::string_view>{"T1", "2024-03-15", "regular", "20", "x", "90", "có"},
                {"r.yaml", 30, 0}, rec, why);
  CHECK(rec.where.line == 30);
  CHECK(why == "khóa 'present' (Có mặt): 'x' không phải là số nguyên");
}

// A ruleset with a form for each kind: an input only one form reads is
// needed only by that form's meetings (a thematic meeting need not give the
// month's task completion); one that no form reads is asked for as declared.
TEST_CASE("an input only some forms read is needed only by their meetings") {
  auto r = compile_text(
      "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
      "kinds: [regular, thematic]\nscale: 100\n"
      "inputs:\n"
      "  members: {type: integer, min: 1, label: Tổng số đảng viên}\n"
      "  done: {type: percent, label: Tỷ lệ hoàn thành}\n"
      "  report: {type: yesno, label: Có báo cáo}\n"
      "  note: {type: integer, label: Số ghi chú}\n"
      "derived:\n  big: members > 10\n"
      "forms:\n"
      "  - id: thuong_ky\n    kinds: [regular]\n    criteria:\n"
      "      - {id: a, label: A, max: 100, when: done >= 90}\n"
      "  - id: chuyen_de\n    kinds: [thematic]\n    criteria:\n"
      "      - {id: b, label: B, max: 100, when: report}\n"
      "grades:\n  - {id: dat, label: Đạt, from: 50}\n  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(r);
  using Fields = std::vector<std::pair<std::string, std::string>>;
  auto why = [&](const std::string& kind, Fields fields) {
    fields.push_back({"kind", kind});
    return score_fields(*r, fields).why;
  };
  const Fields all = {{"members", "12"}, {"done", "95"}, {"report", "có"}, {"note", "1"}};
  CHECK(why("regular", all) == "");
  CHECK(why("thematic", all) == "");
  // Left empty: only the form that reads it asks for it.
  CHECK(why("thematic", {{"members", "12"}, {"done", ""}, {"report", "có"}, {"note", "1"}}) == "");
  CHECK(why("regular", {{"members", "12"}, {"done", ""}, {"report", "có"}, {"note", "1"}}) ==
        "cột 'done' (Tỷ lệ hoàn thành) để trống");
  CHECK(why("regular", {{"members", "12"}, {"done", "95"}, {"report", ""}, {"note", "1"}}) == "");
  CHECK(why("thematic", {{"members", "12"}, {"done", "95"}, {"report", ""}, {"note", "1"}}) ==
        "cột 'report' (Có báo cáo) để trống: hãy ghi 'có' hoặc 'không' (để trống không được "
        "hiểu là không)");
  // Read by a derived value (worked out for every meeting), or by no form: by every meeting.
  CHECK(why("thematic", {{"members", ""}, {"done", "95"}, {"report", "có"}, {"note", "1"}}) ==
        "cột 'members' (Tổng số đảng viên) để trống");
  CHECK(why("thematic", {{"members", "12"}, {"done", "95"}, {"report", "có"}, {"note", ""}}) ==
        "cột 'note' (Số ghi chú) để trống");
  // A file without the column: no fault of the header, only of the rows that need it.
  chibo::RecordChecker checker(*r);
  Diagnostics diags;
  checker.bind({"cell_id", "date", "kind", "members", "report", "note"}, {"t.csv", 1, 0}, diags);
  CHECK(diags.items().empty());
  std::string reason;
  chibo::MeetingRecord rec;
  CHECK(checker.check(std::vector<std::string>{"T1", "2024-03-15", "thematic", "12", "có", "1"},
                      {"t.csv", 2, 0}, rec, reason));
  CHECK_FALSE(
      checker.check(std::vector<std::string>{"T1", "2024-03-15", "regular", "12", "có", "1"},
                    {"t.csv", 3, 0}, rec, reason));
  CHECK(reason == "thiếu cột 'done' (Tỷ lệ hoàn thành)");
  checker.bind({"cell_id", "date", "kind", "done", "report"}, {"t.csv", 1, 0}, diags);
  REQUIRE(diags.items().size() == 2);
  CHECK(diags.items()[0].message == "thiếu cột 'members' (Tổng số đảng viên)");
  CHECK(diags.items()[1].message == "thiếu cột 'note' (Số ghi chú)");
}

// A YAML meeting's keys have lines of their own: what is said of one key
// (unknown, written twice) is placed at its line, not the meeting's first.
TEST_CASE("what bind says of a YAML meeting's key is at the key's line") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  chibo::RecordChecker checker(*r);
  Diagnostics diags;
  const std::vector<std::string> names = {"cell_id", "date", "members", "present",
                                          "done",    "drat", "draft",   "members"};
  const std::vector<int> lines = {4, 5, 6, 7, 8, 9, 10, 12};
  checker.bind(names, {"m.yaml", 4, 0}, diags, true, lines);
  REQUIRE(diags.items().size() == 2);
  CHECK(format_diagnostic(diags.items()[0]) ==
        "m.yaml:9: warning: khóa 'drat' không có trong bộ tiêu chí t, bỏ qua; có phải là 'draft'?");
  CHECK(format_diagnostic(diags.items()[1]) ==
        "m.yaml:12: error: khóa 'members' xuất hiện hai lần");
  // Without lines (a CSV header), at the header's line.
  Diagnostics csv;
  checker.bind(names, {"m.csv", 1, 0}, csv);
  REQUIRE(csv.items().size() == 2);
  CHECK(csv.items()[0].where.line == 1);
  CHECK(csv.items()[1].where.line == 1);
}

// "thường kỳ kết hợp chuyên đề" was refused with only the two kinds to choose
// from; a secretary who then chose "chuyên đề" left the month without its
// regular meeting. The hint names the yes/no input rollup.counts_as_thematic
// reads (a column here; a YAML meeting is told its key: tests/cli/cases/score_kind_combined).
// A file saved on a computer set to the US format: 3/15/2024 is refused,
// 3/5/2024 read as the 3 May. The row's date tells which it is, for the
// file's warning (file_notes.h).
namespace {

// A checker bound to kRuleset's columns cell_id, date, members, present,
// done and draft: row() is the record it makes of a row of them, read at line 2.
struct SixColumns {
  explicit SixColumns(const chibo::CompiledRuleset& r) : checker(r) {
    Diagnostics diags;
    checker.bind({"cell_id", "date", "members", "present", "done", "draft"}, {"t.csv", 1, 0},
                 diags);
  }
  chibo::MeetingRecord row(const std::vector<std::string>& cells) const {
    chibo::MeetingRecord rec;
    std::string why;
    checker.check(cells, {"t.csv", 2, 0}, rec, why);
    return rec;
  }
  chibo::RecordChecker checker;
};

}  // namespace

TEST_CASE("a row's date tells whether it reads month first too") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  const SixColumns six(*r);
  const chibo::RecordChecker& checker = six.checker;
  auto order = [&](const char* date, const char* present = "19") {
    return six.row({"T1", date, "20", present, "93", "có"}).date_order;
  };
  using chibo::DateOrder;
  CHECK(order("3/5/2024") == DateOrder::EitherWay);
  CHECK(order(" 03/05/2024 ") == DateOrder::EitherWay);
  CHECK(order("3/5/2024", "x") == DateOrder::EitherWay);  // rejected for another field
  CHECK(order("3/15/2024") == DateOrder::MonthFirst);     // refused
  CHECK(order("15/3/2024") == DateOrder::Plain);
  CHECK(order("5/5/2024") == DateOrder::Plain);
  CHECK(order("2024-03-05") == DateOrder::Plain);
  CHECK(order("3/35/2024") == DateOrder::Plain);  // refused, and no date either way
  CHECK(order("") == DateOrder::Plain);
  // A row of another width: its leading date is read all the same.
  const std::vector<std::string_view> wide = {"T1", "3/15/2024", "20", "19", "93", "có", "x"};
  chibo::MeetingRecord rec;
  std::string why;
  CHECK_FALSE(checker.check(wide, {"t.csv", 3, 0}, rec, why));
  CHECK(rec.date_order == DateOrder::MonthFirst);
}

// A share written as a fraction is refused (0.9 for 90%); one written "1"
// is read as 1%, which in a file of fractions is its 100%. The row tells
// both, for the file's warning (file_notes.h).
TEST_CASE("a row's shares tell whether one was a fraction and one was written 1") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  const SixColumns six(*r);
  const int done = 2;  // kRuleset's inputs: members, present, done, ...
  REQUIRE(r->model.inputs[done].id == "done");
  auto shares = [&](const char* share, const char* present = "19") {
    const chibo::MeetingRecord rec = six.row({"T1", "2024-03-05", "20", present, share, "có"});
    return std::pair<int, int>(rec.share_fraction, rec.share_one);
  };
  CHECK(shares("93") == std::pair(-1, -1));
  CHECK(shares("1") == std::pair(-1, done));
  CHECK(shares(" 1 ") == std::pair(-1, done));
  CHECK(shares("1.0") == std::pair(-1, done));
  CHECK(shares("1%") == std::pair(-1, -1));      // 1% said so
  CHECK(shares("1", "x") == std::pair(-1, -1));  // rejected: its values are not all read
  CHECK(shares("0.9") == std::pair(done, -1));   // refused
  CHECK(shares("0,925") == std::pair(done, -1));
  CHECK(shares("0.9%") == std::pair(-1, -1));  // 0.9% said so
  CHECK(shares("0") == std::pair(-1, -1));
  // A blank cell given the ruleset's default of 1 was not written "1".
  std::string text = kRuleset;
  const std::string share = "done: {type: percent, label: Tỷ lệ hoàn thành}";
  REQUIRE(text.find(share) != std::string::npos);
  text.replace(text.find(share), share.size(),
               "done: {type: percent, label: Tỷ lệ hoàn thành, default: 1}");
  auto with_default = compile_text(text);
  REQUIRE(with_default);
  const SixColumns defaulted(*with_default);
  CHECK(defaulted.row({"T1", "2024-03-05", "20", "19", "", "có"}).share_one == -1);
  CHECK(defaulted.row({"T1", "2024-03-05", "20", "19", "1", "có"}).share_one == done);
}

// An input of type date is written as the meeting's date is: the most
// telling of the two is the record's (a month-first date refused beside a
// date that reads either way).
TEST_CASE("an input of type date tells its order as the meeting's date does") {
  std::string text = kRuleset;
  const std::string level = "  level:";
  text.insert(text.find(level),
              "  reported: {type: date, required: false, label: Ngày gửi báo cáo}\n");
  auto r = compile_text(text.c_str());
  REQUIRE(r);
  chibo::RecordChecker checker(*r);
  Diagnostics diags;
  const std::vector<std::string> names = {"cell_id", "date",  "members", "present",
                                          "done",    "draft", "reported"};
  checker.bind(names, {"t.csv", 1, 0}, diags);
  auto order = [&](const char* date, const char* reported) {
    const std::vector<std::string_view> values = {"T1", date, "20", "19", "93", "có", reported};
    chibo::MeetingRecord rec;
    std::string why;
    checker.check(values, {"t.csv", 2, 0}, rec, why);
    return rec.date_order;
  };
  using chibo::DateOrder;
  CHECK(order("2024-03-05", "") == DateOrder::Plain);
  CHECK(order("2024-03-05", "2024-03-07") == DateOrder::Plain);
  CHECK(order("2024-03-05", "7/3/2024") == DateOrder::EitherWay);
  CHECK(order("2024-03-05", "3/17/2024") == DateOrder::MonthFirst);  // refused
  CHECK(order("3/5/2024", "3/17/2024") == DateOrder::MonthFirst);
  CHECK(order("3/15/2024", "7/3/2024") == DateOrder::MonthFirst);
  CHECK(order("3/5/2024", "17/3/2024") == DateOrder::EitherWay);
}
