// A quoted text never closed: only the last quoted text noted is looked at.
#include "yaml_quote.h"

#include <catch2/catch.hpp>

using chibo::LastQuote;

namespace {

YAML::Mark at(std::string_view text, std::string_view what) {
  YAML::Mark m;
  m.pos = static_cast<int>(text.find(what));
  m.line = 0;
  m.column = m.pos;
  return m;
}

}  // namespace

TEST_CASE("a quoted text closed is not reported, one left open is", "[yaml]") {
  SECTION("closed, with an escaped quote and a doubled one inside") {
    const std::string_view text = "a: \"x \\\" y\"\nb: 'it''s'\n";
    LastQuote q;
    q.saw_scalar(text, at(text, "\""));
    q.saw_scalar(text, at(text, "'"));
    CHECK_FALSE(q.unclosed(text));
  }
  SECTION("left open: the last quoted text, its quote and place") {
    const std::string_view text = "a: 'ok'\nb: \"never closed\nc: 1\n";
    LastQuote q;
    q.saw_scalar(text, at(text, "'"));
    q.saw_scalar(text, at(text, "\""));
    const auto open = q.unclosed(text);
    REQUIRE(open);
    CHECK(open->quote == '"');
    CHECK(open->mark.pos == static_cast<int>(text.find('"')));
  }
  SECTION("the quote after an anchor or a tag") {
    const std::string_view text = "a: &name !!str 'open\n";
    LastQuote q;
    q.saw_scalar(text, at(text, "&"));
    const auto open = q.unclosed(text);
    REQUIRE(open);
    CHECK(open->quote == '\'');
  }
  SECTION("a plain scalar and nothing noted") {
    const std::string_view text = "a: plain\n";
    LastQuote q;
    CHECK_FALSE(q.unclosed(text));
    q.saw_scalar(text, at(text, "plain"));
    CHECK_FALSE(q.unclosed(text));
  }
}

namespace {

// Where quote_closed_on_error_line finds the text opened, as "line:pos", or
// "none"; error: where the syntax error is, the first place of what.
std::string spanning(std::string_view text, std::string_view error) {
  const auto q =
      chibo::quote_closed_on_error_line(text, text.find(error) + (error.empty() ? text.size() : 0));
  if (!q) return "none";
  return std::to_string(q->mark.line + 1) + ":" + std::to_string(q->mark.pos) + " " + q->quote +
         " to " + std::to_string(q->closed_line);
}

}  // namespace

TEST_CASE("a quoted text left open on its line and closed on the error's is found", "[yaml]") {
  // The office's mistake: the id's quote never closed, the next quote three
  // lines on closes it, and yaml-cpp stops just after that.
  const std::string_view open_id =
      "cell_id: \"CP-02\ndate: 2024-03-05\nmembers: 27\ncharacter: \"tot\"\n";
  CHECK(spanning(open_id, "tot\"") == "1:9 \" to 4");
  // In single quotes, past a doubled quote, and after an item's dash, an
  // anchor or a flow map's comma.
  CHECK(spanning("- name: 'it''s\n  b: 'x'\n", "x'") == "1:8 ' to 2");
  CHECK(spanning("a: &n \"x\nb: \"y\"\n", "y\"") == "1:6 \" to 2");
  CHECK(spanning("- {a: 1, b: \"x}\n- {c: \"y\"}\n", "y\"") == "1:12 \" to 2");
  // Closed on its own line, or on a line before the error's: not this case.
  CHECK(spanning("a: \"x\"\nb: [1\n", "") == "none");
  CHECK(spanning("a: \"x\ny\"\nb: 1\n  c: 2\n", "c: 2") == "none");
  // Open where the error is (the builder says a text never closed).
  CHECK(spanning("a: 1\nb: \"x\n", "") == "none");
  // A quote inside a plain value, a comment or a block text opens nothing.
  CHECK(spanning("name: Chi bộ \"A\nb: \"y\"\n", "y\"") == "none");
  CHECK(spanning("a: 1 # \"x\nb: \"y\"\n", "y\"") == "none");
  CHECK(spanning("note: >-\n  \"x\n  y\nb: \"z\"\n", "z\"") == "none");
  // A comment at a line's start, after the first line, holds no quote either.
  CHECK(spanning("cell_id: CP-01\n# ghi chú: \"bản nháp\nname: \"Chi bộ 1\" x\n", "x\n") == "none");
  // A blank line of a CRLF file is in its block text, as in a file of LF.
  CHECK(spanning("note: >-\r\n  text\r\n\r\n  \"x\r\n  y\r\nb: \"z\" q\r\n", "q") == "none");
  // A block text ends at its key's column, not its line's dash: the item's
  // next key is read again.
  CHECK(spanning("- note: |\n    text\n  cell_id: \"CP-02\n  date: \"x\" q\n", "q") ==
        "3:30 \" to 4");
  // A quote escaped in a double-quoted text does not close it.
  CHECK(spanning("a: \"x \\\" y\nb: \"z\"\n", "z\"") == "1:3 \" to 2");
}
