// RecordChecker::bind: which column is which, as a header names them (ids,
// labels, Vietnamese names, in any capitals), and what a header lacks or
// holds twice; values trimmed of what no one sees.
#include "chibo/record_checker.h"

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "date.h"
#include "record_checker_fixture.h"
#include "scoring_fixture.h"

using chibo::Diagnostics;
using chibo::testing::bound;
using chibo::testing::compile_text;
using chibo::testing::good;
using chibo::testing::kRuleset;
using chibo::testing::score_fields;

TEST_CASE("columns: headers by id or by label, unknown and missing columns are reported") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  chibo::RecordChecker checker(*r);
  Diagnostics diags;
  checker.bind(
      {"cell_id", "date", "Tổng số đảng viên", "present", "done", "draft", "ghi_chu", "presnt"},
      {"x.csv", 1, 0}, diags);
  std::vector<std::string> messages;
  for (const auto& d : diags.items()) messages.push_back(chibo::format_diagnostic(d));
  CHECK(messages ==
        std::vector<std::string>{
            "x.csv:1: warning: cột 'ghi_chu' không có trong bộ tiêu chí t, bỏ qua",
            "x.csv:1: warning: cột 'presnt' không có trong bộ tiêu chí t, bỏ qua; có phải là "
            "'present'?"});
  chibo::MeetingRecord rec;
  std::string why;
  CHECK(checker.check({"C1", "2024-01-05", "20", "19", "90", "có", "", ""}, {"x.csv", 2, 0}, rec,
                      why));
  CHECK(rec.inputs[0] == chibo::Rational(20));
  CHECK_FALSE(checker.check({"C1", "2024-01-05"}, {"x.csv", 3, 0}, rec, why));
  CHECK(why == "dòng có 2 ô nhưng tiêu đề có 8 cột");
  // More: in a file separated by ';' (or a workbook), said as it is; in one
  // separated by commas, a decimal comma, nearly always.
  const std::vector<std::string> more = {"C1", "2024-01-05", "20", "19", "92", "5", "có", "", ""};
  CHECK_FALSE(checker.check(more, {"x.csv", 4, 0}, rec, why));
  // With what the cells past the header hold (the row was "dòng có 9 ô
  // nhưng tiêu đề có 8 cột" alone, whatever it held there).
  CHECK(why ==
        "dòng có 9 ô nhưng tiêu đề có 8 cột (các ô thừa ở cuối dòng đều trống: dòng có dấu phân "
        "cách thừa ở cuối, hay một ô có dấu phân cách bên trong, không đặt trong ngoặc kép, làm "
        "lệch các cột?)");
  CHECK_FALSE(checker.check({"C1", "2024-01-05", "20", "19", "92", "có", "", "", "", "", "họp bù"},
                            {"x.csv", 4, 0}, rec, why));
  CHECK(why ==
        "dòng có 11 ô nhưng tiêu đề có 8 cột (ô thứ 11 (cột K), ngoài các cột của dòng tiêu đề "
        "(đến cột H), có 'họp bù': hãy xóa giá trị đó hoặc ghi tên cột cho nó ở dòng tiêu đề; "
        "trong tệp CSV, ô có dấu phân cách bên trong phải đặt trong ngoặc kép)");
  checker.comma_separated(true);
  CHECK_FALSE(checker.check(more, {"x.csv", 4, 0}, rec, why));
  // Only 92 and 5 joined make a row it takes (20,19 is no whole number of members).
  CHECK(why ==
        "dòng có 9 ô nhưng tiêu đề có 8 cột (cột 'done' có lẽ là 92,5, viết dấu phẩy trong tệp "
        "phân cách bằng dấu phẩy nên thành hai ô '92' và '5': hãy viết 92.5, đặt trong ngoặc kép "
        "\"92,5\", hoặc lưu tệp phân cách bằng dấu ;)");
  // Two places that would do (1,2 or 2,3 in the columns it ignores): the hint in general.
  const std::vector<std::string> two = {"C1", "2024-01-05", "20", "19", "92.5",
                                        "có", "1",          "2",  "3"};
  CHECK_FALSE(checker.check(two, {"x.csv", 5, 0}, rec, why));
  CHECK(why ==
        "dòng có 9 ô nhưng tiêu đề có 8 cột (số thập phân viết dấu phẩy, như 92,5, trong tệp phân "
        "cách bằng dấu phẩy? hãy viết 92.5, đặt trong ngoặc kép \"92,5\", hoặc lưu tệp phân cách "
        "bằng dấu ;)");

  Diagnostics missing;
  checker.bind({"cell_id", "members"}, {"y.csv", 1, 0}, missing);
  messages.clear();
  for (const auto& d : missing.items()) messages.push_back(chibo::format_diagnostic(d));
  CHECK(messages == std::vector<std::string>{"y.csv:1: error: thiếu cột 'date'",
                                             "y.csv:1: error: thiếu cột 'present' (Có mặt)",
                                             "y.csv:1: error: thiếu cột 'done' (Tỷ lệ hoàn thành)",
                                             "y.csv:1: error: thiếu cột 'draft' (Dự thảo nghị "
                                             "quyết)"});
}

