#include <string>

#include <catch2/catch.hpp>

#include "expression.h"
#include "expression_node.h"

using chibo::ExprError;
using chibo::ExprNode;
using chibo::NodeKind;
using chibo::ParsedExpression;

namespace {

// The tree as a fully parenthesised s-expression, so tests can state
// precedence and associativity in one readable string.
std::string show(const ExprNode& n) {
  switch (n.kind) {
    case NodeKind::Number:
    case NodeKind::Bool:
      return n.number.to_string();
    case NodeKind::String:
      return "\"" + n.text + "\"";
    case NodeKind::Name:
      return n.text;
    case NodeKind::Call: {
      std::string out = n.text + "(";
      for (std::size_t i = 0; i < n.children.size(); ++i) {
        out += (i ? " " : "") + show(n.children[i]);
      }
      return out + ")";
    }
    case NodeKind::Unary:
      return std::string("(") + chibo::node_op_text(n.op) + " " + show(n.children[0]) + ")";
    case NodeKind::Binary:
      return "(" + show(n.children[0]) + " " + chibo::node_op_text(n.op) + " " +
             show(n.children[1]) + ")";
    case NodeKind::If:
      return "(if " + show(n.children[0]) + " " + show(n.children[1]) + " " + show(n.children[2]) +
             ")";
  }
  return "?";
}

std::string parse_shown(const std::string& text) {
  std::vector<ExprError> errors;
  auto parsed = ParsedExpression::parse(text, errors);
  if (!parsed) return "error: " + errors.at(0).message;
  REQUIRE(errors.empty());
  return show(parsed->root());
}

ExprError parse_error(const std::string& text) {
  std::vector<ExprError> errors;
  auto parsed = ParsedExpression::parse(text, errors);
  CHECK_FALSE(parsed);
  REQUIRE(errors.size() == 1);
  return errors[0];
}

std::string nested_parens(int levels) {
  return std::string(static_cast<std::size_t>(levels), '(') + "x" +
         std::string(static_cast<std::size_t>(levels), ')');
}

}  // namespace

TEST_CASE("parser: precedence and associativity") {
  struct Case {
    const char* text;
    const char* tree;
  };
  const Case cases[] = {
      {"1 + 2 * 3", "(1 + (2 * 3))"},
      {"1 - 2 - 3", "((1 - 2) - 3)"},
      {"8 / 4 / 2", "((8 / 4) / 2)"},
      {"(1 + 2) * 3", "((1 + 2) * 3)"},
      {"-a * b", "((- a) * b)"},
      {"- - a", "(- (- a))"},
      {"a - -b", "(a - (- b))"},
      {"a + b < c * d", "((a + b) < (c * d))"},
      {"a < b and c >= d or e", "(((a < b) and (c >= d)) or e)"},
      {"a or b and c", "(a or (b and c))"},
      {"not a and b", "((not a) and b)"},
      {"not not a", "(not (not a))"},
      {"not a == b", "(not (a == b))"},
      {"a != b", "(a != b)"},
      {"a <= b", "(a <= b)"},
      {"a > b", "(a > b)"},
      {"if a then 1 else 2", "(if a 1 2)"},
      {"if a then 1 else if b then 2 else 3", "(if a 1 (if b 2 3))"},
      {"if a or b then x + 1 else y", "(if (a or b) (x + 1) y)"},
      {"(if a then 1 else 2) + 3", "((if a 1 2) + 3)"},
      {"min(a, b, 3)", "min(a b 3)"},
      {"foo()", "foo()"},
      {"round(x / 3, 2)", "round((x / 3) 2)"},
      {"yes", "1"},
      {"no", "0"},
      {"true or false", "(1 or 0)"},
      {"93.5", "93.5"},
      {"007", "7"},
      {"level == \"t\xE1\xBB\x91t\"", "(level == \"t\xE1\xBB\x91t\")"},  // UTF-8 "tốt"
      {R"("say \"hi\" \\ \n")", R"("say "hi" \ \n")"},
      {" \t\n\r x \n", "x"},
      {"a_1 + _b + B2", "((a_1 + _b) + B2)"},
      {"yesterday", "yesterday"},  // keywords are whole words only
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(parse_shown(c.text) == c.tree);
  }
}

TEST_CASE("parser: names are unique, in order of first use, without functions") {
  std::vector<ExprError> errors;
  auto parsed = ParsedExpression::parse(
      "present * 100 / max(members - exempt, 1) >= 90 and present > 0 and yes", errors);
  REQUIRE(parsed);
  CHECK(parsed->names() == std::vector<std::string>{"present", "members", "exempt"});
  CHECK(parsed->text() == "present * 100 / max(members - exempt, 1) >= 90 and present > 0 and yes");
}

