// Reading YAML into the Doc tree: syntax errors and duplicate keys are
// diagnostics at file:line:col, columns count characters, quoted and block
// scalars know where their text starts.
#include "yaml_reader.h"

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "ruleset_fixture.h"

using namespace chibo;
using namespace chibo::lint_testing;

namespace {

Lines read_errors(const std::string& text, Language language = Language::English) {
  Diagnostics diags;
  read_yaml(text, "f.yaml", diags, nullptr, language);
  Lines out;
  for (const Diagnostic& d : diags.items()) out.push_back(format_diagnostic(d));
  return out;
}

}  // namespace

TEST_CASE("YAML syntax errors are reported with their place", "[yaml]") {
  CHECK(read_errors("a: [1, 2\nb: 3\n") ==
        Lines{"f.yaml:2:2: error: YAML syntax: a list opened with '[' is not closed with ']'"});
  CHECK(read_errors("a: {x: 1\n") ==
        Lines{"f.yaml:2:1: error: YAML syntax: a map opened with '{' is not closed with '}'"});
  // yaml-cpp's words for the indentation mistakes, in plainer ones.
  const std::string deeper =
      "error: YAML syntax: a key where none can start: is this line indented more than the key "
      "above it? (the keys of one map start in the same column; a text holding ': ' needs "
      "quotes)";
  CHECK(read_errors("a: 1\n  b: 2\n") == Lines{"f.yaml:2:4: " + deeper});
  CHECK(read_errors("a: Tốt: c\n") == Lines{"f.yaml:1:7: " + deeper});
  CHECK(read_errors("a:\n  b: 1\n c: 2\n") ==
        Lines{"f.yaml:3:2: error: YAML syntax: this line does not line up with the lines above "
              "it: the keys of one map start in the same column, and so do the items ('- ') of "
              "one list"});
  CHECK(read_errors("a: - x\n") ==
        Lines{"f.yaml:1:4: error: YAML syntax: a list item ('- ') cannot follow a key on its "
              "line: start it on the next line, indented"});
  CHECK(read_errors("- - a\n  - b\n - c\n") ==
        Lines{"f.yaml:3:2: error: YAML syntax: this line does not line up with the lines above "
              "it: the keys of one map start in the same column, and so do the items ('- ') of "
              "one list"});
  CHECK(read_errors("a: *nope\n") ==
        Lines{"f.yaml:1:4: error: YAML syntax: a '*' starting a value refers to an &name, and the "
              "file has none such: if the '*' is part of the value, put the value in quotes"});
  CHECK(read_errors("a: `x\n") ==
        Lines{"f.yaml:1:4: error: YAML syntax: this sign cannot start a value: put the whole "
              "value in quotes"});
  // Said at the backslash (yaml-cpp marks the character after the letter).
  CHECK(read_errors("a: \"D:\\qtest\"\n") ==
        Lines{"f.yaml:1:7: error: YAML syntax: '\\q' is not allowed in double quotes: write the "
              "'\\' as '\\\\', or put the value in single quotes '...'"});
  CHECK(read_errors("a: \"C:\\Đường\"\n") ==
        Lines{"f.yaml:1:7: error: YAML syntax: '\\Đ' is not allowed in double quotes: write the "
              "'\\' as '\\\\', or put the value in single quotes '...'"});
  CHECK(read_errors("a: [1]]\n") ==
        Lines{"f.yaml:1:7: error: YAML syntax: a ']' or '}' that closes nothing: if it is part "
              "of the value, put the value in quotes"});
  // A key's ':' left out is said at its own line, not at the next one's ':'.
  CHECK(read_errors("source:\n  document: D\n  date 2018-12-14\n  issuer: B\n") ==
        Lines{"f.yaml:3:3: error: YAML syntax: this line has no ':' after its key 'date': write "
              "'date: 2018-12-14' (without it, the lines after it are read as part of its "
              "text)"});
  // Tabs are the usual cause of the rest: say so (an unclosed bracket still in plain words).
  CHECK(read_errors("a:\n\t- 1\n") ==
        Lines{"f.yaml:2:2: error: YAML syntax: illegal block entry (indent with spaces, not "
              "tabs)"});
  CHECK(read_errors("a: [1,\n \t  b: c") ==
        Lines{"f.yaml:2:9: error: YAML syntax: a list opened with '[' is not closed with ']' "
              "(indent with spaces, not tabs)"});
}

