#include "chibo/ruleset_validator.h"

#include <algorithm>
#include <functional>
#include <map>

#include <fmt/format.h>

#include "chibo/did_you_mean.h"
#include "expression.h"
#include "input_value.h"
#include "item_rule_validator.h"
#include "removed_words.h"
#include "rollup_validator.h"
#include "tie_break_validator.h"
#include "utf8.h"

namespace chibo {
namespace {

std::string num(Rational r) { return r.to_string(); }

class Validator {
 public:
  Validator(const Ruleset& r, Diagnostics& diags) : r_(r), diags_(diags) {}

  void run() {
    check_top();
    for (const Input& in : r_.inputs) check_input(in);
    for (const Derived& d : r_.derived) claim(d.id, d.where, "derived value");
    std::map<std::string, Location> check_ids;
    for (const Check& c : r_.checks) {
      if (c.id.empty()) continue;
      check_id_shape(c.id, c.where, "check");
      auto [it, fresh] = check_ids.emplace(c.id, c.where);
      if (!fresh) {
        diags_.error(c.where, fmt::format("duplicate check id '{}' ({})", c.id,
                                          used_at(it->second, c.where)));
      }
    }
    check_forms();
    check_grades();
    check_vetoes();
    check_examples();
    check_rollup(r_, grade_ids_, diags_);
    check_tie_break(r_, grade_ids_, diags_);
  }

 private:
  // Ids are short ASCII names (rulesets/README.md, section 3): an id with a
  // capital or a Vietnamese letter passed, then failed in every expression
  // that named it ("unknown character 'ố'"), or stood as a CSV column beside
  // one differing only by case.
  void check_id_shape(const std::string& id, const Location& where, const char* what) {
    // An expression reads a name from a letter or '_' on (a digit starts a number).
    if (id.empty() ||
        ((id[0] < '0' || id[0] > '9') && std::all_of(id.begin(), id.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
         }))) {
      return;
    }
    diags_.error(where, fmt::format("{} id '{}' may use only a-z, 0-9 and '_', and not start "
                                    "with a digit (lowercase ASCII: the label says it in "
                                    "Vietnamese){}",
                                    what, id, write_instead(ascii_id_of(id, false))));
  }

  // "; write 'so_nguoi'" for an id typed with Vietnamese letters, when that
  // is one an expression can read (no digit first).
  static std::string write_instead(const std::string& ascii) {
    if (ascii.empty() || (ascii[0] >= '0' && ascii[0] <= '9')) return "";
    return fmt::format("; write '{}'", ascii);
  }

  void claim(const std::string& id, const Location& where, const char* what) {
    if (id.empty()) return;
    check_id_shape(id, where, what);
    // A name every record has, or a word an expression reads as itself.
    const char* taken = is_reserved_name(id)
                            ? "is a reserved name (every record has kind, date, year, month and "
                              "quarter; total is the score)"
                        : is_expression_word(id)
                            ? "is a word of the expression language (and, or, not, if, then, "
                              "else, yes, no, true, false): an expression naming it reads the word"
                            : nullptr;
    if (taken) {
      diags_.error(where, fmt::format("'{}' {}; choose another id for this {}", id, taken, what));
      return;
    }
    auto [it, fresh] = ids_.emplace(id, where);
    if (!fresh) {
      diags_.error(where, fmt::format("duplicate id '{}' ({})", id, used_at(it->second, where)));
    }
  }

  // "already used on line 7", naming the file when it is another one (a base
  // ruleset that this one extends).
  static std::string used_at(const Location& first, const Location& here) {
    if (first.file == here.file) return fmt::format("already used on line {}", first.line);
    return fmt::format("already used on line {} of {}", first.line, first.file);
  }

  void check_top() {
    if (!r_.id.empty() && !std::all_of(r_.id.begin(), r_.id.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        })) {
      diags_.error(r_.id_where, fmt::format("ruleset id '{}' may use only a-z, 0-9, '-' and '_'{}",
                                            r_.id, write_instead(ascii_id_of(r_.id, true))));
    }
    if (r_.scale <= Rational(0)) diags_.error(r_.scale_where, "'scale' must be above 0");
  }

