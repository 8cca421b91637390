// Each limit on hostile input, reached: the exact message, and nothing read
// past it. Limits are process-wide; every test puts the defaults back.
#include "chibo/limits.h"

#include <sstream>
#include <string>

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "chibo/record_reader.h"
#include "chibo/units.h"
#include "csv_reader.h"
#include "ruleset_fixture.h"
#include "yaml_reader.h"

using namespace chibo;
using namespace chibo::lint_testing;

namespace {

// Sets one limit for the life of the guard.
struct WithLimit {
  explicit WithLimit(const std::string& assignment) {
    Limits l = limits();
    REQUIRE_FALSE(set_limit(assignment, l));
    set_limits(l);
  }
  ~WithLimit() { set_limits(Limits{}); }
};

Lines yaml_errors(const std::string& text) {
  Diagnostics diags;
  read_yaml(text, "f.yaml", diags);
  Lines out;
  for (const Diagnostic& d : diags.items()) out.push_back(format_diagnostic(d));
  return out;
}

}  // namespace

TEST_CASE("limits have safe defaults and are set by name") {
  Limits l;
  CHECK(l.max_file_bytes == 64u << 20);
  CHECK(l.max_record_bytes == 1u << 20);
  CHECK(l.max_fields == 2000);
  CHECK(l.max_yaml_depth == 64);
  CHECK(l.max_yaml_nodes == 1000000);
  CHECK_FALSE(set_limit("max_fields=10", l));
  CHECK(l.max_fields == 10);
  CHECK(set_limit("max_feilds=10", l) ==
        "--limit max_feilds=10: không có giới hạn 'max_feilds'; có phải là 'max_fields'? (các "
        "giới hạn: max_file_bytes, max_record_bytes, max_fields, max_yaml_depth, max_yaml_nodes)");
  CHECK(set_limit("nothing=10", l) ==
        "--limit nothing=10: không có giới hạn 'nothing' (các giới hạn: max_file_bytes, "
        "max_record_bytes, max_fields, max_yaml_depth, max_yaml_nodes)");
  CHECK(set_limit("max_fields=0", l) ==
        "--limit max_fields=0: hãy ghi max_fields=N, với N là một số nguyên lớn hơn 0");
  CHECK(set_limit("max_fields=1e3", l) ==
        "--limit max_fields=1e3: hãy ghi max_fields=N, với N là một số nguyên lớn hơn 0");
  CHECK(set_limit("max_fields", l) ==
        "--limit max_fields: hãy ghi max_fields=N, với N là một số nguyên lớn hơn 0");
  // Bytes are placed in 32 bits: at most 4 GiB - 1.
  CHECK_FALSE(set_limit("max_record_bytes=4294967295", l));
  CHECK(l.max_record_bytes == 4294967295u);
  CHECK(set_limit("max_record_bytes=4294967296", l) ==
        "--limit max_record_bytes=4294967296: hãy ghi max_record_bytes=N, với N là một số nguyên "
        "từ 1 đến 4294967295");
  CHECK(set_limit("max_file_bytes=0", l) ==
        "--limit max_file_bytes=0: hãy ghi max_file_bytes=N, với N là một số nguyên từ 1 đến "
        "4294967295");
  CHECK_FALSE(set_limit("max_yaml_nodes=4294967296", l));
}

TEST_CASE("limits given on the command line are set in turn, each name once") {
  Limits l;
  CHECK_FALSE(set_limits_from({"max_fields=10", "max_yaml_depth=8"}, l));
  CHECK(l.max_fields == 10);
  CHECK(l.max_yaml_depth == 8);
  CHECK_FALSE(set_limits_from({}, l));
  // The same limit twice: which was meant cannot be known (the last one won, unsaid).
  CHECK(set_limits_from({"max_fields=10", "max_yaml_depth=8", "max_fields=20"}, l) ==
        "--limit max_fields chỉ được ghi một lần (đã ghi 2 lần: max_fields=10 và max_fields=20)");
  CHECK(set_limits_from({"max_fields=10", "max_fields=10"}, l) ==
        "--limit max_fields chỉ được ghi một lần (đã ghi 2 lần: max_fields=10 và max_fields=10)");
  CHECK(set_limits_from({"max_fields=1", "max_fields=2", "max_fields=3"}, l) ==
        "--limit max_fields chỉ được ghi một lần (đã ghi 3 lần: max_fields=1, max_fields=2 và "
        "max_fields=3)");
  // A wrong one before the second is said as itself.
  CHECK(set_limits_from({"max_feilds=10", "max_fields=10", "max_fields=20"}, l) ==
        set_limit("max_feilds=10", l));
}

