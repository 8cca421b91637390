// Helpers for the lint tests: write rulesets to a fresh folder and get back
// every diagnostic of load + validate + compile + examples, formatted as
// "FILE:LINE:COL: error: MESSAGE" and sorted the way `chibo lint` prints
// them (by file, line, column; stable). The folder's path is cut from the
// text, so expectations read "ruleset.yaml:12:3: error: ...".
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "chibo/compiled_ruleset.h"
#include "chibo/diagnostic.h"
#include "chibo/example_runner.h"
#include "chibo/ruleset_loader.h"
#include "chibo/ruleset_validator.h"
#include "temp_dir.h"

namespace chibo::lint_testing {

// A small valid ruleset: two groups adding up to 100, bands on a derived
// value and on a percent input, three grades, a veto, a check and an example.
// Tests change one line of it (with `changed`) and compare the diagnostics.
// Line numbers referred to by the tests:
//   8 members   10 rate   13 derived attendance   15 check   17 group chuan_bi
//   21 item prep   25 group ket_qua   29 item tham_du   35-37 its rows
//   38 item hoan_thanh   44-45 its rows   47-49 grades   51 veto   53 example
inline const std::string kBase = R"(id: test
title: Test ruleset
source: {document: "HD 1", date: 2020-01-01}
version: "1"
effective: {from: 2020-01-01}
scale: 100
inputs:
  members: {type: integer, label: Members, min: 1}
  present: {type: integer, label: Present, min: 0}
  rate: {type: percent, label: Completion rate}
  prepared: {type: yesno, label: Prepared}
derived:
  attendance: present * 100 / members
checks:
  - {id: present_le_members, require: present <= members, message: "more present than members"}
criteria:
  - id: chuan_bi
    label: Preparation
    max: 40
    items:
      - id: prep
        label: Content prepared
        max: 40
        when: prepared
  - id: ket_qua
    label: Results
    max: 60
    items:
      - id: tham_du
        label: Attendance
        max: 30
        bands:
          of: attendance
          rows:
            - {from: 90, points: 30}
            - {from: 50, to: 90, points: 20}
            - {from: 0, to: 50, points: 0}
      - id: hoan_thanh
        label: Completion
        max: 30
        bands:
          of: rate
          rows:
            - {from: 90, points: 30}
            - {from: 0, to: 90, points: 10}
grades:
  - {id: tot, label: Tốt, from: 90}
  - {id: kha, label: Khá, from: 70}
  - {id: tb, label: Trung bình, from: 0}
vetoes:
  - {when: present < members / 2, at_most: kha, reason: "half absent"}
examples:
  - name: full marks
    record: {members: 10, present: 10, rate: 100, prepared: yes}
    expect: {total: 100, grade: tot, points: {tham_du: 30}}
)";

// A ruleset with one form per meeting kind (a group g of one item x in
// each); the tests change its forms. Line numbers referred to by the tests:
//   7 kinds   11 form thuong_ky   15 form chuyen_de   20 grade dat
inline const std::string kForms = R"(id: forms
title: Forms
source: {document: D}
version: "1"
effective: {from: 2020-01-01}
scale: 10
kinds: [regular, thematic]
inputs:
  ok: {type: yesno, label: OK}
forms:
  - id: thuong_ky
    kinds: [regular]
    criteria:
      - {id: g, label: G, items: [{id: x, label: X, max: 10, when: ok}]}
  - id: chuyen_de
    kinds: [thematic]
    criteria:
      - {id: g, label: G, items: [{id: x, label: X, max: 10, when: ok}]}
grades:
  - {id: dat, label: Đạt, from: 5}
  - {id: khong, label: Không đạt, from: 0}
)";

// text with `from` replaced by `to`; `from` must occur exactly once, so that
// a test never silently changes nothing (or the wrong line).
inline std::string changed(const std::string& text, const std::string& from,
                           const std::string& to) {
  std::size_t at = text.find(from);
  INFO("changing: " << from);
  REQUIRE(at != std::string::npos);
  REQUIRE(text.find(from, at + 1) == std::string::npos);
  return text.substr(0, at) + to + text.substr(at + from.size());
}

