#include "chibo/score_writer.h"

#include <sstream>

#include <catch2/catch.hpp>

#include "scoring_fixture.h"

using chibo::testing::compile_text;
using chibo::testing::score_fields;

namespace {

const char* kRuleset =
    "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
    "scale: 100\ninputs:\n  done: {type: percent, label: Hoàn thành}\n"
    "criteria:\n  - id: g\n    label: Nhóm\n    items:\n"
    "      - {id: a, label: A, max: 60, proportional: {of: done, from: 0, to: 100}}\n"
    "      - {id: b, label: B, max: 40, when: done >= 50, reason: Chưa đạt một nửa}\n"
    "grades:\n  - {id: dat, label: Đạt, from: 50}\n  - {id: kem, label: Kém, from: 0}\n";

std::string write(chibo::OutputFormat format, std::vector<std::string> dones,
                  std::string cell = "C1") {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  std::ostringstream out;
  auto w = chibo::make_score_writer(format, *r, out);
  for (const std::string& done : dones) {
    auto s = score_fields(*r, {{"done", done}, {"cell_id", cell}});
    REQUIRE(s.ok);
    chibo::MeetingRecord rec;
    rec.cell_id = cell;
    rec.date = 19797;  // 2024-03-15
    w->write(rec, s.score);
  }
  w->finish();
  return out.str();
}

}  // namespace

TEST_CASE("csv: fixed columns, one per criterion, '.' decimals, quoted when needed") {
  CHECK(write(chibo::OutputFormat::Csv, {"45,5"}) ==
        "cell_id,date,kind,total,grade,g,a,b\n"
        "C1,2024-03-15,regular,27.30,kem,27.30,27.30,0.00\n");
  CHECK(write(chibo::OutputFormat::Csv, {"100"}, "Chi bộ \"A\", xóm 1") ==
        "cell_id,date,kind,total,grade,g,a,b\n"
        "\"Chi bộ \"\"A\"\", xóm 1\",2024-03-15,regular,100.00,dat,100.00,60.00,40.00\n");
}

// No meeting: no table at all (a header over nothing read as a result), where
// the machines' formats keep their shape, a header alone and an empty list.
TEST_CASE("no meeting: no table, the csv header alone, an empty json list") {
  CHECK(write(chibo::OutputFormat::Table, {}) == "");
  CHECK(write(chibo::OutputFormat::Csv, {}) == "cell_id,date,kind,total,grade,g,a,b\n");
  CHECK(write(chibo::OutputFormat::Json, {}) == "[]\n");
}

TEST_CASE("json: one object per meeting, reasons for lost points") {
  CHECK(write(chibo::OutputFormat::Json, {"45"}) ==
        "[\n  {\"cell_id\": \"C1\", \"date\": \"2024-03-15\", \"kind\": \"regular\", \"total\": "
        "27.00, \"grade\": \"kem\", \"grade_label\": \"Kém\", \"grade_reasons\": [\"Tổng điểm "
        "27,00/100: thuộc khung loại Kém (từ 0 điểm).\", \"Xếp loại: Kém.\"],\n   \"criteria\": [\n"
        "    {\"id\": \"g\", \"points\": 27.00, \"max\": 100.00, \"reason\": \"\"},\n"
        "    {\"id\": \"a\", \"points\": 27.00, \"max\": 60.00, \"reason\": \"Hoàn thành 45%, "
        "tính theo tỷ lệ từ 0% (0 điểm) đến 100% (60 điểm): 27/60 điểm\"},\n"
        "    {\"id\": \"b\", \"points\": 0.00, \"max\": 40.00, \"reason\": \"Chưa đạt một nửa "
        "(hoàn thành: 45%): 0/40 điểm\"}]}\n]\n");
  CHECK(write(chibo::OutputFormat::Json, {}) == "[]\n");
}

TEST_CASE("table: decimal comma, group columns") {
  // The day as people write it; the groups' columns by id, named under the table.
  CHECK(write(chibo::OutputFormat::Table, {"45,5", "100"}) ==
        "Chi bộ  Ngày        Loại       Tổng điểm  Xếp loại     g\n"
        "C1      15/03/2024  thường kỳ      27,30  Kém       27,3\n"
        "C1      15/03/2024  thường kỳ     100,00  Đạt        100\n"
        "\n"
        "Các cột điểm:\n"
        "  g: Nhóm (tối đa 100 điểm)\n");
}