TEST_CASE("a CSV record with too many fields is refused and the next one read") {
  WithLimit w("max_fields=3");
  std::istringstream in("a,b,c\n1,2,3,4,5\nx,y,z\n");
  CsvReader reader(in);
  CsvRecord r;
  REQUIRE(reader.next(r));
  CHECK(r.error.empty());
  REQUIRE(reader.next(r));
  CHECK(r.line == 2);
  CHECK(r.error == "có hơn 3 ô (giới hạn max_fields)");
  REQUIRE(reader.next(r));
  CHECK(r.line == 3);
  CHECK(r.error.empty());
  CHECK(r.fields.strings() == std::vector<std::string>{"x", "y", "z"});
}

TEST_CASE("a CSV record past max_record_bytes is refused: an unclosed quote loses one line") {
  WithLimit w("max_record_bytes=20");
  std::string text = "a,b\n\"open,12345678901234567890\n3,4\n";
  std::istringstream in(text);
  CsvReader reader(in);
  CsvRecord r;
  REQUIRE(reader.next(r));
  REQUIRE(reader.next(r));
  CHECK(r.error ==
        "dài quá 20 byte (giới hạn max_record_bytes): có phải dấu ngoặc kép mở ở dòng 2 chưa "
        "được đóng không?");
  REQUIRE(reader.next(r));
  CHECK(r.line == 3);
  CHECK(r.fields.strings() == std::vector<std::string>{"3", "4"});
  std::istringstream plain("a,b\n" + std::string(30, 'x') + ",1\n");
  CsvReader again(plain);
  REQUIRE(again.next(r));
  REQUIRE(again.next(r));
  CHECK(r.error == "dài quá 20 byte (giới hạn max_record_bytes)");
}

TEST_CASE("a YAML record past max_record_bytes is refused, the next one read") {
  // An alias repeats one value in every field: a short file, a long record.
  WithLimit w("max_record_bytes=40");
  struct Rows : RecordHandler {
    std::vector<std::string> got;
    void columns(const std::vector<std::string>&, const Location&, bool,
                 std::span<const int>) override {}
    void problem(const Diagnostic& d) override { got.push_back(format_diagnostic(d)); }
    void row(const FieldList& values, const Location& where, const std::string& error,
             std::span<const int>) override {
      std::string fields;
      for (std::size_t i = 0; i < values.size(); ++i) fields += std::string(values[i]) + "|";
      got.push_back(std::to_string(where.line) + " " + (error.empty() ? fields : error));
    }
  } rows;
  std::istringstream in(
      "- {cell_id: C1, a: &long 12345678901234567890, b: *long}\n"
      "- {cell_id: C2, a: 1234567890, b: 1234567890}\n");
  Diagnostics diags;
  REQUIRE(read_records("m.yaml", in, rows, diags));
  CHECK(diags.items().empty());
  CHECK(rows.got ==
        std::vector<std::string>{"1 bản ghi dài quá 40 byte (giới hạn max_record_bytes)",
                                 "2 C2|1234567890|1234567890|"});
}

TEST_CASE("YAML nested past max_yaml_depth is refused before parsing") {
  std::string deep(100, '[');
  // At the bracket that opens the 65th ("b: " and 64 before it).
  CHECK(yaml_errors("a: 1\nb: " + deep + "\n") ==
        Lines{"f.yaml:2:68: error: lists and maps are nested more than 64 deep (limit "
              "max_yaml_depth)"});
  // Columns in characters, as every message counts them.
  CHECK(yaml_errors("tên: " + deep + "\n") ==
        Lines{"f.yaml:1:70: error: lists and maps are nested more than 64 deep (limit "
              "max_yaml_depth)"});
  // Brackets inside quotes and comments are text.
  CHECK(yaml_errors("a: \"" + deep + "\" # " + deep + "\n").empty());
  WithLimit w("max_yaml_depth=2");
  CHECK(yaml_errors("a:\n  b:\n    c:\n      d: 1\n") ==
        Lines{"f.yaml:4:7: error: lists and maps are nested more than 2 deep (limit "
              "max_yaml_depth)"});
}

