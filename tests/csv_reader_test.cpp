#include "csv_reader.h"

#include "chibo/limits.h"

#include <climits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "csv_fixture.h"

using chibo::CsvReader;
using chibo::CsvRecord;
using chibo::testing::Read;
using chibo::testing::read_all;
using Fields = chibo::FieldList;

namespace {

// Limits lowered for one test (0: left as it is), put back at its end,
// failed or not.
class SmallLimits {
 public:
  SmallLimits(std::size_t fields, std::size_t record_bytes) {
    chibo::Limits small = saved_;
    if (fields > 0) small.max_fields = fields;
    if (record_bytes > 0) small.max_record_bytes = record_bytes;
    chibo::set_limits(small);
  }
  ~SmallLimits() { chibo::set_limits(saved_); }
  SmallLimits(const SmallLimits&) = delete;
  SmallLimits& operator=(const SmallLimits&) = delete;

 private:
  chibo::Limits saved_ = chibo::limits();
};

// got's records are want's: as many, each at the same line, with the same
// fields and error.
void check_same_records(const Read& got, const Read& want) {
  REQUIRE(got.records.size() == want.records.size());
  for (std::size_t i = 0; i < got.records.size(); ++i) {
    INFO("record " << i);
    CHECK(got.records[i].line == want.records[i].line);
    CHECK(got.records[i].fields == want.records[i].fields);
    CHECK(got.records[i].error == want.records[i].error);
  }
}

}  // namespace

TEST_CASE("byte-order mark is skipped, with or without") {
  for (const std::string& bom : {std::string(), std::string("\xEF\xBB\xBF")}) {
    Read r = read_all(bom + "ho_ten;diem\nAn;93,5\n");
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].fields == Fields{"ho_ten", "diem"});
    CHECK(r.records[1].fields == Fields{"An", "93,5"});
    CHECK(r.records[1].line == 2);
  }
}

TEST_CASE("CRLF, LF and a lone CR all end lines") {
  Read r = read_all("a;b\r\nc;d\re;f\ng;h");
  REQUIRE(r.records.size() == 4);
  CHECK(r.records[0].fields == Fields{"a", "b"});
  CHECK(r.records[1].fields == Fields{"c", "d"});
  CHECK(r.records[2].fields == Fields{"e", "f"});
  CHECK(r.records[3].fields == Fields{"g", "h"});
  CHECK(r.records[3].line == 4);
}

TEST_CASE("Excel's semicolon dialect keeps decimal commas inside fields") {
  Read r = read_all("STT;Họ tên;Điểm;Tỷ lệ\n1;Nguyễn Văn An;93,5;52,17%\n");
  CHECK(r.separator == ';');
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[1].fields == Fields{"1", "Nguyễn Văn An", "93,5", "52,17%"});
}

TEST_CASE("quoted fields: separators, doubled quotes, empty and literal quotes") {
  Read r = read_all("\"a;b\";\"say \"\"hi\"\"\";\"\";;x\"y\"\n");
  REQUIRE(r.records.size() == 1);
  CHECK(r.records[0].fields == Fields{"a;b", "say \"hi\"", "", "", "x\"y\""});
  CHECK(r.records[0].error.empty());
}

TEST_CASE("embedded line breaks move later records' line numbers") {
  Read r = read_all("h1;h2\n\"one\r\ntwo\nthree\";x\nnext;y\n");
  REQUIRE(r.records.size() == 3);
  CHECK(r.records[1].line == 2);
  CHECK(r.records[1].fields == Fields{"one\ntwo\nthree", "x"});
  CHECK(r.records[2].line == 5);
  CHECK(r.records[2].fields == Fields{"next", "y"});
}

TEST_CASE("blank lines are skipped but counted") {
  Read r = read_all("\n\r\na;b\n\n\r\nc;d\n\n");
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[0].line == 3);
  CHECK(r.records[1].line == 6);
  CHECK(r.records[1].fields == Fields{"c", "d"});
}

TEST_CASE("line numbers stop at INT_MAX, not wrap, past 2 GB of line ends") {
  std::istringstream in("a;b\nc;d\n\ne;f\n");
  CsvReader reader(in, ';', 1 << 16, INT_MAX - 1);
  CsvRecord record;
  std::vector<int> lines;
  while (reader.next(record)) lines.push_back(record.line);
  CHECK(lines == std::vector<int>{INT_MAX - 1, INT_MAX, INT_MAX});
}