// An optional input's column mistyped would leave it blank in every row
// without a word but a warning: an error that refuses every row until it is
// mended. Near a column the header has, or a claim's, it stays a warning.
TEST_CASE("columns: a name near an optional input the header lacks rejects every row") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  chibo::RecordChecker checker(*r);
  Diagnostics diags;
  checker.bind({"cell_id", "date", "members", "present", "done", "draft", "leve", "presnt"},
               {"x.csv", 1, 0}, diags);
  std::vector<std::string> messages;
  for (const auto& d : diags.items()) messages.push_back(chibo::format_diagnostic(d));
  const std::string leve =
      "cột 'leve' không có trong bộ tiêu chí t; có phải là 'level'? (không có cột 'level': hãy "
      "sửa lại tên cột; bỏ qua cột này thì mọi bản ghi bị chấm như thể 'level' để trống)";
  CHECK(messages == std::vector<std::string>{"x.csv:1: error: " + leve,
                                             "x.csv:1: warning: cột 'presnt' không có trong bộ "
                                             "tiêu chí t, bỏ qua; có phải là 'present'?"});
  chibo::MeetingRecord rec;
  std::string why;
  CHECK_FALSE(checker.check({"C1", "2024-01-05", "20", "19", "90", "có", "tot", "1"},
                            {"x.csv", 2, 0}, rec, why));
  CHECK(why == leve);
  // By its Vietnamese label, an accent amiss; the input named later in the
  // header is no mistake.
  CHECK(bound({"cell_id", "date", "members", "present", "done", "draft", "Múc"})[0].message ==
        "cột 'Múc' không có trong bộ tiêu chí t; có phải là 'Mức'? (không có cột 'Mức': hãy sửa "
        "lại tên cột; bỏ qua cột này thì mọi bản ghi bị chấm như thể 'Mức' để trống)");
  const std::vector<chibo::Diagnostic> later =
      bound({"cell_id", "date", "members", "present", "done", "draft", "leve", "Mức"});
  REQUIRE(later.size() == 1);
  CHECK(chibo::format_diagnostic(later[0]) ==
        "x.csv:1: warning: cột 'leve' không có trong bộ tiêu chí t, bỏ qua; có phải là 'level'?");
}

// A long label wrapped in its header cell (Alt+Enter: a line break in a
// quoted CSV field, or a workbook's cell), or typed with two spaces or a
// no-break one, is its input's column: it was an unknown one, and every row
// was rejected for the column it then lacked.
TEST_CASE("columns: a name wrapped in its cell or with two spaces reads as its label") {
  CHECK(bound({"Mã\nchi bộ", "Ngày  sinh hoạt", "Tổng số\r\nđảng viên", "Có\xC2\xA0mặt",
               "TỶ LỆ\tHOÀN THÀNH", "draft"})
            .empty());
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  chibo::RecordChecker checker(*r);
  Diagnostics diags;
  checker.bind({"cell_id", "date", "Tổng số\nđảng viên", "present", "done", "draft"},
               {"x.csv", 1, 0}, diags);
  chibo::MeetingRecord rec;
  std::string why;
  CHECK(checker.check({"C1", "2024-01-05", "20", "19", "90", "có"}, {"x.csv", 2, 0}, rec, why));
  CHECK(why.empty());
  CHECK(rec.inputs[0] == chibo::Rational(20));
}

// A header's name without what no one sees at its ends, as a value is read:
// a second byte-order mark (a file saved as UTF-8 twice), a zero-width or a
// no-break space pasted with the name made it an unknown column, every row
// rejected for the column it then lacked. A header repeated so is still one.
TEST_CASE("columns: a name with a byte-order mark or a zero-width space at its ends is read") {
  CHECK(bound({"\xEF\xBB\xBF"
               "cell_id",
               "date", "members\xE2\x80\x8B", "present", "done",
               "\xC2\xA0"
               "draft"})
            .empty());
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  chibo::RecordChecker checker(*r);
  Diagnostics diags;
  checker.bind({"\xEF\xBB\xBF"
                "cell_id",
                "date", "members", "present", "done", "draft"},
               {"x.csv", 1, 0}, diags);
  chibo::MeetingRecord rec;
  std::string why;
  CHECK_FALSE(checker.check({"\xEF\xBB\xBF\xEF\xBB\xBF"
                             "cell_id",
                             "date", "members", "present", "done", "draft"},
                            {"x.csv", 5, 0}, rec, why));
  CHECK(why.starts_with("dòng này lặp lại dòng tiêu đề"));
}

