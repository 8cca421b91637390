// Records read from a workbook: the sheet holding them, said when it is
// not the first.
#include "chibo/record_reader.h"

#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "xlsx_fixture.h"

using chibo::testing::text_row;

namespace {

// What a reader hands on, in order: each problem formatted, each row as its
// line and fields ("5 CB-01|2024-03-05"), after its place when it is not the
// workbook itself ("thang-03.xlsx[Tháng 2]:5 CB-01|2024-03-05").
struct Got : chibo::RecordHandler {
  std::vector<std::string> got;
  std::string ignored;             // a column name the handler says it does not read
  std::vector<std::string> bound;  // the last columns()' names
  bool ignores_column(std::size_t column) const override {
    return column < bound.size() && bound[column] == ignored;
  }
  static std::string place(const chibo::Location& where) {
    return (where.file == "thang-03.xlsx" ? "" : where.file + ":") + std::to_string(where.line);
  }
  void columns(const std::vector<std::string>& names, const chibo::Location& where, bool,
               std::span<const int>) override {
    bound = names;
    std::string line = place(where) + " columns";
    for (const std::string& n : names) line += " " + n;
    got.push_back(line);
  }
  void problem(const chibo::Diagnostic& d) override { got.push_back(format_diagnostic(d)); }
  void row(const chibo::FieldList& values, const chibo::Location& where, const std::string& error,
           std::span<const int>) override {
    std::string line = place(where) + " ";
    for (std::size_t i = 0; i < values.size(); ++i) line += (i ? "|" : "") + std::string(values[i]);
    got.push_back(line + error);
  }
};

std::vector<std::string> read_book(const std::string& book) {
  std::istringstream in(book);
  Got handler;
  chibo::Diagnostics diags;
  REQUIRE(chibo::read_records("thang-03.xlsx", in, handler, diags));
  CHECK(diags.items().empty());
  return handler.got;
}

// What is read from standard input ("-"), its diagnostics last; ignored:
// a column the handler does not read.
std::vector<std::string> read_stdin(const std::string& text, const std::string& ignored = "") {
  std::istringstream in(text);
  Got handler;
  handler.ignored = ignored;
  chibo::Diagnostics diags;
  REQUIRE(chibo::read_records("-", in, handler, diags));
  for (const chibo::Diagnostic& d : diags.items()) handler.got.push_back(format_diagnostic(d));
  return handler.got;
}

}  // namespace

TEST_CASE("a workbook's records on a sheet after the guide are read, and the sheet said") {
  // The guide `chibo template` writes, moved before the sheet of records (a
  // title above their header).
  const std::string guide = text_row(1, {"Cột", "Điền gì"}) +
                            text_row(2, {"cell_id", "Mã chi bộ, như trong danh sách đơn vị"}) +
                            text_row(3, {"date", "Ngày sinh hoạt"});
  const std::string records = text_row(1, {"THÁNG 3"}) +
                              text_row(3, {"Mã chi bộ", "Ngày sinh hoạt"}) +
                              text_row(4, {"CB-01", "2024-03-05"}) + text_row(6, {"CB-02"});
  CHECK(read_book(chibo::testing::workbook_of({{"Hướng dẫn", guide}, {"Bản ghi", records}})) ==
        std::vector<std::string>{
            "thang-03.xlsx: warning: đọc trang 'Bản ghi' (trang đầu 'Hướng dẫn' không có dòng "
            "tiêu đề của bảng bản ghi: cột 'cell_id' hay 'Mã chi bộ')",
            "thang-03.xlsx:3: warning: dòng tiêu đề là dòng 3: 1 dòng có chữ ở trên nó (tên "
            "bảng...) không phải bản ghi, không đọc",
            "3 columns Mã chi bộ Ngày sinh hoạt", "4 CB-01|2024-03-05", "6 CB-02|"});
  // The records' sheet first: read, nothing said of the guide after it.
  CHECK(read_book(chibo::testing::workbook_of({{"Bản ghi", records}, {"Hướng dẫn", guide}})) ==
        std::vector<std::string>{
            "thang-03.xlsx:3: warning: dòng tiêu đề là dòng 3: 1 dòng có chữ ở trên nó (tên "
            "bảng...) không phải bản ghi, không đọc",
            "3 columns Mã chi bộ Ngày sinh hoạt", "4 CB-01|2024-03-05", "6 CB-02|"});
  // No sheet holds records: the first, as ever.
  CHECK(read_book(chibo::testing::workbook_of({{"Bìa", text_row(1, {"SỔ"})}, {"Khác", ""}})) ==
        std::vector<std::string>{"1 columns SỔ"});
}

