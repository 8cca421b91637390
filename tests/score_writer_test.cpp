#include "chibo/score_writer.h"

#include <sstream>

#include <catch2/catch.hpp>

#include "score_writer_fixture.h"

using chibo::testing::compile_text;
using chibo::testing::kWriterRuleset;
using chibo::testing::score_fields;
using chibo::testing::write;
using chibo::testing::write_not_applicable;

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

// Fields are searched sixteen, then eight bytes at a time: a separator, quote
// or line break is found at every place of fields up to 40 bytes (in two
// blocks of sixteen, one of eight and the bytes after them), beside
// Vietnamese letters and bytes one away from the ones looked for; a field
// without one is written as it is.
TEST_CASE("csv fields are quoted whatever the place of the character that needs it") {
  for (const char special : {',', '"', '\r', '\n'}) {
    for (std::size_t size = 1; size <= 40; ++size) {
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
  std::string text = kWriterRuleset;
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