  void check_input(const Input& in) {
    claim(in.id, in.where, "input");
    if (in.min && in.max && *in.max < *in.min) {
      diags_.error(in.where, fmt::format("input '{}': 'min' {} is above 'max' {}", in.id,
                                         num(*in.min), num(*in.max)));
    }
    if (in.default_value) {
      std::string why;
      if (!parse_input_value(in, *in.default_value, why)) {
        diags_.error(in.where, fmt::format("input '{}': the default '{}' is not valid: {}", in.id,
                                           *in.default_value, why));
      }
    }
    std::map<std::string, int> seen;
    for (const ChoiceOption& o : in.options) {
      if (seen[o.id]++ == 1) {
        diags_.error(in.where, fmt::format("input '{}': option '{}' is listed twice", in.id, o.id));
      }
    }
    // A record names an option by its id or its label: each text must name
    // one (the first listed took it, without a word).
    for (std::size_t a = 0; a < in.options.size(); ++a) {
      for (std::size_t b = a + 1; b < in.options.size(); ++b) {
        const ChoiceOption& x = in.options[a];
        const ChoiceOption& y = in.options[b];
        if (x.id == y.id) continue;  // listed twice, above
        std::string text, ambiguous;
        if (x.label == y.label) {
          text = fmt::format("options '{}' and '{}' have the same label", x.id, y.id);
          ambiguous = x.label;
        } else if (x.label == y.id || y.label == x.id) {
          const ChoiceOption& labelled = x.label == y.id ? x : y;
          text = fmt::format("the label of option '{}' is another option's id", labelled.id);
          ambiguous = labelled.label;
        } else if (x.folded_label == y.folded_label && !x.label.empty()) {
          // A record's value is matched in any capitals (choice_in_any_case).
          text =
              fmt::format("options '{}' and '{}' have the same label but for capitals", x.id, y.id);
          ambiguous = x.folded_label;
        } else if (bare_id(x.folded_id) == bare_id(y.folded_id)) {
          // And an id with its word's accents, a space or '-' for '_'.
          text = fmt::format(
              "options '{}' and '{}' differ only in capitals, accents or '-' for '_'", x.id, y.id);
          ambiguous = bare_id(x.folded_id);
          std::replace(ambiguous.begin(), ambiguous.end(), '_', ' ');
        } else if (const ChoiceOption* labelled = label_reads_as_id(x, y)) {
          // A record's 'Tot' or 'Trung bình': the label, exactly, took it
          // (full_input_value), where the README reads another option's id.
          const ChoiceOption& other = labelled == &x ? y : x;
          text = fmt::format(
              "the label of option '{}' is option '{}''s id but for capitals, "
              "accents or ' ' for '_'",
              labelled->id, other.id);
          ambiguous = labelled->label;
        }
        if (!text.empty()) {
          diags_.error(in.where, fmt::format("input '{}': {}: a record's '{}' could mean either",
                                             in.id, text, ambiguous));
        }
      }
    }
  }

  // The option of the two whose label a record's value reads as the other's
  // id too, in any capitals, with its word's accents or a space for '_'
  // (choice_in_any_case), or null.
  static const ChoiceOption* label_reads_as_id(const ChoiceOption& x, const ChoiceOption& y) {
    if (!x.label.empty() && bare_id(x.folded_label) == bare_id(y.folded_id)) return &x;
    if (!y.label.empty() && bare_id(y.folded_label) == bare_id(x.folded_id)) return &y;
    return nullptr;
  }