TEST_CASE("a quoted text left open is an error, not the rest of the file swallowed", "[yaml]") {
  auto never_closed = [](const char* at, const char* quote) {
    return Lines{
        fmt::format("f.yaml:{}: error: a text opened with {} here is never closed: "
                    "everything after it, to the end of the file, became part of it "
                    "(add the closing {})",
                    at, quote, quote)};
  };
  // yaml-cpp reads "x to the end of the file, and c with it, as one text.
  CHECK(read_errors("a: 1\nb: \"x\nc: 2\n") == never_closed("2:4", "\""));
  // An escaped quote does not close it; '' inside '...' does not either.
  CHECK(read_errors("a: 1\nb: \"x\\\"\nc: 2\n") == never_closed("2:4", "\""));
  CHECK(read_errors("- 'it''s\n- b\n") == never_closed("1:3", "'"));
  // After an anchor or a tag (the node starts there, not at the quote).
  CHECK(read_errors("a: 1\nb: &x 'y\nc: 2\n") == never_closed("2:4", "'"));
  CHECK(read_errors("a: 1\nb: !!str \"y\nc: 2\n") == never_closed("2:4", "\""));
  CHECK(read_errors("a: &x 'ok'\nb: *x\nc: !!str \"fine\"\n") == Lines{});
  // Its column counted in characters.
  CHECK(read_errors("tên: \"Tốt\n") == never_closed("1:6", "\""));
  // Closed ones, across lines, with escapes, last in the file: no error.
  CHECK(read_errors("a: \"x\\\\\"\nb: 'it''s'\nc: \"two\n  lines\"\n'k': \"\\\"\"") == Lines{});
}

TEST_CASE("a syntax error in a ruleset stops at the YAML, with one message", "[yaml]") {
  CHECK(lint_text(changed(kBase, "scale: 100", "scale: [100")) ==
        Lines{"ruleset.yaml:7:7: error: YAML syntax: a list opened with '[' is not closed with "
              "']'"});
}

TEST_CASE("duplicate keys are errors at the second one, naming the first line", "[yaml]") {
  CHECK(read_errors("a: 1\nb: 2\na: 3\n") ==
        Lines{"f.yaml:3:1: error: duplicate key 'a' (first written on line 1)"});
  CHECK(read_errors("m: {x: 1, y: 2, x: 3}\n") ==
        Lines{"f.yaml:1:17: error: duplicate key 'x' (first written on line 1)"});
  // Every duplicate of the file, not just the first.
  CHECK(read_errors("a: 1\na: 2\nm:\n  k: 1\n  k: 2\n") ==
        Lines{"f.yaml:2:1: error: duplicate key 'a' (first written on line 1)",
              "f.yaml:5:3: error: duplicate key 'k' (first written on line 4)"});
  // Keys are compared after Unicode normalisation: "ò" precomposed and
  // "o" + combining grave are the same key.
  CHECK(read_errors("hòa: 1\nho\u0300a: 2\n") ==
        Lines{"f.yaml:2:1: error: duplicate key 'hòa' (first written on line 1)"});
}

TEST_CASE("a duplicate key in a ruleset is reported at its line", "[yaml]") {
  CHECK(lint_text(changed(kBase, "version: \"1\"\n", "version: \"1\"\nversion: \"2\"\n")) ==
        Lines{"ruleset.yaml:5:1: error: duplicate key 'version' (first written on line 4)"});
  CHECK(lint_text(changed(kBase, "  present: {type: integer, label: Present, min: 0}\n",
                          "  present: {type: integer, label: Present, min: 0}\n"
                          "  present: {type: integer, label: Present, min: 1}\n")) ==
        Lines{"ruleset.yaml:10:3: error: duplicate key 'present' (first written on line 9)"});
}

TEST_CASE("a key that is a list or map is an error", "[yaml]") {
  CHECK(read_errors("? [a, b]\n: 1\n") ==
        Lines{"f.yaml:1:3: error: a key must be a plain name, not a list or map"});
}

TEST_CASE("text that is not UTF-8 is one error", "[yaml]") {
  CHECK(read_errors("a: \xC3(\n") ==
        Lines{"f.yaml:1:4: error: the file is not UTF-8 from here: it was saved in another "
              "encoding, such as Windows-1258 (Notepad's \"ANSI\"), TCVN3 or VNI; save it as "
              "UTF-8"});
}

TEST_CASE("a ruleset saved as Windows-1258 is told at its first accented letter", "[yaml]") {
  // "Khá" in Windows-1258 (a is 0xE1) on line 2, after a letter of UTF-8
  // before it on the same line: the column counts characters.
  CHECK(read_errors("id: x\n# Tốt, Kh\xE1\n") ==
        Lines{"f.yaml:2:10: error: the file is not UTF-8 from here: it was saved in another "
              "encoding, such as Windows-1258 (Notepad's \"ANSI\"), TCVN3 or VNI; save it as "
              "UTF-8"});
}