TEST_CASE("an empty .xlsx is said as an empty CSV is, and a CSV named .xlsx is read as CSV") {
  // Warned, not refused: "thiếu phần 'xl/workbook.xml' của sổ tính" was an
  // error, and rank and report wrote nothing for it.
  CHECK(read_book("") ==
        std::vector<std::string>{"thang-03.xlsx: warning: tệp trống: không có bản ghi nào"});
  const std::string said =
      "thang-03.xlsx: warning: tệp mang đuôi .xlsx nhưng không phải sổ tính Excel mà là tệp văn "
      "bản (CSV): đã đọc như tệp CSV; hãy đổi đuôi tên tệp thành .csv";
  CHECK(read_book("\xEF\xBB\xBF"
                  "cell_id;date\r\nCB-01;2024-03-05\r\n") ==
        std::vector<std::string>{said, "1 columns cell_id date", "2 CB-01|2024-03-05"});
  // UTF-16, as Excel saves "Unicode Text", too.
  CHECK(read_book(std::string("\xFF\xFE"
                              "c\0,\0d\0\n\0x\0,\0y\0\n\0",
                              16)) == std::vector<std::string>{said, "1 columns c d", "2 x|y"});
  // Bytes that are no text are a workbook damaged, as before.
  std::istringstream in(std::string("\x01\x02\x03\0binary", 10));
  Got handler;
  chibo::Diagnostics diags;
  CHECK_FALSE(chibo::read_records("thang-03.xlsx", in, handler, diags));
  REQUIRE(diags.items().size() == 1);
  CHECK(format_diagnostic(diags.items()[0]) ==
        "thang-03.xlsx: error: không đọc được tệp Excel: tệp không phải tệp nén .xlsx, hoặc đã "
        "hỏng hay bị cắt ngắn; hãy mở tệp bằng Excel và lưu lại (.xlsx, hoặc CSV UTF-8)");
}

TEST_CASE("a workbook's records in a tab a month are all read, each row named by its tab") {
  const std::string january = text_row(1, {"Mã chi bộ", "Ngày sinh hoạt"}) +
                              text_row(2, {"CB-01", "2024-01-05"}) +
                              text_row(3, {"CB-02", "2024-01-06"});
  const std::string february = text_row(1, {"SỔ THÁNG 2"}) +
                               text_row(2, {"cell_id", "date", "kind"}) +
                               text_row(3, {"CB-01", "2024-02-05", "regular"});
  const std::string summary =
      text_row(1, {"STT", "Mã chi bộ", "Điểm"}) + text_row(2, {"1", "CB-01", "90"});
  // A month done, hidden away, is read too, in the order of the tabs; the summary is not.
  const std::string march = text_row(1, {"cell_id", "date"}) + text_row(2, {"CB-01", "2024-03-05"});
  CHECK(read_book(chibo::testing::workbook_of({{"Tháng 1", january},
                                               {"Tổng hợp", summary},
                                               {"Tháng 2", february},
                                               {"Tháng 3", march, "hidden"}})) ==
        std::vector<std::string>{
            "thang-03.xlsx[Tháng 1]:1 columns Mã chi bộ Ngày sinh hoạt",
            "thang-03.xlsx[Tháng 1]:2 CB-01|2024-01-05",
            "thang-03.xlsx[Tháng 1]:3 CB-02|2024-01-06",
            "thang-03.xlsx[Tháng 2]:2: warning: dòng tiêu đề là dòng 2: 1 dòng có chữ ở trên nó "
            "(tên bảng...) không phải bản ghi, không đọc",
            "thang-03.xlsx[Tháng 2]:2 columns cell_id date kind",
            "thang-03.xlsx[Tháng 2]:3 CB-01|2024-02-05|regular",
            "thang-03.xlsx[Tháng 3]:1 columns cell_id date",
            "thang-03.xlsx[Tháng 3]:2 CB-01|2024-03-05"});
}