TEST_CASE("last line without a line end, trailing separators and empty input") {
  Read r = read_all("a;b\nc;");
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[1].fields == Fields{"c", ""});
  CHECK(read_all("").records.empty());
  CHECK(read_all("\n\n").records.empty());
  CHECK(read_all("").separator == ',');
  CHECK(read_all("\xEF\xBB\xBF").records.empty());
}

TEST_CASE("an unterminated quote is reported at its record's start line") {
  // Reading goes on at the line after the record's first: the lines the
  // open quote took in are read again (they were lost, to the end of the
  // file).
  Read r = read_all("a;b\nc;\"open\nmore;text\ne;f\n");
  REQUIRE(r.records.size() == 4);
  CHECK(r.records[0].error.empty());
  CHECK(r.records[1].line == 2);
  CHECK(r.records[1].error == "dấu ngoặc kép mở ở dòng 2 không có dấu đóng cho đến hết tệp");
  CHECK(r.records[2].line == 3);
  CHECK(r.records[2].fields == Fields{"more", "text"});
  CHECK(r.records[2].error.empty());
  CHECK(r.records[3].line == 4);
  CHECK(r.records[3].fields == Fields{"e", "f"});
  // Closed by the next quote in the file, lines later: the same.
  r = read_all("a;b\nc;\"open\nmore;text\n\"d\";e\n");
  REQUIRE(r.records.size() == 4);
  CHECK(r.records[1].line == 2);
  CHECK(r.records[1].error ==
        "ở dòng 4 có ký tự 'd' ngay sau một dấu ngoặc kép được hiểu là dấu đóng: có phải dấu "
        "ngoặc kép mở ở dòng 2 chưa được đóng không?");
  CHECK(r.records[2].fields == Fields{"more", "text"});
  CHECK(r.records[3].line == 4);
  CHECK(r.records[3].fields == Fields{"d", "e"});
  CHECK(r.records[3].error.empty());
}

TEST_CASE("a quote left open in a last field that a later line closes costs only its own line") {
  // Line 2's last field opens a quote; a stray one at line 4's end closes
  // it: lines 3 and 4 were taken into line 2's field, the record scored
  // with them (or refused) and two records gone from the count. Line 3 reads
  // as a record: three fields, and a date where line 2 has its date.
  const std::string text =
      "cell;date;note\nA;2024-03-05;\"f\nB;05/03/2024;x\nC;2024-03-07;l\"\nD;2024-03-08;o\n";
  for (std::size_t chunk : {std::size_t{1}, std::size_t{4}, std::size_t{1} << 16}) {
    INFO("chunk size " << chunk);
    Read r = read_all(text, 0, chunk);
    REQUIRE(r.records.size() == 5);
    CHECK(r.records[1].line == 2);
    CHECK(r.records[1].error ==
          "ô mở bằng dấu ngoặc kép ở dòng 2 kéo sang cả dòng 3, trong khi dòng đó giống một bản "
          "ghi riêng (đủ số cột như dòng tiêu đề, dòng 1, và có ngày ở cùng cột với ngày của bản "
          "ghi này): có phải dấu ngoặc kép ở dòng 2 chưa được đóng không?");
    CHECK(r.records[2].line == 3);
    CHECK(r.records[2].fields == Fields{"B", "05/03/2024", "x"});
    // A quote inside an unquoted field is text, as Excel reads it.
    CHECK(r.records[3].line == 4);
    CHECK(r.records[3].fields == Fields{"C", "2024-03-07", "l\""});
    CHECK(r.records[4].fields == Fields{"D", "2024-03-08", "o"});
  }
  // A note over lines, as many separators in a line as a record has, but no
  // date where the record has its date: a field like any other.
  Read note = read_all(
      "cell,date,a,b,note\nA,2024-03-05,1,2,\"V\xE1\xBA\xAFng:\n\xC4\x91/c An, \xC4\x91/c "
      "B\xC3\xACnh, "
      "\xC4\x91/c C, \xC4\x91/c D\"\nB,2024-03-06,1,2,x\n");
  REQUIRE(note.records.size() == 3);
  CHECK(note.records[1].error.empty());
  CHECK(note.records[2].fields == Fields{"B", "2024-03-06", "1", "2", "x"});
  // Nor one with a date in it elsewhere, or a line of another length.
  for (const char* inner : {"on 2024-03-01; met; ok", "B;2024-03-06;x;y", "B;2024-03-06"}) {
    INFO(inner);
    Read r = read_all(std::string("cell;date;note\nA;2024-03-05;\"n\n") + inner + "\"\n");
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[1].error.empty());
  }
  // A file of two columns has no record to take in.
  Read two = read_all("a;b\nd;\"x\ny;z\"\n");
  REQUIRE(two.records.size() == 2);
  CHECK(two.records[1].error.empty());
}