// A ruleset with a form for each kind of meeting: every form's groups are
// columns ("-" where the meeting's form has none), the legend says which kind
// has each.
TEST_CASE("table: the groups of every form, each kind's named in the legend") {
  auto r = compile_text(
      "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
      "kinds: [regular, thematic]\nscale: 100\n"
      "inputs:\n  ok: {type: yesno, label: Đạt}\n"
      "forms:\n"
      "  - id: thuong_ky\n    kinds: [regular]\n    criteria:\n"
      "      - {id: a, label: A, max: 80, when: ok}\n"
      "      - {id: c, label: C, max: 20, when: yes}\n"
      "  - id: chuyen_de\n    kinds: [thematic]\n    criteria:\n"
      "      - {id: b, label: B, max: 60, when: ok}\n"
      "      - {id: c, label: C, max: 40, when: yes}\n"
      "grades:\n  - {id: dat, label: Đạt, from: 50}\n  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(r);
  std::ostringstream out;
  auto w = chibo::make_score_writer(chibo::OutputFormat::Table, *r, out);
  for (const char* kind : {"regular", "thematic"}) {
    auto s = score_fields(*r, {{"ok", "có"}, {"kind", kind}});
    REQUIRE(s.ok);
    chibo::MeetingRecord rec;
    rec.cell_id = "C1";
    rec.date = 19797;  // 2024-03-15
    rec.kind =
        std::string(kind) == "regular" ? chibo::MeetingKind::Regular : chibo::MeetingKind::Thematic;
    w->write(rec, s.score);
  }
  w->finish();
  CHECK(out.str() ==
        "Chi bộ  Ngày        Loại       Tổng điểm  Xếp loại   a   c   b\n"
        "C1      15/03/2024  thường kỳ     100,00  Đạt       80  20   -\n"
        "C1      15/03/2024  chuyên đề     100,00  Đạt        -  40  60\n"
        "\n"
        "Các cột điểm:\n"
        "  a: A (tối đa 80 điểm; chỉ ở sinh hoạt thường kỳ)\n"
        "  c: C (tối đa 40 điểm)\n"
        "  b: B (tối đa 60 điểm; chỉ ở sinh hoạt chuyên đề)\n");
}

// A total rescaled for an item that does not apply is not its columns' sum:
// said once under the table, only when one such is written.
TEST_CASE("table: a total other than its columns' sum is said under the legend") {
  auto r = compile_text(
      "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
      "scale: 100\ninputs:\n  ok: {type: yesno, label: Đạt}\n"
      "criteria:\n  - id: g\n    label: G\n    items:\n"
      "      - {id: a, label: A, max: 20, when: ok, applies_when: month == 3, "
      "not_applicable: rescale}\n"
      "      - {id: b, label: B, max: 80, formula: 60}\n"
      "grades:\n  - {id: dat, label: Đạt, from: 50}\n  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(r);
  auto table = [&](int date, const std::string& day) {
    std::ostringstream out;
    auto w = chibo::make_score_writer(chibo::OutputFormat::Table, *r, out);
    auto s = score_fields(*r, {{"ok", "có"}, {"date", day}});
    REQUIRE(s.ok);
    chibo::MeetingRecord rec;
    rec.cell_id = "C1";
    rec.date = date;
    w->write(rec, s.score);
    w->finish();
    return out.str();
  };
  // 2024-04-01: a does not apply, 60 of 80 -> 75.
  const std::string april = table(19814, "2024-04-01");
  CHECK(april.find("C1      01/04/2024  thường kỳ      75,00  Đạt       60\n") !=
        std::string::npos);
  CHECK(april.find("\nTổng điểm có thể khác tổng các cột: điểm các tiêu chí được áp dụng được "
                   "quy đổi theo thang 100 khi có tiêu chí không áp dụng, và tổng không vượt 100 "
                   "(chibo explain cho biết từng bước).\n") != std::string::npos);
  CHECK(table(19797, "2024-03-15").find("Tổng điểm có thể khác") ==
        std::string::npos);  // 2024-03-15: applies
}

namespace {

// Items that do not apply in April, one per policy, and a group of one such
// item alone: what the writers show of each.
const char* kNotApplicableRuleset =
    "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
    "scale: 100\ninputs:\n  ok: {type: yesno, label: Đạt}\n"
    "criteria:\n  - id: g\n    label: G\n    items:\n"
    "      - {id: r, label: R, max: 10, when: ok, applies_when: month == 3, "
    "not_applicable: rescale}\n"
    "      - {id: f, label: F, max: 10, when: ok, applies_when: month == 3, not_applicable: full}\n"
    "      - {id: z, label: Z, max: 10, when: ok, applies_when: month == 3, not_applicable: zero}\n"
    "  - id: h\n    label: H\n    items:\n"
    "      - {id: h1, label: H1, max: 10, when: ok, applies_when: month == 3, "
    "not_applicable: rescale}\n"
    "  - {id: rest, label: Rest, max: 60, formula: 50}\n"
    "grades:\n  - {id: dat, label: Đạt, from: 50}\n  - {id: kem, label: Kém, from: 0}\n";

std::string write_not_applicable(chibo::OutputFormat format) {
  auto r = compile_text(kNotApplicableRuleset);
  REQUIRE(r);
  std::ostringstream out;
  auto w = chibo::make_score_writer(format, *r, out);
  for (const char* day : {"2024-04-01", "2024-03-15"}) {
    auto s = score_fields(*r, {{"ok", "không"}, {"date", day}});
    REQUIRE(s.ok);
    chibo::MeetingRecord rec;
    rec.cell_id = "C1";
    rec.date = static_cast<int>(s.score.slots[1].num());
    w->write(rec, s.score);
  }
  w->finish();
  return out.str();
}

}  // namespace

// In April r and h1 are left off the sheet (rescaled, 60 of 80 -> 75), and
// so is h, all of whose items are: empty, where 0 would read as points lost.
// f and z do not apply either, but have their points (full, zero). In March
// everything applies, and 0 is 0.
TEST_CASE("csv: a criterion left off the sheet is empty, one not applying with points is not") {
  CHECK(write_not_applicable(chibo::OutputFormat::Csv) ==
        "cell_id,date,kind,total,grade,g,r,f,z,h,h1,rest\n"
        "C1,2024-04-01,regular,75.00,dat,10.00,,10.00,0.00,,,50.00\n"
        "C1,2024-03-15,regular,50.00,dat,0.00,0.00,0.00,0.00,0.00,0.00,50.00\n");
}

// JSON keeps a number for points: 0 for what csv leaves empty, with the
// reason that says it is not points lost, a group's as an item's (the group's
// reason was empty, and its 0 read as 10 points lost). f and z have their points.
// A group with an item left off is out of what its sheet can give (g: 20, not
// 30, which read as 20 points lost where 10 were).
TEST_CASE("json: a criterion left off the sheet has 0 points and says it does not apply") {
  const std::string json = write_not_applicable(chibo::OutputFormat::Json);
  const std::string rescaled = "không tính, tổng điểm được quy đổi theo thang 100";
  const std::string april =
      "   \"criteria\": [\n"
      "    {\"id\": \"g\", \"points\": 10.00, \"max\": 20.00, \"reason\": \"\"},\n"
      "    {\"id\": \"r\", \"points\": 0.00, \"max\": 10.00, \"reason\": \"không áp dụng "
      "(chỉ tính khi tháng = 3): " +
      rescaled +
      "\"},\n"
      "    {\"id\": \"f\", \"points\": 10.00, \"max\": 10.00, \"reason\": \"không áp dụng "
      "(chỉ tính khi tháng = 3): tính đủ 10/10 điểm\"},\n"
      "    {\"id\": \"z\", \"points\": 0.00, \"max\": 10.00, \"reason\": \"không áp dụng "
      "(chỉ tính khi tháng = 3): 0/10 điểm\"},\n"
      "    {\"id\": \"h\", \"points\": 0.00, \"max\": 10.00, \"reason\": \"không áp dụng "
      "(chỉ tính khi tháng = 3): " +
      rescaled +
      "\"},\n"
      "    {\"id\": \"h1\", \"points\": 0.00, \"max\": 10.00, \"reason\": \"không áp dụng "
      "(chỉ tính khi tháng = 3): " +
      rescaled +
      "\"},\n"
      "    {\"id\": \"rest\", \"points\": 50.00, \"max\": 60.00, \"reason\": \"tính theo "
      "công thức: 50: 50/60 điểm\"}]},\n";
  // In March everything applies: 0 is 0, and a group says nothing.
  const std::string march =
      "   \"criteria\": [\n"
      "    {\"id\": \"g\", \"points\": 0.00, \"max\": 30.00, \"reason\": \"\"},\n"
      "    {\"id\": \"r\", \"points\": 0.00, \"max\": 10.00, \"reason\": \"không đạt điều "
      "kiện 'đạt': 0/10 điểm\"},\n"
      "    {\"id\": \"f\", \"points\": 0.00, \"max\": 10.00, \"reason\": \"không đạt điều "
      "kiện 'đạt': 0/10 điểm\"},\n"
      "    {\"id\": \"z\", \"points\": 0.00, \"max\": 10.00, \"reason\": \"không đạt điều "
      "kiện 'đạt': 0/10 điểm\"},\n"
      "    {\"id\": \"h\", \"points\": 0.00, \"max\": 10.00, \"reason\": \"\"},\n"
      "    {\"id\": \"h1\", \"points\": 0.00, \"max\": 10.00, \"reason\": \"không đạt điều "
      "kiện 'đạt': 0/10 điểm\"},\n"
      "    {\"id\": \"rest\", \"points\": 50.00, \"max\": 60.00, \"reason\": \"tính theo "
      "công thức: 50: 50/60 điểm\"}]}\n]\n";
  CHECK(json ==
        "[\n  {\"cell_id\": \"C1\", \"date\": \"2024-04-01\", \"kind\": \"regular\", "
        "\"total\": 75.00, \"grade\": \"dat\", \"grade_label\": \"Đạt\", \"grade_reasons\": "
        "[\"Điểm các tiêu chí được áp dụng: 60/80, quy đổi theo thang 100: 75.\", \"Tổng "
        "điểm 75,00/100: thuộc khung loại Đạt (từ 50 điểm).\", \"Xếp loại: Đạt.\"],\n" +
            april +
            "  {\"cell_id\": \"C1\", \"date\": \"2024-03-15\", \"kind\": \"regular\", "
            "\"total\": 50.00, \"grade\": \"dat\", \"grade_label\": \"Đạt\", "
            "\"grade_reasons\": [\"Tổng điểm 50,00/100: thuộc khung loại Đạt (từ 50 điểm).\", "
            "\"Xếp loại: Đạt.\"],\n" +
            march);
}

TEST_CASE("table: a group left off the sheet is '-', as one the sheet has not") {
  CHECK(write_not_applicable(chibo::OutputFormat::Table) ==
        "Chi bộ  Ngày        Loại       Tổng điểm  Xếp loại   g  h  rest\n"
        "C1      01/04/2024  thường kỳ      75,00  Đạt       10  -    50\n"
        "C1      15/03/2024  thường kỳ      50,00  Đạt        0  0    50\n"
        "\n"
        "Các cột điểm:\n"
        "  g: G (tối đa 30 điểm)\n"
        "  h: H (tối đa 10 điểm)\n"
        "  rest: Rest (tối đa 60 điểm)\n"
        "Tổng điểm có thể khác tổng các cột: điểm các tiêu chí được áp dụng được quy đổi theo "
        "thang 100 khi có tiêu chí không áp dụng, và tổng không vượt 100 (chibo explain cho biết "
        "từng bước).\n");
}

// Fields are searched eight bytes at a time: a separator, quote or line
// break is found at every place of fields up to 20 bytes (in the words and in
// the bytes after them), beside Vietnamese letters and bytes one away from
// the ones looked for; a field without one is written as it is.
TEST_CASE("csv fields are quoted whatever the place of the character that needs it") {
  for (const char special : {',', '"', '\r', '\n'}) {
    for (std::size_t size = 1; size <= 20; ++size) {
      for (std::size_t at = 0; at < size; ++at) {
        std::string text(size, 'a');
        for (std::size_t i = 0; i < size; ++i) {
          // Neighbours of the special bytes ('+' ',' '-', '!' '"' '#'), and "ở" (C6 A1).
          text[i] = "+-!#\x0b\x0c\xc6\xa1"[i % 8];
        }
        text[at] = special;
        INFO(size << " bytes, '" << special << "' at " << at);
        const std::string field = chibo::csv_field(text);
        REQUIRE(field.size() > text.size());
        CHECK(field.front() == '"');
        CHECK(field.back() == '"');
      }
      std::string plain(size, 'x');
      for (std::size_t i = 0; i < size; ++i) plain[i] = "Chi bộ \xc6\xa1 1-2"[i % 14];
      INFO(size << " bytes, none");
      CHECK(chibo::csv_field(plain) == plain);
    }
  }
}

TEST_CASE("csv fields a spreadsheet would run as formulas are neutralised, numbers are not") {
  struct Case {
    const char* text;
    const char* field;
  } cases[] = {
      {"=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""},
      {"+cmd", "'+cmd"},
      {"-2+3", "'-2+3"},
      {"@SUM(A1)", "'@SUM(A1)"},
      {"\tx", "'\tx"},
      {"\rx", "\"'\rx\""},
      {"-", "'-"},
      {"-0.35", "-0.35"},
      {"+2.10", "+2.10"},
      {"93", "93"},
      {"1.2.3", "1.2.3"},
      {"CP-TT-01", "CP-TT-01"},
      {"a,b", "\"a,b\""},
      {"", ""},
  };
  std::vector<std::string> fields;
  std::string expected_line;
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(chibo::csv_field(c.text) == c.field);
    std::string appended = "x,";
    chibo::append_csv_field(appended, c.text);
    CHECK(appended == std::string("x,") + c.field);
    fields.emplace_back(c.text);
    expected_line += (expected_line.empty() ? "" : ",") + std::string(c.field);
  }
  std::string line = "before\n";
  chibo::append_csv_line(line, fields);
  CHECK(line == "before\n" + expected_line + "\n");
}

TEST_CASE("a cell id that is a formula comes out as text in score csv") {
  CHECK(write(chibo::OutputFormat::Csv, {"80"}, "=1+1").find("\n'=1+1,2024-03-15,") !=
        std::string::npos);
}

// Whole points below 128 are written from texts made once; others, and
// fractions, as before: the two meet without a seam.
static std::string write_large(const std::string& presentation) {
  std::string text = kRuleset;
  text.replace(text.find("scale: 100"), 10, "scale: 1000");
  text.replace(text.find("max: 60"), 7, "max: 500");
  text.replace(text.find("max: 40"), 7, "max: 500");
  auto r = compile_text(text + presentation);
  REQUIRE(r);
  std::ostringstream out;
  auto w = chibo::make_score_writer(chibo::OutputFormat::Csv, *r, out);
  for (const char* done : {"0", "25.4", "25.6", "25.5", "60"}) {
    auto s = score_fields(*r, {{"done", done}, {"cell_id", "C1"}});
    REQUIRE(s.ok);
    chibo::MeetingRecord rec;
    rec.cell_id = "C1";
    rec.date = 19797;
    w->write(rec, s.score);
  }
  w->finish();
  return out.str();
}

TEST_CASE("csv writes whole points on both sides of the made texts alike") {
  CHECK(write_large("presentation: {decimals: 0}\n") ==
        "cell_id,date,kind,total,grade,g,a,b\n"
        "C1,2024-03-15,regular,0,kem,0,0,0\n"
        "C1,2024-03-15,regular,127,dat,127,127,0\n"
        "C1,2024-03-15,regular,128,dat,128,128,0\n"
        "C1,2024-03-15,regular,128,dat,128,128,0\n"
        "C1,2024-03-15,regular,800,dat,800,300,500\n");
  CHECK(write_large("") ==
        "cell_id,date,kind,total,grade,g,a,b\n"
        "C1,2024-03-15,regular,0.00,kem,0.00,0.00,0.00\n"
        "C1,2024-03-15,regular,127.00,dat,127.00,127.00,0.00\n"
        "C1,2024-03-15,regular,128.00,dat,128.00,128.00,0.00\n"
        "C1,2024-03-15,regular,127.50,dat,127.50,127.50,0.00\n"
        "C1,2024-03-15,regular,800.00,dat,800.00,300.00,500.00\n");
  // The longest texts made (six decimals), copied with the room they have.
  CHECK(write_large("presentation: {decimals: 6}\n") ==
        "cell_id,date,kind,total,grade,g,a,b\n"
        "C1,2024-03-15,regular,0.000000,kem,0.000000,0.000000,0.000000\n"
        "C1,2024-03-15,regular,127.000000,dat,127.000000,127.000000,0.000000\n"
        "C1,2024-03-15,regular,128.000000,dat,128.000000,128.000000,0.000000\n"
        "C1,2024-03-15,regular,127.500000,dat,127.500000,127.500000,0.000000\n"
        "C1,2024-03-15,regular,800.000000,dat,800.000000,300.000000,500.000000\n");
}
