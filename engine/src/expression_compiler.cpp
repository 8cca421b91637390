// Type checking and code generation: ExprNode tree -> postfix ExprOps.
//
// Unlike the parser, the compiler keeps going after an error so that one load
// of a ruleset reports every unknown name and type error. A node whose own
// operands are wrong still reports the type it would have ('+' is a number
// whatever its sides are), so one mistake does not cascade into messages
// about the operators around it; a node that has no type at all (an unknown
// name) makes its parents skip their checks.
#include <algorithm>
#include <array>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "chibo/did_you_mean.h"
#include "expression.h"
#include "expression_node.h"

namespace chibo {
namespace {

// What the compiler knows about a compiled sub-expression. For a choice, the
// options (to resolve "text" literals and to match two choices) and, when it
// is a plain name, that name for messages.
struct Typed {
  explicit Typed(ValueType t, const std::vector<std::string>* o = nullptr, std::string_view n = {})
      : type(t), options(o), name(n) {}
  ValueType type;
  const std::vector<std::string>* options;
  std::string_view name;
  // Its value when it is a number known without a record (literals and
  // arithmetic on them): checked here, so lint names a constant overflow or a
  // division by a constant 0 at its operator (every record was refused).
  std::optional<Rational> constant;
};

enum class Arity : std::uint8_t { One, OneOrTwo, AtLeastTwo };

struct Function {
  std::string_view name;
  OpCode op;
  Arity arity;
  ValueType argument;  // every argument's type (round's decimals are checked apart)
};

constexpr std::array<Function, 9> kFunctions = {{
    {"min", OpCode::Min, Arity::AtLeastTwo, ValueType::Number},
    {"max", OpCode::Max, Arity::AtLeastTwo, ValueType::Number},
    {"abs", OpCode::Abs, Arity::One, ValueType::Number},
    {"floor", OpCode::Floor, Arity::One, ValueType::Number},
    {"ceil", OpCode::Ceil, Arity::One, ValueType::Number},
    {"round", OpCode::Round, Arity::OneOrTwo, ValueType::Number},
    {"year", OpCode::Year, Arity::One, ValueType::Date},
    {"month", OpCode::Month, Arity::One, ValueType::Date},
    {"day", OpCode::Day, Arity::One, ValueType::Date},
}};

OpCode binary_opcode(NodeOp op) {
  switch (op) {
    case NodeOp::Add:
      return OpCode::Add;
    case NodeOp::Sub:
      return OpCode::Sub;
    case NodeOp::Mul:
      return OpCode::Mul;
    case NodeOp::Div:
      return OpCode::Div;
    case NodeOp::Lt:
      return OpCode::Lt;
    case NodeOp::Le:
      return OpCode::Le;
    case NodeOp::Gt:
      return OpCode::Gt;
    case NodeOp::Ge:
      return OpCode::Ge;
    case NodeOp::Eq:
      return OpCode::Eq;
    default:
      return OpCode::Ne;
  }
}

class Compiler {
 public:
  Compiler(const SymbolTable& symbols, std::vector<ExprError>& errors)
      : symbols_(symbols), errors_(errors) {}

  std::optional<Typed> compile(const ExprNode& n) {
    switch (n.kind) {
      case NodeKind::Number:
        return push(n.number, ValueType::Number);
      case NodeKind::Bool:
        return push(n.number, ValueType::Bool);
      case NodeKind::String:
        error(n.offset,
              "a text in quotes can only be compared with a choice, e.g. level == \"tot\"");
        return std::nullopt;
      case NodeKind::Name:
        return name(n);
      case NodeKind::Call:
        return call(n);
      case NodeKind::Unary:
        return unary(n);
      case NodeKind::Binary:
        return binary(n);
      case NodeKind::If:
        return if_then_else(n);
    }
    return std::nullopt;
  }

  bool failed() const { return failed_; }
  int max_depth() const { return max_depth_; }
  std::vector<ExprOp> take_ops() { return std::move(ops_); }

 private:
  void error(std::size_t offset, std::string message) {
    errors_.push_back({offset, std::move(message)});
    failed_ = true;
  }

