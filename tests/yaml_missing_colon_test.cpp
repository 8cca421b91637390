// A key's line without its ':' is found above yaml-cpp's "illegal map
// value", and only when the lines around it say it is a key's line.
#include "yaml_missing_colon.h"

#include <optional>
#include <string>

#include <catch2/catch.hpp>

using chibo::missing_colon;
using chibo::MissingColon;

namespace {

// missing_colon at the first ':' from where the line `from` starts (where
// yaml-cpp stops: the next line's key).
std::optional<MissingColon> at_colon_of(const std::string& text, const std::string& from) {
  const std::size_t line = text.find(from);
  REQUIRE(line != std::string::npos);
  const std::size_t colon = text.find(':', line);
  REQUIRE(colon != std::string::npos);
  return missing_colon(text, colon);
}

}  // namespace

TEST_CASE("a key's line without ':' is named, with the line as it should be") {
  const std::string text =
      "id: x\nsource:\n  document: \"D\"\n  date 2018-12-14\n  issuer: Ban Thường vụ\n";
  auto c = at_colon_of(text, "  issuer");
  REQUIRE(c);
  CHECK(c->line == 4);
  CHECK(c->column == 3);
  CHECK(c->key == "date");
  CHECK(c->fix == "date: 2018-12-14");
  CHECK_FALSE(c->may_go_on);  // the value above is quoted
  // The first key of a map ("source:" above it), at the top of the file, in
  // a list's item, with blank and comment lines and '\r' between.
  c = at_colon_of("source:\n  date 2018\n  issuer: B\n", "  issuer");
  REQUIRE(c);
  CHECK((c->line == 2 && c->fix == "date: 2018"));
  c = at_colon_of("title Tiêu chí\nscale: 100\n", "scale");
  REQUIRE(c);
  CHECK((c->line == 1 && c->column == 1 && c->fix == "title: Tiêu chí"));
  c = at_colon_of("items:\n  -   id: a\n      max 15\n      label: A\n", "      label");
  REQUIRE(c);
  CHECK((c->line == 3 && c->column == 7 && c->fix == "max: 15"));
  c = at_colon_of("items:\n  - id: a\n    max 15\n\n    # note\n    label: A\n", "    label");
  REQUIRE(c);
  CHECK((c->line == 3 && c->column == 5 && c->fix == "max: 15"));
  c = at_colon_of("a: 1\r\nb  2  # two\r\nc: 3\r\n", "c:");
  REQUIRE(c);
  CHECK((c->line == 2 && c->fix == "b: 2"));
  // After a deeper block, and a list item's first key.
  c = at_colon_of("source:\n  document: D\nversion 1\neffective: x\n", "effective");
  REQUIRE(c);
  CHECK((c->line == 3 && c->column == 1 && c->fix == "version: 1"));
  c = at_colon_of("- cell_id CP-01\n  date: 2024-01-01\n", "  date");
  REQUIRE(c);
  CHECK((c->line == 1 && c->column == 3 && c->fix == "cell_id: CP-01"));
  c = at_colon_of("- a: 1\n-   cell_id CP-01\n    date: 2024-01-01\n", "    date");
  REQUIRE(c);
  CHECK((c->line == 2 && c->column == 5 && c->key == "cell_id"));
  // A key alone over its deeper map, a key alone, and a long line cut.
  c = at_colon_of("id: x\nsource\n  document: D\n", "  document");
  REQUIRE(c);
  CHECK((c->line == 2 && c->fix == "source:"));
  c = at_colon_of("a: 1\nlabel\nb: 2\n", "b:");
  REQUIRE(c);
  CHECK((c->key == "label" && c->fix == "label:"));
  c = at_colon_of("a: 1\nnote " + std::string(70, 'x') + "\nb: 2\n", "b:");
  REQUIRE(c);
  CHECK(c->fix == "note: ...");
  // Under a key whose value is plain words, the line may go on with them.
  c = at_colon_of("label: Hoan thanh\nnhiem vu\nmax: 15\n", "max");
  REQUIRE(c);
  CHECK((c->key == "nhiem" && c->may_go_on));
  c = at_colon_of("members: 12\npresent 11\nkind: x\n", "kind");
  REQUIRE(c);
  CHECK_FALSE(c->may_go_on);
}