  void check_forms() {
    std::map<std::string, std::string> kind_form;
    for (const Form& form : r_.forms) {
      for (auto k_it = form.kinds.begin(); k_it != form.kinds.end(); ++k_it) {
        const std::string& k = *k_it;
        // Said at the kind as written (was at the form's first line, or
        // the first criterion's for the ruleset's own kinds).
        const auto at = static_cast<std::size_t>(k_it - form.kinds.begin());
        const Location& where = at < form.kind_wheres.size() ? form.kind_wheres[at] : form.where;
        if (std::find(form.kinds.begin(), k_it, k) != k_it) {
          // One form (or the ruleset's own kinds: its one sheet has no id).
          diags_.error(where, fmt::format("'kinds' lists '{}' twice", k));
        } else if (std::find(r_.kinds.begin(), r_.kinds.end(), k) == r_.kinds.end()) {
          diags_.error(where, fmt::format("form '{}' scores '{}' meetings, but 'kinds' of "
                                          "the ruleset does not list '{}'",
                                          form.id, k, k));
        } else if (!kind_form.emplace(k, form.id).second) {
          diags_.error(where, fmt::format("form '{}' scores '{}' meetings, but form '{}' "
                                          "already does",
                                          form.id, k, kind_form[k]));
        }
      }
      auto saved = ids_;
      form_ = form.id;
      std::optional<Rational> total = Rational(0);  // nullopt: past what a number holds
      // Each group's share, said with the sum: the message is at the first
      // group this file writes, which may not be the one to mend.
      std::string parts;
      int counted = 0;  // groups that add points: one alone is the sum
      for (const Criterion& c : form.criteria) {
        const Rational max = check_criterion(c);
        if (total) total = add(*total, max);
        if (max == Rational(0)) continue;
        parts += fmt::format("{}{} {}", counted++ > 0 ? " + " : "", c.id, num(max));
      }
      parts = counted > 1 ? " (" + parts + ")" : "";
      ids_ = std::move(saved);  // criteria ids may repeat across forms
      const Location where = scale_where(form);
      if (!total) {
        diags_.error(where, fmt::format("the criteria add up to more points than a number can "
                                        "hold, but the scale is {}",
                                        num(r_.scale)));
      } else if (*total != r_.scale) {
        diags_.error(where, fmt::format("the criteria add up to {} points{}, but the scale is {}",
                                        num(*total), parts, num(r_.scale)));
      }
      for (const std::string& k : form.kinds) form_ids_[k] = form.id;
    }
    for (const std::string& k : r_.kinds) {
      if (!kind_form.count(k) && !r_.forms.empty()) {
        diags_.error(r_.forms.front().where,
                     fmt::format("no form scores '{}' meetings, which 'kinds' lists", k));
      }
    }
  }

  // Where a sum is wrong (a group's items, or a form's criteria): own, when
  // written in the file linted; else a part written there (a tailoring added
  // or overrode it); else that file's 'remove' of a part of group (""
  // for the top level) in the form being checked; else that file's
  // 'extends', which brings in the base where the sum is wrong (not the
  // base's line: the province does not edit that file). A part
  // that is a group without a maximum adds its items' sum: its items (and
  // their removals) are parts of this sum too.
  Location in_linted_file(const Location& own, const std::vector<Criterion>& parts,
                          const std::string& group) const {
    if (own.file == r_.file) return own;
    std::vector<std::string> groups{group};
    std::vector<const Criterion*> all;
    std::function<void(const std::vector<Criterion>&)> gather = [&](const auto& list) {
      for (const Criterion& part : list) {
        all.push_back(&part);
        if (part.is_group() && !part.max) {
          groups.push_back(part.id);
          gather(part.items);
        }
      }
    };
    gather(parts);
    for (const Criterion* part : all) {
      if (part->where.file == r_.file) return part->where;
    }
    for (const Removal& gone : r_.removed) {
      if (gone.where.file == r_.file && gone.name.rfind("criteria.", 0) == 0 &&
          gone.form == form_ &&
          std::find(groups.begin(), groups.end(), gone.group) != groups.end()) {
        return gone.where;
      }
    }
    // own is in a base, so this file extends one (a Ruleset made in code may not say where).
    return r_.extends_where.line > 0 ? r_.extends_where : Location{r_.file, 0, 0};
  }
  Location sum_where(const Criterion& c) const { return in_linted_file(c.where, c.items, c.id); }
  Location scale_where(const Form& form) const {
    if (form.criteria.empty()) return form.where;
    return in_linted_file(form.criteria.front().where, form.criteria, "");
  }
  // The fix such a file can make, for a group written in another: its items
  // (a max overridden to their sum would only move the error to the scale).
  std::string tailor_hint(const Criterion& c) const {
    if (c.where.file == r_.file) return "";
    return fmt::format(
        " (the group is written in {}, line {}: in this file, make its items add "
        "up to {})",
        one_line(c.where.file), c.where.line, num(*c.max));
  }

