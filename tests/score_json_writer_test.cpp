// The JSON writer of `chibo score` (score_json_writer.cpp): a list of one
// object a meeting.
#include "score_writers.h"

#include <sstream>

#include <catch2/catch.hpp>

#include "score_writer_fixture.h"

using chibo::testing::compile_text;
using chibo::testing::score_fields;
using chibo::testing::write;
using chibo::testing::write_not_applicable;

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

// A cell id is any text: quoted as JSON (its quote and backslash escaped);
// the kind is its id, as csv writes it, not its Vietnamese words.
TEST_CASE("json: the cell id quoted as JSON, the kind by its id") {
  CHECK(
      write(chibo::OutputFormat::Json, {"100"}, "Chi bộ \"A\\1\"", chibo::MeetingKind::Thematic) ==
      "[\n  {\"cell_id\": \"Chi bộ \\\"A\\\\1\\\"\", \"date\": \"2024-03-15\", \"kind\": "
      "\"thematic\", \"total\": 100.00, \"grade\": \"dat\", \"grade_label\": \"Đạt\", "
      "\"grade_reasons\": [\"Tổng điểm 100,00/100: thuộc khung loại Đạt (từ 50 điểm).\", "
      "\"Xếp loại: Đạt.\"],\n   \"criteria\": [\n"
      "    {\"id\": \"g\", \"points\": 100.00, \"max\": 100.00, \"reason\": \"\"},\n"
      "    {\"id\": \"a\", \"points\": 60.00, \"max\": 60.00, \"reason\": \"\"},\n"
      "    {\"id\": \"b\", \"points\": 40.00, \"max\": 40.00, \"reason\": \"\"}]}\n]\n");
}

// Worker threads format meetings while the writer writes others: format()
// writes nothing and keeps no place in the list, the commas between objects
// are write_formatted()'s, in the order it is given them.
TEST_CASE("json: meetings formatted ahead are listed in the order written") {
  auto r = compile_text(chibo::testing::kWriterRuleset);
  REQUIRE(r);
  auto s = score_fields(*r, {{"done", "0"}, {"cell_id", "A"}});
  REQUIRE(s.ok);
  std::ostringstream out;
  auto w = chibo::make_json_writer(*r, out);
  chibo::MeetingRecord a, b;
  a.cell_id = "A", b.cell_id = "B";
  a.date = b.date = 19797;  // 2024-03-15
  std::string first, second;
  w->format(b, s.score, second);
  w->format(a, s.score, first);
  CHECK(out.str() == "");
  const std::string rest =
      "\"date\": \"2024-03-15\", \"kind\": \"regular\", \"total\": 0.00, \"grade\": "
      "\"kem\", \"grade_label\": \"Kém\", \"grade_reasons\": [\"Tổng điểm 0,00/100: thuộc "
      "khung loại Kém (từ 0 điểm).\", \"Xếp loại: Kém.\"],\n   \"criteria\": [\n"
      "    {\"id\": \"g\", \"points\": 0.00, \"max\": 100.00, \"reason\": \"\"},\n"
      "    {\"id\": \"a\", \"points\": 0.00, \"max\": 60.00, \"reason\": \"Hoàn thành 0%, "
      "tính theo tỷ lệ từ 0% (0 điểm) đến 100% (60 điểm): 0/60 điểm\"},\n"
      "    {\"id\": \"b\", \"points\": 0.00, \"max\": 40.00, \"reason\": \"Chưa đạt một "
      "nửa (hoàn thành: 0%): 0/40 điểm\"}]}";
  CHECK(first == "\n  {\"cell_id\": \"A\", " + rest);
  CHECK(second == "\n  {\"cell_id\": \"B\", " + rest);
  w->write_formatted(first);
  w->write_formatted(second);
  w->finish();
  CHECK(out.str() == "[" + first + "," + second + "\n]\n");
}