TEST_CASE("a quote left open past max_record_bytes costs only its own line") {
  const SmallLimits small(0, 20);
  const std::string text = "a;b\nc;\"open\n1;2\n3;4\n5;6\n7;8\n9;10\n11;12\n";
  for (std::size_t chunk : {std::size_t{1}, std::size_t{3}, std::size_t{1} << 16}) {
    INFO("chunk size " << chunk);
    Read r = read_all(text, 0, chunk);
    REQUIRE(r.records.size() == 8);
    CHECK(r.records[1].line == 2);
    CHECK(r.records[1].error ==
          "dài quá 20 byte (giới hạn max_record_bytes): có phải dấu ngoặc kép mở ở dòng 2 chưa "
          "được đóng không?");
    for (std::size_t i = 2; i < 8; ++i) {
      CHECK(r.records[i].line == static_cast<int>(i + 1));
      CHECK(r.records[i].error.empty());
    }
    CHECK(r.records[7].fields == Fields{"11", "12"});
  }
}

TEST_CASE("a quoted field's line ends and doubled quotes count toward max_record_bytes") {
  // Uncounted, a field of nothing but either grew past any limit (gigabytes)
  // until its 32-bit places wrapped and cut it without a word.
  const SmallLimits small(0, 20);
  const std::string breaks = "a;\"x" + std::string(30, '\n') + "\"\nc;d\n";
  const std::string quotes = "a;\"x" + std::string(60, '"') + "\"\nc;d\n";
  const std::string crlf = "a;\"x" + std::string(15, '\r') + std::string(15, '\n') + "\"\n";
  for (std::size_t chunk : {std::size_t{1}, std::size_t{7}, std::size_t{1} << 16}) {
    INFO("chunk size " << chunk);
    for (const std::string& text : {breaks, quotes, crlf}) {
      Read r = read_all(text, ';', chunk);
      REQUIRE_FALSE(r.records.empty());
      CHECK(r.records[0].line == 1);
      CHECK(r.records[0].error ==
            "dài quá 20 byte (giới hạn max_record_bytes): có phải dấu ngoặc kép mở ở dòng 1 chưa "
            "được đóng không?");
    }
  }
  // At the limit: read whole (a, x and 18 line ends make 20 bytes).
  Read r = read_all("a;\"x" + std::string(18, '\n') + "\"\n", ';');
  REQUIRE(r.records.size() == 1);
  CHECK(r.records[0].error.empty());
  CHECK(r.records[0].fields == Fields{"a", "x" + std::string(18, '\n')});
}

TEST_CASE("text after a closing quote is an error, and reading resumes on the next line") {
  Read r = read_all("a;b\n\"x\"y;z;\"w\"\nc;d\n\"Ă\"Ư;e\r\nf;g");
  REQUIRE(r.records.size() == 5);
  CHECK(r.records[1].error == "có ký tự 'y' ngay sau dấu ngoặc kép đóng");
  CHECK(r.records[1].line == 2);
  CHECK(r.records[2].fields == Fields{"c", "d"});
  CHECK(r.records[2].error.empty());
  CHECK(r.records[2].line == 3);
  CHECK(r.records[3].error == "có ký tự 'Ư' ngay sau dấu ngoặc kép đóng");
  CHECK(r.records[4].fields == Fields{"f", "g"});
  CHECK(r.records[4].line == 5);
}

TEST_CASE("separator detection on the first record") {
  CHECK(read_all("a;b;c\n1,5;2\n").separator == ';');
  CHECK(read_all("a,b,c\n1;2\n").separator == ',');
  CHECK(read_all("a\tb\tc,d\n").separator == '\t');
  CHECK(read_all("single\n").separator == ',');
  CHECK(read_all("a;b,c\n").separator == ';');        // tie: ';' first
  CHECK(read_all("a,b\tc\n").separator == ',');       // tie: ',' before tab
  CHECK(read_all("\"x,y,z\";b\n").separator == ';');  // quoted separators do not count
  CHECK(read_all("\n\na,b\n").separator == ',');      // blank lines before it are skipped
  // Only the first record counts, even when its quoted field spans lines.
  CHECK(read_all("\"a\nb;c;d\",x\ny;z;w\n").separator == ',');
  // A title without any separator above the table: the first of 20 lines with one.
  const Read titled = read_all("DANH SÁCH CHI BỘ\n\nMã;Tên;Cấp\nA;B;C\n");
  CHECK(titled.separator == ';');
  REQUIRE(titled.records.size() == 3);
  CHECK(titled.records[1].fields.size() == 3);
  std::string deep;
  for (int i = 0; i < 20; ++i) deep += "title\n";
  CHECK(read_all(deep + "a;b\n").separator == ',');  // looked for in 20 lines only
  CHECK(read_all(deep.substr(6) + "a;b\n").separator == ';');
}

