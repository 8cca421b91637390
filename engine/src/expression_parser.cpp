// Lexer and recursive-descent parser: text -> ExprNode tree (syntax only).
//
// Parsing stops at the first syntax error (thrown internally as SyntaxError
// and turned into one ExprError): after a syntax error the rest of the text
// rarely means what its author intended, so further messages would mislead.
#include <algorithm>
#include <array>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "expression.h"
#include "expression_node.h"
#include "utf8.h"

namespace chibo {

const char* node_op_text(NodeOp op) {
  // Indexed by NodeOp, in its declaration order.
  static constexpr std::array<const char*, 15> kText = {
      "", "-", "not", "+", "-", "*", "/", "<", "<=", ">", ">=", "==", "!=", "and", "or"};
  static_assert(static_cast<std::size_t>(NodeOp::Or) + 1 == kText.size());
  return kText[static_cast<std::size_t>(op)];
}

namespace {

// Every operator (including and/or/not) is one Tok::Op carrying its NodeOp,
// so the grammar levels below can share one loop.
enum class Tok : std::uint8_t {
  Number,
  String,
  Ident,
  Bool,
  Op,
  LParen,
  RParen,
  Comma,
  If,
  Then,
  Else,
  End
};

struct Token {
  Tok kind = Tok::End;
  NodeOp op = NodeOp::None;  // for Tok::Op
  std::size_t offset = 0;
  std::string_view text;  // exactly as written
};

struct Spelling {
  std::string_view text;
  Tok kind;
  NodeOp op = NodeOp::None;
};

constexpr std::array<Spelling, 10> kKeywords = {{{"and", Tok::Op, NodeOp::And},
                                                 {"or", Tok::Op, NodeOp::Or},
                                                 {"not", Tok::Op, NodeOp::Not},
                                                 {"if", Tok::If},
                                                 {"then", Tok::Then},
                                                 {"else", Tok::Else},
                                                 {"yes", Tok::Bool},
                                                 {"no", Tok::Bool},
                                                 {"true", Tok::Bool},
                                                 {"false", Tok::Bool}}};

}  // namespace

bool is_expression_word(std::string_view name) {
  return std::any_of(kKeywords.begin(), kKeywords.end(),
                     [&](const Spelling& k) { return k.text == name; });
}

namespace {

// Two-character spellings first, so "<=" is not read as "<" then "=".
constexpr std::array<Spelling, 13> kPunctuation = {{{"<=", Tok::Op, NodeOp::Le},
                                                    {">=", Tok::Op, NodeOp::Ge},
                                                    {"==", Tok::Op, NodeOp::Eq},
                                                    {"!=", Tok::Op, NodeOp::Ne},
                                                    {"<", Tok::Op, NodeOp::Lt},
                                                    {">", Tok::Op, NodeOp::Gt},
                                                    {"+", Tok::Op, NodeOp::Add},
                                                    {"-", Tok::Op, NodeOp::Sub},
                                                    {"*", Tok::Op, NodeOp::Mul},
                                                    {"/", Tok::Op, NodeOp::Div},
                                                    {"(", Tok::LParen},
                                                    {")", Tok::RParen},
                                                    {",", Tok::Comma}}};

struct SyntaxError {
  ExprError error;
};

[[noreturn]] void fail(std::size_t offset, std::string message) {
  throw SyntaxError{ExprError{offset, std::move(message)}};
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Bytes in the UTF-8 sequence a lead byte starts, so that "unknown character"
// quotes a whole "đ" rather than half of it.
std::size_t utf8_length(char lead) {
  auto b = static_cast<unsigned char>(lead);
  if (b >= 0xF8) return 1;
  return b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
}

// What a non-programmer meant by a character the language lacks: the
// spelling of other languages (=, &&, !), spreadsheets ('text', 90%), a
// regulation's own signs (≥, ≤, ≠, ×) and a word processor's (curly quotes,
// dashes) pasted from it, or a Vietnamese word (có) where the language
// wants its own.
std::string_view unknown_character_hint(std::string_view ch) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 21> kHints = {{
      {"=", "write '==' to compare"},
      {"&", "write 'and'"},
      {"|", "write 'or'"},
      {"!", "write 'not'"},  // "!=" is read before this is reached
      {"'", "write strings in double quotes: \"...\""},
      {"%", "write a percentage as its number (90, not 90%)"},
      {"\u2265", "write '>='"},  // ≥
      {"\u2264", "write '<='"},  // ≤
      {"\u2260", "write '!='"},  // ≠
      {"\u00D7", "write '*'"},   // ×
      {"\u00F7", "write '/'"},   // ÷
      {"\u2013", "write '-'"},   // en dash
      {"\u2014", "write '-'"},   // em dash
      {"\u2010", "write '-'"},   // hyphen
      {"\u2011", "write '-'"},   // no-break hyphen
      {"\u00A0", "a no-break space, pasted from a word processor: type a plain space"},
      {"\u2212", "write '-'"},                                         // minus sign
      {"\u201C", "write strings in straight double quotes: \"...\""},  // “
      {"\u201D", "write strings in straight double quotes: \"...\""},  // ”
      {"\u2018", "write strings in double quotes: \"...\""},           // ‘
      {"\u2019", "write strings in double quotes: \"...\""},           // ’
  }};
  for (const auto& [spelling, hint] : kHints) {
    if (spelling == ch) return hint;
  }
  if (starts_with_non_ascii_letter(ch)) {
    return "names are ASCII ids (a-z, 0-9, '_'); write a yes/no as yes or no, and a choice's "
           "option in double quotes";
  }
  return {};
}

[[noreturn]] void fail_unknown_character(std::string_view text, std::size_t start) {
  const std::string_view ch = text.substr(start, utf8_length(text[start]));
  std::string_view hint = unknown_character_hint(ch);
  // "=>" and "=<" meant ">=" and "<=", not "==".
  if (ch == "=" && start + 1 < text.size() && text[start + 1] == '>') hint = "write '>='";
  if (ch == "=" && start + 1 < text.size() && text[start + 1] == '<') hint = "write '<='";
  fail(start, hint.empty() ? fmt::format("unknown character '{}'", ch)
                           : fmt::format("unknown character '{}'; {}", ch, hint));
}

// A keyword written in capitals ("AND", "Not", "YES"): no id can be that word
// (ids are lower case), so it is a keyword the author did not know is case
// sensitive.
void refuse_capital_keyword(std::string_view word, std::size_t start) {
  const std::string lower = fold_case(word);  // ASCII: lowered without ICU
  if (lower == word || !is_expression_word(lower)) return;
  fail(start, fmt::format("unexpected '{}'; words are in lower case: '{}'", word, lower));
}

std::vector<Token> lex(std::string_view text) {
  std::vector<Token> out;
  std::size_t i = 0;
  auto skip = [&](auto&& pred) {
    while (i < text.size() && pred(text[i])) ++i;
  };
  for (skip(is_space); i < text.size(); skip(is_space)) {
    const std::size_t start = i;
    const char c = text[i];
    Spelling found{{}, Tok::End};
    if (is_digit(c)) {
      skip(is_digit);
      // A fraction needs a digit after the '.', so in "1." the '.' is left to
      // be reported as an unknown character.
      if (i + 1 < text.size() && text[i] == '.' && is_digit(text[i + 1])) {
        ++i;
        skip(is_digit);
      }
      found.kind = Tok::Number;
    } else if (is_ident_start(c)) {
      skip([](char x) { return is_ident_start(x) || is_digit(x); });
      found.kind = Tok::Ident;
      for (const Spelling& k : kKeywords) {
        if (k.text == text.substr(start, i - start)) found = k;
      }
      if (found.kind == Tok::Ident) refuse_capital_keyword(text.substr(start, i - start), start);
    } else if (c == '"') {
      for (++i; i < text.size() && text[i] != '"'; ++i) {
        if (text[i] == '\\') ++i;  // skips the escaped character, if any
      }
      if (i >= text.size()) {
        // Opened straight, closed curly (a word processor's): said.
        fail(start, text.find("\u201D", start) != std::string_view::npos
                        ? "unterminated text in quotes; it ends with a curly quote \u201D: write "
                          "a straight \" to close it"
                        : "unterminated text in quotes");
      }
      ++i;
      found.kind = Tok::String;
    } else {
      for (const Spelling& p : kPunctuation) {
        if (text.substr(start, p.text.size()) == p.text) {
          found = p;
          i += p.text.size();
          break;
        }
      }
      if (found.kind == Tok::End) fail_unknown_character(text, start);
    }
    out.push_back({found.kind, found.op, start, text.substr(start, i - start)});
  }
  out.push_back({Tok::End, NodeOp::None, text.size(), {}});
  return out;
}

// The content of a "..." token with \" and \\ undone; any other backslash is
// kept as written.
std::string unquote(std::string_view quoted) {
  std::string out;
  for (std::size_t i = 1; i + 1 < quoted.size(); ++i) {
    if (quoted[i] == '\\' && (quoted[i + 1] == '"' || quoted[i + 1] == '\\')) ++i;
    out += quoted[i];
  }
  return out;
}

std::string describe(const Token& t) {
  return t.kind == Tok::End ? "end of text" : fmt::format("'{}'", t.text);
}

bool is_comparison(const Token& t) {
  return t.kind == Tok::Op && t.op >= NodeOp::Lt && t.op <= NodeOp::Ne;
}

ExprNode leaf(NodeKind kind, const Token& t) {
  ExprNode n;
  n.kind = kind;
  n.offset = t.offset;
  n.start = t.offset;
  return n;
}

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  ExprNode parse_all() {
    ExprNode root = expr();
    if (peek().kind != Tok::End) {
      fail(peek().offset,
           fmt::format("unexpected {} after the end of the expression", describe(peek())));
    }
    return root;
  }

