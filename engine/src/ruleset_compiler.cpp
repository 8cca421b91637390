#include <algorithm>
#include <functional>
#include <map>

#include <fmt/format.h>

#include "chibo/ruleset_loader.h"
#include "chibo/ruleset_validator.h"
#include "compiled_ruleset_data.h"
#include "date.h"
#include "expression_words.h"
#include "form_steps.h"
#include "grade_validator.h"
#include "input_value.h"
#include "named_values.h"
#include "removed_words.h"
#include "yaml_location.h"

namespace chibo {
namespace {

class Symbols : public SymbolTable {
 public:
  const Symbol* find(std::string_view name) const override {
    auto it = map_.find(std::string(name));
    return it == map_.end() ? nullptr : &it->second;
  }
  std::vector<std::string> names() const override {
    std::vector<std::string> out;
    for (const auto& [name, symbol] : map_) out.push_back(name);
    return out;
  }
  std::string known_elsewhere(std::string_view name) const override {
    auto it = elsewhere_.find(std::string(name));
    return it == elsewhere_.end() ? std::string() : it->second;
  }
  void add(const std::string& name, Symbol s) { map_[name] = std::move(s); }
  void add_elsewhere(const std::string& name, std::string why) {
    elsewhere_[name] = std::move(why);
  }

 private:
  std::map<std::string, Symbol> map_;
  std::map<std::string, std::string> elsewhere_;  // name -> why it cannot be read here
};

ValueType type_of(InputType t) {
  switch (t) {
    case InputType::YesNo:
      return ValueType::Bool;
    case InputType::Choice:
      return ValueType::Choice;
    case InputType::Date:
      return ValueType::Date;
    default:
      return ValueType::Number;
  }
}

class Compiler {
 public:
  Compiler(CompiledRuleset& out, Diagnostics& diags) : out_(out), r_(out.model), diags_(diags) {}

  void run() {
    add_builtins();
    add_inputs();
    add_known_elsewhere();
    add_derived();
    check_derived_means();
    for (std::size_t k = 0; k < r_.checks.size(); ++k) {
      const Check& c = r_.checks[k];
      const RemovedUse use =
          !c.id.empty()
              ? used_by("check", "checks", c.id)
              : RemovedUse::in_section("checks", fmt::format("check {} in 'checks:'", k + 1),
                                       "a check without an 'id' cannot be overridden "
                                       "or removed");
      auto e = compile(c.require, symbols_, ValueType::Bool, "'require'", use);
      if (e) {
        out_.checks.push_back(std::move(*e));
        out_.check_names.push_back(names_read(r_, c.require.text));
      }
    }
    for (const Form& form : r_.forms) add_form(form);
    mark_inputs_read();
    out_.counts_as_thematic =
        compile(r_.rollup.counts_as_thematic, symbols_, ValueType::Bool, "'counts_as_thematic'",
                RemovedUse::in_section("rollup", "the roll-up's 'counts_as_thematic'"));
    for (CompiledForm& form : out_.forms) form.points_guard = points_guard(out_, form);
    out_.effective_from = parse_date(r_.effective_from).value_or(0);
    out_.effective_to = parse_date(r_.effective_to).value_or(0);
    out_.first_month_in_force = month_number(civil_from_days(out_.effective_from));
    if (out_.effective_to != 0) {
      out_.last_month_in_force = month_number(civil_from_days(out_.effective_to));
    }
    out_.machine = r_.presentation;
    out_.machine.decimal_separator.assign(1, '.');  // not = ".": GCC 12 -Wrestrict false positive
    out_.machine.trim_zeros = false;
  }

 private:
  int new_slot() { return out_.slot_count++; }

  // An expression's error, found at use: there, or where its mistake was
  // made (an override's options), with use after it.
  void say(const ExprError& e, const Location& use) {
    if (!e.at) {
      diags_.error(use, e.message);
      return;
    }
    diags_.error(*e.at,
                 fmt::format("{} (used at {}:{}:{})", e.message, use.file, use.line, use.column));
  }

  // A use a tailoring names SECTION.ID: said as "WHAT 'ID'".
  static RemovedUse used_by(const char* what, const char* section, const std::string& id) {
    return RemovedUse::named(fmt::format("{} '{}'", what, id), fmt::format("{}.{}", section, id));
  }

