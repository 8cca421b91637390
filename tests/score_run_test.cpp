#include "chibo/score_run.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <sstream>

#include <catch2/catch.hpp>

#include "score_run_fixture.h"

using namespace chibo::testing;

TEST_CASE("Excel CSV: BOM, CRLF, semicolons, quoted fields with separators and line breaks") {
  chibo::RunCounts counts;
  auto lines = run("m.csv",
                   "\xEF\xBB\xBF"
                   "cell_id;date;members;present\r\n"
                   "\"A;1\";2024-03-01;20;19\r\n"
                   "\"B\r\nhai dòng\";2024-03-02;10;12\r\n"
                   "C;2024-03-03;10;x\r\n"
                   "\"D;2024-03-04;10;10\r\n",
                   counts);
  CHECK(lines == std::vector<std::string>{
                     // A line break read inside a quoted field, then refused in an id.
                     "A;1 95",
                     "m.csv:3: error: cột 'cell_id': có ký tự điều khiển (byte thứ 2 của ô)",
                     "m.csv:5: error: cột 'present' (Có mặt): 'x' không phải là số nguyên",
                     "m.csv:6: error: dòng CSV hỏng: dấu ngoặc kép mở ở dòng 6 không có dấu "
                     "đóng cho đến hết tệp"});
  CHECK(counts.read == 4);
  CHECK(counts.scored == 1);
  CHECK(counts.rejected == 3);
  CHECK(counts.read == counts.scored + counts.rejected);
  CHECK(chibo::accounting_line(counts) == "4 bản ghi đã đọc, 1 đã chấm điểm, 3 bị loại");
  // Thousands set off with dots, as the progress bar writes them.
  CHECK(chibo::accounting_line({4093069, 4084879, 8190}) ==
        "4.093.069 bản ghi đã đọc, 4.084.879 đã chấm điểm, 8.190 bị loại");
}

// Said in place of a table of none: why nothing was scored.
TEST_CASE("nothing scored: every record rejected, or none read") {
  CHECK(
      chibo::nothing_scored_line({3, 0, 3}, true) ==
      "không có cuộc sinh hoạt nào được chấm điểm: cả 3 bản ghi đều bị loại (xem các lỗi ở trên)");
  CHECK(chibo::nothing_scored_line({1, 0, 1}, true) ==
        "không có cuộc sinh hoạt nào được chấm điểm: bản ghi duy nhất bị loại (xem lỗi ở trên)");
  CHECK(chibo::nothing_scored_line({0, 0, 0}, true) ==
        "không có cuộc sinh hoạt nào được chấm điểm: không đọc được bản ghi nào (xem ở trên)");
  CHECK(chibo::nothing_scored_line({0, 0, 0}, false) ==
        "không có cuộc sinh hoạt nào được chấm điểm: các tệp đã cho không có bản ghi nào");
}

