// Score_run passes a rejected record's cell, date and kind on
// (ScoreSink::rejected_meeting): a ranking names the month or quarter it left short.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "chibo/score_run.h"
#include "score_run_fixture.h"

using namespace chibo::testing;

TEST_CASE("a rejected record's cell and date are passed on when they were read") {
  std::string text =
      "cell_id,date,members,present\n"
      "C0,2024-03-01,20,10\n"
      "C1,2024-03-02,20,21\n"       // the check: its cell and date
      "C2,2024-13-01,20,10\n"       // no date
      ",2024-03-04,20,10\n"         // no cell
      "\"C4\"x,2024-03-05,20,10\n"  // not read
      "C5,2024-03-06,20\n"          // too few fields, cell and date first
      "C6,2024-03-07,20,x\n";       // the cell's, though a value is wrong
  const std::vector<std::string> want = {
      "C0 50",
      "m.csv:3: error: Số có mặt vượt quá số đảng viên (có mặt: 21; tổng số đảng viên: 20)",
      "  of C1 2024-03-02",
      "m.csv:4: error: cột 'date': '2024-13-01' không phải là ngày (viết YYYY-MM-DD, DD/MM/YYYY "
      "hoặc D/M/YYYY)",
      "m.csv:5: error: cột 'cell_id' để trống (ô gộp với ô ở dòng trên trong Excel? tệp CSV chỉ "
      "giữ giá trị ở dòng đầu của ô gộp: hãy bỏ gộp ô và ghi giá trị ở mỗi dòng, hoặc đọc thẳng "
      "tệp .xlsx)",
      "m.csv:6: error: dòng CSV hỏng: có ký tự 'x' ngay sau dấu ngoặc kép đóng",
      "m.csv:7: error: dòng có 3 ô nhưng tiêu đề có 4 cột",
      "  of C5 2024-03-06",
      "m.csv:8: error: cột 'present' (Có mặt): 'x' không phải là số nguyên",
      "  of C6 2024-03-07"};
  for (int threads : {1, 2}) {
    CAPTURE(threads);
    chibo::RunCounts counts;
    CHECK(run<SaysRejectedMeeting<Collect>>("m.csv", text, counts, threads) == want);
    CHECK(counts.rejected == 6);
  }
  // Workers that keep only the prepared text pass them on too; joined, the
  // scored meeting's text ends its line.
  chibo::RunCounts text_only, joined;
  CHECK(run<SaysRejectedMeeting<TextOnly>>("m.csv", text, text_only, 2) == want);
  std::vector<std::string> want_joined = want;
  want_joined[0] += "\n";
  CHECK(run<SaysRejectedMeeting<Joined>>("m.csv", text, joined, 2) == want_joined);
}

TEST_CASE("a rejected record's kind is passed on: a thematic one's quarter is named") {
  const std::string text =
      "cell_id,date,kind,members,present\n"
      "C1,2024-03-02,thematic,20,21\n"
      "C2,2024-03-02,regular,20,21\n";
  for (int threads : {1, 2}) {
    CAPTURE(threads);
    chibo::RunCounts counts;
    const auto lines = run<SaysRejectedMeeting<Collect>>("m.csv", text, counts, threads);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].rfind("m.csv:2: error: ", 0) == 0);
    CHECK(lines[1] == "  of C1 2024-03-02 thematic");
    CHECK(lines[3] == "  of C2 2024-03-02");
  }
}

TEST_CASE("a row of another width tells its month when cell_id and date lead the header") {
  // A decimal comma (92,5) in a comma-separated file: one cell more.
  chibo::RunCounts counts;
  auto lines = run<SaysRejectedMeeting<Collect>>(
      "m.csv", "cell_id,date,members,present\nC1,2024-03-02,20,1,5\nC2,2024-04-02,20\n", counts, 1);
  REQUIRE(lines.size() == 4);
  CHECK(lines[1] == "  of C1 2024-03-02");
  CHECK(lines[3] == "  of C2 2024-04-02");
  // With kind among them too.
  lines = run<SaysRejectedMeeting<Collect>>(
      "m.csv", "kind,cell_id,date,members,present\nthematic,C1,2024-03-02,20,1,5\n", counts, 1);
  REQUIRE(lines.size() == 2);
  CHECK(lines[1] == "  of C1 2024-03-02 thematic");
  // cell_id after an input: a cell before it may have moved it, nothing told.
  lines = run<SaysRejectedMeeting<Collect>>(
      "m.csv", "cell_id,members,date,present\nC1,20,2024-03-02,1,5\n", counts, 1);
  CHECK(lines.size() == 1);
  // kind after an input: it may have moved (a thematic meeting taken for a regular one).
  lines = run<SaysRejectedMeeting<Collect>>(
      "m.csv", "cell_id,date,members,present,kind\nC1,2024-03-02,20,1,5,thematic\n", counts, 1);
  CHECK(lines.size() == 1);
  // A kind not understood: neither its month nor its quarter told.
  lines = run<SaysRejectedMeeting<Collect>>(
      "m.csv", "cell_id,date,kind,members,present\nC1,2024-03-02,họp chuyên đề,20,1,5\n", counts,
      1);
  CHECK(lines.size() == 1);
  lines = run<SaysRejectedMeeting<Collect>>(
      "m.csv", "cell_id,date,kind,members,present\nC1,2024-03-02,họp chuyên đề,20,10\n", counts, 1);
  CHECK(lines.size() == 1);
  // A header at fault rejects every row alike: none told.
  lines = run<SaysRejectedMeeting<Collect>>(
      "m.csv", "cell_id,date,members,members,present\nC1,2024-03-02,20,20,1,5\n", counts, 1);
  CHECK(lines.size() == 2);  // the header's fault, the row's
}

TEST_CASE("a rejected record whose date is no day of its month tells that month") {
  chibo::RunCounts counts;
  const auto lines = run<SaysRejectedMeeting<Collect>>(
      "m.csv", "cell_id,date,members,present\nC1,2024-02-30,20,10\nC2,31/11/2024,20,10\n", counts,
      2);
  REQUIRE(lines.size() == 4);
  CHECK(lines[1] == "  of C1 2024-02-01");
  CHECK(lines[3] == "  of C2 2024-11-01");
}