// A summary tab first, naming the date beside its points, is said not read:
// the one tab read is named too, as its rows are told from the summary's.
TEST_CASE("a workbook's one tab read beside a summary said not read names its rows by tab") {
  const std::string summary = text_row(1, {"Mã chi bộ", "Ngày sinh hoạt", "Điểm", "Xếp loại"}) +
                              text_row(2, {"CB-01", "2024-01-05", "90", "Tốt"});
  const std::string january = text_row(1, {"cell_id", "date", "kind", "members", "present",
                                           "speakers", "duration", "democratic", "character"}) +
                              text_row(2, {"CB-01", "2024-01-05", "regular"});
  CHECK(read_book(chibo::testing::workbook_of({{"Điểm", summary}, {"Tháng 1", january}})) ==
        std::vector<std::string>{
            "thang-03.xlsx: warning: trang 'Điểm' có cột 'cell_id' hay 'Mã chi bộ' nhưng dòng "
            "tiêu đề không giống bảng bản ghi của trang 'Tháng 1': không đọc",
            "thang-03.xlsx[Tháng 1]:1 columns cell_id date kind members present speakers "
            "duration democratic character",
            "thang-03.xlsx[Tháng 1]:2 CB-01|2024-01-05|regular||||||"});
}

// Standard input is YAML or CSV by its first lines. A title with a colon,
// typed above a CSV table ("BÁO CÁO: ..."), made it YAML, the file refused:
// a CSV header among the 20 lines after it (a cell naming cell_id or "Mã
// chi bộ") makes it CSV, the title said as in a file.
TEST_CASE("standard input: a title with a colon above a CSV table is CSV") {
  CHECK(read_stdin("BÁO CÁO: KẾT QUẢ THÁNG 3\n\nMã chi bộ;Ngày sinh hoạt\nCB-01;2024-03-05\n") ==
        std::vector<std::string>{
            "-:3: warning: dòng tiêu đề là dòng 3: 1 dòng có chữ ở trên nó (tên bảng...) không "
            "phải bản ghi, không đọc",
            "-:3 columns Mã chi bộ Ngày sinh hoạt", "-:4 CB-01|2024-03-05"});
  CHECK(
      read_stdin("Đơn vị: Huyện ủy\r\nNgày: 01/04/2024\r\ncell_id,date\r\nCB-01,2024-03-05\r\n") ==
      std::vector<std::string>{
          "-:3: warning: dòng tiêu đề là dòng 3: 2 dòng có chữ ở trên nó (tên bảng...) không "
          "phải bản ghi, không đọc",
          "-:3 columns cell_id date", "-:4 CB-01|2024-03-05"});
}

TEST_CASE("standard input: YAML stays YAML, commas and the key's name in its values") {
  CHECK(read_stdin("cell_id: CB-01\ndate: 2024-03-05\nnote: cell_id, date; ghi chú\n") ==
        std::vector<std::string>{"-:1 columns cell_id date note",
                                 "-:1 CB-01|2024-03-05|cell_id, date; ghi chú"});
  CHECK(read_stdin("- cell_id: CB-01\n  date: 2024-03-05\n") ==
        std::vector<std::string>{"-:1 columns cell_id date", "-:1 CB-01|2024-03-05"});
}

TEST_CASE("a YAML meeting's list or map is its fault only under a key the handler reads") {
  const std::string text = "cell_id: CB-01\ndate: 2024-03-05\nnote:\n  - muộn\n  - thiếu\n";
  CHECK(read_stdin(text) ==
        std::vector<std::string>{"-:1 columns cell_id date note",
                                 "-:3 CB-01|2024-03-05|khóa 'note' phải là một giá trị đơn"});
  // Ignored, the key's value is handed on empty and the meeting whole.
  CHECK(read_stdin(text, "note") ==
        std::vector<std::string>{"-:1 columns cell_id date note", "-:1 CB-01|2024-03-05|"});
  // The first key read that holds one is named, at its line.
  CHECK(read_stdin("cell_id: CB-01\nnote: {a: 1}\ndate: [2024-03-05]\n", "note") ==
        std::vector<std::string>{"-:1 columns cell_id note date",
                                 "-:3 CB-01||khóa 'date' phải là một giá trị đơn"});
}