TEST_CASE("YAML records: one meeting a file, or a list") {
  chibo::RunCounts counts;
  auto one = run("m.yaml", "cell_id: A\ndate: 2024-03-01\nmembers: 10\npresent: 9\n", counts);
  CHECK(one == std::vector<std::string>{"A 90"});
  auto list = run("m.yaml",
                  "- {cell_id: A, date: 2024-03-01, members: 10, present: 9}\n"
                  "- {cell_id: B, date: 2024-03-01, members: 10}\n",
                  counts);
  // A record's missing keys (khóa, not a CSV's cột) are its rejection, said once (they were said
  // twice: as a header's problem and as the record's).
  CHECK(list == std::vector<std::string>{"A 90", "m.yaml:2: error: thiếu khóa 'present' (Có mặt)"});
  CHECK(counts.read == 3);
  CHECK(counts.rejected == 1);
  // Every key it lacks, cell_id and date with the inputs, in one line.
  auto bare = run("m.yaml",
                  "- {cell_id: A, date: 2024-03-01, members: 10, present: 9}\n"
                  "- {members: 10}\n",
                  counts);
  CHECK(bare == std::vector<std::string>{"A 90",
                                         "m.yaml:2: error: thiếu khóa 'cell_id'; thiếu khóa "
                                         "'date'; thiếu khóa 'present' (Có mặt)"});
  // An unknown key is a warning once for the file, not once a record.
  auto unknown = run("m.yaml",
                     "- {cell_id: A, date: 2024-03-01, members: 10, present: 9, x: 1}\n"
                     "- {cell_id: B, date: 2024-03-01, members: 10, present: 9, x: 1}\n",
                     counts);
  REQUIRE(unknown.size() == 3);
  CHECK(unknown[0].rfind("m.yaml:1: warning: khóa 'x' không có trong bộ tiêu chí", 0) == 0);
  // A key it ignores may hold a list or a map (a note of several lines): the
  // meeting is scored, on one thread or two (it was refused, "phải là một
  // giá trị đơn", right after the warning that the key is ignored). A key
  // it reads holding a list is still the meeting's fault.
  const std::string noted =
      "- {cell_id: A, date: 2024-03-01, members: 10, present: 9, note: [muộn, thiếu]}\n"
      "- {cell_id: B, date: 2024-03-01, members: [10], present: 9, note: {a: 1}}\n";
  for (int threads : {1, 2}) {
    auto got = run("m.yaml", noted, counts, threads);
    REQUIRE(got.size() == 3);
    CHECK(got[0].rfind("m.yaml:1: warning: khóa 'note' không có trong bộ tiêu chí", 0) == 0);
    CHECK(got[1] == "A 90");
    CHECK(got[2] == "m.yaml:2: error: khóa 'members' phải là một giá trị đơn");
  }
}

TEST_CASE("a YAML meeting's faults are said at their keys' lines, on one thread or more") {
  // Meetings a line apart; the second's faults on its lines 6 and 8. A meeting
  // that is no map (its fields have no lines) sits between them in one batch,
  // and one the checks refuse (more present than members) keeps its first line.
  const std::string text =
      "- cell_id: A\n  date: 2024-03-01\n  members: 10\n  present: 9\n"
      "- cell_id: B\n  date: 2024-03-0x\n  members: 10\n  present: nine\n"
      "- cell_id: C\n  date: 2024-03-01\n  members: [10]\n  present: 9\n"
      "- just a line\n"
      "- cell_id: D\n  date: 2024-03-01\n  members: 10\n  present: x\n"
      "- cell_id: E\n  date: 2024-03-01\n  members: 10\n  present: 11\n";
  const std::vector<std::string> expected = {
      "A 90",
      "m.yaml:6: error: khóa 'date': '2024-03-0x' không phải là ngày (viết YYYY-MM-DD, "
      "DD/MM/YYYY hoặc D/M/YYYY); khóa 'present' ở dòng 8 (Có mặt): 'nine' không phải là số nguyên",
      // The reader's own refusal, at its key.
      "m.yaml:11: error: khóa 'members' phải là một giá trị đơn",
      "m.yaml:13: error: một cuộc sinh hoạt phải ghi dạng khóa: giá trị (cell_id: ..., date: ...)",
      "m.yaml:17: error: khóa 'present' (Có mặt): 'x' không phải là số nguyên",
      "m.yaml:18: error: Số có mặt vượt quá số đảng viên (có mặt: 11; tổng số đảng viên: 10)"};
  chibo::RunCounts counts;
  CHECK(run("m.yaml", text, counts, 1) == expected);
  CHECK(run("m.yaml", text, counts, 2) == expected);
  CHECK(run<TextOnly>("m.yaml", text, counts, 2) == expected);
  // Every sink the workers serve: each joined text is a line of its own.
  auto joined = run<Joined>("m.yaml", text, counts, 2);
  CHECK(joined == std::vector<std::string>{"A 90\n", expected[1], expected[2], expected[3],
                                           expected[4], expected[5]});
  // A key it lacks is said first, at the meeting's line: its faults then name their own.
  CHECK(run("m.yaml", "- cell_id: A\n  date: 2024-03-01\n  present: x\n", counts, 2) ==
        std::vector<std::string>{"m.yaml:1: error: thiếu khóa 'members' (Tổng số đảng viên); "
                                 "khóa 'present' ở dòng 3 (Có mặt): 'x' không phải là số nguyên"});
  // A CSV row's faults keep its line and say cột.
  CHECK(run("m.csv", "cell_id,date,members,present\nA,2024-03-01,10,x\n", counts, 2) ==
        std::vector<std::string>{
            "m.csv:2: error: cột 'present' (Có mặt): 'x' không phải là số nguyên"});
}