// A title above the table with a comma of its own ("Tháng 3, 2024", typed by
// hand without the separators Excel pads a row with) set the separator: a
// table of ';' was read as one of ',', every column missing. The line naming
// cell_id or "Mã chi bộ" (in any capitals) tells it.
TEST_CASE("separator detection: a title's comma gives way to the header naming cell_id") {
  const Read titled = read_all("Tháng 3, 2024\n\ncell_id;date;kind\nA;B;C\n");
  CHECK(titled.separator == ';');
  REQUIRE(titled.records.size() == 3);
  CHECK(titled.records[1].fields == Fields{"cell_id", "date", "kind"});
  CHECK(read_all("ĐẢNG BỘ HUYỆN, TỈNH\nMÃ CHI BỘ;Ngày sinh hoạt\n").separator == ';');
  CHECK(read_all("\"a, b\"\tx, y\nMã chi bộ;Ngày;c\n").separator == ';');
  // No line names it: the first line with a separator, as before.
  CHECK(read_all("Tháng 3, 2024\na;b;c\n").separator == ',');
  CHECK(read_all("id;name\nA;Chi bộ 1, 2, 3\n").separator == ';');
  CHECK(read_all("cell_id,date\nA;B;C;D\n").separator == ',');
}

// The same for a units list: its header names the key column as "Mã đơn
// vị", "Mã" or "id" (a whole cell: those words are in many a title), where a
// title's comma made a table of ';' one of ',', every unit refused.
TEST_CASE("separator detection: a title's comma gives way to a units list's header") {
  CHECK(read_all("DANH SÁCH CHI BỘ, NĂM 2024\n\nMã đơn vị;Tên đơn vị;Cấp\nA;B;C\n").separator ==
        ';');
  CHECK(read_all("Huyện Cao Phong, tỉnh Hòa Bình\nMÃ;Tên;Cấp\n").separator == ';');
  CHECK(read_all("Tháng 3, 2024\n\"id\"\tname\tlevel\n").separator == '\t');
  // The words inside a cell are no key column: the first line with a separator, as before.
  CHECK(read_all("Mã số, tên chi bộ\nA;B;C\n").separator == ',');
}

TEST_CASE("an explicit separator is used as given") {
  Read r = read_all("a;b,c\n", ',');
  CHECK(r.separator == ',');
  REQUIRE(r.records.size() == 1);
  CHECK(r.records[0].fields == Fields{"a;b", "c"});
  CHECK(read_all("a\tb;c\n", '\t').records[0].fields == Fields{"a", "b;c"});
}

// Lines with no quote, wholly in the buffer, are copied whole; cut by a chunk
// boundary they are read field by field. Either way, the same records.
TEST_CASE("plain lines read the same whether copied whole or split field by field") {
  const std::string plain = "a,b,c\r\n1,,3\rx,y\"z,w\n,,\n\nNguyễn Văn An,93.5,\nlast,line";
  const Read reference = read_all(plain);
  REQUIRE(reference.records.size() == 6);
  CHECK(reference.records[0].fields == Fields{"a", "b", "c"});
  CHECK(reference.records[1].fields == Fields{"1", "", "3"});
  CHECK(reference.records[2].fields == Fields{"x", "y\"z", "w"});  // a quote inside: text
  CHECK(reference.records[3].fields == Fields{"", "", ""});
  CHECK(reference.records[4].fields == Fields{"Nguyễn Văn An", "93.5", ""});
  CHECK(reference.records[4].line == 6);
  CHECK(reference.records[5].fields == Fields{"last", "line"});
  CHECK(reference.records[5].line == 7);
  for (std::size_t chunk = 1; chunk <= 40; ++chunk) {
    INFO("chunk size " << chunk);
    const Read r = read_all(plain, 0, chunk);
    REQUIRE(r.records.size() == reference.records.size());
    for (std::size_t i = 0; i < r.records.size(); ++i) {
      INFO("record " << i);
      CHECK(r.records[i].line == reference.records[i].line);
      CHECK(r.records[i].fields == reference.records[i].fields);
      CHECK(r.records[i].error.empty());
    }
  }
}