TEST_CASE("block nesting past yaml-cpp's 500 levels is said as too deep, not 'bad file'") {
  // Maps nested by indentation alone, 600 deep: the builder stops at the
  // limit (said at the key past it); yaml-cpp's parser went on and threw
  // "bad file" at its 500th.
  std::string deep;
  for (int i = 0; i < 600; ++i) deep += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
  deep += std::string(600, ' ') + "v: 1\n";
  CHECK(yaml_errors(deep) ==
        Lines{"f.yaml:66:66: error: lists and maps are nested more than 64 deep (limit "
              "max_yaml_depth)"});
  // A limit raised past the parser's own: its depth is said.
  WithLimit w("max_yaml_depth=1000");
  CHECK(yaml_errors(deep) == Lines{"f.yaml:499:501: error: lists and maps are nested more than "
                                   "499 deep (the YAML parser's own limit)"});
  // In brackets, at the value past the deepest list open: the parser's mark
  // was at the line's end, 1,200 columns on (its scanner reads the line
  // ahead). Below a map, the map is one level of the 499.
  const std::string brackets = std::string(600, '[') + std::string(600, ']') + "\n";
  CHECK(yaml_errors(brackets) == Lines{"f.yaml:1:500: error: lists and maps are nested more "
                                       "than 499 deep (the YAML parser's own limit)"});
  CHECK(yaml_errors("a: " + brackets) ==
        Lines{"f.yaml:1:502: error: lists and maps are nested more than 499 deep (the YAML "
              "parser's own limit)"});
  CHECK(yaml_errors("[\n" + brackets + "]\n") ==
        Lines{"f.yaml:2:499: error: lists and maps are nested more than 499 deep (the YAML "
              "parser's own limit)"});
}

TEST_CASE("aliases that expand past max_yaml_nodes (billion laughs) are refused") {
  std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  std::string prev = "a";
  for (char c = 'b'; c <= 'i'; ++c) {
    std::string name(1, c), list;
    for (int i = 0; i < 10; ++i) list += (i ? ", *" : "*") + prev;
    text += name + ": &" + name + " [" + list + "]\n";  // 10 times the one before: 10^9 in all
    prev = name;
  }
  Lines errors = yaml_errors(text);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("error: the document has more than 1000000 values once its aliases "
                       "(*name) are expanded (limit max_yaml_nodes)") != std::string::npos);
}

TEST_CASE("max_yaml_nodes bounds the values held at once and those that aliases copy") {
  WithLimit w("max_yaml_nodes=50");
  // 20 meetings of 4 keys: 101 values in all, the 51st the tenth meeting's last.
  std::string list;
  for (int i = 0; i < 20; ++i) list += fmt::format("- {{cell_id: C{}, a: 1, b: 2, c: 3}}\n", i);
  CHECK(yaml_errors(list) == Lines{"f.yaml:10:32: error: the document holds more than 50 values "
                                   "(lists, maps and texts) at once (limit max_yaml_nodes)"});
  // Handed on a meeting at a time, only one is held: all are read.
  Diagnostics diags;
  int items = 0;
  const DocItemSink count = [&items](DocNode&, std::vector<Diagnostic>&) { ++items; };
  CHECK(read_yaml(list, "f.yaml", diags, &count));
  CHECK(items == 20);
  CHECK(diags.items().empty());
  // What aliases copy counts over the whole file, handed on or not (each
  // item small, together past the limit).
  std::string copies = "- &big [1, 2, 3, 4, 5, 6, 7, 8, 9]\n";
  for (int i = 0; i < 6; ++i) copies += "- *big\n";
  items = 0;
  CHECK_FALSE(read_yaml(copies, "f.yaml", diags, &count));
  REQUIRE(diags.items().size() == 1);
  CHECK(format_diagnostic(diags.items()[0]) ==
        "f.yaml:1:3: error: the document has more than 50 values once its aliases (*name) are "
        "expanded (limit max_yaml_nodes)");
  // The copy kept of an anchored node for its aliases is not counted as
  // held: anchored meetings are read one at a time like the rest.
  std::string anchored;
  for (int i = 0; i < 20; ++i) anchored += fmt::format("- &m{} {{a: 1, b: 2}}\n", i);
  Diagnostics kept;
  CHECK(read_yaml(anchored, "f.yaml", kept, &count));
  CHECK(kept.items().empty());
  // Nor in a document kept whole: 9 values once the alias is expanded, as counted before.
  WithLimit nine("max_yaml_nodes=9");
  CHECK(yaml_errors("a: &a {x: [1, 2]}\nb: *a\n").empty());
  // An alias to what was not read (inside a key written twice) holds a value
  // like any other, handed on or not: no limit passed by a miscount.
  const std::string skipped = "- {a: 1, a: &z 2}\n- *z\n- *z\n- *z\n- x\n";
  // The key written twice is the first item's own fault, handed on with it.
  std::vector<std::string> faults;
  const DocItemSink with_faults = [&faults](DocNode&, std::vector<Diagnostic>& found) {
    for (const Diagnostic& d : found) faults.push_back(format_diagnostic(d));
  };
  Diagnostics once;
  CHECK(read_yaml(skipped, "f.yaml", once, &with_faults));
  CHECK(once.items().empty());
  CHECK(faults == std::vector<std::string>{
                      "f.yaml:1:10: error: duplicate key 'a' (first written on line 1)"});
}