// A self-score that is no score is said as a warning at its record, which is
// scored: on one thread or more, each sink alike; in a YAML meeting at its
// record's line, naming its key's own.
TEST_CASE("a claim that is no score is a warning at its record, scored all the same") {
  const std::string left_out =
      " (điểm này bị bỏ qua khi kiểm tra tự chấm; bản ghi vẫn được chấm điểm)";
  const std::string csv =
      "cell_id,date,members,present,self_total\nA,2024-03-01,10,9,9o\nB,2024-03-01,10,12,\n"
      "C,2024-03-01,10,10,100\n";
  const std::vector<std::string> expected = {
      "m.csv:2: warning: cột 'self_total' (Tổng điểm chi bộ tự chấm): '9o' không phải là số" +
          left_out,
      "A 90", "m.csv:3: error: Số có mặt vượt quá số đảng viên (có mặt: 12; tổng số đảng viên: 10)",
      "C 100"};
  chibo::RunCounts counts;
  CHECK(run("m.csv", csv, counts, 1) == expected);
  CHECK(counts.read == 3);
  CHECK(counts.scored == 2);
  CHECK(counts.rejected == 1);
  counts = {};
  CHECK(run("m.csv", csv, counts, 2) == expected);
  CHECK(counts.scored == 2);
  CHECK(run<TextOnly>("m.csv", csv, counts, 2) == expected);
  CHECK(run<Joined>("m.csv", csv, counts, 2) ==
        std::vector<std::string>{expected[0], "A 90\n", expected[2], "C 100\n"});
  // Joined: the meetings scored before a warning are passed on before it
  // (it came out ahead of them, and of a rejection between).
  const std::string later =
      "cell_id,date,members,present,self_total\nA,2024-03-01,10,9,\nB,2024-03-01,10,12,\n"
      "C,2024-03-01,10,10,\nD,2024-03-01,10,5,x\n";
  const std::string warning =
      "m.csv:5: warning: cột 'self_total' (Tổng điểm chi bộ tự chấm): 'x' không phải là số" +
      left_out;
  CHECK(run<Joined>("m.csv", later, counts, 2) ==
        std::vector<std::string>{"A 90\n", expected[2], "C 100\n", warning, "D 50\n"});
  CHECK(run("m.csv", later, counts, 1) ==
        std::vector<std::string>{"A 90", expected[2], "C 100", warning, "D 50"});
  // Rejected by the checks after all: the claim's fault listed with the reason.
  CHECK(run("m.csv", "cell_id,date,members,present,self_total\nB,2024-03-01,10,12,9o\n", counts,
            2) == std::vector<std::string>{
                      "m.csv:2: error: Số có mặt vượt quá số đảng viên (có mặt: 12; tổng số đảng "
                      "viên: 10); cột 'self_total' (Tổng điểm chi bộ tự chấm): '9o' không phải là "
                      "số"});
  CHECK(run("m.yaml",
            "- cell_id: A\n  date: 2024-03-01\n  members: 10\n  present: 9\n  self_total: 101\n",
            counts, 2) ==
        std::vector<std::string>{"m.yaml:1: warning: khóa 'self_total' ở dòng 5 (Tổng điểm chi "
                                 "bộ tự chấm): 101 lớn hơn mức tối đa 100" +
                                     left_out,
                                 "A 90"});
}

