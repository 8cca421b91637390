// Where a yaml-cpp mark is, as people count: lines from 1, columns in characters.
#include "yaml_location.h"

#include <optional>
#include <string>

#include <catch2/catch.hpp>

#include "doc.h"
#include "yaml_reader.h"

using chibo::Location;

namespace {

YAML::Mark mark_at(int pos, int line, int column) {
  YAML::Mark m;
  m.pos = pos;
  m.line = line;
  m.column = column;
  return m;
}

}  // namespace

TEST_CASE("line_start finds the start of the line holding a byte", "[yaml]") {
  const std::string_view text = "ab\ncd\n\nef";
  CHECK(chibo::line_start(text, 0) == 0);
  CHECK(chibo::line_start(text, 2) == 0);  // the '\n' is its line's
  CHECK(chibo::line_start(text, 3) == 3);
  CHECK(chibo::line_start(text, 4) == 3);
  CHECK(chibo::line_start(text, 6) == 6);
  CHECK(chibo::line_start(text, 8) == 7);
}

TEST_CASE("column_after counts code points, not bytes", "[yaml]") {
  const std::string_view text = "Tốt, x";  // "ố" is three bytes
  CHECK(chibo::column_after(text, 0, 0, 1) == 1);
  CHECK(chibo::column_after(text, 0, 1, 1) == 2);
  CHECK(chibo::column_after(text, 0, 4, 1) == 3);  // past 'T' and 'ố'
  CHECK(chibo::column_after(text, 0, text.size() - 1, 1) == 6);
  CHECK(chibo::column_after(text, 4, text.size() - 1, 3) == 6);  // on from a column already known
}

TEST_CASE("location_in gives the line from 1 and the column in characters", "[yaml]") {
  const std::string text = "a: 1\nlabel: Tốt, when: x\n";
  const std::size_t when = text.find("when");
  // yaml-cpp's mark: line from 0, column in bytes (17 here).
  const Location at = chibo::location_in(text, "f.yaml", mark_at(static_cast<int>(when), 1, 17));
  CHECK(at.file == "f.yaml");
  CHECK(at.line == 2);
  CHECK(at.column == 13);
  // A mark with no place: the file alone; one past the text: yaml-cpp's own line and column.
  CHECK(chibo::location_in(text, "f.yaml", YAML::Mark::null_mark()).line == 0);
  const Location past = chibo::location_in(text, "f.yaml", mark_at(1000, 4, 2));
  CHECK(past.line == 5);
  CHECK(past.column == 3);
}

TEST_CASE("location_after places a byte of text that starts at a place in the file", "[yaml]") {
  const std::string_view text = "Tốt and\n  x +";  // an expression written over two lines
  const Location start{"r.yaml", 7, 11};
  const Location and_at = chibo::location_after(text, text.find("and"), start);
  CHECK(and_at.line == 7);
  CHECK(and_at.column == 15);  // 'T', 'ố', 't', ' ' are four characters
  const Location plus = chibo::location_after(text, text.find('+'), start);
  CHECK(plus.file == "r.yaml");
  CHECK(plus.line == 8);
  CHECK(plus.column == 5);  // on the next line, from its first column
  // Past the end: the end; a start with no column keeps none on its line.
  CHECK(chibo::location_after(text, 1000, start).column == 6);
  CHECK(chibo::location_after(text, 4, Location{"r.yaml", 7, 0}).column == 0);
}

namespace {

// "LINE:COLUMN" of word in key's text (inner's, in key's map), read from
// yaml (f.yaml), as an expression's error in it is placed; of its end for
// an empty word.
std::string place_of(const std::string& yaml, const char* key, std::string_view word,
                     const char* inner = nullptr) {
  chibo::Diagnostics diags;
  const std::optional<chibo::DocNode> doc = chibo::read_yaml(yaml, "f.yaml", diags);
  REQUIRE(doc);
  const chibo::DocNode* found = doc->find(key);
  if (found && inner) found = found->find(inner);
  REQUIRE(found);
  const chibo::DocNode& node = *found;
  const std::size_t at = word.empty() ? node.scalar.size() : node.scalar.find(word);
  REQUIRE(at != std::string::npos);
  const Location where = chibo::location_after(node.scalar, at, node.text_where(), node.pieces);
  return std::to_string(where.line) + ":" + std::to_string(where.column);
}

}  // namespace

TEST_CASE("a text written over lines is found at each of its lines in the file", "[yaml]") {
  // A block's lines after its first were placed from column 1, not at its
  // indentation: 'b' at 3:3, where it is at 3:5.
  CHECK(place_of("k: |\n  a +\n    b\n", "k", "b") == "3:5");
  CHECK(place_of("k: |\n  a +\n    b\n", "k", "a") == "2:3");
  // The end of a block's text is its last line's, not the next line's start.
  CHECK(place_of("k: |\n  a +\nz: 1\n", "k", "") == "2:6");
  // Folded: a line break read as a space, the next line's indentation dropped.
  CHECK(place_of("k: >\n  a\n\n    Tốt +\n  b\n", "k", "b") == "5:3");
  CHECK(place_of("k: >\n  a\n\n    Tốt +\n  b\n", "k", "+") == "4:9");
  CHECK(place_of("k: a and\n    b or\n  c\n", "k", "c") == "3:3");
  CHECK(place_of("k: {x: a and\n      b, y: 1}\n", "k", "b", "x") == "2:7");  // in braces
  // Quoted, over lines and escaped: '' is one quote, \" one letter.
  CHECK(place_of("k: 'a ''x''\n   b'\n", "k", "b") == "2:4");
  CHECK(place_of("k: 'a ''x'' b'\n", "k", "b") == "1:13");
  CHECK(place_of("k: \"a \\\"x\\\" \\u00e1 b\"\n", "k", "b") == "1:20");
  CHECK(place_of("k: \"a \\\n   b\"\n", "k", "b") == "2:4");  // a line break escaped
  // CRLF lines.
  CHECK(place_of("k: |\r\n  a +\r\n    b\r\n", "k", "b") == "3:5");
}

TEST_CASE("a text on one line needs no pieces", "[yaml]") {
  chibo::Diagnostics diags;
  const auto doc = chibo::read_yaml("a: x + 1\nb: \"y + 1\"\nc: 'z'\n", "f.yaml", diags);
  REQUIRE(doc);
  for (const char* key : {"a", "b", "c"}) CHECK(doc->find(key)->pieces.empty());
}