  // Checks one criterion; returns the maximum it adds to its parent's sum
  // (0 for bonus items, which sit outside the scale).
  Rational check_criterion(const Criterion& c) {
    claim(c.id, c.where, c.is_group() ? "group" : "criterion");
    criteria_ids_.push_back(c.id);
    if (c.is_group()) {
      std::optional<Rational> items_sum = Rational(0);  // nullopt: past what a number holds
      for (const Criterion& item : c.items) {
        const Rational max = check_criterion(item);
        if (items_sum) items_sum = add(*items_sum, max);
      }
      if (!items_sum) {
        diags_.error(c.where, fmt::format("the items of group '{}' add up to more points than a "
                                          "number can hold",
                                          c.id));
        return c.max.value_or(0);
      }
      const Rational sum = *items_sum;
      // An item without a maximum is reported already; a sum without it would
      // only add a second, confusing message.
      bool all_known = std::all_of(c.items.begin(), c.items.end(), [](const Criterion& i) {
        return i.is_group() || i.max || i.kind == RuleKind::Bonus;
      });
      if (!all_known) return c.max.value_or(sum);
      if (c.max && sum < *c.max) {
        diags_.error(sum_where(c), fmt::format("the items of group '{}' add up to {} points, so "
                                               "it can never reach its maximum {}{}",
                                               c.id, num(sum), num(*c.max), tailor_hint(c)));
      } else if (c.max && *c.max < sum) {
        diags_.error(sum_where(c), fmt::format("the items of group '{}' add up to {} points, "
                                               "more than its maximum {}{}",
                                               c.id, num(sum), num(*c.max), tailor_hint(c)));
      }
      return c.max.value_or(sum);
    }
    check_item_rule(c, r_.inputs, diags_);
    // Bonus items sit outside the scale.
    return c.kind == RuleKind::Bonus ? Rational(0) : c.max.value_or(0);
  }

  // A grade's problem that the file linted made by removing grades (the
  // lowest or highest left, said at a base's line): where moved to that
  // removal, and " (with 'grades.x' removed)" returned; "" otherwise.
  std::string at_grade_removal(Location& where) const {
    std::string removal;
    for (const Removal& gone : r_.removed) {
      if (where.file != r_.file && gone.where.file == r_.file &&
          gone.name.rfind("grades.", 0) == 0) {
        where = gone.where;
        removal = fmt::format(" (with '{}' removed)", gone.name);
      }
    }
    return removal;
  }

  void check_grades() {
    if (r_.grades.empty()) return;
    // Real sheets have four or five.
    if (r_.grades.size() > kMaxGrades) {
      diags_.error(r_.grades[kMaxGrades].where,
                   fmt::format("a ruleset has at most {} grades; this one has {}", kMaxGrades,
                               r_.grades.size()));
    }
    std::vector<std::string> grade_ids;
    for (std::size_t i = 0; i < r_.grades.size(); ++i) {
      const Grade& g = r_.grades[i];
      for (std::size_t j = 0; j < i; ++j) {
        if (r_.grades[j].id == g.id) {
          diags_.error(g.where, fmt::format("duplicate grade id '{}' ({})", g.id,
                                            used_at(r_.grades[j].where, g.where)));
          break;
        }
      }
      grade_ids.push_back(g.id);
      check_id_shape(g.id, g.where, "grade");
      // A 'from' that was no number was said so; its stand-in 0 is not compared.
      const bool compared = g.from_read && (i == 0 || r_.grades[i - 1].from_read);
      if (i == 0 && g.from_read && r_.scale < g.from) {
        diags_.error(g.where, fmt::format("grade '{}' starts at {}, above the scale {}, so no "
                                          "meeting can reach it",
                                          g.id, num(g.from), num(r_.scale)));
      }
      if (i > 0 && compared && r_.grades[i - 1].from <= g.from) {
        diags_.error(g.where, fmt::format("grades must go from the highest 'from' down, but "
                                          "grade '{}' (from {}) overlaps grade '{}' (from {})",
                                          g.id, num(g.from), r_.grades[i - 1].id,
                                          num(r_.grades[i - 1].from)));
      }
      for (const std::string& id : g.at_max) {
        if (std::find(criteria_ids_.begin(), criteria_ids_.end(), id) != criteria_ids_.end()) {
          continue;
        }
        if (std::string gone =
                removed_words(r_, "criteria", id, RemovedUse::named("", "grades." + g.id));
            !gone.empty()) {
          diags_.error(g.at_max_where,
                       fmt::format("grade '{}': 'at_max' names '{}': {}", g.id, id, gone));
        } else {
          diags_.error(g.at_max_where, fmt::format("grade '{}': 'at_max' names '{}', which is "
                                                   "not a criterion{}",
                                                   g.id, id, did_you_mean(id, criteria_ids_)));
        }
      }
    }
    if (r_.grades.back().from < Rational(0)) {
      diags_.error(r_.grades.back().where,
                   fmt::format("the lowest grade '{}' starts at {}, but no total is below 0; let "
                               "it start at 0",
                               r_.grades.back().id, num(r_.grades.back().from)));
    } else if (r_.grades.back().from != Rational(0)) {
      // Lowest only since the file linted removed the grades below it: said
      // at that removal, not at a base's line the province does not edit.
      Location where = r_.grades.back().where;
      const std::string removal = at_grade_removal(where);
      diags_.error(where, fmt::format("the lowest grade '{}' starts at {}{}, so totals from 0 to "
                                      "under {} get no grade; let it start at 0",
                                      r_.grades.back().id, num(r_.grades.back().from), removal,
                                      num(r_.grades.back().from)));
    }
    grade_ids_ = grade_ids;
  }