TEST_CASE("aliases that copy more text than max_file_bytes allows are refused") {
  // A 100-byte text, copied twice into b, and b four times into c: 1,000
  // bytes of copies, b's counting the texts it holds.
  const std::string x(100, 'x');
  const std::string text = "a: &a " + x + "\nb: &b [*a, *a]\nc: [*b, *b, *b, *b]\n";
  REQUIRE(text.size() == 142);
  {
    WithLimit w("max_file_bytes=1142");  // the file and its copies, exactly
    CHECK(yaml_errors(text).empty());
  }
  WithLimit w("max_file_bytes=1141");
  CHECK(yaml_errors(text) ==
        Lines{"f.yaml:2:4: error: the document holds more than 1141 bytes of text once its "
              "aliases (*name) are expanded (limit max_file_bytes)"});
  // Over a list handed on an item at a time too, and in a key: a small
  // file whose one long text is copied again and again.
  std::string list = "- {k: &t " + x + "}\n";
  for (int i = 0; i < 10; ++i) list += "- {k: *t}\n";
  Diagnostics diags;
  int items = 0;
  const DocItemSink count = [&items](DocNode&, std::vector<Diagnostic>&) { ++items; };
  CHECK_FALSE(read_yaml(list, "f.yaml", diags, &count));
  CHECK(items == 10);  // the first and nine copies: 211 + 900 bytes; the tenth passes the limit
  REQUIRE(diags.items().size() == 1);
  CHECK(format_diagnostic(diags.items()[0]) ==
        "f.yaml:1:7: error: the document holds more than 1141 bytes of text once its aliases "
        "(*name) are expanded (limit max_file_bytes)");
  std::string keys = "- {&t " + x + ": 1}\n";
  for (int i = 0; i < 10; ++i) keys += "- {*t : 1}\n";
  CHECK(yaml_errors(keys) ==
        Lines{"f.yaml:1:4: error: the document holds more than 1141 bytes of text once its "
              "aliases (*name) are expanded (limit max_file_bytes)"});
}