TEST_CASE("records across chunk boundaries read the same as in one chunk") {
  const std::string tricky =
      "\xEF\xBB\xBF"
      "h1;\"h;2\";h3\r\n"
      "\r\n"
      "\"multi\r\nline \"\"q\"\"\";93,5;x\"y\n"
      "\"bad\"z;q\n"
      "\"\";;\n"
      "\"Ă\"Ư;e\r"
      "tail;\"end\"";
  const Read reference = read_all(tricky);
  REQUIRE(reference.records.size() == 6);
  CHECK(reference.records[1].fields == Fields{"multi\nline \"q\"", "93,5", "x\"y"});
  CHECK(reference.records[3].line == 6);
  CHECK(reference.records[2].error == "có ký tự 'z' ngay sau dấu ngoặc kép đóng");
  CHECK(reference.records[5].line == 8);
  for (std::size_t chunk = 1; chunk <= 7; ++chunk) {
    INFO("chunk size " << chunk);
    const Read r = read_all(tricky, 0, chunk);
    CHECK(r.separator == reference.separator);
    check_same_records(r, reference);
  }
  const std::string unterminated = "a;b\n\"never\r\nclosed";
  for (std::size_t chunk = 1; chunk <= 7; ++chunk) {
    const Read r = read_all(unterminated, 0, chunk);
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[1].error == "dấu ngoặc kép mở ở dòng 2 không có dấu đóng cho đến hết tệp");
    CHECK(r.records[2].line == 3);
    CHECK(r.records[2].fields == Fields{"closed"});
  }
}

TEST_CASE("a reused record shrinks and grows its fields correctly") {
  std::istringstream in("a;b;c;d\ne\nf;g;h\n");
  CsvReader reader(in);
  CsvRecord record;
  REQUIRE(reader.next(record));
  CHECK(record.fields.size() == 4);
  REQUIRE(reader.next(record));
  CHECK(record.fields == Fields{"e"});
  REQUIRE(reader.next(record));
  CHECK(record.fields == Fields{"f", "g", "h"});
  CHECK_FALSE(reader.next(record));
}

// Plain lines are scanned sixteen bytes at a time: every field length from 0
// to 20, so that separators, quotes inside fields and line ends fall at every
// place of a block, read the same as byte by byte (one-byte chunks take the
// general path), with ',' and ';'.
TEST_CASE("long plain lines read the same at every place of a scanned block") {
  for (char sep : {',', ';'}) {
    std::string text;
    for (int shift = 0; shift < 17; ++shift) {
      std::string line(static_cast<std::size_t>(shift), 'a');
      for (int length = 0; length <= 20; ++length) {
        line += sep;
        line += std::string(static_cast<std::size_t>(length), static_cast<char>('b' + length % 20));
        // A quote inside a field (text, read by the general path) on some lines.
        if (shift % 4 == 0 && length == 9 + shift / 4) line += "\"q";
      }
      text += line + (shift % 3 == 0 ? "\r\n" : shift % 3 == 1 ? "\n" : "\r");
    }
    INFO("separator " << sep);
    const Read whole = read_all(text, sep);
    const Read bytes = read_all(text, sep, 1);
    REQUIRE(whole.records.size() == 17);
    REQUIRE(bytes.records.size() == whole.records.size());
    for (std::size_t i = 0; i < whole.records.size(); ++i) {
      INFO("record " << i);
      CHECK(whole.records[i].fields.size() == 22);
      CHECK(whole.records[i].fields == bytes.records[i].fields);
      CHECK(whole.records[i].line == bytes.records[i].line);
      CHECK(whole.records[i].error == bytes.records[i].error);
    }
  }
}