  void check_examples() {
    // `chibo test` and lint name an example by its name: two alike could
    // not be told apart in their messages.
    std::map<std::string, Location> names;
    for (const Example& ex : r_.examples) {
      if (ex.name.empty()) continue;
      auto [it, fresh] = names.emplace(ex.name, ex.where);
      if (!fresh) {
        diags_.error(ex.where, fmt::format("duplicate example name '{}' ({})", ex.name,
                                           used_at(it->second, ex.where)));
      }
    }
    for (const Example& ex : r_.examples) {
      if (ex.expect_grade.empty() || grade_ids_.empty()) continue;
      if (std::find(grade_ids_.begin(), grade_ids_.end(), ex.expect_grade) != grade_ids_.end()) {
        continue;
      }
      if (std::string gone =
              removed_words(r_, "grades", ex.expect_grade, RemovedUse::in_section("examples"));
          !gone.empty()) {
        diags_.error(ex.where, fmt::format("example '{}': it expects grade '{}': {}", ex.name,
                                           ex.expect_grade, gone));
      } else {
        diags_.error(ex.where, fmt::format("example '{}': it expects grade '{}', which is not a "
                                           "grade{}",
                                           ex.name, ex.expect_grade,
                                           grade_name_hint(r_, grade_ids_, ex.expect_grade)));
      }
    }
  }

  void check_vetoes() {
    for (std::size_t k = 0; k < r_.vetoes.size(); ++k) {
      const Veto& v = r_.vetoes[k];
      // Named as its 'when' is (ruleset_compiler.cpp): it was told by its place alone.
      check_grade_name(r_, grade_ids_, v.at_most, v.where, "'at_most'", veto_use(k), diags_);
      // Conditions that can change nothing: a rule written and never applied.
      if (!r_.grades.empty() && v.at_most == r_.grades.front().id) {
        // Highest only since the file linted removed the grades above it: said
        // at that removal, as the lowest grade is (was at the base's veto).
        Location where = v.where;
        const std::string removal = at_grade_removal(where);
        diags_.error(where, fmt::format("'at_most' '{}' is the highest grade{}: this veto can "
                                        "lower no meeting",
                                        v.at_most, removal));
      }
    }
    if (!r_.grades.empty()) {
      const Grade& lowest = r_.grades.back();
      if (!lowest.when.empty() || !lowest.at_max.empty()) {
        diags_.error(lowest.where, fmt::format("the lowest grade '{}' has a condition ('{}'), but "
                                               "a meeting that fails it has no lower grade to "
                                               "go to; remove it",
                                               lowest.id, lowest.when.empty() ? "at_max" : "when"));
      }
    }
  }

  const Ruleset& r_;
  Diagnostics& diags_;
  std::map<std::string, Location> ids_;
  std::vector<std::string> criteria_ids_;
  std::vector<std::string> grade_ids_;
  std::map<std::string, std::string> form_ids_;
  std::string form_;  // the id of the form whose criteria are being checked
};

}  // namespace

bool is_reserved_name(const std::string& name) {
  static const char* const kReserved[] = {"kind",    "date",  "year",   "month",
                                          "quarter", "total", "cell_id"};
  return std::find(std::begin(kReserved), std::end(kReserved), name) != std::end(kReserved);
}

std::string mean_of_no_number(const std::string& key, const std::string& what) {
  return fmt::format(
      "tie-break key '{}': {}, not a number: 'mean:' averages an integer, number, "
      "percent or minutes input, or a derived value that gives a number",
      key, what);
}

void validate_ruleset(const Ruleset& ruleset, Diagnostics& diags) {
  Validator(ruleset, diags).run();
}

}  // namespace chibo
