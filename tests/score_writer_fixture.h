// What the score writers' tests share (score_writer_test.cpp and a test file
// for each writer): small rulesets, and their meetings written in a format.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "chibo/score_writer.h"
#include "scoring_fixture.h"

namespace chibo::testing {

// A group g of two items: a in proportion to done (60 points), b when done
// is at least 50 (40 points).
inline const char* kWriterRuleset =
    "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
    "scale: 100\ninputs:\n  done: {type: percent, label: Hoàn thành}\n"
    "criteria:\n  - id: g\n    label: Nhóm\n    items:\n"
    "      - {id: a, label: A, max: 60, proportional: {of: done, from: 0, to: 100}}\n"
    "      - {id: b, label: B, max: 40, when: done >= 50, reason: Chưa đạt một nửa}\n"
    "grades:\n  - {id: dat, label: Đạt, from: 50}\n  - {id: kem, label: Kém, from: 0}\n";

// Meetings of cell on 2024-03-15, one a value of done, written in format.
// The kind is the record's alone: this ruleset scores every kind alike.
inline std::string write(chibo::OutputFormat format, std::vector<std::string> dones,
                         std::string cell = "C1",
                         chibo::MeetingKind kind = chibo::MeetingKind::Regular) {
  auto r = compile_text(kWriterRuleset);
  REQUIRE(r);
  std::ostringstream out;
  auto w = chibo::make_score_writer(format, *r, out);
  for (const std::string& done : dones) {
    auto s = score_fields(*r, {{"done", done}, {"cell_id", cell}});
    REQUIRE(s.ok);
    chibo::MeetingRecord rec;
    rec.cell_id = cell;
    rec.date = 19797;  // 2024-03-15
    rec.kind = kind;
    w->write(rec, s.score);
  }
  w->finish();
  return out.str();
}

// Items that do not apply in April, one per policy, and a group of one such
// item alone: what the writers show of each.
inline const char* kNotApplicableRuleset =
    "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
    "scale: 100\ninputs:\n  ok: {type: yesno, label: Đạt}\n"
    "criteria:\n  - id: g\n    label: G\n    items:\n"
    "      - {id: r, label: R, max: 10, when: ok, applies_when: month == 3, "
    "not_applicable: rescale}\n"
    "      - {id: f, label: F, max: 10, when: ok, applies_when: month == 3, not_applicable: full}\n"
    "      - {id: z, label: Z, max: 10, when: ok, applies_when: month == 3, not_applicable: zero}\n"
    "  - id: h\n    label: H\n    items:\n"
    "      - {id: h1, label: H1, max: 10, when: ok, applies_when: month == 3, "
    "not_applicable: rescale}\n"
    "  - {id: rest, label: Rest, max: 60, formula: 50}\n"
    "grades:\n  - {id: dat, label: Đạt, from: 50}\n  - {id: kem, label: Kém, from: 0}\n";

inline std::string write_not_applicable(chibo::OutputFormat format) {
  auto r = compile_text(kNotApplicableRuleset);
  REQUIRE(r);
  std::ostringstream out;
  auto w = chibo::make_score_writer(format, *r, out);
  for (const char* day : {"2024-04-01", "2024-03-15"}) {
    auto s = score_fields(*r, {{"ok", "không"}, {"date", day}});
    REQUIRE(s.ok);
    chibo::MeetingRecord rec;
    rec.cell_id = "C1";
    rec.date = static_cast<int>(s.score.slots[1].num());
    w->write(rec, s.score);
  }
  w->finish();
  return out.str();
}

}  // namespace chibo::testing