TEST_CASE("nodes know their line and column, in characters", "[yaml]") {
  Diagnostics diags;
  auto doc = read_yaml("\xEF\xBB\xBFg: {label: Tốt, when: x > 1}\n", "f.yaml", diags);
  REQUIRE(doc);
  CHECK(diags.items().empty());
  const DocNode* g = doc->find("g");
  REQUIRE(g);
  // "Tốt" is 5 bytes but 3 characters: 'when' is at column 17, not 19.
  CHECK(g->entry("when")->key_where.column == 17);
  CHECK(g->find("when")->where.line == 1);
  CHECK(g->find("when")->where.column == 23);
  CHECK(g->find("label")->scalar == "Tốt");
  // Many keys on one line, letters of several bytes between them, then a
  // second line: every column counted in characters from its own line's start.
  doc = read_yaml("- {a: Tốt, b: Khá, c: Trung bình, d: \"Kém\", e: x}\n- {ă: 1, f: Đạt}\n",
                  "f.yaml", diags);
  REQUIRE(doc);
  const DocNode& first = doc->items[0];
  CHECK(first.entry("b")->key_where.column == 12);
  CHECK(first.entry("d")->key_where.column == 35);
  CHECK(first.find("d")->where.column == 38);
  CHECK(first.entry("e")->key_where.column == 45);
  const DocNode& second = doc->items[1];
  CHECK(second.entry("f")->key_where.line == 2);
  CHECK(second.entry("f")->key_where.column == 10);
  CHECK(second.find("f")->where.column == 13);
}

TEST_CASE("lines end at LF, CRLF or a CR alone (old Mac files), at the same places", "[yaml]") {
  for (const char* end : {"\n", "\r\n", "\r"}) {
    const std::string text =
        fmt::format("# a comment{0}a: 1{0}b:{0}  - x{0}  - \"two{0}    lines\"{0}", end);
    Diagnostics diags;
    auto doc = read_yaml(text, "f.yaml", diags);
    INFO(text);
    REQUIRE(doc);
    CHECK(diags.items().empty());
    REQUIRE(doc->find("a"));
    CHECK(doc->find("a")->scalar == "1");
    CHECK(doc->find("a")->where.line == 2);
    const DocNode& b = *doc->find("b");
    REQUIRE(b.items.size() == 2);
    CHECK(b.items[1].scalar == "two lines");
    CHECK(b.items[1].where.line == 5);
    // An error's place is counted the same way.
    CHECK(read_errors(fmt::format("a: 1{0}b: [1{0}", end)) ==
          Lines{"f.yaml:3:1: error: YAML syntax: a list opened with '[' is not closed with ']'"});
  }
}

TEST_CASE("a quoted scalar's text starts after the quote, a block's on the next line", "[yaml]") {
  Diagnostics diags;
  auto doc = read_yaml("a: \"x + 1\"\nb: 'y'\nc: z\nd: |\n  w\n", "f.yaml", diags);
  REQUIRE(doc);
  const DocNode& a = *doc->find("a");
  CHECK(a.quoted);
  CHECK(a.where.column == 4);
  CHECK(a.text_where().column == 5);
  CHECK(doc->find("b")->text_where().column == 5);
  CHECK_FALSE(doc->find("c")->quoted);
  CHECK(doc->find("c")->text_where().column == 4);
  const DocNode& d = *doc->find("d");
  CHECK(d.block);
  CHECK(d.text_where().line == 5);
  CHECK(d.text_where().column == 3);  // was 0: no column at all
  CHECK(d.scalar == "w\n");
  // At its indentation, which YAML takes from its first line that holds
  // something (a blank line before it, a folded block, a CRLF file).
  auto e = read_yaml("e:\n  f: >-\n\n      Tốt và\n      khá\r\n", "f.yaml", diags);
  REQUIRE(e);
  const Location at = e->find("e")->find("f")->text_where();
  CHECK(at.line == 3);
  CHECK(at.column == 7);
}

TEST_CASE("Doc maps: find, set and erase keep file order", "[yaml]") {
  Diagnostics diags;
  auto doc = read_yaml("a: 1\nb: 2\n", "f.yaml", diags);
  REQUIRE(doc);
  DocNode three;
  three.kind = DocNode::Kind::Scalar;
  three.scalar = "3";
  doc->set("c", {"g.yaml", 9, 1}, three);
  doc->set("a", {"g.yaml", 8, 1}, three);
  doc->erase("b");
  REQUIRE(doc->entries.size() == 2);
  CHECK(doc->entries[0].key == "a");
  CHECK(doc->entries[0].value.scalar == "3");
  CHECK(doc->entries[0].key_where.file == "f.yaml");  // replaced in place
  CHECK(doc->entries[1].key == "c");
  CHECK(doc->entries[1].key_where.file == "g.yaml");
  CHECK(doc->find("b") == nullptr);
  CHECK(std::string(doc_kind_name(DocNode::Kind::Seq)) == "a list");
}