  std::vector<std::string> names;

 private:
  // One level of nesting for as long as it lives; this is what keeps the
  // recursion (and the evaluation stack, see kMaxStack) bounded.
  class Nest {
   public:
    Nest(Parser& parser, std::size_t offset) : parser_(parser) {
      if (++parser_.depth_ > kMaxDepth) {
        fail(offset,
             fmt::format("expression is nested too deeply (more than {} levels)", kMaxDepth));
      }
    }
    ~Nest() { --parser_.depth_; }
    Nest(const Nest&) = delete;
    Nest& operator=(const Nest&) = delete;

   private:
    Parser& parser_;
  };

  const Token& peek() const { return tokens_[pos_]; }
  bool at(NodeOp op) const { return peek().kind == Tok::Op && peek().op == op; }
  Token take() {
    Token t = tokens_[pos_];
    if (t.kind != Tok::End) ++pos_;
    return t;
  }
  bool accept(Tok kind) {
    if (peek().kind != kind) return false;
    take();
    return true;
  }
  void expect_close(const Token& open) {
    if (!accept(Tok::RParen)) {
      fail(peek().offset, fmt::format("expected ')' to close '(' at column {}", open.offset + 1));
    }
  }

  ExprNode binary(const Token& t, ExprNode left, ExprNode right) {
    ExprNode n = leaf(NodeKind::Binary, t);
    n.op = t.op;
    n.start = left.start;
    n.children.push_back(std::move(left));
    n.children.push_back(std::move(right));
    return n;
  }