TEST_CASE("parser: offsets of nodes") {
  std::vector<ExprError> errors;
  auto parsed = ParsedExpression::parse("(a + b) * c", errors);
  REQUIRE(parsed);
  const ExprNode& root = parsed->root();
  CHECK(root.offset == 8);  // the '*'
  CHECK(root.start == 0);
  CHECK(root.children[0].offset == 3);  // the '+'
  CHECK(root.children[0].start == 0);   // includes the '('
  CHECK(root.children[1].offset == 10);
}

TEST_CASE("parser: syntax errors, with exact text and offsets") {
  struct Case {
    const char* text;
    std::size_t offset;
    const char* message;
  };
  const Case cases[] = {
      {"", 0, "expected an expression, found end of text"},
      {"   ", 3, "expected an expression, found end of text"},
      {"1 +", 3, "expected an expression, found end of text"},
      {"(1 + )", 5, "expected an expression, found ')'"},
      {")", 0, "expected an expression, found ')'"},
      {"a + and", 4, "expected an expression, found 'and'"},
      {"(a + b", 6, "expected ')' to close '(' at column 1"},
      {"x * (a + b c", 11, "expected ')' to close '(' at column 5"},
      {"min(a, b", 8, "expected ')' to close '(' at column 4"},
      {"min(a b)", 6, "expected ')' to close '(' at column 4"},
      {"a b", 2, "unexpected 'b' after the end of the expression"},
      {"(a) (b)", 4, "unexpected '(' after the end of the expression"},
      {"1 )", 2, "unexpected ')' after the end of the expression"},
      {"a @ b", 2, "unknown character '@'"},
      {"1.", 1, "unknown character '.'"},
      {"level == \"tot", 9, "unterminated text in quotes"},
      {"level == \"tot\\\"", 9, "unterminated text in quotes"},
      {"a < b < c", 6, "comparisons cannot be chained; use 'and'"},
      {"a == b != c", 7, "comparisons cannot be chained; use 'and'"},
      {"if a 1 else 2", 5, "expected 'then' after the condition"},
      {"if a then 1", 11, "expected 'else'"},
      {"if a then 1 or 2", 16, "expected 'else'"},
      {"1234567890123456789", 0, "the number 1234567890123456789 has too many digits (at most 18)"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    ExprError e = parse_error(c.text);
    CHECK(e.message == c.message);
    CHECK(e.offset == c.offset);
  }
}

TEST_CASE("parser: syntax errors hint at what a non-programmer writes instead") {
  struct Case {
    const char* text;
    std::size_t offset;
    const char* message;
  };
  const Case cases[] = {
      {"speakers = present", 9, "unknown character '='; write '==' to compare"},
      {"a && b", 2, "unknown character '&'; write 'and'"},
      {"a || b", 2, "unknown character '|'; write 'or'"},
      {"!a", 0, "unknown character '!'; write 'not'"},
      {"a AND b", 2, "unexpected 'AND'; words are in lower case: 'and'"},
      {"a Or b", 2, "unexpected 'Or'; words are in lower case: 'or'"},
      {"NOT a", 0, "unexpected 'NOT'; words are in lower case: 'not'"},
      {"IF a THEN 1 ELSE 2", 0, "unexpected 'IF'; words are in lower case: 'if'"},
      {"if a then 1 ELSE 2", 12, "unexpected 'ELSE'; words are in lower case: 'else'"},
      {"held == YES", 8, "unexpected 'YES'; words are in lower case: 'yes'"},
      {"held == No", 8, "unexpected 'No'; words are in lower case: 'no'"},
      {"TRUE", 0, "unexpected 'TRUE'; words are in lower case: 'true'"},
      {"False", 0, "unexpected 'False'; words are in lower case: 'false'"},
      {"atmosphere == 'S\xC3\xB4i n\xE1\xBB\x95i'", 14,
       "unknown character '''; write strings in double quotes: \"...\""},
      // Signs of the regulation's text and a word processor's, pasted in.
      {"task_completion \xE2\x89\xA5 90", 16, "unknown character '\xE2\x89\xA5'; write '>='"},
      {"a \xE2\x89\xA4 b", 2, "unknown character '\xE2\x89\xA4'; write '<='"},
      {"a \xE2\x89\xA0 b", 2, "unknown character '\xE2\x89\xA0'; write '!='"},
      {"a \xC3\x97 2", 2, "unknown character '\xC3\x97'; write '*'"},
      {"a \xC3\xB7 2", 2, "unknown character '\xC3\xB7'; write '/'"},
      {"a \xE2\x80\x93 1", 2, "unknown character '\xE2\x80\x93'; write '-'"},
      {"\xE2\x88\x92"
       "1",
       0, "unknown character '\xE2\x88\x92'; write '-'"},
      {"a \xE2\x80\x94 1", 2, "unknown character '\xE2\x80\x94'; write '-'"},
      {"a\xC2\xA0> 1", 1,
       "unknown character '\xC2\xA0'; a no-break space, pasted from a word processor: type a "
       "plain space"},
      {"a => 1", 2, "unknown character '='; write '>='"},
      {"a =< 1", 2, "unknown character '='; write '<='"},
      {"kind == \"thematic\xE2\x80\x9D", 8,
       "unterminated text in quotes; it ends with a curly quote \xE2\x80\x9D: write a straight "
       "\" to close it"},
      {"task_completion >= 90%", 21,
       "unknown character '%'; write a percentage as its number (90, not 90%)"},
      {"kind == \xE2\x80\x9Cthematic\xE2\x80\x9D", 8,
       "unknown character '\xE2\x80\x9C'; write strings in straight double quotes: \"...\""},
      {"kind == \xE2\x80\x98thematic\xE2\x80\x99", 8,
       "unknown character '\xE2\x80\x98'; write strings in double quotes: \"...\""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    ExprError e = parse_error(c.text);
    CHECK(e.message == c.message);
    CHECK(e.offset == c.offset);
  }
}

TEST_CASE("parser: a Vietnamese letter in a bare word, with a hint") {
  const std::string hint =
      "; names are ASCII ids (a-z, 0-9, '_'); write a yes/no as yes or no, and a choice's option "
      "in double quotes";
  struct Case {
    const char* text;
    std::size_t offset;
    const char* letter;
  };
  const Case cases[] = {
      {"prepared == c\xC3\xB3", 13, "\xC3\xB3"},   // "có"
      {"x \xC4\x91", 2, "\xC4\x91"},               // a whole UTF-8 "đ"
      {"prepared == co\xCC\x81", 14, "\xCC\x81"},  // "có" typed with a combining accent
      {"n\xE1\xBB\x95i > 1", 1, "\xE1\xBB\x95"},   // "nổi"
  };
  for (const Case& c : cases) {
    INFO(c.text);
    ExprError e = parse_error(c.text);
    CHECK(e.message == std::string("unknown character '") + c.letter + "'" + hint);
    CHECK(e.offset == c.offset);
  }
  // Not a letter, nor a sign with a hint of its own: no hint.
  CHECK(parse_error("a \xE2\x88\x9A b").message == "unknown character '\xE2\x88\x9A'");  // "√"
  // A name in capitals that is no keyword is a name (the compiler says whether it is known).
  CHECK(parse_shown("Andrew + ORDER") == "(Andrew + ORDER)");
}

TEST_CASE("parser: length limit") {
  std::string ok = "1" + std::string(4095, ' ');
  CHECK(parse_shown(ok) == "1");
  ExprError e = parse_error(ok + " ");
  CHECK(e.offset == 0);
  CHECK(e.message == "expression is too long (4097 bytes, at most 4096)");
}

TEST_CASE("parser: nesting limit") {
  CHECK(parse_shown(nested_parens(64)) == "x");
  ExprError e = parse_error(nested_parens(65));
  CHECK(e.message == "expression is nested too deeply (more than 64 levels)");
  CHECK(e.offset == 64);  // the 65th '('

  std::string minus(65, '-');
  CHECK(parse_error(minus + "x").message ==
        "expression is nested too deeply (more than 64 levels)");
  CHECK(parse_shown(minus.substr(1) + "x").size() > 1);

  std::string calls;
  for (int i = 0; i < 65; ++i) calls += "abs(";
  calls += "x" + std::string(65, ')');
  CHECK(parse_error(calls).message == "expression is nested too deeply (more than 64 levels)");

  // Long flat chains are not nesting: the whole 4096 bytes may be used.
  std::string chain = "x";
  while (chain.size() + 4 <= 4096) chain += " + x";
  std::vector<ExprError> errors;
  CHECK(ParsedExpression::parse(chain, errors));
  CHECK(errors.empty());
}