TEST_CASE("an empty file is not a ruleset", "[yaml]") {
  // Was "a ruleset must be a map of keys (...)": a fault looked for in
  // text that was not there.
  const Lines empty{
      "ruleset.yaml: error: the file holds no ruleset: it is empty, or only blank "
      "lines and comments (a ruleset is a map of keys: id:, title:, criteria:, "
      "...)"};
  CHECK(lint_text("") == empty);
  CHECK(lint_text("\n  \n# id: hoa-binh\n# title: x\n") == empty);
  CHECK(lint_text("\xef\xbb\xbf") == empty);  // a BOM alone, as Notepad saves an empty file
}

TEST_CASE("records and units lists are told their YAML faults in Vietnamese", "[yaml]") {
  auto vi = [](const std::string& text) { return read_errors(text, Language::Vietnamese); };
  const std::string syntax = "error: lỗi cú pháp YAML: ";
  CHECK(vi("a: [1, 2\nb: 3\n") ==
        Lines{"f.yaml:2:2: " + syntax + "thiếu dấu ']' để đóng danh sách mở bằng '[' trước đó"});
  CHECK(vi("a: {b: 1\n") ==
        Lines{"f.yaml:2:1: " + syntax + "thiếu dấu '}' để đóng bảng khóa mở bằng '{' trước đó"});
  CHECK(vi("a: 1\n  b: 2\n") ==
        Lines{"f.yaml:2:4: " + syntax +
              "không thể có khóa ở chỗ này: hoặc dòng này thụt vào sâu hơn khóa ở dòng trên (các "
              "khóa của cùng một bảng khóa phải bắt đầu ở cùng một cột), hoặc giá trị có chứa ': ' "
              "mà chưa đặt trong ngoặc kép"});
  const std::string aligned =
      "dòng này không thẳng hàng với các dòng trên: các khóa của cùng một bảng khóa phải bắt đầu "
      "ở cùng một cột, các mục ('- ') của cùng một danh sách cũng vậy";
  CHECK(vi("a:\n  b: 1\n c: 2\n") == Lines{"f.yaml:3:2: " + syntax + aligned});
  CHECK(vi("- cell_id: A\n  members 20\n  present: 18\n") ==
        Lines{"f.yaml:2:3: " + syntax +
              "dòng này thiếu dấu ':' sau khóa 'members': hãy viết 'members: 20' (thiếu nó, các "
              "dòng sau bị đọc thành một phần của dòng này)"});
  // The ':' there, the space after it left out: one text to YAML, said at its line.
  CHECK(vi("cell_id: CP-TN-02\ndate: 2024-03-05\nmembers:27\nexempt: 3\n") ==
        Lines{"f.yaml:3:1: " + syntax +
              "dòng này thiếu dấu cách sau dấu ':' của khóa 'members': hãy viết 'members: 27' "
              "(thiếu nó, cả dòng bị đọc thành một đoạn chữ, không phải khóa và giá trị)"});
  // An item's last key, the next item after it.
  CHECK(vi("- cell_id: A\n  members 20\n- cell_id: B\n") ==
        Lines{"f.yaml:2:3: " + syntax +
              "dòng này thiếu dấu ':' sau khóa 'members': hãy viết 'members: 20' (thiếu nó, các "
              "dòng sau bị đọc thành một phần của dòng này)"});
  CHECK(vi("- cell_id: A\n  date:2024-03-05\n  members: 3\n") ==
        Lines{"f.yaml:2:3: " + syntax +
              "dòng này thiếu dấu cách sau dấu ':' của khóa 'date': hãy viết 'date: 2024-03-05' "
              "(thiếu nó, cả dòng bị đọc thành một đoạn chữ, không phải khóa và giá trị)"});
  // Under a key whose value is plain words, the other reading too.
  CHECK(vi("- ghi_chu: Chi bộ họp\n  dinh ky hang thang\n  members: 20\n") ==
        Lines{"f.yaml:2:3: " + syntax +
              "dòng này thiếu dấu ':' sau khóa 'dinh': hãy viết 'dinh: ky hang thang' (thiếu nó, "
              "các dòng sau bị đọc thành một phần của dòng này); còn nếu dòng này viết tiếp nội "
              "dung của dòng trên thì hãy thụt vào sâu hơn khóa của dòng đó"});
  CHECK(vi("a:\n - 1\n b: 2\n") == Lines{"f.yaml:3:2: " + syntax + aligned});
  CHECK(vi("a: - 1\n") == Lines{"f.yaml:1:4: " + syntax +
                                "mục danh sách ('- ') không được viết ngay sau khóa trên cùng "
                                "một dòng: hãy xuống dòng và thụt vào"});
  CHECK(vi("a:\n\tb: 1\n") ==
        Lines{"f.yaml:2:3: " + syntax +
              "dòng này thụt vào bằng ký tự Tab: hãy thụt dòng bằng dấu cách"});
  CHECK(vi("a: \"D:\\qtest\"\n") ==
        Lines{"f.yaml:1:7: " + syntax +
              "'\\q' không hợp lệ trong ngoặc kép: viết dấu '\\' thành '\\\\', hoặc đặt giá trị "
              "trong dấu nháy đơn '...'"});
  CHECK(vi("a: *x\n") == Lines{"f.yaml:1:4: " + syntax +
                               "'*' ở đầu giá trị được hiểu là tham chiếu đến một &tên không có "
                               "trong tệp: nếu '*' là một phần của giá trị, hãy đặt giá trị trong "
                               "ngoặc kép"});
  CHECK(vi("a: `x\n") == Lines{"f.yaml:1:4: " + syntax +
                               "ký tự này không được đứng đầu một giá trị: hãy đặt cả giá trị "
                               "trong ngoặc kép"});
  CHECK(vi("a: [1]]\n") == Lines{"f.yaml:1:7: " + syntax +
                                 "dấu ']' hoặc '}' thừa, không có dấu mở tương ứng: nếu đó là "
                                 "một phần của giá trị, hãy đặt giá trị trong ngoặc kép"});
  CHECK(vi("a: 1\na: 2\n") ==
        Lines{"f.yaml:2:1: error: khóa 'a' xuất hiện hai lần (lần đầu ở dòng 1)"});
  CHECK(vi("[a]: 1\n") ==
        Lines{"f.yaml:1:1: error: khóa phải là một tên, không phải danh sách hay bảng khóa"});
  CHECK(vi("a: {<<: 5}\n") ==
        Lines{"f.yaml:1:5: error: sau '<<' phải là tên một bảng khóa đã đánh dấu ở chỗ khác (<<: "
              "*tên, với &tên ở bảng khóa đó) hoặc một danh sách các tên như thế (<<: [*a, *b])"});
  CHECK(
      vi("a: 1\n---\nb: 2\n") ==
      Lines{"f.yaml:3:1: error: phần sau dòng '---' là một tài liệu YAML thứ hai: mỗi tệp chỉ được "
            "có một (nhiều cuộc sinh hoạt hoặc nhiều đơn vị thì ghi chung trong một danh sách, "
            "mỗi mục bắt đầu bằng '- ')"});
  CHECK(vi("a: \"x\nb: 1\n") ==
        Lines{"f.yaml:1:4: error: giá trị mở bằng dấu \" ở đây chưa được đóng: mọi nội dung từ đây "
              "đến hết tệp đều bị gộp vào giá trị này (hãy thêm dấu \" để đóng)"});
  // The line, the column and the byte counted from 1, as people count (it
  // said no column, as a ruleset's does).
  CHECK(vi("a: 1\nb: \xC3\n") ==
        Lines{"f.yaml:2:4: error: tệp không phải văn bản UTF-8 (byte thứ 9 của tệp); hãy lưu tệp "
              "dạng UTF-8 (tệp có thể đang dùng bảng mã TCVN3 hoặc VNI)"});
  CHECK(vi("a: Tốt\nb: Kh\xE1\n") ==
        Lines{"f.yaml:2:6: error: tệp không phải văn bản UTF-8 (byte thứ 15 của tệp); hãy lưu "
              "tệp dạng UTF-8 (tệp có thể đang dùng bảng mã TCVN3 hoặc VNI)"});
  CHECK(vi(std::string(70, '[') + std::string(70, ']') + "\n") ==
        Lines{"f.yaml:1:65: error: danh sách và bảng khóa lồng nhau quá 64 cấp (giới hạn "
              "max_yaml_depth)"});
  // Rulesets keep English.
  CHECK(read_errors("a: 1\na: 2\n") ==
        Lines{"f.yaml:2:1: error: duplicate key 'a' (first written on line 1)"});
}
