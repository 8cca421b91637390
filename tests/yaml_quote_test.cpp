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
