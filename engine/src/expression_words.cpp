#include "expression_words.h"

#include <fmt/format.h>

#include "chibo/meeting.h"
#include "chibo/number_format.h"
#include "expression.h"
#include "expression_node.h"
#include "utf8.h"

namespace chibo {
namespace {

// How tightly a piece binds: a piece is put in parentheses where a looser one
// would change what it says ("không (a và b)", "(a + b) × 2").
enum Level : int { kIf, kOr, kAnd, kNot, kCompare, kSum, kProduct, kNeg, kAtom };

struct Words {
  std::string text;
  int level = kAtom;
};

const Criterion* find_criterion(const std::vector<Criterion>& list, std::string_view id) {
  for (const Criterion& c : list) {
    if (c.id == id) return &c;
    if (const Criterion* inside = find_criterion(c.items, id)) return inside;
  }
  return nullptr;
}

class Renderer {
 public:
  Renderer(const Ruleset& r, const Form* form, std::string_view text)
      : r_(r), form_(form), text_(text) {}

  Words render(const ExprNode& n) {
    switch (n.kind) {
      case NodeKind::Number:
        return {number(n), kAtom};
      case NodeKind::Bool:
        return {n.number == Rational(0) ? "không" : "có", kAtom};
      case NodeKind::String:
        return {fmt::format("\"{}\"", n.text), kAtom};
      case NodeKind::Name:
        return {name(n.text), kAtom};
      case NodeKind::Call:
        return call(n);
      case NodeKind::Unary:
        if (n.op == NodeOp::Not) return negated(n.children[0]);
        return {"-" + within(n.children[0], kNeg), kNeg};
      case NodeKind::Binary:
        return binary(n);
      case NodeKind::If:
        return {choice(n, true), kIf};
    }
    return {};
  }

 private:
  // n's words, in parentheses when they bind more loosely than level.
  std::string within(const ExprNode& n, int level) {
    Words w = render(n);
    return w.level < level ? "(" + w.text + ")" : w.text;
  }
  // An operand of và or hoặc (op): in parentheses unless it is a comparison
  // or tighter, or more of the same: "a và b và c", but "(a và b) hoặc c" and
  // "(không a) và b", which read either way without them.
  std::string operand(const ExprNode& n, NodeOp op) {
    if (n.kind == NodeKind::Binary && n.op == op) return render(n).text;
    Words w = render(n);
    return w.level < kCompare ? "(" + w.text + ")" : w.text;
  }

  // A literal as written (89.999 is not 90 at two decimals), with the
  // ruleset's decimal separator.
  std::string number(const ExprNode& n) const {
    std::size_t end = n.offset;
    while (end < text_.size() && ((text_[end] >= '0' && text_[end] <= '9') || text_[end] == '.')) {
      ++end;
    }
    std::string out(text_.substr(n.offset, end - n.offset));
    if (out.empty()) return format_number(n.number, r_.presentation);
    const std::size_t dot = out.find('.');
    if (dot != std::string::npos) out.replace(dot, 1, r_.presentation.decimal_separator);
    return out;
  }

  // "nếu A thì x, nếu không thì y"; a chain of them "nếu A thì x; còn nếu B
  // thì y; còn lại thì z" (its "nếu không thì nếu" read as one clause).
  std::string choice(const ExprNode& n, bool first) {
    std::string out = fmt::format("{} {} thì {}", first ? "nếu" : "còn nếu",
                                  within(n.children[0], kOr), within(n.children[1], kOr));
    const ExprNode& rest = n.children[2];
    if (rest.kind == NodeKind::If) return out + "; " + choice(rest, false);
    const bool chain = !first;
    return out + (chain ? "; còn lại thì " : ", nếu không thì ") + within(rest, kIf);
  }

  // A yes/no said not to hold: "không có dự thảo nghị quyết" for a label
  // that starts with "có"; "chi ủy họp trước: không" for one that is a
  // clause of its own (as the record is filled in).
  Words denied(const std::string& id) const {
    const std::string label = name(id);
    if (label.rfind("có ", 0) == 0) return {"không " + label, kNot};
    return {label + ": không", kNot};
  }