// A quoted field that closes on its line with no quote inside is read on
// the plain path; every other shape of quote goes the general way. Each line
// below, alone and between plain lines, with ',' and ';', reads the same as
// a byte at a time (every record through the general path: after a header
// of nine bytes, as the reader's first read takes eight at once, to tell
// UTF-16).
TEST_CASE("quoted fields read the same on the plain path as byte by byte") {
  for (const char sep : {',', ';'}) {
    const std::string s(1, sep);
    const std::vector<std::string> lines = {
        "T1" + s + "\"93,33\"" + s + "x",  // a decimal comma, quoted
        "\"T1\"" + s + "\"2024-03-05\"" + s + "\"có\"",
        "\"\"" + s + "\"\"" + s + "\"\"",       // empty, quoted
        "a" + s + "\"b" + s + "c" + s + "d\"",  // separators inside, last field
        "a" + s + "\"b\"\"c\"" + s + "d",       // a doubled quote
        "a" + s + "\"\"\"\"" + s + "d",         // a doubled quote alone
        "a" + s + "\"b\"c" + s + "d",           // text after the closing quote
        "a" + s + "\"b\" " + s + "d",           // a space after it
        "a" + s + "b\"c\"" + s + "d",           // quotes inside a field: text
        "a" + s + "\"b\nc\"" + s + "d",         // a line end inside
        "a" + s + "\"b\r\nc\"" + s + "d",
        "a" + s + "\"Nguyễn Văn \"\"An\"\"\"" + s + "d",
        "a" + s + "\"open" + s + "d",                      // never closed
        "\"" + std::string(40, 'x') + s + "\"" + s + "y",  // past one scanned block
    };
    for (const std::string& line : lines) {
      for (const std::string& text :
           {line, line + "\n", "p" + s + "q" + s + "r\n" + line + "\r\nlast" + s + "x" + s + "y",
            line + "\r" + line}) {
        INFO("text " << text);
        const std::string file = "h1" + s + "h2" + s + "h3\n" + text;
        check_same_records(read_all(file, sep), read_all(file, sep, 1));
      }
    }
    const Read r = read_all("T1" + s + "\"93,33\"" + s + "\"\"\n", sep);
    REQUIRE(r.records.size() == 1);
    CHECK(r.records[0].fields == Fields{"T1", "93,33", ""});
  }
}

// Texts of a few bytes each, of letters, separators, quotes and line ends
// drawn at random (a fixed seed: the same texts every run), read in chunks
// of 64 KB (plain lines whole), of 5 and of 16 bytes (lines cut by the
// buffer's end) read the same as a byte at a time (the general path: after
// a header of nine bytes, as the reader's first read takes eight at once).
TEST_CASE("random texts of quotes and separators read the same in any chunks") {
  std::mt19937 random(20261206);
  const std::string alphabet = "ab,,;\"\"\"\n\r ";
  int unlike = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string text = "h1,h2,h3\n";
    for (std::size_t k = random() % 24; k > 0; --k) text += alphabet[random() % alphabet.size()];
    const Read bytes = read_all(text, ',', 1);
    for (const std::size_t chunk : {std::size_t{1} << 16, std::size_t{5}, std::size_t{16}}) {
      const Read r = read_all(text, ',', chunk);
      bool same = r.records.size() == bytes.records.size();
      for (std::size_t i = 0; same && i < r.records.size(); ++i) {
        same = r.records[i].fields == bytes.records[i].fields &&
               r.records[i].line == bytes.records[i].line &&
               r.records[i].error == bytes.records[i].error;
      }
      if (!same) {
        UNSCOPED_INFO("unlike in chunks of " << chunk << ": " << text);
        ++unlike;
      }
    }
  }
  CHECK(unlike == 0);
}

// The limits on a record's fields and bytes hold on the plain path (tested
// there once a line): a line at a limit is read, one past it is refused
// with the limit named, and the next line is read as usual.
TEST_CASE("a plain line past max_fields or max_record_bytes is refused, one at it is read") {
  const SmallLimits small(4, 12);
  for (std::size_t chunk : {std::size_t{5}, std::size_t{1} << 16}) {
    INFO("chunk " << chunk);
    // The limit counts the fields' bytes: 12 in "123456,123456", 13 in "1234567,123456".
    const Read r =
        read_all("a,b\n1,2,3,4\n1,2,3,4,5\n123456,123456\n1234567,123456\nx,y\n", ',', chunk);
    REQUIRE(r.records.size() == 6);
    CHECK(r.records[1].error.empty());
    CHECK(r.records[1].fields == Fields{"1", "2", "3", "4"});
    CHECK(r.records[2].error == "có hơn 4 ô (giới hạn max_fields)");
    CHECK(r.records[3].error.empty());
    CHECK(r.records[3].fields == Fields{"123456", "123456"});
    CHECK(r.records[4].error.rfind("dài quá 12 byte (giới hạn max_record_bytes)", 0) == 0);
    CHECK(r.records[5].error.empty());
    CHECK(r.records[5].fields == Fields{"x", "y"});
    CHECK(r.records[5].line == 6);
  }
}
