#include <limits>
#include <map>
#include <optional>
#include <string>

#include <catch2/catch.hpp>

#include "expression.h"
#include "expression_node.h"

using chibo::CompiledExpression;
using chibo::EvalStatus;
using chibo::ExprError;
using chibo::ParsedExpression;
using chibo::Rational;
using chibo::Symbol;
using chibo::ValueType;

namespace {

// Slots: 0 present, 1 members, 2 exempt, 3 held, 4 level, 5 date, 6 deadline.
class EvalSymbols : public chibo::SymbolTable {
 public:
  EvalSymbols() {
    add("present", ValueType::Number);
    add("members", ValueType::Number);
    add("exempt", ValueType::Number);
    add("held", ValueType::Bool);
    add("level", ValueType::Choice, {"tot", "kha", "yeu"});
    add("date", ValueType::Date);
    add("deadline", ValueType::Date);
  }
  const Symbol* find(std::string_view name) const override {
    auto it = symbols_.find(std::string(name));
    return it == symbols_.end() ? nullptr : &it->second;
  }
  std::vector<std::string> names() const override { return order_; }

 private:
  void add(const std::string& name, ValueType type, std::vector<std::string> options = {}) {
    symbols_[name] = Symbol{type, static_cast<int>(order_.size()), std::move(options), {}};
    order_.push_back(name);
  }
  std::map<std::string, Symbol> symbols_;
  std::vector<std::string> order_;
};

CompiledExpression compile(const std::string& text) {
  std::vector<ExprError> errors;
  auto parsed = ParsedExpression::parse(text, errors);
  INFO(text << (errors.empty() ? "" : ": " + errors[0].message));
  REQUIRE(parsed);
  auto compiled = CompiledExpression::compile(*parsed, EvalSymbols(), errors);
  INFO((errors.empty() ? "" : errors[0].message));
  REQUIRE(compiled);
  return *compiled;
}

struct Slots {
  Rational present = 0, members = 0, exempt = 0, held = 0, level = 0, date = 0, deadline = 0;
  std::vector<Rational> array() const {
    return {present, members, exempt, held, level, date, deadline};
  }
};

// "ok: <value>" or the failure, so a table can hold both.
std::string run(const std::string& text, const Slots& slots = {}) {
  Rational out = 12345;
  std::vector<Rational> values = slots.array();
  switch (compile(text).evaluate(values, out)) {
    case EvalStatus::Ok:
      return out.to_string();
    case EvalStatus::DivisionByZero:
      return "division by zero";
    case EvalStatus::Overflow:
      return "overflow";
  }
  return "?";
}

Rational decimal(const char* text) { return *Rational::parse_decimal(text); }

}  // namespace