// A key written twice, or a key that is a list, is the meeting's own fault:
// that meeting is rejected for it, at its line, and the file's others are
// scored (the whole file was refused, thousands of meetings for one).
TEST_CASE("a YAML meeting's key written twice rejects that meeting, not the file") {
  chibo::RunCounts counts;
  CHECK(run("m.yaml",
            "- {cell_id: A, date: 2024-03-01, members: 10, present: 9}\n"
            "- cell_id: B\n  date: 2024-03-01\n  members: 10\n  members: 12\n  present: 9\n"
            "- {cell_id: C, date: 2024-03-01, members: 10, present: 9, [x]: 1}\n"
            "- {cell_id: D, date: 2024-03-01, members: 10, present: 9}\n",
            counts, 2) ==
        std::vector<std::string>{
            "A 90", "m.yaml:5: error: khóa 'members' xuất hiện hai lần (lần đầu ở dòng 4)",
            "m.yaml:7: error: khóa phải là một tên, không phải danh sách hay bảng khóa", "D 90"});
  CHECK(counts.read == 4);
  CHECK(counts.scored == 2);
  CHECK(counts.rejected == 2);
}

TEST_CASE("a merged key's fault is the merging meeting's, at its '<<'") {
  chibo::RunCounts counts;
  CHECK(run("m.yaml",
            "- &base\n  cell_id: A\n  date: 2024-03-01\n  members: 10\n  present: x\n"
            "- <<: *base\n  cell_id: B\n",
            counts,
            2) == std::vector<std::string>{
                      "m.yaml:5: error: khóa 'present' (Có mặt): 'x' không phải là số nguyên",
                      "m.yaml:6: error: khóa 'present' (Có mặt): 'x' không phải là số nguyên"});
}

TEST_CASE("a YAML list's meetings are scored once the whole file is read") {
  chibo::RunCounts counts;
  // Each meeting is handed on as it is read, and kept: a syntax error after
  // two good meetings refuses the file, and neither is scored.
  CHECK(run("m.yaml",
            "- {cell_id: A, date: 2024-03-01, members: 10, present: 9}\n"
            "- {cell_id: B, date: 2024-03-01, members: 10, present: 8}\n"
            "- {cell_id: C, date: 2024-03-01\n",
            counts, 2) ==
        std::vector<std::string>{"m.yaml:4:1: error: lỗi cú pháp YAML: thiếu dấu '}' để đóng "
                                 "bảng khóa mở bằng '{' trước đó"});
  CHECK(counts.read == 0);
  // A text left open swallows the rest of the file: found at its end, and
  // nothing is scored either.
  CHECK(run("m.yaml",
            "- {cell_id: A, date: 2024-03-01, members: 10, present: 9}\n"
            "- cell_id: \"B\n  date: 2024-03-01\n",
            counts) ==
        std::vector<std::string>{"m.yaml:2:12: error: giá trị mở bằng dấu \" ở đây chưa được "
                                 "đóng: mọi nội dung từ đây đến hết tệp đều bị gộp vào giá trị "
                                 "này (hãy thêm dấu \" để đóng)"});
  CHECK(counts.read == 0);
  // Meetings with the same keys and with others, in file order; an earlier
  // meeting merged into a later one.
  CHECK(run("m.yaml",
            "- &a {cell_id: A, date: 2024-03-01, members: 10, present: 9}\n"
            "- {cell_id: B, present: 7, date: 2024-03-01, members: 10}\n"
            "- {<<: *a, cell_id: C, present: 8}\n"
            "- 5\n",
            counts, 2) ==
        std::vector<std::string>{"A 90", "B 70", "C 80",
                                 "m.yaml:4: error: một cuộc sinh hoạt phải ghi dạng khóa: giá "
                                 "trị (cell_id: ..., date: ...)"});
  CHECK(counts.read == 4);
}

TEST_CASE("a YAML meeting's number cut at a decimal comma inside braces is refused, saying so") {
  chibo::RunCounts counts;
  // {present: 9,5} reads as present: 9 and a key '5': never scored as 9.
  CHECK(run("m.yaml",
            "- {cell_id: A, date: 2024-03-01, members: 10, present: 9,5}\n"
            "- {cell_id: B, date: 2024-03-01, members: 10, present: 9}\n",
            counts) ==
        std::vector<std::string>{"m.yaml:1: error: khóa 'present': 9,5 bị tách ở dấu phẩy (trong "
                                 "{...} dấu phẩy ngăn cách các khóa): viết 9.5 hoặc \"9,5\"",
                                 "B 90"});
  CHECK(counts.read == 2);
  CHECK(counts.rejected == 1);
}