  // Emits one op; stack_change is what it does to the stack height, tracked
  // so that max_depth() is the exact need of evaluate().
  std::size_t emit(OpCode code, int stack_change, std::size_t arg = 0, Rational value = {}) {
    ops_.push_back({code, arg, value});
    depth_ += stack_change;
    max_depth_ = std::max(max_depth_, depth_);
    return ops_.size() - 1;
  }
  void land_here(std::size_t jump) { ops_[jump].arg = ops_.size(); }

  Typed push(Rational value, ValueType type) {
    emit(OpCode::Push, 1, 0, value);
    Typed typed{type};
    if (type == ValueType::Number) typed.constant = value;
    return typed;
  }

  std::optional<Typed> name(const ExprNode& n) {
    const Symbol* symbol = symbols_.find(n.text);
    if (symbol == nullptr) {
      unknown_name(n);
      return std::nullopt;
    }
    if (symbol->reported_broken) {
      failed_ = true;
      return std::nullopt;
    }
    if (!symbol->no_value.empty()) {
      error(n.offset, symbol->no_value);
      return std::nullopt;
    }
    emit(OpCode::Load, 1, static_cast<std::size_t>(symbol->slot));
    return Typed{symbol->type, &symbol->options, n.text};
  }

  void unknown_name(const ExprNode& n) {
    if (std::string why = symbols_.known_elsewhere(n.text); !why.empty()) {
      error(n.offset, fmt::format("unknown name '{}': {}", n.text, why));
      return;
    }
    // names() may be costly; only unknown names need it.
    if (!names_) names_ = symbols_.names();
    error(n.offset, fmt::format("unknown name '{}'{}", n.text, did_you_mean(n.text, *names_)));
  }

  std::optional<Typed> unary(const ExprNode& n) {
    auto operand = compile(n.children[0]);
    if (n.op == NodeOp::Neg) {
      if (operand && operand->type != ValueType::Number) {
        error(n.offset,
              fmt::format("'-' needs a number, but got a {}", value_type_name(operand->type)));
      }
      emit(OpCode::Neg, 0);
      Typed negated{ValueType::Number};
      if (operand && operand->constant) negated.constant = negate(*operand->constant);
      return negated;
    }
    if (operand && operand->type != ValueType::Bool) {
      error(n.offset, fmt::format("'not' needs a yes/no value, but got a {}",
                                  value_type_name(operand->type)));
    }
    emit(OpCode::Not, 0);
    return Typed{ValueType::Bool};
  }

  void check_side(const ExprNode& n, const std::optional<Typed>& side, const char* which,
                  ValueType wanted, const char* wanted_text) {
    if (side && side->type != wanted) {
      error(n.offset, fmt::format("'{}' needs {}, but the {} side is a {}", node_op_text(n.op),
                                  wanted_text, which, value_type_name(side->type)));
    }
  }

  std::optional<Typed> binary(const ExprNode& n) {
    const ExprNode& left_node = n.children[0];
    const ExprNode& right_node = n.children[1];
    if (n.op == NodeOp::And || n.op == NodeOp::Or) {
      // Short circuit: the right side runs only when the left does not decide.
      auto left = compile(left_node);
      check_side(n, left, "left", ValueType::Bool, "yes/no values");
      std::size_t jump =
          emit(n.op == NodeOp::And ? OpCode::JumpIfFalseOrPop : OpCode::JumpIfTrueOrPop, -1);
      auto right = compile(right_node);
      if (!left || left->type == ValueType::Bool) {  // one message per operator
        check_side(n, right, "right", ValueType::Bool, "yes/no values");
      }
      land_here(jump);
      return Typed{ValueType::Bool};
    }
    if ((n.op == NodeOp::Eq || n.op == NodeOp::Ne) &&
        (left_node.kind == NodeKind::String) != (right_node.kind == NodeKind::String)) {
      return choice_literal(n);
    }
    auto left = compile(left_node);
    auto right = compile(right_node);
    emit(binary_opcode(n.op), -1);
    const char* op = node_op_text(n.op);
    switch (n.op) {
      case NodeOp::Add:
      case NodeOp::Sub:
      case NodeOp::Mul:
      case NodeOp::Div:
        check_side(n, left, "left", ValueType::Number, "numbers");
        if (!left || left->type == ValueType::Number) {
          check_side(n, right, "right", ValueType::Number, "numbers");
        }
        return arithmetic(n, left, right);
      case NodeOp::Eq:
      case NodeOp::Ne:
        if (left && right) {
          if (left->type != right->type) {
            error(n.offset,
                  fmt::format("'{}' compares values of the same type, but got {} and {}", op,
                              value_type_name(left->type), value_type_name(right->type)));
          } else if (left->type == ValueType::Choice && *left->options != *right->options) {
            error(
                n.offset,
                fmt::format("'{}' compares two choices only when they have the same options", op));
          }
        }
        return Typed{ValueType::Bool};
      default:  // < <= > >=
        if (left && right &&
            (left->type != right->type ||
             (left->type != ValueType::Number && left->type != ValueType::Date))) {
          error(n.offset,
                fmt::format("'{}' compares two numbers or two dates, but got {} and {}", op,
                            value_type_name(left->type), value_type_name(right->type)));
        }
        return Typed{ValueType::Bool};
    }
  }