TEST_CASE("anchored values nested in anchored values are each a copy, bounded") {
  // &b, &c and &d lie in another anchored value: three more copies of the
  // 100-byte text. With no bound, 60 levels of a 10 MB text held 650 MB.
  const std::string x(100, 'x');
  const std::string text = "a: &a [&b [&c [&d " + x + "]]]\n";
  {
    WithLimit w("max_file_bytes=300");  // the three copies, exactly
    CHECK(yaml_errors(text).empty());
  }
  {
    WithLimit w("max_file_bytes=299");  // said at &b, the last copy
    CHECK(yaml_errors(text) ==
          Lines{"f.yaml:1:8: error: anchored values (&name) inside other anchored values are "
                "each kept as one more copy, and those copies hold more than 299 bytes of text "
                "(limit max_file_bytes): remove the anchors no alias uses"});
  }
  // Anchored values side by side are not counted, however many: each is a
  // part of the file once. A list handed on an item at a time, itself
  // anchored, holds none of its items.
  {
    WithLimit w("max_yaml_nodes=50");
    std::string siblings = "&year\n";
    for (int i = 0; i < 20; ++i) siblings += fmt::format("- &m{} {{a: 1, b: 2}}\n", i);
    Diagnostics diags;
    int items = 0;
    const DocItemSink count = [&items](DocNode&, std::vector<Diagnostic>&) { ++items; };
    CHECK(read_yaml(siblings, "f.yaml", diags, &count));
    CHECK(items == 20);  // 100 values in anchored items
    CHECK(diags.items().empty());
  }
  // The values such copies hold: &e 4 (a list of 3), &d 5, &c 6, &b 7. The
  // error is said at the copy that passes the limit, &b's.
  const std::string lists = "a: &a [&b [&c [&d [&e [1, 2, 3]]]]]\n";
  {
    WithLimit w("max_yaml_nodes=22");
    CHECK(yaml_errors(lists).empty());
  }
  WithLimit w("max_yaml_nodes=21");
  CHECK(yaml_errors(lists) ==
        Lines{"f.yaml:1:8: error: anchored values (&name) inside other anchored values are "
              "each kept as one more copy, and those copies hold more than 21 values (limit "
              "max_yaml_nodes): remove the anchors no alias uses"});
}

TEST_CASE("a file larger than max_file_bytes is not read") {
  WithLimit w("max_file_bytes=10");
  std::istringstream in("name: 12345678901\n");
  std::string out;
  Diagnostics diags;
  CHECK_FALSE(read_limited(in, "r.yaml", out, diags));
  REQUIRE(diags.items().size() == 1);
  CHECK(format_diagnostic(diags.items()[0]) ==
        "r.yaml: error: the file is larger than 10 bytes (limit max_file_bytes)");
  CHECK(out.empty());
}

TEST_CASE(
    "a YAML records file larger than max_file_bytes is not read and is told so in Vietnamese") {
  WithLimit w("max_file_bytes=10");
  struct None : RecordHandler {
    int calls = 0;
    void columns(const std::vector<std::string>&, const Location&, bool,
                 std::span<const int>) override {
      ++calls;
    }
    void problem(const Diagnostic&) override { ++calls; }
    void row(const FieldList&, const Location&, const std::string&, std::span<const int>) override {
      ++calls;
    }
  } none;
  std::istringstream in("- {cell_id: A}\n");
  Diagnostics diags;
  CHECK_FALSE(read_records("m.yaml", in, none, diags));
  CHECK(none.calls == 0);
  REQUIRE(diags.items().size() == 1);
  CHECK(format_diagnostic(diags.items()[0]) ==
        "m.yaml: error: tệp lớn hơn 10 byte (giới hạn max_file_bytes)");
}

TEST_CASE("a units list larger than max_file_bytes is not read, nor one that never ends") {
  WithLimit w("max_file_bytes=100");
  chibo::testing::TempDir dir;
  std::string rows = "id,name,level,type,parent,members\nDB,Đảng bộ xã,dang_bo_co_so,,,\n";
  for (int i = 0; i < 5; ++i) rows += fmt::format("C{},Chi bộ {},chi_bo,residential,DB,10\n", i, i);
  REQUIRE(rows.size() > 100);
  Diagnostics diags;
  CHECK_FALSE(load_units(dir.write("units.csv", rows), diags));
  Lines lines;
  for (const Diagnostic& d : diags.items()) lines.push_back(dir.relative(format_diagnostic(d)));
  CHECK(lines == Lines{"units.csv: error: tệp lớn hơn 100 byte (giới hạn max_file_bytes)"});
  // A YAML list says it in the same words (the units list's messages are Vietnamese).
  Diagnostics yaml;
  CHECK_FALSE(load_units(dir.write("units.yaml", std::string(200, '#')), yaml));
  REQUIRE(yaml.items().size() == 1);
  CHECK(dir.relative(format_diagnostic(yaml.items()[0])) ==
        "units.yaml: error: tệp lớn hơn 100 byte (giới hạn max_file_bytes)");
  // Not a regular file (a pipe, a device): read to the limit, no further.
  Diagnostics endless;
  CHECK_FALSE(load_units("/dev/zero", endless));
  REQUIRE(endless.items().size() == 1);
  CHECK(format_diagnostic(endless.items()[0]) ==
        "/dev/zero: error: tệp lớn hơn 100 byte (giới hạn max_file_bytes)");
}