TEST_CASE("an empty records file is said to be, CSV or YAML") {
  chibo::RunCounts counts;
  CHECK(run("m.csv", "", counts) ==
        std::vector<std::string>{"m.csv: warning: tệp trống: không có bản ghi nào"});
  CHECK(run("m.yaml", "# nothing yet\n", counts) ==
        std::vector<std::string>{"m.yaml: warning: tệp trống: không có bản ghi nào"});
  CHECK(run("m.yaml", "[]\n", counts) ==
        std::vector<std::string>{"m.yaml: warning: tệp trống: không có bản ghi nào"});
  // A header alone is a month with no meeting: nothing to say.
  CHECK(run("m.csv", "cell_id,date,members,present\n", counts).empty());
  CHECK(counts.read == 0);
}

TEST_CASE("standard input is sniffed: YAML or CSV") {
  chibo::RunCounts counts;
  CHECK(run("-", "cell_id: A\ndate: 2024-03-01\nmembers: 10\npresent: 10\n", counts) ==
        std::vector<std::string>{"A 100"});
  CHECK(run("-", "cell_id,date,members,present\nB,2024-03-01,4,1\n", counts) ==
        std::vector<std::string>{"B 25"});
}

TEST_CASE("worker threads change nothing: same calls, same order, same counts") {
  // 5,000 rows (batches of kScoreBatchSize, the last one partial), every 7th rejected.
  static_assert(5000 % chibo::kScoreBatchSize != 0 && 5000 > 2 * chibo::kScoreBatchSize);
  std::string text = "cell_id,date,members,present\n";
  for (int i = 0; i < 5000; ++i) {
    text += "C" + std::to_string(i) + ",2024-03-01,20," + std::to_string(i % 7 == 0 ? 21 : i % 21) +
            "\n";
  }
  chibo::RunCounts one, three;
  auto serial = run("m.csv", text, one, 1);
  auto parallel = run("m.csv", text, three, 3);
  CHECK(serial.size() == 5000);
  CHECK(serial == parallel);
  CHECK(one.read == 5000);
  CHECK(one.rejected == 715);
  CHECK(three.read == one.read);
  CHECK(three.scored == one.scored);
  CHECK(three.rejected == one.rejected);
  CHECK(serial[0] ==
        "m.csv:2: error: Số có mặt vượt quá số đảng viên (có mặt: 21; tổng số đảng viên: 20)");
  CHECK(serial[1] == "C1 5");
}

TEST_CASE("workers that keep only the prepared text give the same calls and counts") {
  std::string text = "cell_id,date,members,present\n";
  for (int i = 0; i < 2000; ++i) {
    text += "C" + std::to_string(i) + ",2024-03-01,20," + std::to_string(i % 7 == 0 ? 21 : i % 21) +
            "\n";
    // A row the reader cannot split, inside a batch: the workers pass its
    // reason on, they do not check what was read of it.
    if (i == 1000) text += "\"C1000\"x,2024-03-01,20,5\n";
  }
  text += "C9,2024-03-01,20\n";  // too few fields: the reader's count still adds up
  chibo::RunCounts serial_counts, parallel_counts;
  auto serial = run("m.csv", text, serial_counts, 1);
  auto parallel = run<TextOnly>("m.csv", text, parallel_counts, 2);
  CHECK(parallel == serial);
  CHECK(parallel.size() == 2002);
  CHECK(parallel[1] == "C1 5");
  CHECK(parallel[1001] ==
        "m.csv:1003: error: dòng CSV hỏng: có ký tự 'x' ngay sau dấu ngoặc kép đóng");
  CHECK(parallel.back() == "m.csv:2003: error: dòng có 3 ô nhưng tiêu đề có 4 cột");
  CHECK(parallel_counts.read == 2002);
  CHECK(parallel_counts.scored == serial_counts.scored);
  CHECK(parallel_counts.rejected == 288);
  // One thread prepares and emits on the calling thread: the same again.
  chibo::RunCounts one;
  CHECK(run<TextOnly>("m.csv", text, one, 1) == serial);
  // A sink's own kind of Prepared travels the same way.
  chibo::RunCounts own_one, own_two;
  CHECK(run<OwnKind>("m.csv", text, own_one, 1) == serial);
  CHECK(run<OwnKind>("m.csv", text, own_two, 2) == serial);
  CHECK(own_two.rejected == parallel_counts.rejected);
  // And each meeting keeps where it was read.
  chibo::RunCounts located_one, located_two;
  const auto located = run<Located>("m.csv", text, located_one, 1);
  CHECK(run<Located>("m.csv", text, located_two, 2) == located);
  CHECK(located[1] == "m.csv:3 C1 5");
  CHECK(located[1003] == "m.csv:1005 C1002 75");  // past the row the reader could not split
}