  std::optional<CompiledExpression> compile(const ExprText& text, const SymbolTable& symbols,
                                            std::optional<ValueType> expected, const char* what,
                                            const RemovedUse& use) {
    if (text.empty()) return std::nullopt;
    std::vector<ExprError> errors;
    auto parsed = ParsedExpression::parse(text.text, errors);
    std::optional<CompiledExpression> compiled;
    if (parsed)
      compiled = CompiledExpression::compile(*parsed, UseSymbols(symbols, r_, use), errors);
    for (const ExprError& e : errors)
      say(e, location_after(text.text, e.offset, text.where, text.pieces));
    if (compiled && expected && compiled->type() != *expected) {
      diags_.error(text.where,
                   fmt::format("{} must give {}, but '{}' gives {}", what,
                               *expected == ValueType::Bool ? "a yes/no condition" : "a number",
                               text.text, value_type_name(compiled->type())));
      return std::nullopt;
    }
    return compiled;
  }

  void add_builtins() {
    symbols_.add("kind", {ValueType::Choice, kSlotKind, {"regular", "thematic"}, {}});
    symbols_.add("date", {ValueType::Date, kSlotDate, {}, {}});
    symbols_.add("year", {ValueType::Number, kSlotYear, {}, {}});
    symbols_.add("month", {ValueType::Number, kSlotMonth, {}, {}});
    symbols_.add("quarter", {ValueType::Number, kSlotQuarter, {}, {}});
  }

  // Names only grade and veto conditions may read: unknown, and the message
  // says why rather than "did you mean" (as it does of a name a tailored
  // ruleset removed: UseSymbols).
  void add_known_elsewhere() {
    const char* where = "a grade's or a veto's 'when'";
    std::function<void(const std::vector<Criterion>&)> add = [&](const std::vector<Criterion>& cs) {
      for (const Criterion& c : cs) {
        criterion_ids_.push_back(c.id);
        symbols_.add_elsewhere(c.id, fmt::format("'{}' is a criterion, whose points are known "
                                                 "only in {}",
                                                 c.id, where));
        add(c.items);
      }
    };
    for (const Form& form : r_.forms) add(form.criteria);
    symbols_.add_elsewhere("total",
                           fmt::format("'total' is the sheet's total, known only in {}", where));
    // An option written bare (character == tot) read as a name: said how
    // to write it, where "unknown name 'tot'" left its author guessing.
    for (const Input& in : r_.inputs) {
      for (const ChoiceOption& o : in.options) {
        if (!symbols_.known_elsewhere(o.id).empty()) continue;  // a criterion's id too
        symbols_.add_elsewhere(o.id, fmt::format("'{0}' is an option of '{1}': write it in "
                                                 "double quotes, as in {1} == \"{0}\"",
                                                 o.id, in.id));
      }
    }
  }

  void add_inputs() {
    out_.first_input_slot = out_.slot_count;
    for (const Input& in : r_.inputs) {
      Symbol s{type_of(in.type), new_slot(), {}, {}};
      for (const ChoiceOption& o : in.options) s.options.push_back(o.id);
      if (!in.required && !in.default_value) {
        s.no_value = fmt::format(
            "input '{}' is not required and has no default, so a record may leave it without a "
            "value: give it a 'default' (the value an empty cell takes) to use it here",
            in.id);
      }
      symbols_.add(in.id, s);
      std::optional<Rational> def;
      if (in.default_value) {
        std::string why;
        def = parse_input_value(in, *in.default_value, why);
      }
      out_.defaults.push_back(def);
    }
  }