// Several changes in a row: {{from, to}, ...}.
inline std::string changed(std::string text,
                           const std::vector<std::pair<std::string, std::string>>& changes) {
  for (const auto& [from, to] : changes) text = changed(text, from, to);
  return text;
}

// A temporary folder (chibo::testing::TempDir) that also lints and
// resolves the rulesets written in it.
class TempDir : public chibo::testing::TempDir {
 public:
  std::vector<std::string> formatted(const Diagnostics& diags) const {
    std::vector<Diagnostic> items = diags.items();
    std::stable_sort(items.begin(), items.end(), [](const Diagnostic& a, const Diagnostic& b) {
      if (a.where.file != b.where.file) return a.where.file < b.where.file;
      if (a.where.line != b.where.line) return a.where.line < b.where.line;
      return a.where.column < b.where.column;
    });
    std::vector<std::string> out;
    for (const Diagnostic& d : items) out.push_back(relative(format_diagnostic(d)));
    return out;
  }

  // What `chibo lint name` reports: load, validate, compile and (when that
  // succeeds) the examples.
  std::vector<std::string> lint(const std::string& name) const {
    Diagnostics diags;
    if (std::optional<Ruleset> r = load_ruleset(path(name), diags)) {
      validate_ruleset(*r, diags);
      if (auto compiled = compile_ruleset(std::move(*r), diags)) {
        run_examples(*compiled, diags, BaseExamples::Summed);
      }
    }
    return formatted(diags);
  }

  // `chibo resolve name`, or the diagnostics when it fails.
  std::string resolve(const std::string& name) const {
    Diagnostics diags;
    std::optional<std::string> text = resolve_ruleset(path(name), diags);
    std::string out = text ? *text : "";
    for (const std::string& d : formatted(diags)) out += "\n" + d;
    return out;
  }
};

// Lints one ruleset given as text, written as ruleset.yaml.
inline std::vector<std::string> lint_text(const std::string& yaml) {
  TempDir dir;
  dir.write("ruleset.yaml", yaml);
  return dir.lint("ruleset.yaml");
}

using Lines = std::vector<std::string>;

// One row of a table of cases: what the base becomes, what lint must say.
struct LintCase {
  const char* name;
  std::vector<std::pair<std::string, std::string>> changes;  // applied to kBase
  Lines expected;
};

// Runs every case of a table as its own section.
inline void check_cases(const std::vector<LintCase>& cases) {
  for (const LintCase& c : cases) {
    DYNAMIC_SECTION(c.name) { CHECK(lint_text(changed(kBase, c.changes)) == c.expected); }
  }
}

// A tailoring's two files: the base ruleset as base/hd12.yaml, the child as
// tinh/child.yaml (extending ../base/hd12.yaml unless the child says
// otherwise: kHead), linted from the child. A child with an id of its own
// and no version is given 'version: 1' last (no line of it moves): one
// without is warned of, tested apart.
struct Tailored {
  TempDir dir;
  explicit Tailored(const std::string& child, const std::string& base = kBase) {
    dir.write("base/hd12.yaml", base);
    const bool own_id = child.rfind("id:", 0) == 0 || child.find("\nid:") != std::string::npos;
    const bool versioned =
        child.rfind("version:", 0) == 0 || child.find("\nversion:") != std::string::npos;
    const bool ends_line = child.empty() || child.back() == '\n';
    dir.write("tinh/child.yaml",
              own_id && !versioned ? child + (ends_line ? "" : "\n") + "version: 1\n" : child);
  }
  Lines lint() const { return dir.lint("tinh/child.yaml"); }
};

inline const std::string kHead = "extends: ../base/hd12.yaml\nid: child\n";

}  // namespace chibo::lint_testing