TEST_CASE("joined texts: each run of scored meetings in one call, rejections between them") {
  // Two whole batches and 76 rows; rejections at rows 3 and B + 88
  // (inside the first and second batches), none in the third.
  const int b = static_cast<int>(chibo::kScoreBatchSize), rows = 2 * b + 76, second = b + 88;
  std::string text = "cell_id,date,members,present\n";
  std::string expected_scored;
  for (int i = 0; i < rows; ++i) {
    const bool bad = i == 3 || i == second;
    text += "C" + std::to_string(i) + ",2024-03-01,20," + (bad ? "21" : "10") + "\n";
    if (!bad) expected_scored += "C" + std::to_string(i) + " 50\n";
  }
  const std::string rejected =
      "error: Số có mặt vượt quá số đảng viên (có mặt: 21; tổng số đảng viên: 20)";
  for (int threads : {2, 3}) {
    CAPTURE(threads);
    chibo::RunCounts counts;
    auto calls = run<Joined>("m.csv", text, counts, threads);
    // Batch 1: rows 0-2, the rejection, rows 4 to B-1; batch 2: rows B to
    // B+87, the rejection, rows B+89 to 2B-1; batch 3 whole.
    REQUIRE(calls.size() == 7);
    CHECK(calls[0] == "C0 50\nC1 50\nC2 50\n");
    CHECK(calls[1] == "m.csv:5: " + rejected);
    CHECK(calls[2].rfind("C4 50\n", 0) == 0);
    CHECK(calls[3].rfind("C" + std::to_string(b) + " 50\n", 0) == 0);
    CHECK(calls[4] == "m.csv:" + std::to_string(second + 2) + ": " + rejected);
    CHECK(calls[6].rfind("C" + std::to_string(2 * b) + " 50\n", 0) == 0);
    std::string joined;
    for (std::size_t i : {0, 2, 3, 5, 6}) joined += calls[i];
    CHECK(joined == expected_scored);
    CHECK(counts.read == rows);
    CHECK(counts.scored == rows - 2);
    CHECK(counts.rejected == 2);
  }
  // Each joined call's record names the file its meetings were read from.
  chibo::RunCounts named;
  const auto named_calls = run<JoinedFile>("m.csv", text, named, 2);
  CHECK(named_calls.size() == 7);
  for (const std::string& call : named_calls) {
    CHECK((call.rfind("m.csv| C", 0) == 0 || call == "m.csv:5: " + rejected ||
           call == "m.csv:" + std::to_string(second + 2) + ": " + rejected));
  }
  // One thread: one call a meeting, the same text in all.
  chibo::RunCounts one;
  auto serial = run<Joined>("m.csv", text, one, 1);
  CHECK(serial.size() == static_cast<std::size_t>(rows));
  CHECK(one.scored == rows - 2);
}