// A column whose header cell is blank (left blank, or under a two-row
// header's group) while the header lacks an optional input: a value under it
// may be that input's, and was scored as if blank without a word (a
// deduction lost, exit 0). Such a row is rejected; an empty cell there is none.
TEST_CASE("columns: a value under a column with no name rejects its row when an input lacks one") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  chibo::RecordChecker checker(*r);
  Diagnostics diags;
  checker.bind({"cell_id", "date", "members", "present", "done", "draft", "", ""}, {"x.csv", 1, 0},
               diags);
  CHECK(diags.items().empty());
  chibo::MeetingRecord rec;
  std::string why;
  CHECK_FALSE(checker.check({"C1", "2024-01-05", "20", "19", "90", "có", "tot", ""},
                            {"x.csv", 2, 0}, rec, why));
  CHECK(why ==
        "cột thứ 7 (không có tiêu đề) có giá trị 'tot' nhưng dòng tiêu đề (dòng 1) không ghi tên "
        "cột, nên không biết đó là cột nào: hãy ghi tên cột ở dòng tiêu đề, hoặc xóa giá trị nếu "
        "không dùng (tiêu đề không có cột 'level': bỏ qua giá trị thì bản ghi bị chấm như thể các "
        "cột đó để trống)");
  CHECK(checker.check({"C1", "2024-01-05", "20", "19", "90", "có", " ", ""}, {"x.csv", 3, 0}, rec,
                      why));
  CHECK(why.empty());
  // Every input named: a column with no name holds nothing scored.
  checker.bind({"cell_id", "date", "members", "present", "done", "draft", "level", ""},
               {"x.csv", 1, 0}, diags);
  CHECK(checker.check({"C1", "2024-01-05", "20", "19", "90", "có", "tot", "ghi chú"},
                      {"x.csv", 2, 0}, rec, why));
  CHECK(why.empty());
}

// Each hint compares a name with every known one: the first 32 unknown names
// of a header get one, the rest are said without (a YAML meeting of 49,000
// keys took 18 s).
TEST_CASE("columns: hints stop after the first 32 unknown names") {
  std::vector<std::string> names = {"cell_id", "date"};
  names.insert(names.end(), 40, "presnt");
  const std::vector<chibo::Diagnostic> said = bound(names);
  REQUIRE(said.size() >= 40);
  CHECK(said[31].message ==
        "cột 'presnt' không có trong bộ tiêu chí t, bỏ qua; có phải là 'present'?");
  CHECK(said[32].message == "cột 'presnt' không có trong bộ tiêu chí t, bỏ qua");
  CHECK(said[39].message == "cột 'presnt' không có trong bộ tiêu chí t, bỏ qua");
}

// As forms head their columns: the first three by their Vietnamese names,
// labels in capitals; a column twice by two of its names is said.
TEST_CASE("columns headed in Vietnamese, in any capitals, are read as by their ids") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  chibo::RecordChecker checker(*r);
  Diagnostics diags;
  checker.bind({"MÃ CHI BỘ", "Ngày sinh hoạt", "loại sinh hoạt", "TỔNG SỐ ĐẢNG VIÊN", "Có Mặt",
                "TỶ LỆ HOÀN THÀNH", "DỰ THẢO NGHỊ QUYẾT"},
               {"x.csv", 1, 0}, diags);
  CHECK(diags.items().empty());
  chibo::MeetingRecord rec;
  std::string why;
  CHECK(checker.check({"C1", "5/1/2024", "thường kỳ", "20", "19", "90", "có"}, {"x.csv", 2, 0}, rec,
                      why));
  CHECK(why.empty());
  CHECK(rec.cell_id == "C1");
  CHECK(rec.date == chibo::days_from_civil({2024, 1, 5}));
  CHECK(rec.inputs[0] == chibo::Rational(20));
  CHECK(rec.inputs[1] == chibo::Rational(19));

  // The ids in capitals too.
  Diagnostics capitals;
  checker.bind({"CELL_ID", "Date", "KIND", "MEMBERS", "Present", "done", "DRAFT"}, {"z.csv", 1, 0},
               capitals);
  CHECK(capitals.items().empty());
  CHECK(checker.check({"C1", "5/1/2024", "", "20", "19", "90", "có"}, {"z.csv", 2, 0}, rec, why));

  Diagnostics twice;
  checker.bind({"cell_id", "Mã chi bộ", "date"}, {"y.csv", 1, 0}, twice);
  REQUIRE(twice.items().size() >= 1);
  CHECK(chibo::format_diagnostic(twice.items()[0]) ==
        "y.csv:1: error: cột 'cell_id' và cột 'Mã chi bộ' cùng là mã chi bộ (cell_id): hãy xóa "
        "một trong hai cột");
}