TEST_CASE("a folder named as a YAML file or a units list is said to be one") {
  chibo::testing::TempDir dir;
  dir.write("rules/x.yaml", "id: x\n");
  Diagnostics yaml, units;
  CHECK_FALSE(read_yaml_file(dir.path("rules"), yaml));
  CHECK_FALSE(load_units(dir.path("rules"), units));
  REQUIRE(yaml.items().size() == 1);
  REQUIRE(units.items().size() == 1);
  CHECK(dir.relative(format_diagnostic(yaml.items()[0])) ==
        "rules: error: this is a folder, not a YAML file");
  CHECK(dir.relative(format_diagnostic(units.items()[0])) ==
        "rules: error: đây là một thư mục, không phải tệp danh sách đơn vị");
}

TEST_CASE("a YAML file of two documents names the second, which was left unread") {
  Diagnostics diags;
  CHECK_FALSE(read_yaml("a: 1\n---\nb: 2\n", "two.yaml", diags));
  REQUIRE(diags.items().size() == 1);
  CHECK(format_diagnostic(diags.items()[0]) ==
        "two.yaml:3:1: error: a second YAML document ('---' starts it): a file holds one (several "
        "meetings, or units, go in one list: - ...)");
  // Its content on the marker's line: at that content.
  Diagnostics same_line;
  CHECK_FALSE(read_yaml("a: 1\n---  b: 2\n", "two.yaml", same_line));
  REQUIRE(same_line.items().size() == 1);
  CHECK(format_diagnostic(same_line.items()[0]).rfind("two.yaml:2:6: error: a second", 0) == 0);
  // A '---' that opens the one document, or ends it with nothing after, is no second one.
  Diagnostics one;
  CHECK(read_yaml("---\na: 1\n---\n# nothing more\n", "one.yaml", one));
  CHECK(one.items().empty());
  // A second document with a syntax error of its own is named too (it was left unread).
  Diagnostics broken;
  CHECK_FALSE(read_yaml("a: 1\n--- # the next\n\nx: [\n", "two.yaml", broken));
  REQUIRE(broken.items().size() == 1);
  CHECK(format_diagnostic(broken.items()[0])
            .rfind("two.yaml:4:1: error: a second YAML document", 0) == 0);
}

TEST_CASE("a CSV header past max_fields is named, and every row under it rejected") {
  // It was bound as far as it was read, with no word of the limit: the
  // columns past it were only "missing".
  WithLimit w("max_fields=3");
  struct Rows : RecordHandler {
    std::vector<std::string> got;
    void columns(const std::vector<std::string>& names, const Location& where, bool,
                 std::span<const int>) override {
      got.push_back(std::to_string(where.line) + " columns " + std::to_string(names.size()));
    }
    void problem(const Diagnostic& d) override { got.push_back(format_diagnostic(d)); }
    void row(const FieldList& values, const Location& where, const std::string& error,
             std::span<const int>) override {
      got.push_back(std::to_string(where.line) + " " +
                    (error.empty() ? std::to_string(values.size()) + " fields" : error));
    }
  } rows;
  std::istringstream in("a,b,c,d\n1,2,3\n4,5,6\n");
  Diagnostics diags;
  REQUIRE(read_records("m.csv", in, rows, diags));
  CHECK(diags.items().empty());
  // Said first, before the rows it spoils (it came after them, at the file's end).
  CHECK(rows.got ==
        std::vector<std::string>{"m.csv:1: error: dòng tiêu đề (dòng 1) hỏng: có hơn 3 ô (giới hạn "
                                 "max_fields)",
                                 "1 columns 3",
                                 "2 dòng tiêu đề (dòng 1) hỏng: có hơn 3 ô (giới hạn max_fields)",
                                 "3 dòng tiêu đề (dòng 1) hỏng: có hơn 3 ô (giới hạn max_fields)"});
}