TEST_CASE("batches grow after the first kScoreBatchGrowth records") {
  // The first records in small batches, the rest in large ones, the last
  // batch partial: one joined call a batch (no rejections).
  const std::size_t large = 2 * chibo::kScoreLargeBatchSize + 10;
  const std::size_t rows = chibo::kScoreBatchGrowth + large;
  static_assert(chibo::kScoreBatchGrowth % chibo::kScoreBatchSize == 0);
  std::string text = "cell_id,date,members,present\n";
  for (std::size_t i = 0; i < rows; ++i) text += "C" + std::to_string(i) + ",2024-03-01,20,10\n";
  chibo::RunCounts counts;
  const auto calls = run<Joined>("m.csv", text, counts, 2);
  const std::size_t small = chibo::kScoreBatchGrowth / chibo::kScoreBatchSize;
  REQUIRE(calls.size() == small + 3);
  auto meetings = [](const std::string& call) {
    return static_cast<std::size_t>(std::count(call.begin(), call.end(), '\n'));
  };
  for (std::size_t i = 0; i < small; ++i) CHECK(meetings(calls[i]) == chibo::kScoreBatchSize);
  CHECK(meetings(calls[small]) == chibo::kScoreLargeBatchSize);
  CHECK(meetings(calls[small + 1]) == chibo::kScoreLargeBatchSize);
  CHECK(meetings(calls[small + 2]) == 10);
  CHECK(calls[small].rfind("C" + std::to_string(chibo::kScoreBatchGrowth) + " 50\n", 0) == 0);
  CHECK(counts.read == static_cast<std::int64_t>(rows));
  CHECK(counts.scored == counts.read);
  // One thread gives the same meetings, one call each.
  chibo::RunCounts one;
  const auto serial = run<Joined>("m.csv", text, one, 1);
  CHECK(serial.size() == rows);
  std::string all, all_serial;
  for (const std::string& c : calls) all += c;
  for (const std::string& c : serial) all_serial += c;
  CHECK(all == all_serial);
}

// A sink's batches_ahead() batches a worker are in flight: the reader waits
// for the oldest only then. The first batch's worker is held in its first
// prepare() while the other prepares the batches handed out after it: with
// six a worker (two workers, batches of kScoreBatchSize), eleven of them;
// with two, never more than three.
namespace {
struct Ahead : TextOnly {
  int ahead = chibo::kScoreBatchesAhead;
  std::size_t wanted = 0;  // held until this many meetings are prepared
  std::chrono::milliseconds wait{0};
  mutable std::mutex mutex;
  mutable std::condition_variable changed;
  mutable std::size_t prepared = 0;
  mutable bool reached = false;
  int batches_ahead() const override { return ahead; }
  void prepare(const chibo::MeetingRecord& r, const chibo::MeetingScore& s,
               chibo::ScoreSink::Prepared& out) const override {
    TextOnly::prepare(r, s, out);
    std::unique_lock<std::mutex> lock(mutex);
    if (r.cell_id == "C0") {
      // Not reached when too few batches are handed out: ahead is not honoured.
      reached = changed.wait_for(lock, wait, [&] { return prepared >= wanted; });
    } else {
      ++prepared;
      changed.notify_all();
    }
  }
};

bool held_until(int ahead, std::size_t wanted, std::chrono::milliseconds wait) {
  auto r = compile_text(kRunRuleset);
  REQUIRE(r);
  std::string text = "cell_id,date,members,present\n";
  for (int i = 0; i < 8000; ++i) text += "C" + std::to_string(i) + ",2024-03-01,20,10\n";
  std::istringstream in(text);
  Ahead sink;
  sink.ahead = ahead;
  sink.wanted = wanted;
  sink.wait = wait;
  chibo::RunCounts counts;
  chibo::score_input(*r, "m.csv", in, sink, counts, 2);
  CHECK(counts.scored == 8000);
  return sink.reached;
}
}  // namespace

TEST_CASE("a sink's batches_ahead() is how many batches a worker are in flight") {
  constexpr std::size_t b = chibo::kScoreBatchSize;
  static_assert(12 * b < 8000 && 8000 <= chibo::kScoreBatchGrowth);
  CHECK(held_until(6, 11 * b, std::chrono::seconds(20)));
  // Three batches after the first only (a shorter wait: a false pass when
  // the other worker is slow, never a false failure).
  CHECK_FALSE(held_until(2, 3 * b + 1, std::chrono::milliseconds(500)));
}
