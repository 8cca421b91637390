// The private halves of expression.h: the syntax tree the parser builds and
// the compiler reads, and the postfix instructions the compiler emits and
// evaluate() runs. Only expression*.cpp (and their tests) include this.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "chibo/rational.h"
#include "expression.h"

namespace chibo {

// Hostile-input limits. kMaxDepth counts parentheses, function calls, 'if's,
// unary '-' and 'not' enclosing a point of the text.
inline constexpr std::size_t kMaxExpressionLength = 4096;
inline constexpr int kMaxDepth = 64;

// Why this bounds the evaluation stack: within one nesting level a value can
// be left waiting on the stack only by a comparison, a '+'/'-' and a '*'/'/'
// whose right side is still being computed (and/or/if pop before their other
// side runs), plus one by min/max while their next argument runs: at most 4
// per level, plus the 4 of the outermost level. The compiler still measures
// the real maximum and refuses anything above this, so evaluate() never
// overruns its fixed array even if this reasoning were wrong.
inline constexpr int kMaxStack = 4 * (kMaxDepth + 1);

enum class NodeKind : std::uint8_t { Number, String, Bool, Name, Call, Unary, Binary, If };

// Order matters: node_op_text() indexes by it, and Lt..Ne are the comparisons.
enum class NodeOp : std::uint8_t {
  None,
  Neg,
  Not,
  Add,
  Sub,
  Mul,
  Div,
  Lt,
  Le,
  Gt,
  Ge,
  Eq,
  Ne,
  And,
  Or
};

// How an operator is written, for messages ("+", "<=", "and").
const char* node_op_text(NodeOp op);

struct ExprNode {
  NodeKind kind = NodeKind::Number;
  NodeOp op = NodeOp::None;
  // The token messages point at: the operator, the name, the literal, the
  // function name or the 'if'.
  std::size_t offset = 0;
  // The first byte of the whole sub-expression (including an opening '('),
  // for messages about an operand or an argument as a whole.
  std::size_t start = 0;
  Rational number;   // Number, and Bool as 0/1
  std::string text;  // Name, Call (the function), String (unescaped content)
  // Unary: 1, Binary: 2 (left, right), If: 3 (condition, then, else), Call: the arguments.
  std::vector<ExprNode> children;
};

enum class OpCode : std::uint8_t {
  Push,  // value
  Load,  // slots[arg]
  Neg,
  Not,
  Abs,
  Floor,
  Ceil,
  Round,  // arg = number of decimals
  Year,
  Month,
  Day,
  Add,
  Sub,
  Mul,
  Div,
  Min,
  Max,
  Lt,
  Le,
  Gt,
  Ge,
  Eq,
  Ne,
  Jump,              // to arg
  JumpIfFalse,       // pop; jump to arg when it was 0 ('if')
  JumpIfFalseOrPop,  // 'and': keep a 0 and jump to arg, else pop and go on
  JumpIfTrueOrPop,   // 'or': keep a 1 and jump to arg, else pop and go on
};

struct ExprOp {
  OpCode code = OpCode::Push;
  std::size_t arg = 0;
  Rational value;
};

// Where a binary operation (Add to Ne) of the run program takes its right
// operand from: the stack, as in ExprOp, or the Load or Push that came just
// before it in ExprOps, merged into it (a slot, arg; a constant, value).
enum class Operand : std::uint8_t { Stack, Slot, Constant };

// One instruction of the program run() steps through: the ExprOps with a
// right operand's Load or Push merged into its operation, and a comparison's
// following JumpIfFalse into the comparison (fuse() in
// expression_compiler.cpp). Stepping from one op to the next was half of
// run()'s cost; each op does exactly what the ExprOps it stands for do, down
// to the status when a division is by zero or a result overflows. Only run()
// reads these: what works out facts from a program (points_guard.cpp,
// mark_slots_read) reads the ExprOps, which have one operation each.
struct RunOp {
  OpCode code = OpCode::Push;
  Operand right = Operand::Stack;
  // A comparison: its result is not kept but jumped on, to target when false.
  bool jump_if_false = false;
  // Where Jump, the JumpIf ops and a comparison with jump_if_false go.
  std::uint32_t target = 0;
  std::size_t arg = 0;  // as in ExprOp; the slot of Operand::Slot
  Rational value;       // Push's, and the constant of Operand::Constant
};

}  // namespace chibo