TEST_CASE("eval: arithmetic, logic and choices") {
  Slots s;
  s.present = 9;
  s.members = 12;
  s.exempt = 2;
  s.held = 1;
  s.level = 1;  // "kha"
  struct Case {
    const char* text;
    const char* result;
  };
  const Case cases[] = {
      {"1 + 2 * 3", "7"},
      {"(1 + 2) * 3", "9"},
      {"10 - 4 - 3", "3"},
      {"1 / 3", "1/3"},
      {"1 / 3 + 1 / 6", "0.5"},
      {"-present + 1", "-8"},
      {"- -present", "9"},
      {"93.5 - 0.5", "93"},
      {"present * 100 / (members - exempt)", "90"},
      {"present / members", "0.75"},
      {"present < members", "1"},
      {"present <= 9", "1"},
      {"present > 9", "0"},
      {"present >= 9.0001", "0"},
      {"present == 9", "1"},
      {"present != 9", "0"},
      {"held", "1"},
      {"not held", "0"},
      {"held == yes", "1"},
      {"held != true", "0"},
      {"no or false", "0"},
      {"yes and true", "1"},
      {"held and present > 100", "0"},
      {"not held or present > 5", "1"},
      {"level == \"kha\"", "1"},
      {"\"tot\" == level", "0"},
      {"level != \"yeu\"", "1"},
      {"level", "1"},
      {"if held then 10 else 20", "10"},
      {"if not held then 10 else if present > 5 then 30 else 40", "30"},
      {"(if held then 2 else 3) * 5", "10"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(run(c.text, s) == c.result);
  }
}

TEST_CASE("eval: functions") {
  Slots s;
  s.present = -7;
  struct Case {
    const char* text;
    const char* result;
  };
  const Case cases[] = {
      {"min(3, 1, 2)", "1"},
      {"max(3, 1, 2)", "3"},
      {"min(1 / 3, 0.33)", "0.33"},
      {"max(present, -8)", "-7"},
      {"abs(present)", "7"},
      {"abs(2.5)", "2.5"},
      {"abs(0)", "0"},
      {"floor(2.7)", "2"},
      {"floor(-2.1)", "-3"},
      {"ceil(2.1)", "3"},
      {"ceil(-2.7)", "-2"},
      {"floor(5)", "5"},
      {"round(2.5)", "3"},
      {"round(-2.5)", "-3"},
      {"round(2.4999)", "2"},
      {"round(-2.4999)", "-2"},
      {"round(1 / 3)", "0"},
      {"round(2 / 3)", "1"},
      {"round(1.005, 2)", "1.01"},  // exact: no binary floating point drift
      {"round(-1.005, 2)", "-1.01"},
      {"round(1.0049, 2)", "1"},
      {"round(2 / 3, 6)", "0.666667"},
      {"round(1 / 3, 0)", "0"},
      {"round(93.45, 1)", "93.5"},
      {"round(999999999999999999, 6)", "999999999999999999"},
      {"round(present, 3)", "-7"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(run(c.text, s) == c.result);
  }
}

TEST_CASE("eval: dates are days since 1970-01-01, proleptic Gregorian") {
  struct Case {
    std::int64_t days;
    const char* ymd;
  };
  const Case cases[] = {
      {0, "1970 1 1"},     {-1, "1969 12 31"},      {31, "1970 2 1"},    {11016, "2000 2 29"},
      {19358, "2023 1 1"}, {19782, "2024 2 29"},    {19783, "2024 3 1"}, {-719468, "0 3 1"},
      {-719469, "0 2 29"}, {2932896, "9999 12 31"},
  };
  for (const Case& c : cases) {
    Slots s;
    s.date = c.days;
    INFO(c.days);
    CHECK(run("year(date)", s) + " " + run("month(date)", s) + " " + run("day(date)", s) == c.ymd);
  }
  Slots s;
  s.date = 19782;
  s.deadline = 19783;
  CHECK(run("date < deadline", s) == "1");
  CHECK(run("date >= deadline", s) == "0");
  CHECK(run("date == deadline", s) == "0");
  s.date = std::numeric_limits<std::int64_t>::max();
  CHECK(run("year(date)", s) == "overflow");
}

TEST_CASE("eval: exact at band edges") {
  const char* rule = "present * 100 / members >= 90";
  struct Case {
    std::int64_t present;
    std::int64_t members;
    const char* result;
  };
  const Case cases[] = {
      {9, 10, "1"},  {8999, 10000, "0"}, {9000, 10000, "1"},           {89999999, 100000000, "0"},
      {27, 30, "1"}, {26, 30, "0"},      {999999999, 1111111110, "1"},
  };
  for (const Case& c : cases) {
    Slots s;
    s.present = c.present;
    s.members = c.members;
    INFO(c.present << "/" << c.members);
    CHECK(run(rule, s) == c.result);
  }
  Slots s;
  s.present = decimal("89.99");
  CHECK(run("present >= 90", s) == "0");
  s.present = 90;
  CHECK(run("present >= 90", s) == "1");
  CHECK(run("0.1 + 0.2 == 0.3") == "1");
}

TEST_CASE("eval: and, or and if never evaluate the unused side") {
  Slots s;
  s.members = 5;
  s.exempt = 5;
  s.present = 3;
  CHECK(run("present * 100 / (members - exempt) > 50", s) == "division by zero");
  CHECK(run("members > exempt and present * 100 / (members - exempt) > 50", s) == "0");
  CHECK(run("members == exempt or present / (members - exempt) > 0", s) == "1");
  CHECK(run("if members == exempt then 0 else present / (members - exempt)", s) == "0");
  CHECK(run("if members != exempt then present / (members - exempt) else -1", s) == "-1");
  // (A division by a constant 0 is refused by the compiler: here the 0 is a
  // record's, members - exempt.)
  CHECK(run("not (members > exempt and 1 / (members - exempt) > 0)", s) == "1");
  CHECK(run("(members > exempt and 1 / (members - exempt) > 0) or yes", s) == "1");
  // The side that does run still fails.
  CHECK(run("members == exempt and 1 / (members - exempt) > 0", s) == "division by zero");
  CHECK(run("members > exempt or 1 / (members - exempt) > 0", s) == "division by zero");
  s.members = 10;
  CHECK(run("members > exempt and present * 100 / (members - exempt) > 50", s) == "1");
  CHECK(run("yes and yes and no and 1 / members > 0") == "0");
  CHECK(run("no or no or yes or 1 / members > 0") == "1");
}

TEST_CASE("eval: division by zero and overflow are statuses") {
  // The numbers come from the record's slots: on constants alone the
  // compiler refuses them (compiler test "constants that cannot be computed").
  Slots s;
  s.present = std::numeric_limits<std::int64_t>::min();
  s.members = 999999999999999999;
  const struct {
    const char* text;
    const char* result;
  } cases[] = {
      {"1 / exempt", "division by zero"},
      {"1 / (members - members)", "division by zero"},
      {"exempt / exempt", "division by zero"},
      {"members * members", "overflow"},
      {"members * 10 + 1", "overflow"},
      {"-members * 10 - 1", "overflow"},
      {"1 / members / members", "overflow"},
      {"-present", "overflow"},
      {"abs(present)", "overflow"},
      {"members * 9 - members * 8", "999999999999999999"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(run(c.text, s) == c.result);
  }
}

TEST_CASE("eval: a compiled expression is reusable and shares its code") {
  CompiledExpression e = compile("present * 2");
  CompiledExpression copy = e;
  for (std::int64_t i = 0; i < 5; ++i) {
    std::vector<Rational> slots = {i};  // only the slots it names are read
    Rational out;
    REQUIRE(copy.evaluate(slots, out) == EvalStatus::Ok);
    CHECK(out == 2 * i);
  }
  CHECK(copy.type() == ValueType::Number);
}

// A program that only compares a slot with a slot or a number is read inline
// by evaluate(); "not not (...)" runs the same comparison through run(). The
// two agree for every operator over whole numbers, fractions, negatives and
// the ends of the range.
TEST_CASE("eval: comparisons read inline agree with the program") {
  const Rational values[] = {0,
                             1,
                             -1,
                             9,
                             decimal("9.5"),
                             decimal("-0.25"),
                             *Rational::make(1, 3),
                             *Rational::make(2, 6),
                             std::numeric_limits<std::int64_t>::max(),
                             -std::numeric_limits<std::int64_t>::max()};
  int compared = 0;
  for (const char* op : {"<", "<=", ">", ">=", "==", "!="}) {
    for (const Rational& a : values) {
      for (const Rational& b : values) {
        Slots s;
        s.present = a;
        s.members = b;
        const std::string slots = std::string("present ") + op + " members";
        INFO(slots << " with " << a.to_string() << ", " << b.to_string());
        CHECK(run(slots, s) == run("not not (" + slots + ")", s));
        ++compared;
      }
      Slots s;
      s.present = a;
      for (const char* number : {"9", "9.5", "-1", "0"}) {
        const std::string constant = std::string("present ") + op + " " + number;
        INFO(constant << " with " << a.to_string());
        CHECK(run(constant, s) == run("not not (" + constant + ")", s));
      }
    }
  }
  CHECK(compared == 6 * 10 * 10);
}

// What "a op b" must give, worked out with rational.h directly, as run()
// reports it.
std::string worked_out(const std::string& op, const Rational& a, const Rational& b) {
  std::optional<Rational> r;
  if (op == "+") r = add(a, b);
  if (op == "-") r = subtract(a, b);
  if (op == "*") r = multiply(a, b);
  if (op == "/") {
    if (b == 0) return "division by zero";
    r = divide(a, b);
  }
  if (op == "<") r = a < b ? 1 : 0;
  if (op == "<=") r = a <= b ? 1 : 0;
  if (op == ">") r = a > b ? 1 : 0;
  if (op == ">=") r = a >= b ? 1 : 0;
  if (op == "==") r = a == b ? 1 : 0;
  if (op == "!=") r = a != b ? 1 : 0;
  return r ? r->to_string() : "overflow";
}

// run() steps through the program with a right operand's Load or Push merged
// into its operation and a comparison's JumpIfFalse into the comparison
// (expression_node.h's RunOp). Each merged form is checked against the same
// operation left unmerged: max(x, x) is x, computed on the stack first, so
// "present OP max(members, members)" keeps OP's operands on the stack; "not
// not" between a comparison and its 'if' keeps the JumpIfFalse apart. Every
// result, overflow and division by zero must be the same.
TEST_CASE("eval: merged operations agree with unmerged ones") {
  const std::int64_t largest = std::numeric_limits<std::int64_t>::max();
  const Rational values[] = {0,
                             1,
                             -1,
                             7,
                             decimal("9.5"),
                             decimal("-0.25"),
                             *Rational::make(1, 3),
                             *Rational::make(-5, 7),
                             largest,
                             -largest,
                             std::numeric_limits<std::int64_t>::min(),
                             *Rational::make(largest, 3)};
  const char* const constants[] = {"0.5", "3", "-2", "1", "999999999999999999"};
  const char* const infix[] = {"+", "-", "*", "/", "<", "<=", ">", ">=", "==", "!="};
  int compared = 0;
  for (const Rational& a : values) {
    Slots s;
    s.present = a;
    for (const Rational& b : values) {
      s.members = b;
      INFO(a.to_string() << " and " << b.to_string());
      for (const char* op : infix) {
        const std::string merged = std::string("present ") + op + " members";
        const std::string apart = std::string("present ") + op + " max(members, members)";
        INFO(merged);
        // A comparison's result is kept (== yes) or jumped on (if).
        const bool comparison = std::string(op).find_first_of("<>=!") != std::string::npos;
        const std::string use = comparison ? ") == yes" : ") * 1";
        CHECK(run("(" + merged + use, s) == run("(" + apart + use, s));
        if (comparison) {
          CHECK(run("if " + merged + " then 1 else 2", s) ==
                run("if not not (" + merged + ") then 1 else 2", s));
          CHECK(run("(" + merged + ") == yes", s) == worked_out(op, a, b));
        } else {
          // "* 1" would make INT64_MIN overflow where the operation did not.
          CHECK(run("0 + (" + merged + ")", s) == worked_out(op, a, b));
        }
        ++compared;
      }
      for (const char* f : {"min", "max"}) {
        CHECK(run(std::string(f) + "(present, members) * 1", s) ==
              run(std::string(f) + "(present, max(members, members)) * 1", s));
      }
    }
    for (const char* number : constants) {
      for (const char* op : infix) {
        const std::string merged = std::string("present ") + op + " " + number;
        const std::string apart =
            std::string("present ") + op + " max(" + number + ", " + number + ")";
        INFO(merged << " with " << a.to_string());
        const bool comparison = std::string(op).find_first_of("<>=!") != std::string::npos;
        const std::string use = comparison ? ") == yes" : ") * 1";
        CHECK(run("(" + merged + use, s) == run("(" + apart + use, s));
        if (comparison) {
          CHECK(run("if " + merged + " then 1 else 2", s) ==
                run("if " + apart + " then 1 else 2", s));
        }
      }
    }
  }
  CHECK(compared == 12 * 12 * 10);
}

TEST_CASE("eval: what run() merges, and what a jump keeps apart") {
  using chibo::Operand;
  // Load, Load Mul, Push... : the right side's Load and Push go into Add and Mul.
  CompiledExpression e = compile("present * members + 1");
  REQUIRE(e.run_ops().size() == 3);
  CHECK(e.run_ops()[1].right == Operand::Slot);
  CHECK(e.run_ops()[2].right == Operand::Constant);
  CHECK(e.ops().size() == 5);  // what points_guard and mark_slots_read read is whole
  // The comparison takes its JumpIfFalse, which goes where its op went.
  CompiledExpression chain = compile("if present > 1 then 5 else if held then 4 else 0");
  REQUIRE(chain.ops().size() == 11);
  REQUIRE(chain.run_ops().size() == 9);
  CHECK(chain.run_ops()[1].jump_if_false);
  CHECK(chain.run_ops()[1].target == 4);  // Load held
  CHECK(chain.run_ops()[3].target == 9);  // the end
  Slots s;
  s.present = 2;
  CHECK(run("if present > 1 then 5 else if held then 4 else 0", s) == "5");
  s.present = 1;
  s.held = 1;
  CHECK(run("if present > 1 then 5 else if held then 4 else 0", s) == "4");
  s.held = 0;
  CHECK(run("if present > 1 then 5 else if held then 4 else 0", s) == "0");
  // Add is where the 'then' side jumps to: the 'else' side's Load stays apart.
  CompiledExpression landed = compile("1 + (if held then present else members)");
  CHECK(landed.run_ops().size() == landed.ops().size());
  s.present = 3;
  s.members = 4;
  s.held = 1;
  CHECK(run("1 + (if held then present else members)", s) == "4");
  s.held = 0;
  CHECK(run("1 + (if held then present else members)", s) == "5");
  // 'and' jumps to the 'if''s JumpIfFalse, so the comparison before it keeps its own.
  for (std::int64_t present : {0, 5}) {
    for (std::int64_t held : {0, 1}) {
      s.present = present;
      s.held = held;
      CHECK(run("if held and present > 1 then 1 else 2", s) ==
            (held == 1 && present > 1 ? "1" : "2"));
    }
  }
  // A merged divisor that is 0 is still a division by zero, checked before
  // the left side is divided.
  s.present = 1;
  s.members = 0;
  CHECK(run("present / members + 1", s) == "division by zero");
  CHECK(run("present / (members * 1)", s) == "division by zero");
}