// A cell pasted from a web page keeps a no-break or zero-width space that no
// one sees: the id, the date and a number read without it.
TEST_CASE("spaces no one sees around a value are no part of it") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  chibo::RecordChecker checker(*r);
  Diagnostics diags;
  checker.bind({"cell_id", "date", "members", "present", "done", "draft"}, {"x.csv", 1, 0}, diags);
  chibo::MeetingRecord rec;
  std::string why;
  CHECK(checker.check({"C1\xC2\xA0",
                       "\xE2\x80\x8B"
                       "2024-01-05",
                       "20\xC2\xA0", "19", "90", "có\xC2\xA0"},
                      {"x.csv", 2, 0}, rec, why));
  CHECK(why.empty());
  CHECK(rec.cell_id == "C1");
  CHECK(rec.date == chibo::days_from_civil({2024, 1, 5}));
  CHECK(rec.inputs[0] == chibo::Rational(20));
  CHECK(rec.inputs[3] == chibo::Rational(1));
  // A line break ending a cell (Alt+Enter, or a quoted CSV field's), as
  // unseen: 'có\n' was refused as no yes/no.
  CHECK(checker.check({"C1\n", "2024-01-05\r\n", "20\n", "19", "90", "có\r\n"}, {"x.csv", 3, 0},
                      rec, why));
  CHECK(why.empty());
  CHECK(rec.cell_id == "C1");
  CHECK(rec.inputs[3] == chibo::Rational(1));
}

