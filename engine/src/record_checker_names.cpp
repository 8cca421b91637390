// The names a records header gives cell_id, the date and the kind: in one
// place, as bind() and the finding of a header row (record_reader.cpp) take
// them alike; and the claims' columns (self-scores and reviewers' scores).
#include <algorithm>

#include <fmt/format.h>

#include "chibo/did_you_mean.h"
#include "chibo/record_checker.h"
#include "compiled_ruleset_data.h"
#include "utf8.h"

namespace chibo {
namespace {

// Every criterion of every form by id, with its maximum (the largest where
// forms differ), in pre-order.
std::vector<std::pair<std::string, Rational>> all_criteria(const CompiledRuleset& r) {
  std::vector<std::pair<std::string, Rational>> out;
  for (const CompiledForm& f : r.forms) {
    for (const CompiledNode& n : f.nodes) {
      auto it = std::find_if(out.begin(), out.end(),
                             [&](const auto& c) { return c.first == n.criterion->id; });
      if (it == out.end()) {
        out.emplace_back(n.criterion->id, n.max);
      } else if (it->second < n.max) {
        it->second = n.max;
      }
    }
  }
  return out;
}

// The labels folded once (ICU).
const std::string& folded_label(ClaimBy by) {
  static const std::string self = fold_case(kSelfTotalLabel);
  static const std::string reviewer = fold_case(kReviewerTotalLabel);
  return by == ClaimBy::Self ? self : reviewer;
}

}  // namespace

const std::vector<std::string>& RecordChecker::cell_id_names() {
  static const std::vector<std::string> names = {"cell_id", fold_case("Mã chi bộ")};
  return names;
}
const std::vector<std::string>& RecordChecker::date_names() {
  static const std::vector<std::string> names = {"date", fold_case("Ngày sinh hoạt")};
  return names;
}
const std::vector<std::string>& RecordChecker::kind_names() {
  static const std::vector<std::string> names = {"kind", fold_case("Loại sinh hoạt")};
  return names;
}

int RecordChecker::fixed_column(const std::string& folded) {
  auto among = [&folded](const std::vector<std::string>& names) {
    return std::find(names.begin(), names.end(), folded) != names.end();
  };
  if (among(cell_id_names())) return kCellId;
  if (among(date_names())) return kDate;
  if (among(kind_names())) return kKind;
  return kIgnored;
}

std::optional<ClaimBy> RecordChecker::total_named(const std::string& folded) {
  if (folded == "self_total" || folded == "tự chấm" || folded == folded_label(ClaimBy::Self)) {
    return ClaimBy::Self;
  }
  if (folded == "reviewer_total" || folded == "cấp trên chấm" ||
      folded == folded_label(ClaimBy::Reviewer)) {
    return ClaimBy::Reviewer;
  }
  return std::nullopt;
}

std::optional<RecordChecker::ClaimColumn> RecordChecker::claim_column(
    const std::string& name, const std::string& folded) const {
  const Ruleset& r = ruleset_.model;
  ClaimColumn col;
  std::string criterion;
  if (const std::optional<ClaimBy> total = total_named(folded)) {
    col.by = *total;
    col.by_label = folded == folded_label(*total);
  } else if (name.rfind("self.", 0) == 0) {
    col.by = ClaimBy::Self, criterion = name.substr(5);
  } else if (name.rfind("reviewer.", 0) == 0) {
    col.by = ClaimBy::Reviewer, criterion = name.substr(9);
  } else {
    return std::nullopt;
  }
  col.as_input.type = InputType::Number;
  col.as_input.min = Rational(0);
  col.as_input.max = r.scale;
  if (!criterion.empty()) {
    bool found = false;
    for (const auto& [id, max] : all_criteria(ruleset_)) {
      if (id == criterion) found = true, col.as_input.max = max;
    }
    if (!found) return std::nullopt;
    col.criterion = criterion;
  }
  col.what = what_claim(col);
  return col;
}

std::string RecordChecker::what_claim(const ClaimColumn& col) const {
  const bool self = col.by == ClaimBy::Self;
  if (col.criterion.empty()) {
    return fmt::format("{} ({})", self ? kSelfTotalLabel : kReviewerTotalLabel,
                       self ? "self_total" : "reviewer_total");
  }
  std::string label;
  for (const CompiledForm& f : ruleset_.forms) {
    for (const CompiledNode& n : f.nodes) {
      if (n.criterion->id == col.criterion && label.empty()) label = n.criterion->label;
    }
  }
  return fmt::format("điểm {} tiêu chí {} ({}.{})", self ? "chi bộ tự chấm" : "cấp trên chấm",
                     label.empty() ? col.criterion : label, self ? "self" : "reviewer",
                     col.criterion);
}

std::string RecordChecker::column_hint(const std::string& name) const {
  const std::optional<std::string> guess = column_guess(name);
  return guess ? fmt::format("; có phải là '{}'?", *guess) : "";
}

std::optional<std::string> RecordChecker::column_guess(const std::string& name) const {
  const std::vector<std::string> ids = known_names();
  if (std::optional<std::string> id = closest_name(name, ids)) return id;
  std::vector<std::string> labels = {"Mã chi bộ",        "Ngày sinh hoạt", "Loại sinh hoạt",
                                     "Tự chấm",          "Cấp trên chấm",  kSelfTotalLabel,
                                     kReviewerTotalLabel};
  for (const Input& in : ruleset_.model.inputs) {
    if (!in.label.empty()) labels.push_back(in.label);
  }
  // A letter is 1 to 4 bytes: a name of more than 4 bytes a letter of the
  // longest label and two letters is within two letters of none, nor cut
  // from one (a header of a megabyte of NUL bytes is not folded and compared).
  std::size_t longest = 0;
  for (const std::string& label : labels) longest = std::max(longest, label.size());
  if (name.size() > 4 * (longest + 2)) return std::nullopt;
  // A letter or two amiss, a third of its letters at most: an accent ('Tự
  // chầm', 'Tu cham'), a space twice; not another word ('Tên chi bộ' is not
  // 'Mã chi bộ').
  if (std::optional<std::string> label = closest_name(name, labels, 2)) return label;
  const std::string key = fold_case(name);
  // Cut short, at a word's end, of two words at least ('Tổng' alone names
  // nothing) and a third of the label at least: 'Chi bộ', the column of a
  // cell's name in many a sheet, is not 'Chi bộ có kết luận hoặc nghị quyết ...'.
  if (key.find(' ') == std::string::npos) return std::nullopt;
  for (const std::string& label : labels) {
    const std::string folded = fold_case(label);
    if (folded.size() > key.size() && 3 * key.size() >= folded.size() &&
        folded.compare(0, key.size(), key) == 0 && folded[key.size()] == ' ') {
      return label;
    }
  }
  return std::nullopt;
}

std::vector<std::string> RecordChecker::known_names() const {
  std::vector<std::string> known = {"cell_id", "date", "kind", "self_total", "reviewer_total"};
  for (const Input& in : ruleset_.model.inputs) known.push_back(in.id);
  for (const auto& c : all_criteria(ruleset_)) {
    known.push_back("self." + c.first);
    known.push_back("reviewer." + c.first);
  }
  return known;
}

}  // namespace chibo