  // Derived values may use each other: order them so each comes after what
  // it uses, and report cycles.
  void add_derived() {
    std::vector<std::optional<ParsedExpression>> parsed(r_.derived.size());
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < r_.derived.size(); ++i) {
      index[r_.derived[i].id] = i;
      std::vector<ExprError> errors;
      parsed[i] = ParsedExpression::parse(r_.derived[i].expr.text, errors);
      for (const ExprError& e : errors)
        diags_.error(location_after(r_.derived[i].expr.text, e.offset, r_.derived[i].expr.where,
                                    r_.derived[i].expr.pieces),
                     e.message);
    }
    out_.derived_slot.assign(r_.derived.size(), -1);
    std::vector<int> state(r_.derived.size(), 0);  // 0 new, 1 on the path, 2 done
    std::vector<std::string> path;
    std::function<void(std::size_t)> visit = [&](std::size_t i) {
      if (state[i] == 2) return;
      if (state[i] == 1) {
        report_cycle(path, r_.derived[i]);
        return;
      }
      state[i] = 1;
      path.push_back(r_.derived[i].id);
      if (parsed[i]) {
        for (const std::string& name : parsed[i]->names()) {
          if (auto it = index.find(name); it != index.end()) visit(it->second);
        }
      }
      path.pop_back();
      state[i] = 2;
      compile_derived(i, parsed[i]);
    };
    for (std::size_t i = 0; i < r_.derived.size(); ++i) visit(i);
  }

  // The last derived value on path reads again, which is on path too: the
  // cycle runs from again to the end. Its values are broken from here on
  // (none is compiled yet: all are on the path), so neither they, nor their
  // users, nor any later expression that reads one adds an "unknown name" to
  // this one message.
  void report_cycle(const std::vector<std::string>& path, const Derived& again) {
    std::string cycle;
    for (auto it = std::find(path.begin(), path.end(), again.id); it != path.end(); ++it) {
      cycle += *it + " -> ";
      add_broken(*it);
    }
    diags_.error(again.where,
                 fmt::format("derived values use each other in a cycle: {}{}", cycle, again.id));
  }

  // Known by name but without a value: see Symbol::reported_broken.
  void add_broken(const std::string& id) {
    Symbol broken;
    broken.reported_broken = true;
    symbols_.add(id, broken);
  }

  // Runs after every derived value this one reads has been compiled or
  // found broken.
  void compile_derived(std::size_t i, const std::optional<ParsedExpression>& parsed) {
    const Derived& d = r_.derived[i];
    std::optional<CompiledExpression> compiled;
    if (parsed) {
      std::vector<ExprError> errors;
      compiled = CompiledExpression::compile(
          *parsed, UseSymbols(symbols_, r_, used_by("derived value", "derived", d.id)), errors);
      for (const ExprError& e : errors)
        say(e, location_after(d.expr.text, e.offset, d.expr.where, d.expr.pieces));
    }
    if (!compiled) {
      add_broken(d.id);
      return;
    }
    int slot = new_slot();
    out_.derived_slot[i] = slot;
    symbols_.add(d.id, {compiled->type(), slot, option_names(*parsed), {}});
    out_.derived.push_back({static_cast<int>(i), slot, std::move(*compiled)});
  }

  // `mean:NAME` of a derived value that gives no number (ranking would
  // average a yes/no's 0/1 or a date's day number); the validator says it of inputs.
  void check_derived_means() {
    for (std::size_t k = 0; k < r_.tie_break.size(); ++k) {
      for (std::size_t i = 0; i < r_.derived.size(); ++i) {
        const std::string& id = r_.derived[i].id;
        const Symbol* s = symbols_.find(id);
        if (r_.tie_break[k] != "mean:" + id || out_.derived_slot[i] < 0 || !s ||
            s->type == ValueType::Number) {
          continue;
        }
        diags_.error(r_.tie_break_where[k],
                     mean_of_no_number(r_.tie_break[k], fmt::format("derived value '{}' gives {}",
                                                                    id, value_type_name(s->type))));
      }
    }
  }

  // A derived value that is just a choice input keeps its options.
  std::vector<std::string> option_names(const ParsedExpression& p) const {
    if (p.names().size() == 1 && p.text() == p.names()[0]) {
      if (const Symbol* s = symbols_.find(p.names()[0])) return s->options;
    }
    return {};
  }

