#include "chibo/ruleset_loader.h"

#include <fmt/format.h>

#include "chibo/number_format.h"
#include "chibo/sha256.h"
#include "criteria_loader.h"
#include "date.h"
#include "doc_fields.h"
#include "rollup_loader.h"
#include "ruleset_extends.h"
#include "utf8.h"
#include "yaml_writer.h"

namespace chibo {
namespace {

const std::vector<std::string> kTopKeys = {
    "id",       "title",          "source", "version", "effective", "kinds",
    "scale",    "not_applicable", "inputs", "derived", "checks",    "criteria",
    "forms",    "grades",         "vetoes", "rollup",  "ranking",   "presentation",
    "examples", "note",           "audit"};

const std::vector<std::string> kInputTypes = {"integer", "number",  "percent", "yesno",
                                              "choice",  "minutes", "date"};

std::string date_field(const DocFields& f, const std::string& key, bool required,
                       Diagnostics& diags) {
  std::string text = f.text(key, required);
  if (!text.empty() && !parse_date(text)) {
    diags.error(f.where(key), fmt::format("'{}' must be a date written YYYY-MM-DD, such as "
                                          "2019-01-01, not '{}'",
                                          key, text));
  }
  return text;
}

void add_option(Input& in, const std::string& id, const std::string& label) {
  in.options.push_back({id, label, fold_case(id), fold_case(label)});
}

void load_inputs(const DocNode& node, Ruleset& r, Diagnostics& diags) {
  if (!node.is_map()) {
    diags.error(node.where, "'inputs' must be a map: input id -> {type, label, ...}");
    return;
  }
  for (const DocEntry& e : node.entries) {
    DocFields f(e.value, fmt::format("input '{}'", e.key),
                {"type", "label", "unit", "min", "max", "default", "required", "options", "note"},
                diags);
    Input in;
    in.id = e.key;
    in.where = e.key_where;
    if (f.ok()) {
      std::string type = f.one_of("type", kInputTypes).value_or("");
      if (!f.get("type"))
        diags.error(e.key_where, fmt::format("input '{}' needs 'type' (one of "
                                             "integer, number, percent, yesno, "
                                             "choice, minutes, date)",
                                             e.key));
      for (std::size_t i = 0; i < kInputTypes.size(); ++i) {
        if (type == kInputTypes[i]) in.type = static_cast<InputType>(i);
      }
      in.label = f.text("label", true);
      in.unit = f.text("unit");
      if (in.unit.empty() && in.type == InputType::Percent) in.unit = "%";
      if (in.unit.empty() && in.type == InputType::Minutes) in.unit = " phút";
      in.min = f.number("min");
      in.max = f.number("max");
      if (in.type == InputType::Percent) {
        if (!in.min) in.min = Rational(0);
        if (!in.max) in.max = Rational(100);
      }
      if (in.type == InputType::Minutes && !in.min) in.min = Rational(0);
      if (const DocNode* d = f.get("default")) {
        if (d->is_scalar()) {
          in.default_value = d->scalar;
        } else {
          diags.error(d->where, "'default' must be a single value");
        }
      }
      in.required = f.yes_no("required").value_or(!in.default_value.has_value());
      in.note = f.text("note");
      if (const DocNode* opts = f.get("options")) {
        if (opts->is_map()) {
          for (const DocEntry& o : opts->entries) {
            if (const std::size_t at = find_control(o.key); at != std::string::npos) {
              diags.error(o.key_where,
                          fmt::format("option '{}' holds a line break or control character (byte "
                                      "{}): write it on one line",
                                      o.key, at + 1));
            }
            add_option(in, o.key,
                       o.value.is_scalar() ? one_line_text(o.value, "label", diags) : o.key);
          }
        } else if (opts->is_seq()) {
          for (const DocNode& o : opts->items) {
            if (!o.is_scalar()) {
              diags.error(o.where, "each option must be a single name, such as tot");
              continue;
            }
            const std::string id = one_line_text(o, "option", diags);
            add_option(in, id, id);
          }
        } else {
          diags.error(opts->where, "'options' must be a map of option id -> label");
        }
      }
      if (in.type == InputType::Choice && in.options.empty()) {
        diags.error(e.key_where, fmt::format("choice input '{}' needs 'options'", e.key));
      }
    }
    r.inputs.push_back(std::move(in));
  }
}

void load_derived(const DocNode& node, Ruleset& r, Diagnostics& diags) {
  if (!node.is_map()) {
    diags.error(node.where, "'derived' must be a map: name -> expression");
    return;
  }
  for (const DocEntry& e : node.entries) {
    Derived d;
    d.id = e.key;
    d.where = e.key_where;
    if (e.value.is_scalar()) {
      d.expr = expr_of(e.value, e.key, diags);
    } else if (e.value.is_null()) {
      diags.error(e.key_where, fmt::format("derived value '{}' needs an expression, such as "
                                           "present * 100 / members",
                                           e.key));
    } else {
      DocFields f(e.value, fmt::format("derived value '{}'", e.key),
                  {"expr", "label", "unit", "note"}, diags);
      d.expr = f.expr("expr", true);
      d.label = f.text("label");
      d.unit = f.text("unit");
    }
    // One without an expression has been reported: compiling it would only
    // add a message without a place.
    if (!d.expr.empty()) r.derived.push_back(std::move(d));
  }
}

void load_example(const DocNode& node, Ruleset& r, Diagnostics& diags) {
  DocFields f(node, "an example", {"name", "kind", "date", "record", "expect"}, diags);
  if (!f.ok()) return;
  Example ex;
  ex.where = node.where;
  ex.name = f.text("name", true);
  ex.kind = f.text("kind");
  ex.date = date_field(f, "date", false, diags);
  if (const DocNode* rec = f.get("record"); rec && rec->is_map()) {
    for (const DocEntry& e : rec->entries) {
      if (!e.value.is_scalar() && !e.value.is_null()) {
        diags.error(e.value.where, fmt::format("example '{}': the value of '{}' must be a single "
                                               "value, but this is {}",
                                               ex.name, e.key, doc_kind_name(e.value.kind)));
      }
      ex.record.emplace_back(e.key, e.value.is_scalar() ? e.value.scalar : "");
      ex.record_where.push_back(e.key_where);
    }
  } else {
    diags.error(f.where("record"), fmt::format("example '{}' needs 'record': a map of input "
                                               "values",
                                               ex.name));
  }
  if (const DocNode* expect = f.get("expect")) {
    DocFields ef(*expect, "'expect'", {"total", "grade", "points", "rejected"}, diags);
    if (ef.ok()) {
      ex.expect_total = ef.number("total");
      ex.expect_grade = ef.text("grade");
      // Expectations that could check nothing passed whatever was scored.
      if (ef.get("grade") && ex.expect_grade.empty()) {
        diags.error(ef.where("grade"), "'grade' is empty: write the grade id the example expects");
      }
      if (ef.get("rejected")) ex.expect_rejected = ef.text("rejected");
      if (ef.get("rejected") && (ef.get("total") || ef.get("grade") || ef.get("points"))) {
        diags.error(ef.where("rejected"),
                    fmt::format("example '{}': a rejected record has no total, grade or points: "
                                "expect 'rejected' alone, or those without it",
                                ex.name));
      }
      if (const DocNode* pts = ef.get("points")) {
        if (!pts->is_map()) {
          diags.error(pts->where, "'points' must be a map: criterion id -> points");
        } else if (pts->entries.empty()) {
          diags.error(pts->where, "'points' is empty: name at least one criterion and its points");
        } else {
          for (const DocEntry& e : pts->entries) {
            if (auto n = number_of(e.value, e.key, diags)) {
              ex.expect_points.emplace_back(e.key, *n);
              ex.expect_points_where.push_back(e.key_where);
            }
          }
        }
      }
      if (!ef.get("total") && !ef.get("grade") && !ef.get("points") && !ef.get("rejected")) {
        diags.error(expect->where, fmt::format("example '{}': 'expect' needs at least one of "
                                               "total, grade, points or rejected",
                                               ex.name));
      }
    }
  } else {
    diags.error(node.where, fmt::format("example '{}' needs 'expect'", ex.name));
  }
  r.examples.push_back(std::move(ex));
}

void load_presentation(const DocNode& node, Ruleset& r, Diagnostics& diags) {
  DocFields f(node, "'presentation'", {"decimals", "rounding", "decimal_separator", "trim_zeros"},
              diags);
  if (!f.ok()) return;
  if (auto d = f.integer("decimals")) {
    if (*d < 0 || *d > 6) {
      diags.error(f.where("decimals"), "'decimals' must be from 0 to 6");
    } else {
      r.presentation.decimals = static_cast<int>(*d);
    }
  }
  if (f.one_of("rounding", {"half_up", "truncate"}).value_or("half_up") == "truncate") {
    r.presentation.rounding = Presentation::Rounding::Truncate;
  }
  if (const DocNode* sep = f.get("decimal_separator")) {
    if (sep->scalar != "," && sep->scalar != ".") {
      diags.error(sep->where, "'decimal_separator' must be \",\" or \".\"");
    } else {
      r.presentation.decimal_separator = sep->scalar;
    }
  }
  r.presentation.trim_zeros = f.yes_no("trim_zeros").value_or(false);
}

void load_top(const DocNode& doc, Ruleset& r, Diagnostics& diags) {
  DocFields f(doc, "a ruleset", kTopKeys, diags);
  if (!f.ok()) return;
  r.id = f.text("id", true);
  r.id_where = f.where("id");
  r.title = f.text("title", true);
  r.version = f.text("version", true);
  if (const DocNode* src = f.get("source")) {
    DocFields s(*src, "'source'", {"document", "date", "issuer", "note"}, diags);
    r.source = {s.text("document", true), date_field(s, "date", false, diags), s.text("issuer"),
                s.text("note")};
  } else {
    diags.error(doc.where,
                "a ruleset needs 'source': {document, date, issuer} of the "
                "regulation it follows");
  }
  if (const DocNode* eff = f.get("effective")) {
    DocFields e(*eff, "'effective'", {"from", "to"}, diags);
    r.effective_from = date_field(e, "from", true, diags);
    r.effective_to = date_field(e, "to", false, diags);
    // Dates written YYYY-MM-DD compare as text; a period that ends before it
    // starts takes no meeting (every record was rejected as out of it).
    if (!r.effective_from.empty() && !r.effective_to.empty() && r.effective_to < r.effective_from) {
      diags.error(e.where("to"), fmt::format("'effective': 'to' {} is before 'from' {}",
                                             r.effective_to, r.effective_from));
    }
  } else {
    diags.error(doc.where, "a ruleset needs 'effective': {from: YYYY-MM-DD}");
  }
  r.kinds = f.names("kinds");
  if (r.kinds.empty()) {
    // Left out: regular meetings only. Written empty (kinds: [], kinds: ~ or
    // 'kinds:' alone), it was taken the same way, and a thematic meeting
    // rejected with no word why.
    const DocEntry* k = f.entry("kinds");
    if (k && (k->value.is_seq() || k->value.is_null())) {  // [], ~ or nothing
      diags.error(k->value.where,
                  "'kinds' is empty: list the meetings the ruleset scores, such as "
                  "[regular, thematic], or leave 'kinds' out for regular meetings only");
    }
    r.kinds = {"regular"};
  }
  const DocNode* kinds = f.get("kinds");
  for (std::size_t i = 0; i < r.kinds.size(); ++i) {
    const std::string& k = r.kinds[i];
    // At the kind itself: two in one list were both said at its '['.
    const bool listed = kinds && kinds->is_seq() && kinds->items.size() == r.kinds.size();
    if (k != "regular" && k != "thematic") {
      diags.error(listed ? kinds->items[i].where : f.where("kinds"),
                  fmt::format("unknown meeting kind '{}': use regular "
                              "(thường kỳ) or thematic (chuyên đề)",
                              k));
    }
  }
  r.scale = f.number("scale", true).value_or(100);
  r.scale_where = f.where("scale");
  if (const DocNode* na = f.get("not_applicable")) {
    r.not_applicable = not_applicable_of(*na, diags).value_or(NotApplicable::Full);
  }
  if (const DocNode* n = f.get("inputs")) load_inputs(*n, r, diags);
  if (const DocNode* n = f.get("derived")) load_derived(*n, r, diags);
  if (const DocNode* n = f.get("checks")) {
    each_map_in(*n, "checks", diags, [&](const DocNode& item) {
      DocFields c(item, "a check", {"id", "require", "message"}, diags);
      if (!c.ok()) return;
      r.checks.push_back(
          {c.text("id"), item.where, c.expr("require", true), c.text("message", true)});
    });
  }
  const DocNode* criteria = f.get("criteria");
  const DocNode* forms = f.get("forms");
  if (criteria && forms) {
    diags.error(f.where("forms"),
                "write either 'criteria' (one sheet) or 'forms' (a sheet per "
                "meeting kind), not both");
  } else if (criteria) {
    r.forms.push_back(
        {"", criteria->where, r.kinds, load_criteria(*criteria, diags), f.name_wheres("kinds")});
  } else if (forms) {
    r.forms = load_forms(*forms, diags);
  } else {
    diags.error(doc.where, "a ruleset needs 'criteria' (or 'forms')");
  }
  if (const DocNode* n = f.get("grades")) {
    const std::size_t said = diags.items().size();
    each_map_in(*n, "grades", diags, [&](const DocNode& item) {
      DocFields g(item, "a grade", {"id", "label", "from", "at_max", "when"}, diags);
      if (!g.ok()) return;
      Grade grade;
      grade.where = item.where;
      grade.id = g.text("id", true);
      grade.label = g.text("label", true);
      const std::optional<Rational> from = g.number("from", true);
      grade.from = from.value_or(0);
      grade.from_read = from.has_value();
      grade.at_max = g.names("at_max");
      grade.at_max_where = g.where("at_max");
      grade.when = g.expr("when");
      r.grades.push_back(std::move(grade));
    });
    // `grades: []` (or every grade removed by a tailoring): no meeting could
    // be graded (scoring read past the list's end).
    // Said at the 'remove' that took out the last grade, when one did: the
    // base's 'grades:' line is not the province's to edit.
    if (r.grades.empty() && diags.items().size() == said) {
      Location where = n->where;
      const char* how = "";
      for (const Removal& gone : r.removed) {
        if (n->where.file != r.file && gone.name.rfind("grades.", 0) == 0) {
          where = gone.where;
          how = " (every grade was removed)";
        }
      }
      diags.error(where, fmt::format("'grades' is empty{}: a ruleset needs at least one grade "
                                     "(Tốt, Khá, ... with their lower bounds)",
                                     how));
    }
  } else {
    diags.error(doc.where, "a ruleset needs 'grades' (Tốt, Khá, ... with their lower bounds)");
  }
  if (const DocNode* n = f.get("vetoes")) {
    each_map_in(*n, "vetoes", diags, [&](const DocNode& item) {
      DocFields v(item, "a veto", {"when", "at_most", "reason"}, diags);
      if (!v.ok()) return;
      r.vetoes.push_back(
          {item.where, v.expr("when", true), v.text("at_most", true), v.text("reason", true)});
    });
  }
  if (const DocNode* n = f.get("rollup")) r.rollup = load_rollup(*n, diags);
  if (const DocNode* n = f.get("ranking")) {
    DocFields rk(*n, "'ranking'", {"tie_break"}, diags);
    r.tie_break = rk.names("tie_break");
    r.tie_break_where = rk.name_wheres("tie_break");
  }
  if (const DocNode* n = f.get("presentation")) load_presentation(*n, r, diags);
  if (const DocNode* n = f.get("audit")) {
    DocFields a(*n, "'audit'", {"tolerance", "criterion_tolerance"}, diags);
    r.audit.tolerance = a.number("tolerance").value_or(r.audit.tolerance);
    r.audit.criterion_tolerance =
        a.number("criterion_tolerance").value_or(r.audit.criterion_tolerance);
    for (const char* key : {"tolerance", "criterion_tolerance"}) {
      const std::optional<Rational> t = a.number(key);
      if (!t) continue;
      if (*t < Rational(0)) {
        diags.error(a.where(key), fmt::format("'{}' must not be negative", key));
      } else if (presented_value(*t, r.presentation) != *t) {
        // The audit compares it as shown (audit.cpp): 0.004 with 2 decimals is 0.
        diags.warning(
            a.where(key),
            fmt::format("'{}: {}' is compared as {}, as 'presentation' shows it "
                        "({} decimal{}); write it with at most that many",
                        key, a.get(key)->scalar,
                        format_number(presented_value(*t, r.presentation), r.presentation),
                        r.presentation.decimals, r.presentation.decimals == 1 ? "" : "s"));
      }
    }
  }
  if (const DocNode* n = f.get("examples")) {
    each_map_in(*n, "examples", diags, [&](const DocNode& item) { load_example(item, r, diags); });
  }
}

}  // namespace

std::string one_line_expression(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

const char* input_type_name(InputType t) {
  return kInputTypes[static_cast<std::size_t>(t)].c_str();
}

std::optional<Ruleset> load_ruleset(const std::string& path, Diagnostics& diags) {
  std::vector<Removal> removed;
  std::vector<std::string> bases;
  Location extends_where;
  std::optional<DocNode> doc = read_resolved_ruleset(path, diags, &removed, &bases, &extends_where);
  if (!doc) return std::nullopt;
  Ruleset r;
  r.extends_where = std::move(extends_where);
  r.removed = std::move(removed);
  r.bases = std::move(bases);
  r.file = path;
  r.content_hash = sha256_hex(write_yaml(*doc));  // of what `chibo resolve` prints
  load_top(*doc, r, diags);
  return r;
}

std::optional<std::string> resolve_ruleset(const std::string& path, Diagnostics& diags) {
  std::optional<DocNode> doc = read_resolved_ruleset(path, diags);
  if (!doc) return std::nullopt;
  return write_yaml(*doc);
}

}  // namespace chibo