  ExprNode expr() {
    if (peek().kind != Tok::If) return or_expr();
    Token t = take();
    Nest nest(*this, t.offset);
    ExprNode n = leaf(NodeKind::If, t);
    n.children.push_back(expr());
    if (!accept(Tok::Then)) fail(peek().offset, "expected 'then' after the condition");
    n.children.push_back(expr());
    if (!accept(Tok::Else)) fail(peek().offset, "expected 'else'");
    n.children.push_back(expr());
    return n;
  }

  // A left-associative level: operand (op operand)*. A loop, not recursion,
  // so "a + b + c + ..." costs no nesting.
  ExprNode chain(ExprNode (Parser::*operand)(), NodeOp a, NodeOp b = NodeOp::None) {
    ExprNode left = (this->*operand)();
    while (at(a) || at(b)) {
      Token t = take();
      left = binary(t, std::move(left), (this->*operand)());
    }
    return left;
  }

  ExprNode or_expr() { return chain(&Parser::and_expr, NodeOp::Or); }
  ExprNode and_expr() { return chain(&Parser::not_expr, NodeOp::And); }
  ExprNode sum() { return chain(&Parser::product, NodeOp::Add, NodeOp::Sub); }
  ExprNode product() { return chain(&Parser::unary, NodeOp::Mul, NodeOp::Div); }