  void add_node(CompiledForm& form, const Criterion& c, int parent, Symbols& form_symbols) {
    CompiledNode node;
    node.criterion = &c;
    node.parent = parent;
    node.group = c.is_group();
    node.bonus = !node.group && c.kind == RuleKind::Bonus;
    node.slot = new_slot();
    // A bonus that does not apply adds nothing, whatever the ruleset's policy
    // (full marks would be points nobody earned; lint refuses one of its own).
    node.not_applicable =
        node.bonus ? NotApplicable::Zero : c.not_applicable.value_or(r_.not_applicable);
    form_symbols.add(c.id, {ValueType::Number, node.slot, {}, {}});
    int index = static_cast<int>(form.nodes.size());
    if (!node.group) {
      node.kind = c.kind;
      node.max = c.max.value_or(0);
      node.met_points = c.points.value_or(node.max);
      node.unmet_points = c.otherwise;
      const RemovedUse use = used_by("item", "criteria", c.id);
      node.applies_when = compile(c.applies_when, symbols_, ValueType::Bool, "'applies_when'", use);
      node.when = compile(c.when, symbols_, ValueType::Bool, "'when'", use);
      if (node.applies_when) node.applies_words = expression_words(r_, c.applies_when.text);
      if (node.when) node.when_words = expression_words(r_, c.when.text);
      node.of = compile(c.of, symbols_, ValueType::Number, "'of'", use);
      if (node.of) node.of_words = expression_words(r_, c.of.text);
      node.formula = compile(c.formula, symbols_, ValueType::Number, "'formula'", use);
      if (node.formula) node.formula_words = expression_words(r_, c.formula.text);
      if (node.formula) node.formula_names = names_read(r_, c.formula.text);
      if (node.when) node.when_names = names_read(r_, c.when.text);
      for (std::size_t i = 0; i < r_.inputs.size(); ++i) {
        if (r_.inputs[i].id == c.of.text) node.value_input = static_cast<int>(i);
      }
      for (std::size_t i = 0; i < r_.derived.size(); ++i) {
        if (r_.derived[i].id == c.of.text) node.value_derived = static_cast<int>(i);
      }
      node.first_rule = static_cast<int>(form.rules.size());
      for (const PointRule& rule : c.rules) {
        form.rules.push_back({&rule, compile(rule.when, symbols_, ValueType::Bool, "'when'", use),
                              compile(rule.each, symbols_, ValueType::Number, "'each'", use)});
      }
      node.rule_count = static_cast<int>(c.rules.size());
      form.nodes.push_back(std::move(node));
      return;
    }
    form.nodes.push_back(std::move(node));
    Rational sum = 0;
    for (const Criterion& item : c.items) {
      std::size_t child = form.nodes.size();
      add_node(form, item, index, form_symbols);
      sum = add(sum, form.nodes[child].max).value_or(sum);
    }
    form.nodes[static_cast<std::size_t>(index)].max = c.max.value_or(sum);
  }

  // CompiledForm::reads_input, for every form.
  void mark_inputs_read() {
    std::vector<bool> everywhere(static_cast<std::size_t>(out_.slot_count), false);
    for (const CompiledDerived& d : out_.derived) d.expr.mark_slots_read(everywhere);
    for (const CompiledExpression& c : out_.checks) c.mark_slots_read(everywhere);
    auto mark = [](const std::optional<CompiledExpression>& e, std::vector<bool>& read) {
      if (e) e->mark_slots_read(read);
    };
    for (CompiledForm& form : out_.forms) {
      std::vector<bool> read = everywhere;
      for (const CompiledNode& n : form.nodes) {
        for (const auto* e : {&n.applies_when, &n.when, &n.of, &n.formula}) mark(*e, read);
      }
      for (const CompiledRule& rule : form.rules) {
        mark(rule.when, read);
        mark(rule.each, read);
      }
      for (const CompiledGrade& g : form.grades) mark(g.when, read);
      for (const CompiledVeto& v : form.vetoes) mark(v.when, read);
      form.reads_input.assign(r_.inputs.size(), false);
      for (std::size_t i = 0; i < r_.inputs.size(); ++i) {
        form.reads_input[i] = read[static_cast<std::size_t>(out_.first_input_slot) + i];
      }
    }
    // One no form reads is asked for as declared (a fact the province wants
    // recorded): only one that some forms read and others do not is relaxed.
    for (std::size_t i = 0; i < r_.inputs.size(); ++i) {
      if (std::none_of(out_.forms.begin(), out_.forms.end(), [i](const CompiledForm& f) {
            return static_cast<bool>(f.reads_input[i]);
          })) {
        for (CompiledForm& form : out_.forms) form.reads_input[i] = true;
      }
    }
  }

  bool criterion_of_any_form(const std::string& id) const {
    return std::find(criterion_ids_.begin(), criterion_ids_.end(), id) != criterion_ids_.end();
  }