TEST_CASE("other lines before an illegal map value are not taken for a key's") {
  // Indented deeper than the key above (yaml-cpp's usual case).
  CHECK_FALSE(at_colon_of("a: 1\n  b: 2\n", "  b"));
  // Not at the next line's key's column, and not one word over a deeper line.
  CHECK_FALSE(at_colon_of("a: 1\nb: 2\n c: 3\n", " c"));
  CHECK_FALSE(at_colon_of("a: 1\nb c\n  d: 2\n", "  d"));
  // Quoted, a flow, or words that are no id (a text broken in two).
  CHECK_FALSE(at_colon_of("a: 1\n\"b c\"\nd: 2\n", "d:"));
  CHECK_FALSE(at_colon_of("a: 1\n[b]\nd: 2\n", "d:"));
  CHECK_FALSE(at_colon_of("label: Hoàn thành nhiệm vụ\ncủa chi bộ\nmax: 15\n", "max"));
  CHECK_FALSE(at_colon_of("a: 1\nTổng số đảng viên 20\nb: 2\n", "b:"));
  CHECK_FALSE(at_colon_of("a: 1\n9 b\nc: 2\n", "c:"));
  // A list's scalar item above, at the key's column.
  CHECK_FALSE(at_colon_of("a:\n  - b c\n  d: 2\n", "  d"));
  // Two lines without ':' in a row: the one above is no key's.
  CHECK_FALSE(at_colon_of("a: 1\nb 2\nc 3\nd: 4\n", "d:"));
  // Indented at the top of the file, a tab, or no line above.
  CHECK_FALSE(at_colon_of("  b 2\n  c: 3\n", "  c"));
  CHECK_FALSE(at_colon_of("a:\n\tb 2\n\tc: 3\n", "\tc"));
  CHECK_FALSE(missing_colon("a: b: c\n", 4));
  CHECK_FALSE(missing_colon("a: 1\n", 99));
}

// "members:27": the ':' is there, the space after it is not; a value that
// holds a ':' or a quote after it (a time, a URL) is not taken for one.
TEST_CASE("a key's line with no space after its ':' is named, with the line as it should be") {
  auto c = at_colon_of("a: 1\nmembers:27\nexempt: 3\n", "exempt");
  REQUIRE(c);
  CHECK(c->line == 2);
  CHECK(c->column == 1);
  CHECK(c->key == "members");
  CHECK(c->fix == "members: 27");
  CHECK(c->no_space);
  CHECK_FALSE(at_colon_of("a: 1\nduration:1:30\nexempt: 3\n", "exempt"));
  CHECK_FALSE(at_colon_of("a: 1\nnote:\"x\"\nexempt: 3\n", "exempt"));
  // Its ':' followed by a space: the general message (another mistake).
  c = at_colon_of("a: 1\ndate 2024\nexempt: 3\n", "exempt");
  REQUIRE(c);
  CHECK_FALSE(c->no_space);
}

TEST_CASE("the last line without its ':' is named, but not a list's text or a block text's line") {
  using chibo::missing_colon_at_end;
  auto c = missing_colon_at_end("cell_id: CP-02\nkind: regular\nmembers 12\n# hết\n\n");
  REQUIRE(c);
  CHECK(c->line == 3);
  CHECK(c->column == 1);
  CHECK(c->key == "members");
  CHECK(c->fix == "members: 12");
  CHECK(c->at_end);
  CHECK_FALSE(c->no_space);
  c = missing_colon_at_end("- cell_id: A\n  members:27");
  REQUIRE(c);
  CHECK(c->line == 2);
  CHECK(c->column == 3);
  CHECK(c->fix == "members: 27");
  CHECK(c->no_space);
  CHECK_FALSE(missing_colon_at_end("a: 1\nb: 2\n"));
  CHECK_FALSE(missing_colon_at_end("notes:\n  - a\n  - b c\n"));
  CHECK_FALSE(missing_colon_at_end("note: |\n  a: b\n  foo bar\n"));
  CHECK_FALSE(missing_colon_at_end("a:\n  note: >-\n    x: y\n    foo bar\n"));
  CHECK_FALSE(missing_colon_at_end("note: some words\n  going on here\n"));
  CHECK_FALSE(missing_colon_at_end("k: a and\n    b or\n  c\n"));
  c = missing_colon_at_end("source:\n  document: D\nversion 2\n");
  REQUIRE(c);
  CHECK(c->line == 3);
  CHECK_FALSE(missing_colon_at_end("a: \"x\n  y\"\n"));
  CHECK_FALSE(missing_colon_at_end(""));
}
