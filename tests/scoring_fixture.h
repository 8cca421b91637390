// Helpers for tests that score meetings with a small ruleset written inline.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "chibo/compiled_ruleset.h"
#include "chibo/meeting.h"
#include "chibo/record_checker.h"
#include "chibo/scorer.h"
#include "temp_dir.h"

namespace chibo::testing {

// Writes text to a fresh file in a folder of its own (under one TempDir a
// test process, removed when the process ends) and returns its path.
inline std::string write_temp(const std::string& name, const std::string& text) {
  static const TempDir root;
  static int counter = 0;
  return root.write(std::to_string(counter++) + "/" + name, text);
}

// Compiles a ruleset given as YAML; fails the test (via nullptr and the
// diagnostics in *errors) when it does not compile.
inline std::shared_ptr<const CompiledRuleset> compile_text(const std::string& yaml,
                                                           std::string* errors = nullptr) {
  Diagnostics diags;
  auto r = load_compiled_ruleset(write_temp("ruleset.yaml", yaml), diags);
  if (errors) {
    for (const Diagnostic& d : diags.items()) *errors += format_diagnostic(d) + "\n";
  }
  return r;
}

// A minimal sheet: header, one input block, criteria spliced in per test.
inline std::string sheet(const std::string& inputs, const std::string& criteria,
                         const std::string& extra = "") {
  return "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
         "scale: 100\ninputs:\n" +
         inputs + "criteria:\n" + criteria +
         "grades:\n  - {id: tot, label: Tốt, from: 90}\n  - {id: kha, label: Khá, from: 75}\n"
         "  - {id: tb, label: Trung bình, from: 50}\n  - {id: kem, label: Kém, from: 0}\n" +
         extra;
}

// A form for each kind of meeting: a (80 points, when ok) and c (20) on the
// regular meeting's sheet, b (60, when ok) and c (40) on the thematic one's.
inline const char* kTwoFormsRuleset =
    "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
    "kinds: [regular, thematic]\nscale: 100\n"
    "inputs:\n  ok: {type: yesno, label: Đạt}\n"
    "forms:\n"
    "  - id: thuong_ky\n    kinds: [regular]\n    criteria:\n"
    "      - {id: a, label: A, max: 80, when: ok}\n"
    "      - {id: c, label: C, max: 20, when: yes}\n"
    "  - id: chuyen_de\n    kinds: [thematic]\n    criteria:\n"
    "      - {id: b, label: B, max: 60, when: ok}\n"
    "      - {id: c, label: C, max: 40, when: yes}\n"
    "grades:\n  - {id: dat, label: Đạt, from: 50}\n  - {id: kem, label: Kém, from: 0}\n";

struct Scored {
  bool ok = false;
  std::string why;  // rejection reason
  MeetingScore score;
};

// Scores one record given as field -> text (cell_id/date/kind default).
// wants_points: score_meeting's.
inline Scored score_fields(const CompiledRuleset& r,
                           std::vector<std::pair<std::string, std::string>> fields,
                           bool wants_points = true) {
  std::vector<std::string> names = {"cell_id", "date", "kind"};
  std::vector<std::string> values = {"T1", "2024-03-15", "regular"};
  for (auto& [k, v] : fields) {
    bool replaced = false;
    for (std::size_t i = 0; i < 3; ++i) {
      if (names[i] == k) values[i] = v, replaced = true;
    }
    if (!replaced) {
      names.push_back(k);
      values.push_back(v);
    }
  }
  RecordChecker checker(r);
  Diagnostics diags;
  checker.bind(names, {"t.csv", 1, 0}, diags);
  Scored out;
  MeetingRecord rec;
  if (!checker.check(values, {"t.csv", 2, 0}, rec, out.why)) return out;
  out.ok = score_meeting(r, rec, out.score, wants_points);
  if (!out.ok) out.why = out.score.rejected;
  return out;
}

}  // namespace chibo::testing