  // + - * / of numbers: a constant when both sides are, refused when that
  // cannot be computed; a division by a constant 0 is refused whatever its left.
  std::optional<Typed> arithmetic(const ExprNode& n, const std::optional<Typed>& left,
                                  const std::optional<Typed>& right) {
    Typed result{ValueType::Number};
    const bool by_zero = n.op == NodeOp::Div && right && right->constant && *right->constant == 0;
    if (by_zero) {
      error(n.offset, "division by zero: the right side of '/' is always 0");
      return result;
    }
    if (!left || !right || !left->constant || !right->constant) return result;
    const Rational a = *left->constant, b = *right->constant;
    result.constant = n.op == NodeOp::Add   ? add(a, b)
                      : n.op == NodeOp::Sub ? subtract(a, b)
                      : n.op == NodeOp::Mul ? multiply(a, b)
                                            : divide(a, b);
    if (!result.constant) {
      error(n.offset, fmt::format("'{}' of {} and {} gives a number too large to compute "
                                  "(a numerator or denominator past 9223372036854775807): a "
                                  "record that reaches it is refused",
                                  node_op_text(n.op), a.to_string(), b.to_string()));
    }
    return result;
  }

  // choice == "option" (either way round): the text becomes the option's index.
  std::optional<Typed> choice_literal(const ExprNode& n) {
    const bool text_on_left = n.children[0].kind == NodeKind::String;
    const ExprNode& text = n.children[text_on_left ? 0 : 1];
    const ExprNode& other = n.children[text_on_left ? 1 : 0];
    // Order does not matter for == and !=, so the choice always goes first.
    auto choice = compile(other);
    if (choice && choice->type != ValueType::Choice) {
      compile(text);  // reports the stray text
    } else if (choice) {
      const auto& options = *choice->options;
      auto found = std::find(options.begin(), options.end(), text.text);
      if (found == options.end()) {
        std::string of = choice->name.empty() ? "this choice" : fmt::format("'{}'", choice->name);
        // "Tốt" for "tot": the label's words, or the id with its accents
        // (a slip in a short id, "d" for "a", is no hint worth giving).
        const std::string bare = ascii_id_of(text.text, false);
        const bool is_bare =
            !bare.empty() && std::find(options.begin(), options.end(), bare) != options.end();
        std::string message = fmt::format("'{}' is not an option of {} (options: {}){}", text.text,
                                          of, fmt::join(options, ", "),
                                          is_bare ? fmt::format("; did you mean '{}'?", bare) : "");
        if (auto dropped = symbols_.dropped_option(choice->name, text.text)) {
          error(text.offset, message + dropped->why);
          errors_.back().at = dropped->where;
        } else {
          error(text.offset, std::move(message));
        }
      }
      emit(OpCode::Push, 1, 0, static_cast<std::int64_t>(found - options.begin()));
    }
    emit(binary_opcode(n.op), -1);
    return Typed{ValueType::Bool};
  }

