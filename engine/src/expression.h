// Expression: the small, safe formula language of rulesets.
//
// Rulesets write derived values, record checks, conditions and band inputs as
// expressions: arithmetic (+ - * /), comparisons (< <= > >= == !=), and/or/not,
// "if C then A else B", the functions min, max, abs, floor, ceil, round,
// year, month, day, numbers, "strings" (option names of a choice input) and
// the literals yes/no/true/false. No I/O, no loops, no assignment.
//
// Life cycle, in one direction: parse (syntax only, gives the names used, so a
// caller can order derived values and find cycles) -> compile (against a
// SymbolTable: unknown names and type errors are found here, at load time) ->
// evaluate (many times, over a slot array, without allocation; the only
// failures left are division by zero and overflow, reported as a status).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chibo/diagnostic.h"
#include "chibo/rational.h"

namespace chibo {

// Every value is held as a Rational in a slot: numbers as themselves, yes/no
// as 1/0, a choice as the index of its option, a date as days since 1970-01-01.
enum class ValueType : std::uint8_t { Number, Bool, Choice, Date };

// "number", "yes/no", "choice", "date": for messages.
const char* value_type_name(ValueType t);

struct Symbol {
  ValueType type = ValueType::Number;
  int slot = 0;
  // For Choice: the option ids, in slot-value order (index 0 = first option).
  std::vector<std::string> options;
  // Not empty: the name has no value to compute with, and an expression that
  // reads it is an error saying this (an input neither required nor given a
  // default: an empty cell leaves it without one).
  std::string no_value;
  // The name's own definition has an error, reported already (a derived value
  // in a cycle, or one that does not compile): an expression that reads it
  // fails without a message of its own, so one mistake gives one message.
  bool reported_broken = false;
};

class SymbolTable {
 public:
  virtual ~SymbolTable() = default;
  virtual const Symbol* find(std::string_view name) const = 0;
  // Every name that find() knows, for "did you mean" suggestions.
  virtual std::vector<std::string> names() const = 0;
  // For a name find() does not know but the ruleset does elsewhere (a
  // criterion, 'total'): why it cannot be read here, for the message; empty
  // when the name is unknown everywhere.
  virtual std::string known_elsewhere(std::string_view /*name*/) const { return {}; }
  // For an option that choice (an input's id) does not have: why, when a
  // tailoring's override of its options left it out (": the override of
  // ... dropped it, ..."), and where that override is; nullopt otherwise.
  struct DroppedOption {
    std::string why;
    Location where;
  };
  virtual std::optional<DroppedOption> dropped_option(std::string_view /*choice*/,
                                                      std::string_view /*option*/) const {
    return std::nullopt;
  }
};

// A problem in an expression; offset is the 0-based byte offset in its text.
struct ExprError {
  // A constructor, not an aggregate: most errors have no place of their own.
  ExprError(std::size_t offset_ = 0, std::string message_ = {},
            std::optional<Location> at_ = std::nullopt)
      : offset(offset_), message(std::move(message_)), at(std::move(at_)) {}
  std::size_t offset = 0;
  std::string message;
  // Said there instead, with the offset's place after it: a mistake made
  // elsewhere (SymbolTable::dropped_option).
  std::optional<Location> at;
};

struct ExprNode;  // the syntax tree, private to expression*.cpp

// Whether name is a word of the expression language (and, or, not, if,
// then, else, yes, no, true, false): no id may be one, as an expression that
// names it reads the word.
bool is_expression_word(std::string_view name);

class ParsedExpression {
 public:
  // Syntax errors are appended to errors; nullopt if there were any.
  static std::optional<ParsedExpression> parse(std::string_view text,
                                               std::vector<ExprError>& errors);
  const std::string& text() const { return text_; }
  // Identifiers used (not function names), unique, in order of first use.
  const std::vector<std::string>& names() const { return names_; }
  const ExprNode& root() const { return *root_; }

 private:
  std::string text_;
  std::vector<std::string> names_;
  std::shared_ptr<const ExprNode> root_;
};

enum class EvalStatus : std::uint8_t { Ok, DivisionByZero, Overflow };

// One instruction of a compiled expression (postfix, with jumps for
// and/or/if so that the unused side is never evaluated).
struct ExprOp;
// The same program with some instructions merged, as run() steps through it.
struct RunOp;

class CompiledExpression {
 public:
  // Type-checks against symbols; errors appended; nullopt if there were any.
  static std::optional<CompiledExpression> compile(const ParsedExpression& parsed,
                                                   const SymbolTable& symbols,
                                                   std::vector<ExprError>& errors);
  ValueType type() const { return type_; }
  const std::string& text() const { return text_; }
  // The slot when the whole expression is one name (its value is that
  // slot's, as evaluate() reads it); -1 otherwise.
  int single_slot() const { return load_slot_; }
  // Marks read[slot] for every slot the expression reads (read is as long
  // as the slots).
  void mark_slots_read(std::vector<bool>& read) const;
  // The program (expression_node.h), for what is worked out of it once
  // (points_guard.cpp).
  const std::vector<ExprOp>& ops() const { return *ops_; }
  // The program run() steps through: ops() with some of them merged
  // (expression_node.h's RunOp). For tests; anything that reasons about the
  // program reads ops().
  const std::vector<RunOp>& run_ops() const { return *run_ops_; }
  // Reads only the slots the expression names. Never allocates.
  EvalStatus evaluate(std::span<const Rational> slots, Rational& out) const {
    // Most conditions name one input (`when: content_prepared`): read here,
    // inline, without running the program (a call each was a fifth of
    // evaluation's cost).
    if (load_slot_ >= 0 && static_cast<std::size_t>(load_slot_) < slots.size()) {
      out = slots[static_cast<std::size_t>(load_slot_)];
      return EvalStatus::Ok;
    }
    // Most checks and vetoes compare a value with another or with a number
    // (`present >= 1`, `exempt < members`): inline too, as run() would.
    if (compare_ != Compare::None && static_cast<std::size_t>(left_slot_) < slots.size() &&
        (right_slot_ < 0 || static_cast<std::size_t>(right_slot_) < slots.size())) {
      const Rational& a = slots[static_cast<std::size_t>(left_slot_)];
      const Rational& b =
          right_slot_ < 0 ? right_value_ : slots[static_cast<std::size_t>(right_slot_)];
      out = compared(a, b) ? 1 : 0;
      return EvalStatus::Ok;
    }
    return run(slots, out);
  }

 private:
  enum class Compare : std::uint8_t { None, Lt, Le, Gt, Ge, Eq, Ne };
  bool compared(const Rational& a, const Rational& b) const {
    switch (compare_) {
      case Compare::Lt:
        return a < b;
      case Compare::Le:
        return a <= b;
      case Compare::Gt:
        return a > b;
      case Compare::Ge:
        return a >= b;
      case Compare::Eq:
        return a == b;
      default:
        return a != b;
    }
  }
  EvalStatus run(std::span<const Rational> slots, Rational& out) const;

  std::string text_;
  ValueType type_ = ValueType::Number;
  std::shared_ptr<const std::vector<ExprOp>> ops_;
  std::shared_ptr<const std::vector<RunOp>> run_ops_;
  int max_stack_ = 0;
  int load_slot_ = -1;  // the slot, when the whole program is one Load
  // The whole program is Load left, Load right (or Push right_value_), compare.
  Compare compare_ = Compare::None;
  int left_slot_ = -1, right_slot_ = -1;
  Rational right_value_;
};

}  // namespace chibo
