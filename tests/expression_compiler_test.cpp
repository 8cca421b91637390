#include <map>
#include <string>

#include <catch2/catch.hpp>

#include "expression.h"
#include "expression_node.h"

using chibo::CompiledExpression;
using chibo::ExprError;
using chibo::ParsedExpression;
using chibo::Rational;
using chibo::Symbol;
using chibo::ValueType;

namespace {

class TestSymbols : public chibo::SymbolTable {
 public:
  TestSymbols() {
    add("present", ValueType::Number);
    add("members", ValueType::Number);
    add("held", ValueType::Bool);
    add("level", ValueType::Choice, {"tot", "kha", "yeu"});
    add("rank", ValueType::Choice, {"tot", "kha", "yeu"});
    add("kind", ValueType::Choice, {"a", "b", "c"});
    add("date", ValueType::Date);
    add("deadline", ValueType::Date);
    add("looped", ValueType::Number);
    symbols_["looped"].reported_broken = true;
  }
  const Symbol* find(std::string_view name) const override {
    auto it = symbols_.find(std::string(name));
    return it == symbols_.end() ? nullptr : &it->second;
  }
  std::vector<std::string> names() const override { return order_; }
  std::string known_elsewhere(std::string_view name) const override {
    return name == "total" ? "'total' is known only in grades" : "";
  }

 private:
  void add(const std::string& name, ValueType type, std::vector<std::string> options = {}) {
    symbols_[name] = Symbol{type, static_cast<int>(order_.size()), std::move(options), {}};
    order_.push_back(name);
  }
  std::map<std::string, Symbol> symbols_;
  std::vector<std::string> order_;
};

struct Result {
  std::optional<CompiledExpression> compiled;
  std::vector<ExprError> errors;
};

Result compile(const std::string& text) {
  Result r;
  auto parsed = ParsedExpression::parse(text, r.errors);
  REQUIRE(parsed);
  r.compiled = CompiledExpression::compile(*parsed, TestSymbols(), r.errors);
  return r;
}

std::string show_errors(const std::vector<ExprError>& errors) {
  std::string out;
  for (const ExprError& e : errors) out += std::to_string(e.offset) + ": " + e.message + "\n";
  return out;
}

}  // namespace

TEST_CASE("value_type_name") {
  CHECK(std::string(chibo::value_type_name(ValueType::Number)) == "number");
  CHECK(std::string(chibo::value_type_name(ValueType::Bool)) == "yes/no");
  CHECK(std::string(chibo::value_type_name(ValueType::Choice)) == "choice");
  CHECK(std::string(chibo::value_type_name(ValueType::Date)) == "date");
}

TEST_CASE("compiler: result types of well-typed expressions") {
  struct Case {
    const char* text;
    ValueType type;
  };
  const Case cases[] = {
      {"1", ValueType::Number},
      {"present * 100 / members", ValueType::Number},
      {"-present", ValueType::Number},
      {"present >= 90", ValueType::Bool},
      {"date < deadline", ValueType::Bool},
      {"date == deadline", ValueType::Bool},
      {"held == yes", ValueType::Bool},
      {"held != no and not held or true", ValueType::Bool},
      {"level == \"tot\"", ValueType::Bool},
      {"\"kha\" != level", ValueType::Bool},
      {"level == rank", ValueType::Bool},
      {"level", ValueType::Choice},
      {"date", ValueType::Date},
      {"if held then level else rank", ValueType::Choice},
      {"if held then date else deadline", ValueType::Date},
      {"if held then 1 else 2", ValueType::Number},
      {"min(1, present, members) + max(1, 2)", ValueType::Number},
      {"abs(-1) + floor(1.5) + ceil(1.5) + round(1.5) + round(1.25, 1)", ValueType::Number},
      {"year(date) * 10000 + month(date) * 100 + day(date)", ValueType::Number},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Result r = compile(c.text);
    INFO(show_errors(r.errors));
    REQUIRE(r.compiled);
    CHECK(r.errors.empty());
    CHECK(r.compiled->type() == c.type);
    CHECK(r.compiled->text() == c.text);
  }
}