  std::optional<Typed> if_then_else(const ExprNode& n) {
    const ExprNode& condition_node = n.children[0];
    auto condition = compile(condition_node);
    if (condition && condition->type != ValueType::Bool) {
      error(condition_node.start,
            fmt::format("the condition after 'if' must be yes/no, but it is a {}",
                        value_type_name(condition->type)));
    }
    std::size_t to_else = emit(OpCode::JumpIfFalse, -1);
    auto then_value = compile(n.children[1]);
    std::size_t to_end = emit(OpCode::Jump, 0);
    land_here(to_else);
    depth_ -= 1;  // only one branch runs: the else side starts from the same height
    auto else_value = compile(n.children[2]);
    land_here(to_end);
    if (then_value && else_value) {
      if (then_value->type != else_value->type) {
        error(n.offset,
              fmt::format("'then' and 'else' give different types ({} and {})",
                          value_type_name(then_value->type), value_type_name(else_value->type)));
      } else if (then_value->type == ValueType::Choice &&
                 *then_value->options != *else_value->options) {
        error(n.offset, "'then' and 'else' give choices with different options");
      }
    }
    if (then_value) return Typed{then_value->type, then_value->options};
    if (else_value) return Typed{else_value->type, else_value->options};
    return std::nullopt;
  }

  std::optional<Typed> call(const ExprNode& n) {
    const auto* f = std::find_if(kFunctions.begin(), kFunctions.end(),
                                 [&](const Function& fn) { return fn.name == n.text; });
    const std::size_t count = n.children.size();
    if (f == kFunctions.end()) {
      std::vector<std::string> known;
      for (const Function& fn : kFunctions) known.emplace_back(fn.name);
      error(n.offset, fmt::format("unknown function '{}'{}", n.text, did_you_mean(n.text, known)));
      for (const ExprNode& argument : n.children) compile(argument);  // for their names
      return std::nullopt;
    }
    if (f->arity == Arity::One && count != 1) {
      error(n.offset, fmt::format("'{}' needs 1 argument", f->name));
    } else if (f->arity == Arity::OneOrTwo && (count < 1 || count > 2)) {
      error(n.offset, fmt::format("'{}' needs 1 or 2 arguments", f->name));
    } else if (f->arity == Arity::AtLeastTwo && count < 2) {
      error(n.offset, fmt::format("'{}' needs at least 2 arguments", f->name));
    }
    std::size_t decimals = 0;
    for (std::size_t i = 0; i < count; ++i) {
      const ExprNode& argument = n.children[i];
      if (f->op == OpCode::Round && i == 1) {
        // A literal, so evaluate() never sees a hostile 10^d.
        const Rational& d = argument.number;
        if (argument.kind != NodeKind::Number || !d.is_integer() || d.num() < 0 || d.num() > 6) {
          error(argument.start,
                "the number of decimals in 'round' must be a whole number from 0 to 6");
        } else {
          decimals = static_cast<std::size_t>(d.num());
        }
        continue;
      }
      auto typed = compile(argument);
      if (typed && typed->type != f->argument) {
        error(argument.start,
              fmt::format("argument {} of '{}' must be a {}, but it is a {}", i + 1, f->name,
                          value_type_name(f->argument), value_type_name(typed->type)));
      }
      // min/max fold pairwise, so only one running value waits on the stack.
      if (f->arity == Arity::AtLeastTwo && i > 0) emit(f->op, -1);
    }
    if (f->arity != Arity::AtLeastTwo) emit(f->op, 0, decimals);
    return Typed{ValueType::Number};
  }