  ExprNode not_expr() { return at(NodeOp::Not) ? prefix(NodeOp::Not) : comparison(); }
  ExprNode unary() { return at(NodeOp::Sub) ? prefix(NodeOp::Neg) : primary(); }

  ExprNode prefix(NodeOp op) {
    Token t = take();
    Nest nest(*this, t.offset);
    ExprNode n = leaf(NodeKind::Unary, t);
    n.op = op;
    n.children.push_back(op == NodeOp::Not ? not_expr() : unary());
    return n;
  }

  ExprNode comparison() {
    ExprNode left = sum();
    if (!is_comparison(peek())) return left;
    Token t = take();
    ExprNode n = binary(t, std::move(left), sum());
    // "a < b < c" would compare a yes/no with c; refuse it rather than guess.
    if (is_comparison(peek())) fail(peek().offset, "comparisons cannot be chained; use 'and'");
    return n;
  }

  ExprNode primary() {
    const Token t = peek();
    switch (t.kind) {
      case Tok::Number: {
        take();
        auto value = Rational::parse_decimal(t.text);
        if (!value) {
          fail(t.offset, fmt::format("the number {} has too many digits (at most 18)", t.text));
        }
        ExprNode n = leaf(NodeKind::Number, t);
        n.number = *value;
        return n;
      }
      case Tok::String: {
        take();
        ExprNode n = leaf(NodeKind::String, t);
        n.text = unquote(t.text);
        return n;
      }
      case Tok::Bool: {
        take();
        ExprNode n = leaf(NodeKind::Bool, t);
        n.number = (t.text == "yes" || t.text == "true") ? 1 : 0;
        return n;
      }
      case Tok::Ident:
        return name_or_call();
      case Tok::LParen: {
        take();
        Nest nest(*this, t.offset);
        ExprNode inner = expr();
        expect_close(t);
        inner.start = t.offset;  // messages about the operand include the '('
        return inner;
      }
      default:
        fail(t.offset, fmt::format("expected an expression, found {}", describe(t)));
    }
  }

  ExprNode name_or_call() {
    const Token t = take();
    if (peek().kind != Tok::LParen) {
      ExprNode n = leaf(NodeKind::Name, t);
      n.text = std::string(t.text);
      if (seen_.insert(t.text).second) names.push_back(n.text);
      return n;
    }
    // Function names are not checked here: parsing is syntax only, and the
    // compiler reports unknown functions together with unknown names.
    const Token open = take();
    Nest nest(*this, t.offset);
    ExprNode n = leaf(NodeKind::Call, t);
    n.text = std::string(t.text);
    if (!accept(Tok::RParen)) {
      do {
        n.children.push_back(expr());
      } while (accept(Tok::Comma));
      expect_close(open);
    }
    return n;
  }

  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  int depth_ = 0;
  std::set<std::string_view> seen_;  // views into the parsed text, which outlives the parser
};

}  // namespace

std::optional<ParsedExpression> ParsedExpression::parse(std::string_view text,
                                                        std::vector<ExprError>& errors) {
  // Checked before lexing so hostile input costs nothing.
  if (text.size() > kMaxExpressionLength) {
    errors.push_back({0, fmt::format("expression is too long ({} bytes, at most {})", text.size(),
                                     kMaxExpressionLength)});
    return std::nullopt;
  }
  try {
    Parser parser(lex(text));
    ExprNode root = parser.parse_all();
    ParsedExpression out;
    out.text_ = std::string(text);
    out.names_ = std::move(parser.names);
    out.root_ = std::make_shared<const ExprNode>(std::move(root));
    return out;
  } catch (SyntaxError& e) {
    errors.push_back(std::move(e.error));
    return std::nullopt;
  }
}

}  // namespace chibo
