#include "file_notes.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using chibo::DateOrder;
using chibo::FieldList;
using chibo::FileNotes;

namespace {

// What take() says, a line each: "file:line: message".
std::vector<std::string> said(FileNotes& notes, const std::string& file) {
  std::vector<std::string> out;
  for (const chibo::Diagnostic& d : notes.take(file, {})) {
    out.push_back(d.where.file + ":" + std::to_string(d.where.line) + ": " + d.message);
  }
  return out;
}

}  // namespace

TEST_CASE("dates that read either way are said once a file beside one read month first") {
  FileNotes notes;
  notes.header(1, {});
  notes.date(DateOrder::Plain, 2);
  notes.date(DateOrder::EitherWay, 3);
  notes.date(DateOrder::MonthFirst, 4);
  notes.date(DateOrder::EitherWay, 5);
  notes.date(DateOrder::MonthFirst, 6);
  CHECK(said(notes, "us.csv") ==
        std::vector<std::string>{
            "us.csv:3: tệp có ngày ghi theo kiểu tháng/ngày/năm (dòng 4, bị loại; máy tính đặt "
            "định dạng ngày kiểu Mỹ?); 2 bản ghi có ngày mà ngày và tháng đều không quá 12 (bản "
            "ghi đầu ở dòng này): các ngày đó được đọc là ngày/tháng/năm, có thể sai: hãy xem lại "
            "các ngày của tệp và ghi DD/MM/YYYY hoặc YYYY-MM-DD"});
  // Said, then forgotten: the next file starts afresh.
  CHECK(said(notes, "us.csv").empty());
  notes.date(DateOrder::MonthFirst, 9);
  notes.date(DateOrder::EitherWay, 8);
  CHECK(said(notes, "b.csv") ==
        std::vector<std::string>{
            "b.csv:8: tệp có ngày ghi theo kiểu tháng/ngày/năm (dòng 9, bị loại; máy tính đặt "
            "định dạng ngày kiểu Mỹ?); bản ghi ở dòng này có ngày mà ngày và tháng đều không quá "
            "12: ngày đó được đọc là ngày/tháng/năm, có thể sai: hãy xem lại các ngày của tệp và "
            "ghi DD/MM/YYYY hoặc YYYY-MM-DD"});
  // Either alone says nothing: no date read month first, or none misread.
  notes.date(DateOrder::EitherWay, 2);
  CHECK(said(notes, "vn.csv").empty());
  notes.date(DateOrder::MonthFirst, 2);
  CHECK(said(notes, "typo.csv").empty());
}

TEST_CASE("a value under a column with no name is said once a file, at its first line") {
  FileNotes notes;
  notes.header(1, {2, 4});
  CHECK(notes.looks_at_rows());
  notes.row(FieldList{"CP-01", "2024-03-05", " ", "x", ""}, 2);
  notes.row(FieldList{"CP-02", "2024-03-06", "ghi chú", "x"}, 3);  // short: no column 5
  CHECK(notes.looks_at_rows());
  notes.row(FieldList{"CP-03", "2024-03-07", "khác", "x", "\u00A0 12 "}, 4);
  CHECK_FALSE(notes.looks_at_rows());  // each has shown one: rows are no longer looked at
  CHECK(said(notes, "m.csv") ==
        std::vector<std::string>{
            "m.csv:3: cột thứ 3 (cột C) có giá trị 'ghi chú', cột thứ 5 (cột E) có giá trị '12' "
            "ở dòng 4 nhưng dòng tiêu đề (dòng 1) không ghi tên các cột đó: giá trị ở các cột đó "
            "bị bỏ qua, không được đọc; hãy ghi tên cột ở dòng tiêu đề, hoặc xóa giá trị nếu "
            "không dùng"});
  notes.header(5, {27});
  notes.row(FieldList{}, 6);
  CHECK(said(notes, "m.csv").empty());  // no value under it
  notes.header(1, {27});
  std::vector<std::string_view> wide(28, "");
  wide[27] = "ghi chú rất dài";
  FieldList row;
  for (const std::string_view f : wide) row.add(f);
  notes.row(row, 7);
  CHECK(said(notes, "w.xlsx") ==
        std::vector<std::string>{
            "w.xlsx:7: cột thứ 28 (cột AB) có giá trị 'ghi chú rất dài' nhưng dòng tiêu đề (dòng "
            "1) không ghi tên cột đó: giá trị ở cột đó bị bỏ qua, không được đọc; hãy ghi tên cột "
            "ở dòng tiêu đề, hoặc xóa giá trị nếu không dùng"});
}

TEST_CASE("a share written 1 is said once a file beside shares written as fractions") {
  chibo::Input share;
  share.id = "task_completion";
  share.type = chibo::InputType::Percent;
  share.label = "Tỷ lệ hoàn thành";
  const std::vector<chibo::Input> inputs{chibo::Input{}, share};
  FileNotes notes;
  notes.header(1, {});
  notes.shares(-1, -1, 2);
  notes.shares(-1, 1, 3);
  notes.shares(1, -1, 4);
  notes.shares(-1, 1, 5);
  notes.shares(1, -1, 6);
  std::vector<std::string> out;
  for (const chibo::Diagnostic& d : notes.take("f.csv", inputs)) {
    out.push_back(d.where.file + ":" + std::to_string(d.where.line) + ": " + d.message);
  }
  CHECK(out == std::vector<std::string>{
                   "f.csv:3: tỷ lệ 'task_completion' (Tỷ lệ hoàn thành) ghi '1' ở dòng này (và 1 "
                   "bản ghi khác cũng vậy) được chấm là 1%, nhưng tệp có tỷ lệ viết dạng số thập "
                   "phân (dòng 4, bị loại): nếu '1' là 100% (ô Excel định dạng General), hãy ghi "
                   "100; nếu đúng là 1%, hãy ghi '1%'"});
  // Either alone says nothing: a 1% among whole shares, or fractions refused already.
  notes.shares(-1, 1, 2);
  CHECK(notes.take("f.csv", inputs).empty());
  notes.shares(1, -1, 2);
  CHECK(notes.take("f.csv", inputs).empty());
  // Said, then forgotten with the file.
  notes.shares(1, 1, 7);
  CHECK(notes.take("g.csv", inputs).size() == 1);
  CHECK(notes.take("g.csv", inputs).empty());
}