  void add_form(const Form& f) {
    CompiledForm form;
    form.form = &f;
    Symbols form_symbols = symbols_;
    // Grade and veto conditions read this form's criteria; another form's
    // are unknown here for that reason.
    for (const std::string& id : criterion_ids_) {
      form_symbols.add_elsewhere(
          id, fmt::format("'{}' is a criterion of another form, not of form '{}'", id, f.id));
    }
    for (const Criterion& c : f.criteria) add_node(form, c, -1, form_symbols);
    form_symbols.add("total", {ValueType::Number, kSlotTotal, {}, {}});
    for (const Grade& g : r_.grades) {
      CompiledGrade cg;
      for (const std::string& id : g.at_max) {
        const std::size_t before = cg.at_max.size();
        for (std::size_t n = 0; n < form.nodes.size(); ++n) {
          if (form.nodes[n].criterion->id == id) cg.at_max.push_back(static_cast<int>(n));
        }
        // A criterion of another form: this form's meetings were graded
        // without the condition, unsaid (one no form has, the validator
        // says, and a bonus, which no grade can name in any form).
        if (cg.at_max.size() == before && r_.forms.size() > 1 && criterion_of_any_form(id) &&
            bonus_in_at_max(r_, id) == nullptr) {
          diags_.error(g.at_max_where,
                       fmt::format("grade '{0}': 'at_max' names '{1}', which form '{2}' does not "
                                   "have: its meetings would be graded without the condition; "
                                   "if form '{2}' has a criterion grade '{0}' needs at its "
                                   "maximum, give it the id '{1}'; if not, take '{1}' out of "
                                   "'at_max' (a grade's conditions hold on every form)",
                                   g.id, id, f.id));
        }
      }
      cg.when = compile(g.when, form_symbols, ValueType::Bool, "'when'",
                        used_by("grade", "grades", g.id));
      if (cg.when) cg.when_words = expression_words(r_, g.when.text, &f);
      if (cg.when) cg.when_names = names_read(r_, g.when.text, &form);
      if (cg.when) cg.when_numbers = expression_numbers(g.when.text);
      form.grades.push_back(std::move(cg));
    }
    for (std::size_t k = 0; k < r_.vetoes.size(); ++k) {
      const Veto& v = r_.vetoes[k];
      CompiledVeto cv;
      cv.when = compile(v.when, form_symbols, ValueType::Bool, "'when'", veto_use(k));
      if (cv.when) cv.names = names_read(r_, v.when.text, &form);
      if (cv.when) cv.numbers = expression_numbers(v.when.text);
      for (std::size_t g = 0; g < r_.grades.size(); ++g) {
        if (r_.grades[g].id == v.at_most) cv.at_most = static_cast<int>(g);
      }
      form.vetoes.push_back(std::move(cv));
    }
    lay_out_steps(form, out_.slot_count);
    int index = static_cast<int>(out_.forms.size());
    for (const std::string& k : f.kinds) {
      if (k == "regular") out_.form_for_kind[0] = index;
      if (k == "thematic") out_.form_for_kind[1] = index;
    }
    out_.forms.push_back(std::move(form));
  }

  CompiledRuleset& out_;
  const Ruleset& r_;
  Diagnostics& diags_;
  Symbols symbols_;
  std::vector<std::string> criterion_ids_;  // of every form, items too (add_known_elsewhere)
};

}  // namespace

std::shared_ptr<const CompiledRuleset> compile_ruleset(Ruleset ruleset, Diagnostics& diags) {
  auto out = std::make_shared<CompiledRuleset>();
  out->model = std::move(ruleset);
  Diagnostics local;
  Compiler(*out, local).run();
  diags.append(local);
  if (diags.has_errors()) return nullptr;
  return out;
}

const Ruleset& ruleset_of(const CompiledRuleset& compiled) { return compiled.model; }

std::shared_ptr<const CompiledRuleset> load_compiled_ruleset(const std::string& path,
                                                             Diagnostics& diags) {
  std::optional<Ruleset> r = load_ruleset(path, diags);
  if (!r) return nullptr;
  validate_ruleset(*r, diags);
  return compile_ruleset(std::move(*r), diags);
}

}  // namespace chibo