  const SymbolTable& symbols_;
  std::vector<ExprError>& errors_;
  std::optional<std::vector<std::string>> names_;
  std::vector<ExprOp> ops_;
  int depth_ = 0;
  int max_depth_ = 0;
  bool failed_ = false;
};

bool is_jump(OpCode c) {
  return c == OpCode::Jump || c == OpCode::JumpIfFalse || c == OpCode::JumpIfFalseOrPop ||
         c == OpCode::JumpIfTrueOrPop;
}
// Add to Ne: expression_node.h lists them one after another.
bool is_binary(OpCode c) { return c >= OpCode::Add && c <= OpCode::Ne; }
bool is_comparison(OpCode c) { return c >= OpCode::Lt && c <= OpCode::Ne; }

// The program run() steps through (RunOp): ops with the Load or Push of a
// binary operation's right operand merged into the operation, and a
// comparison's JumpIfFalse into the comparison. An op that a jump lands on
// is never merged into the one before it: the path that jumps there has
// not run that one. Jumps are then moved to where their op went.
std::vector<RunOp> fuse(const std::vector<ExprOp>& ops) {
  std::vector<bool> landed_on(ops.size() + 1, false);
  for (const ExprOp& op : ops) {
    if (is_jump(op.code)) landed_on[op.arg] = true;
  }
  // The run op that each op's work starts in (for the end too).
  std::vector<std::size_t> moved_to(ops.size() + 1, 0);
  std::vector<RunOp> run;
  for (std::size_t i = 0; i < ops.size();) {
    moved_to[i] = run.size();
    const ExprOp& op = ops[i];
    RunOp next{op.code, Operand::Stack, false, 0, op.arg, op.value};
    if (is_jump(op.code)) next.target = static_cast<std::uint32_t>(op.arg);
    ++i;
    if ((op.code == OpCode::Load || op.code == OpCode::Push) && i < ops.size() &&
        is_binary(ops[i].code) && !landed_on[i]) {
      next.code = ops[i].code;
      next.right = op.code == OpCode::Load ? Operand::Slot : Operand::Constant;
      moved_to[i++] = run.size();
    }
    if (is_comparison(next.code) && i < ops.size() && ops[i].code == OpCode::JumpIfFalse &&
        !landed_on[i]) {
      next.jump_if_false = true;
      next.target = static_cast<std::uint32_t>(ops[i].arg);
      moved_to[i++] = run.size();
    }
    run.push_back(next);
  }
  moved_to[ops.size()] = run.size();
  for (RunOp& op : run) {
    if (is_jump(op.code) || op.jump_if_false) {
      op.target = static_cast<std::uint32_t>(moved_to[op.target]);
    }
  }
  return run;
}

}  // namespace

std::optional<CompiledExpression> CompiledExpression::compile(const ParsedExpression& parsed,
                                                              const SymbolTable& symbols,
                                                              std::vector<ExprError>& errors) {
  const std::size_t first_error = errors.size();
  Compiler compiler(symbols, errors);
  auto typed = compiler.compile(parsed.root());
  // Operators report after their operands; readers expect text order.
  std::stable_sort(errors.begin() + static_cast<std::ptrdiff_t>(first_error), errors.end(),
                   [](const ExprError& a, const ExprError& b) { return a.offset < b.offset; });
  if (compiler.failed() || !typed) return std::nullopt;
  if (compiler.max_depth() > kMaxStack) {
    // Unreachable while the parser's depth limit holds (see kMaxStack); kept
    // so that evaluate()'s fixed stack can never overflow.
    errors.push_back(
        {0, fmt::format("expression is nested too deeply (more than {} levels)", kMaxDepth)});
    return std::nullopt;
  }
  CompiledExpression out;
  out.text_ = parsed.text();
  out.type_ = typed->type;
  out.ops_ = std::make_shared<const std::vector<ExprOp>>(compiler.take_ops());
  out.run_ops_ = std::make_shared<const std::vector<RunOp>>(fuse(*out.ops_));
  out.max_stack_ = compiler.max_depth();
  const std::vector<ExprOp>& ops = *out.ops_;
  if (ops.size() == 1 && ops[0].code == OpCode::Load) {
    out.load_slot_ = static_cast<int>(ops[0].arg);
  }
  if (ops.size() == 3 && ops[0].code == OpCode::Load &&
      (ops[1].code == OpCode::Load || ops[1].code == OpCode::Push)) {
    static constexpr std::pair<OpCode, Compare> kCompares[] = {
        {OpCode::Lt, Compare::Lt}, {OpCode::Le, Compare::Le}, {OpCode::Gt, Compare::Gt},
        {OpCode::Ge, Compare::Ge}, {OpCode::Eq, Compare::Eq}, {OpCode::Ne, Compare::Ne}};
    for (const auto& [code, compare] : kCompares) {
      if (ops[2].code != code) continue;
      out.compare_ = compare;
      out.left_slot_ = static_cast<int>(ops[0].arg);
      if (ops[1].code == OpCode::Load) {
        out.right_slot_ = static_cast<int>(ops[1].arg);
      } else {
        out.right_value_ = ops[1].value;
      }
    }
  }
  return out;
}

}  // namespace chibo