  // not n, said as its opposite where there is one: "không phải là", "≥"
  // for "not <", a yes/no's "không", two "not"s none.
  Words negated(const ExprNode& n) {
    if (n.kind == NodeKind::Unary && n.op == NodeOp::Not) return render(n.children[0]);
    if (n.kind == NodeKind::Binary && n.op >= NodeOp::Lt && n.op <= NodeOp::Ne) {
      static constexpr NodeOp kOpposite[] = {NodeOp::Ge, NodeOp::Gt, NodeOp::Le,
                                             NodeOp::Lt, NodeOp::Ne, NodeOp::Eq};
      ExprNode flipped = n;
      flipped.op = kOpposite[static_cast<int>(n.op) - static_cast<int>(NodeOp::Lt)];
      return render(flipped);
    }
    if (n.kind == NodeKind::Name) return denied(n.text);
    return {"không phải (" + render(n).text + ")", kNot};
  }

  const Input* input(std::string_view id) const {
    for (const Input& in : r_.inputs) {
      if (in.id == id) return &in;
    }
    return nullptr;
  }
  const Derived* derived(std::string_view id) const {
    for (const Derived& d : r_.derived) {
      if (d.id == id) return &d;
    }
    return nullptr;
  }

  std::string name(const std::string& id) const {
    if (const Input* in = input(id)) return label_in_sentence(in->label, id);
    if (const Derived* d = derived(id)) return label_in_sentence(d->label, id);
    if (id == "kind") return "loại sinh hoạt";
    if (id == "date") return "ngày sinh hoạt";
    if (id == "year") return "năm";
    if (id == "month") return "tháng";
    if (id == "quarter") return "quý";
    if (id == "total") return "tổng điểm";
    // A criterion: the form's own (grades are worded for each form), or any's.
    const Criterion* c = form_ ? find_criterion(form_->criteria, id) : nullptr;
    for (const Form& f : r_.forms) {
      if (!c) c = find_criterion(f.criteria, id);
    }
    if (c) return "điểm " + label_in_sentence(c->label, id);
    return id;
  }

  // The unit a number compared with n is in ("%", " phút": written after a
  // number as it is), or none.
  std::string unit_of(const ExprNode& n) const {
    if (n.kind != NodeKind::Name) return {};
    if (const Input* in = input(n.text)) return in->unit;
    if (const Derived* d = derived(n.text)) return d->unit;
    return {};
  }

  // The label of option (an id) of the choice n names; empty when n names none.
  std::string option_label(const ExprNode& n, const std::string& option) const {
    if (n.kind != NodeKind::Name) return {};
    if (n.text == "kind") {
      return meeting_kind_words(option);
    }
    const Input* in = input(n.text);
    if (!in || in->type != InputType::Choice) return {};
    for (const ChoiceOption& o : in->options) {
      if (o.id == option) return o.label.empty() ? o.id : o.label;
    }
    return {};
  }

  Words binary(const ExprNode& n) {
    const ExprNode& a = n.children[0];
    const ExprNode& b = n.children[1];
    switch (n.op) {
      case NodeOp::And:
        return {operand(a, NodeOp::And) + " và " + operand(b, NodeOp::And), kAnd};
      case NodeOp::Or:
        return {operand(a, NodeOp::Or) + " hoặc " + operand(b, NodeOp::Or), kOr};
      case NodeOp::Add:
      case NodeOp::Sub:
        return {fmt::format("{} {} {}", within(a, kSum), n.op == NodeOp::Add ? "+" : "-",
                            within(b, n.op == NodeOp::Add ? kSum : kProduct)),
                kSum};
      case NodeOp::Mul:
      case NodeOp::Div:
        return {fmt::format("{} {} {}", within(a, kProduct), n.op == NodeOp::Mul ? "×" : "/",
                            within(b, n.op == NodeOp::Mul ? kProduct : kNeg)),
                kProduct};
      default:
        return comparison(n, a, b);
    }
  }

