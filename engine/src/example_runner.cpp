#include "chibo/example_runner.h"

#include <algorithm>
#include <map>
#include <memory>

#include <fmt/format.h>

#include "chibo/did_you_mean.h"
#include "chibo/record_checker.h"
#include "chibo/scorer.h"
#include "compiled_ruleset_data.h"

namespace chibo {
namespace {

// The decimals an expected number is written with (at most 6, as many as a
// number is shown with): 87.504 has 3.
int decimals_of(Rational value) {
  std::int64_t power = 1;
  for (int d = 0; d < 6; ++d, power *= 10) {
    if (power % value.den() == 0) return d;
  }
  return 6;
}

// An expected number matches when both agree at the ruleset's presentation
// precision (at least 2 decimals), or at the expected's own when it has
// more: a rescaled total such as 1075/12 can then be written as 89.58 (or
// 89.5833), while 89.99 still differs from 90, and 87.504 from 87.5 (it
// passed, both shown 87.50: an example's value wrong in its third decimal).
std::string as_shown(const CompiledRuleset& r, Rational value, int decimals = 0) {
  Presentation p = r.model.presentation;
  p.decimals = std::max({p.decimals, 2, decimals});
  p.rounding = Presentation::Rounding::HalfUp;
  p.decimal_separator.assign(1, '.');
  p.trim_zeros = true;
  return format_number(value, p);
}

bool run_one(const CompiledRuleset& r, const Example& ex, Diagnostics& diags) {
  std::size_t before = diags.items().size();
  auto fail = [&](const Location& where, std::string text) {
    diags.error(where, fmt::format("example '{}': {}", ex.name, text));
  };
  auto [names, values] = example_fields(r, ex);
  const std::size_t given = names.size() - ex.record.size();  // the record's keys follow
  RecordChecker checker(r);
  Diagnostics columns;
  // As a YAML meeting's keys: the inputs it lacks are its rejection's reason
  // (one line, and an example may expect it), not errors of their own.
  checker.bind(names, ex.where, columns, true);
  // A key no input has (a typo) fails the example, at the key: a meeting
  // ignores it (bind's warning; one close to an optional input's id
  // rejects it), but the example would score without the value it meant to
  // give, and pass or fail for the wrong reason.
  std::vector<std::string> said;  // the rejection each such key makes, said already at the key
  for (std::size_t k = 0; k < ex.record.size(); ++k) {
    if (!checker.ignores(given + k)) continue;
    const std::string& key = ex.record[k].first;
    said.push_back(fmt::format("khóa '{}' không có trong", key));
    fail(ex.record_where[k], fmt::format("the record's key '{}' is not an input of this ruleset, "
                                         "so the example fails{}",
                                         key, did_you_mean(key, checker.known_names())));
  }

  MeetingRecord record;
  MeetingScore score;
  std::string why;
  // why holds a warning when checked (a claim left out): the scoring's
  // rejection, if any, is the reason then.
  const bool checked = checker.check(values, ex.where, record, why);
  const bool scored = checked && score_meeting(r, record, score);
  if (scored) why.clear();
  if (!scored && checked) why = with_claim_faults(score.rejected, record);

  // A key close to an optional input's id rejects the record (bind): that
  // was said at the key, in the ruleset's words, and is not said again.
  const bool said_already = !scored && std::any_of(said.begin(), said.end(),
                                                   [&](auto& s) { return why.rfind(s, 0) == 0; });
  if (ex.expect_rejected) {
    if (scored) {
      fail(ex.where, fmt::format("expected the record to be rejected ({}), but it scored {}",
                                 *ex.expect_rejected, as_shown(r, score.total)));
    } else if (why.find(*ex.expect_rejected) == std::string::npos && !said_already) {
      fail(ex.where,
           fmt::format("rejected as '{}', but the example expects '{}'", why, *ex.expect_rejected));
    }
    return diags.items().size() == before;
  }
  if (!scored) {
    if (!said_already) fail(ex.where, fmt::format("the record was rejected: {}", why));
    return false;
  }
  if (ex.expect_total) {
    const int d = decimals_of(*ex.expect_total);
    if (as_shown(r, *ex.expect_total, d) != as_shown(r, score.total, d)) {
      fail(ex.where, fmt::format("total is {} but the example expects {}",
                                 as_shown(r, score.total, d), as_shown(r, *ex.expect_total, d)));
    }
  }
  const std::vector<Grade>& grades = r.model.grades;
  if (!ex.expect_grade.empty() &&
      grades[static_cast<std::size_t>(score.grade)].id != ex.expect_grade) {
    fail(ex.where, fmt::format("grade is {} but the example expects {}",
                               grades[static_cast<std::size_t>(score.grade)].id, ex.expect_grade));
  }
  const CompiledForm& form = r.forms[static_cast<std::size_t>(score.form)];
  for (std::size_t i = 0; i < ex.expect_points.size(); ++i) {
    const auto& [id, points] = ex.expect_points[i];
    std::vector<std::string> ids;
    bool found = false;
    for (std::size_t n = 0; n < form.nodes.size(); ++n) {
      ids.push_back(form.nodes[n].criterion->id);
      if (form.nodes[n].criterion->id != id) continue;
      found = true;
      const int d = decimals_of(points);
      if (as_shown(r, score.criteria[n].points, d) != as_shown(r, points, d)) {
        fail(ex.expect_points_where[i],
             fmt::format("'{}' got {} points but the example expects {}", id,
                         as_shown(r, score.criteria[n].points, d), as_shown(r, points, d)));
      }
    }
    if (!found) {
      fail(ex.expect_points_where[i],
           fmt::format("'{}' is not a criterion of this sheet{}", id, did_you_mean(id, ids)));
    }
  }
  return diags.items().size() == before;
}

// Whether an example a tailoring takes from its base fails in the file it
// is written in, read again from there: then the tailoring's changes did not
// make it fail. Each file is read once; one that does not compile fails
// none (what fails is then said to be the tailoring's).
class InOwnFile {
 public:
  bool fails(const Example& ex) {
    auto [at, added] = compiled_.try_emplace(ex.where.file);
    if (added) {
      Diagnostics ignored;  // said when that file is linted or tested
      at->second = load_compiled_ruleset(ex.where.file, ignored);
    }
    if (!at->second) return false;
    for (const Example& own : at->second->model.examples) {
      if (own.where.line != ex.where.line || own.where.column != ex.where.column) continue;
      Diagnostics ignored;
      return !run_one(*at->second, own, ignored);
    }
    return false;
  }