TEST_CASE("compiler: every error, with exact text and offsets") {
  struct Case {
    const char* text;
    const char* errors;  // "offset: message\n" per error, in order of offset
  };
  const Case cases[] = {
      {"presnt > 1", "0: unknown name 'presnt'; did you mean 'present'?\n"},
      {"zzz", "0: unknown name 'zzz'\n"},
      {"presnt + membrs + held2",
       "0: unknown name 'presnt'; did you mean 'present'?\n"
       "9: unknown name 'membrs'; did you mean 'members'?\n"
       "18: unknown name 'held2'; did you mean 'held'?\n"},
      {"present + held", "8: '+' needs numbers, but the right side is a yes/no\n"},
      {"held * 2", "5: '*' needs numbers, but the left side is a yes/no\n"},
      {"date - 1", "5: '-' needs numbers, but the left side is a date\n"},
      {"1 / level", "2: '/' needs numbers, but the right side is a choice\n"},
      {"held + held", "5: '+' needs numbers, but the left side is a yes/no\n"},
      {"-held", "0: '-' needs a number, but got a yes/no\n"},
      {"held and 1", "5: 'and' needs yes/no values, but the right side is a number\n"},
      {"1 or held", "2: 'or' needs yes/no values, but the left side is a number\n"},
      {"not 1", "0: 'not' needs a yes/no value, but got a number\n"},
      {"if present then 1 else 2",
       "3: the condition after 'if' must be yes/no, but it is a number\n"},
      {"if held then 1 else no", "0: 'then' and 'else' give different types (number and yes/no)\n"},
      {"if held then level else kind",
       "0: 'then' and 'else' give choices with different options\n"},
      {"present < held", "8: '<' compares two numbers or two dates, but got number and yes/no\n"},
      {"held >= held", "5: '>=' compares two numbers or two dates, but got yes/no and yes/no\n"},
      {"date > 3", "5: '>' compares two numbers or two dates, but got date and number\n"},
      {"level <= rank", "6: '<=' compares two numbers or two dates, but got choice and choice\n"},
      {"present == held", "8: '==' compares values of the same type, but got number and yes/no\n"},
      {"date != 3", "5: '!=' compares values of the same type, but got date and number\n"},
      {"level == kind", "6: '==' compares two choices only when they have the same options\n"},
      {"level == \"abc\"", "9: 'abc' is not an option of 'level' (options: tot, kha, yeu)\n"},
      {"\"d\" == kind", "0: 'd' is not an option of 'kind' (options: a, b, c)\n"},
      // An option written as its label, accents and capitals: told the id.
      {"level == \"Khá\"",
       "9: 'Khá' is not an option of 'level' (options: tot, kha, yeu); did you mean 'kha'?\n"},
      {"(if held then level else rank) == \"x\"",
       "34: 'x' is not an option of this choice (options: tot, kha, yeu)\n"},
      {"present == \"tot\"",
       "11: a text in quotes can only be compared with a choice, e.g. level == \"tot\"\n"},
      {"\"tot\"",
       "0: a text in quotes can only be compared with a choice, e.g. level == \"tot\"\n"},
      {"\"a\" == \"a\"",
       "0: a text in quotes can only be compared with a choice, e.g. level == \"tot\"\n"
       "7: a text in quotes can only be compared with a choice, e.g. level == \"tot\"\n"},
      {"level + \"tot\"",
       "6: '+' needs numbers, but the left side is a choice\n"
       "8: a text in quotes can only be compared with a choice, e.g. level == \"tot\"\n"},
      {"foo(present)", "0: unknown function 'foo'\n"},
      {"mim(1, 2)", "0: unknown function 'mim'; did you mean 'min'?\n"},
      {"mni(1, 2)", "0: unknown function 'mni'; did you mean 'min'?\n"},  // a swap is one edit
      {"rund(x)",
       "0: unknown function 'rund'; did you mean 'round'?\n"
       "5: unknown name 'x'\n"},
      {"min(1)", "0: 'min' needs at least 2 arguments\n"},
      {"max()", "0: 'max' needs at least 2 arguments\n"},
      {"abs(1, 2)", "0: 'abs' needs 1 argument\n"},
      {"year()", "0: 'year' needs 1 argument\n"},
      {"round()", "0: 'round' needs 1 or 2 arguments\n"},
      {"round(1, 2, 3)", "0: 'round' needs 1 or 2 arguments\n"},
      {"min(1, held)", "7: argument 2 of 'min' must be a number, but it is a yes/no\n"},
      {"max(date, 1, (held))",
       "4: argument 1 of 'max' must be a number, but it is a date\n"
       "13: argument 3 of 'max' must be a number, but it is a yes/no\n"},
      {"floor(level)", "6: argument 1 of 'floor' must be a number, but it is a choice\n"},
      {"month(3)", "6: argument 1 of 'month' must be a date, but it is a number\n"},
      {"round(1, 7)", "9: the number of decimals in 'round' must be a whole number from 0 to 6\n"},
      {"round(1, 1.5)",
       "9: the number of decimals in 'round' must be a whole number from 0 to 6\n"},
      {"round(1, -1)", "9: the number of decimals in 'round' must be a whole number from 0 to 6\n"},
      {"round(1, present)",
       "9: the number of decimals in 'round' must be a whole number from 0 to 6\n"},
      // Errors do not cascade into the operators around them.
      {"presnt + 1 > 2 and held", "0: unknown name 'presnt'; did you mean 'present'?\n"},
      {"(held + 1) * 2 > 1", "6: '+' needs numbers, but the left side is a yes/no\n"},
      {"if zz then 1 else 2", "3: unknown name 'zz'\n"},
      {"if held then zz else no", "13: unknown name 'zz'\n"},
      // Constants that cannot be computed: a record that reaches them would be refused.
      {"present / 0", "8: division by zero: the right side of '/' is always 0\n"},
      {"present / (2 - 2) + 1", "8: division by zero: the right side of '/' is always 0\n"},
      {"present + 999999999999999999 * 10",
       "29: '*' of 999999999999999999 and 10 gives a number too large to compute (a numerator or "
       "denominator past 9223372036854775807): a record that reaches it is refused\n"},
      {"-(1 / 999999999999999999) / 999999999999999999 < present",
       "26: '/' of -1/999999999999999999 and 999999999999999999 gives a number too large to "
       "compute (a numerator or denominator past 9223372036854775807): a record that reaches it "
       "is refused\n"},
      // 19 digits that fit are no error.
      {"present + (999999999999999999 + 1) + held",
       "35: '+' needs numbers, but the right side is a "
       "yes/no\n"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Result r = compile(c.text);
    CHECK_FALSE(r.compiled);
    CHECK(show_errors(r.errors) == c.errors);
  }
}

TEST_CASE("compiler: a name known elsewhere says why, not 'did you mean'") {
  Result r = compile("presnt + total > 1");
  CHECK_FALSE(r.compiled);
  CHECK(show_errors(r.errors) ==
        "0: unknown name 'presnt'; did you mean 'present'?\n"
        "9: unknown name 'total': 'total' is known only in grades\n");
}

TEST_CASE("compiler: a name whose error is reported already fails without a message") {
  Result r = compile("looped + 1 > present and held");
  CHECK_FALSE(r.compiled);
  CHECK(r.errors.empty());
  // Other errors beside it are still reported.
  r = compile("looped + presnt");
  CHECK_FALSE(r.compiled);
  CHECK(show_errors(r.errors) == "9: unknown name 'presnt'; did you mean 'present'?\n");
}

TEST_CASE("compiler: the deepest nesting the parser allows still compiles") {
  // Each round adds 4 levels (min, '(', if, '(') and leaves a comparison, a
  // sum, a product and min's first argument waiting on the stack.
  std::string text = "1";
  for (int round = 0; round < 16; ++round) {
    text = "min(1, 1 + 1 * (if (1 < 1 + 1 * " + text + ") then 1 else 1))";
  }
  Result r = compile(text);
  INFO(show_errors(r.errors));
  REQUIRE(r.compiled);
  Rational out;
  CHECK(r.compiled->evaluate({}, out) == chibo::EvalStatus::Ok);
  CHECK(out == 1);

  std::vector<ExprError> errors;
  text = "min(1, 1 + 1 * (if (1 < 1 + 1 * " + text + ") then 1 else 1))";
  CHECK_FALSE(ParsedExpression::parse(text, errors));
}