  Words comparison(const ExprNode& n, const ExprNode& a, const ExprNode& b) {
    const bool eq = n.op == NodeOp::Eq, ne = n.op == NodeOp::Ne;
    // `kind == "thematic"`: the option by its label.
    for (const auto& [name_side, other] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
      if ((eq || ne) && other->kind == NodeKind::String) {
        const std::string label = option_label(*name_side, other->text);
        if (!label.empty()) {
          return {
              fmt::format("{} {} {}", name(name_side->text), eq ? "là" : "không phải là", label),
              kCompare};
        }
      }
      // `held == yes`: the yes/no itself; `held == no`: its opposite.
      if ((eq || ne) && other->kind == NodeKind::Bool && name_side->kind == NodeKind::Name) {
        const bool holds = (other->number != Rational(0)) == eq;
        return holds ? Words{name(name_side->text), kAtom} : denied(name_side->text);
      }
    }
    static constexpr const char* kSigns[] = {"<", "≤", ">", "≥", "=", "≠"};
    const char* sign = kSigns[static_cast<int>(n.op) - static_cast<int>(NodeOp::Lt)];
    // A number beside a value with a unit takes it: "tỷ lệ đảng viên dự ≤ 85%".
    auto side = [&](const ExprNode& x, const ExprNode& other) {
      std::string text = within(x, kSum);
      if (x.kind == NodeKind::Number) text += unit_of(other);
      return text;
    };
    return {fmt::format("{} {} {}", side(a, b), sign, side(b, a)), kCompare};
  }

  // min(a, b) -> "số nhỏ nhất trong (a; b)", round(x, 1) -> "(x) làm tròn đến 1
  // chữ số thập phân": a semicolon between, the comma being the decimal separator.
  Words call(const ExprNode& n) {
    std::vector<std::string> args;
    for (const ExprNode& arg : n.children) args.push_back(render(arg).text);
    const std::string all = fmt::format("({})", fmt::join(args, "; "));
    const std::string& fn = n.text;
    if (fn == "min") return {"số nhỏ nhất trong " + all, kAtom};
    if (fn == "max") return {"số lớn nhất trong " + all, kAtom};
    if (fn == "abs") return {"trị tuyệt đối của " + all, kAtom};
    if (fn == "year") return {"năm của " + all, kAtom};
    if (fn == "month") return {"tháng của " + all, kAtom};
    if (fn == "day") return {"ngày của " + all, kAtom};
    const std::string first = "(" + args.front() + ")";
    if (fn == "floor") return {first + " làm tròn xuống", kAtom};
    if (fn == "ceil") return {first + " làm tròn lên", kAtom};
    if (fn == "round" && args.size() == 2) {
      return {fmt::format("{} làm tròn đến {} chữ số thập phân", first, args[1]), kAtom};
    }
    if (fn == "round") return {first + " làm tròn", kAtom};
    return {fn + all, kAtom};
  }

  const Ruleset& r_;
  const Form* form_;
  std::string_view text_;  // as parsed: the nodes' offsets are into it
};

}  // namespace

// In quotes when it holds a comma or semicolon: "tỷ lệ hoàn thành phương
// hướng, nhiệm vụ × 0,9" ran into what follows.
std::string label_in_sentence(const std::string& label, const std::string& id) {
  if (label.empty()) return id;
  std::string lowered = lower_first_letter(label);
  if (label.find_first_of(",;") == std::string::npos) return lowered;
  return "\u201C" + lowered + "\u201D";
}

std::string expression_words(const Ruleset& r, std::string_view text, const Form* form) {
  std::vector<ExprError> errors;
  std::optional<ParsedExpression> parsed = ParsedExpression::parse(text, errors);
  if (!parsed) return one_line_expression(text);
  return Renderer(r, form, parsed->text()).render(parsed->root()).text;
}

namespace {

void collect_numbers(const ExprNode& n, std::vector<Rational>& out) {
  if (n.kind == NodeKind::Number) out.push_back(n.number);
  for (const ExprNode& child : n.children) collect_numbers(child, out);
}

}  // namespace

std::vector<Rational> expression_numbers(std::string_view text) {
  std::vector<Rational> out;
  std::vector<ExprError> errors;
  std::optional<ParsedExpression> parsed = ParsedExpression::parse(text, errors);
  if (parsed) collect_numbers(parsed->root(), out);
  return out;
}

}  // namespace chibo