 private:
  std::map<std::string, std::shared_ptr<const CompiledRuleset>> compiled_;
};

// "1 of the base's examples fails with this file's changes", "2 of the
// base's examples fail in the base already, not for this file's changes",
// or of both, how many each.
std::string how_many_fail(int changed, int already) {
  const int n = changed + already;
  const std::string fails = n == 1 ? "fails" : "fail";
  if (already == 0) {
    return fmt::format("{} of the base's examples {} with this file's changes", n, fails);
  }
  if (changed == 0) {
    return fmt::format(
        "{} of the base's examples {} in the base already, not for this file's changes", n, fails);
  }
  return fmt::format(
      "{} of the base's examples fail, {} with this file's changes and {} in the base already", n,
      changed, already);
}

}  // namespace

ExampleFields example_fields(const CompiledRuleset& r, const Example& ex) {
  ExampleFields out;
  out.names = {"cell_id", "date", "kind"};
  out.values = {"example", ex.date.empty() ? r.model.effective_from : ex.date,
                ex.kind.empty() ? r.model.kinds.front() : ex.kind};
  for (const auto& [key, value] : ex.record) {
    out.names.push_back(key);
    out.values.push_back(value);
  }
  return out;
}

ExampleCounts run_examples(const CompiledRuleset& r, Diagnostics& diags, BaseExamples base) {
  ExampleCounts counts;
  InOwnFile own_file;
  int changed = 0, already = 0;  // of the examples a tailoring took from its base, those failing
  std::string base_file;
  // Summed: the first of the base's examples to fail, for this file's
  // changes (else, of those failing in the base already).
  Diagnostics first_changed, first_already;
  for (const Example& ex : r.model.examples) {
    const bool inherited = ex.where.file != r.model.file && r.model.extends_where.line > 0;
    Diagnostics own;
    if (run_one(r, ex, own)) {
      ++counts.passed;
    } else {
      ++counts.failed;
      counts.failures.push_back(own);
      if (inherited) {
        const bool in_base = own_file.fails(ex);
        ++(in_base ? already : changed);
        if (base_file.empty()) base_file = ex.where.file;
        Diagnostics& first = in_base ? first_already : first_changed;
        if (first.items().empty()) first = own;
      }
    }
    if (!inherited || base == BaseExamples::EachSaid) diags.append(own);
  }
  const int base_failed = changed + already;
  const Diagnostics& first_failure = changed > 0 ? first_changed : first_already;
  if (base_failed == 0 || (base == BaseExamples::Summed && first_failure.items().empty())) {
    return counts;
  }
  const std::string how_many = how_many_fail(changed, already);
  const std::string mend = fmt::format(
      "{}a tailoring runs the base's examples unless it has its own; write 'examples:' in this "
      "file, with the points this ruleset gives (it replaces the base's)",
      changed == 0
          ? fmt::format("mend {} in {}, or: ", already == 1 ? "it" : "them", one_line(base_file))
          : "");
  // Each failure is said at the base's line, a file the province does not
  // edit: the fix is in the tailoring (its own 'examples:', which replaces
  // the base's), which those lines did not say.
  if (base == BaseExamples::EachSaid) {
    diags.warning(r.model.extends_where, fmt::format("{} (each said at its line in {}): {}",
                                                     how_many, one_line(base_file), mend));
    return counts;
  }
  // One error (the examples no longer hold) with the first's reason, for
  // what kind of change broke them; chibo test says each.
  const Diagnostic& first = first_failure.items().front();
  const int of_its_kind = changed > 0 ? changed : already;  // the first is of these
  diags.error(
      r.model.extends_where,
      fmt::format("{} ({}{}:{}:{}: {}{}): {}", how_many, of_its_kind == 1 ? "" : "the first at ",
                  one_line(first.where.file), first.where.line, first.where.column, first.message,
                  base_failed == 1
                      ? ""
                      : fmt::format("; 'chibo test {}' says each", one_line(r.model.file)),
                  mend));
  return counts;
}

}  // namespace chibo