TEST_CASE("a header without cell_id or date, or with a column twice, rejects every row") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  chibo::RecordChecker checker(*r);
  chibo::MeetingRecord rec;
  std::string why;
  struct Case {
    std::vector<std::string> names, values;
    std::vector<std::string> messages;  // the header's
    const char* why;                    // each row's
  } cases[] = {
      // Scored before as of 1970-01-01, and as cell "".
      {{"cell_id", "members", "present", "done", "draft"},
       {"C1", "20", "19", "90", "có"},
       {"y.csv:1: error: thiếu cột 'date'"},
       "thiếu cột 'date'"},
      {{"date", "members", "present", "done", "draft"},
       {"2024-01-05", "20", "19", "90", "có"},
       {"y.csv:1: error: thiếu cột 'cell_id'"},
       "thiếu cột 'cell_id'"},
      // The last of two columns won before, without a word.
      {{"cell_id", "date", "members", "present", "done", "draft", "date"},
       {"C1", "2024-01-05", "20", "19", "90", "có", "2024-05-05"},
       {"y.csv:1: error: cột 'date' xuất hiện hai lần"},
       "cột 'date' xuất hiện hai lần"},
      // A column three times is said once.
      {{"cell_id", "date", "members", "date", "present", "done", "draft", "date"},
       {"C1", "2024-01-05", "20", "2024-01-06", "19", "90", "có", "2024-01-07"},
       {"y.csv:1: error: cột 'date' xuất hiện hai lần"},
       "cột 'date' xuất hiện hai lần"},
      {{"cell_id", "date", "members", "present", "done", "draft", "cell_id"},
       {"C1", "2024-01-05", "20", "19", "90", "có", "C2"},
       {"y.csv:1: error: cột 'cell_id' xuất hiện hai lần"},
       "cột 'cell_id' xuất hiện hai lần"},
      {{"cell_id", "date", "members", "Tổng số đảng viên", "present", "done", "draft"},
       {"C1", "2024-01-05", "20", "21", "19", "90", "có"},
       // Two names of one column: both said, and what the column is.
       {"y.csv:1: error: cột 'members' và cột 'Tổng số đảng viên' cùng là Tổng số đảng viên "
        "(members): hãy xóa một trong hai cột"},
       "cột 'members' và cột 'Tổng số đảng viên' cùng là Tổng số đảng viên (members): hãy xóa "
       "một trong hai cột"},
      // Three names of it: each later one set beside the first.
      {{"cell_id", "date", "members", "Tổng số đảng viên", "present", "done", "draft", "MEMBERS"},
       {"C1", "2024-01-05", "20", "21", "19", "90", "có", "22"},
       {"y.csv:1: error: cột 'members' và cột 'Tổng số đảng viên' cùng là Tổng số đảng viên "
        "(members): hãy xóa một trong hai cột",
        "y.csv:1: error: cột 'members' và cột 'MEMBERS' cùng là Tổng số đảng viên (members): hãy "
        "xóa một trong hai cột"},
       "cột 'members' và cột 'Tổng số đảng viên' cùng là Tổng số đảng viên (members): hãy xóa "
       "một trong hai cột; cột 'members' và cột 'MEMBERS' cùng là Tổng số đảng viên (members): "
       "hãy xóa một trong hai cột"},
  };
  for (const Case& c : cases) {
    INFO(c.why);
    Diagnostics diags;
    checker.bind(c.names, {"y.csv", 1, 0}, diags);
    std::vector<std::string> messages;
    for (const auto& d : diags.items()) messages.push_back(chibo::format_diagnostic(d));
    CHECK(messages == c.messages);
    CHECK_FALSE(checker.check(c.values, {"y.csv", 2, 0}, rec, why));
    CHECK(why == c.why);
  }
  // A claim's two columns reject nothing (claims reject no row): the first
  // read, the other said once and left out.
  for (const auto& [names, message] : std::vector<std::pair<std::vector<std::string>, std::string>>{
           {{"cell_id", "date", "members", "present", "done", "draft", "self_total", "Tự chấm"},
            "y.csv:1: warning: cột 'self_total' và cột 'Tự chấm' cùng là Tổng điểm chi bộ tự chấm "
            "(self_total): đọc cột 'self_total', bỏ qua cột 'Tự chấm'; hãy xóa một trong hai cột"},
           {{"cell_id", "date", "members", "present", "done", "draft", "self.a", "self.a"},
            "y.csv:1: warning: cột 'self.a' xuất hiện hai lần: đọc cột đầu, bỏ qua cột sau; hãy "
            "xóa một trong hai cột"}}) {
    Diagnostics diags;
    checker.bind(names, {"y.csv", 1, 0}, diags);
    REQUIRE(diags.items().size() == 1);
    CHECK(chibo::format_diagnostic(diags.items()[0]) == message);
    CHECK(checker.check({"C1", "2024-01-05", "20", "19", "90", "có", "90", "95"}, {"y.csv", 2, 0},
                        rec, why));
    CHECK(why.empty());
    REQUIRE(rec.claims.size() == 1);
    CHECK(rec.claims[0].points == chibo::Rational(90));
  }
  // Bound again to a good header, rows are read again.
  Diagnostics diags;
  checker.bind({"cell_id", "date", "members", "present", "done", "draft"}, {"z.csv", 1, 0}, diags);
  CHECK(diags.items().empty());
  CHECK(checker.check({"C1", "2024-01-05", "20", "19", "90", "có"}, {"z.csv", 2, 0}, rec, why));
  CHECK(why.empty());
}

// A sheet's totals row under the table ("Tổng cộng" where a cell's id goes,
// no date): rejected as what it is, where each of its empty columns was said.
TEST_CASE("a totals row under the table is said to be one") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  chibo::RecordChecker checker(*r);
  Diagnostics diags;
  checker.bind({"cell_id", "date", "members", "present", "done", "draft"}, {"x.csv", 1, 0}, diags);
  chibo::MeetingRecord rec;
  std::string why;
  CHECK_FALSE(checker.check({"Tổng cộng:", "", "87", "70", "", ""}, {"x.csv", 9, 0}, rec, why));
  CHECK(why == "dòng tổng cộng ('Tổng cộng:'), không phải một bản ghi: hãy xóa dòng này");
  CHECK(rec.cell_id.empty());
  CHECK_FALSE(checker.check({"TONG", "", "87"}, {"x.csv", 9, 0}, rec, why));
  CHECK(why == "dòng tổng cộng ('TONG'), không phải một bản ghi: hãy xóa dòng này");
  // A cell's name that begins so, or a row with its date, is no totals row.
  CHECK_FALSE(checker.check({"Tổng công ty", "", "87", "70", "", ""}, {"x.csv", 9, 0}, rec, why));
  CHECK(why.starts_with("cột 'date' để trống"));
  CHECK_FALSE(
      checker.check({"Tổng", "2024-01-05", "20", "x", "90", "có"}, {"x.csv", 9, 0}, rec, why));
  CHECK_FALSE(why.starts_with("dòng tổng cộng"));
}
