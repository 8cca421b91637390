// What the record checker's tests share: a small ruleset of five inputs and
// a record of it that passes.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "chibo/record_checker.h"
#include "scoring_fixture.h"

namespace chibo::testing {

inline const char* kRuleset =
    "id: t\ntitle: T\nsource: {document: D}\nversion: 1\n"
    "effective: {from: 2019-01-01, to: 2025-12-31}\nscale: 100\n"
    "inputs:\n"
    "  members: {type: integer, min: 1, max: 60, label: Tổng số đảng viên}\n"
    "  present: {type: integer, min: 0, label: Có mặt}\n"
    "  done: {type: percent, label: Tỷ lệ hoàn thành}\n"
    "  draft: {type: yesno, label: Dự thảo nghị quyết}\n"
    "  level: {type: choice, label: Mức, options: {tot: Tốt, kha: Khá}, default: kha}\n"
    "criteria:\n  - {id: a, label: A, max: 100, when: draft}\n"
    "grades:\n  - {id: dat, label: Đạt, from: 50}\n  - {id: kem, label: Kém, from: 0}\n";

inline std::vector<std::pair<std::string, std::string>> good() {
  return {{"members", "20"}, {"present", "19"}, {"done", "93,5"}, {"draft", "có"}};
}

// What bind() says of a header of these names (x.csv, line 1), for kRuleset.
inline std::vector<Diagnostic> bound(const std::vector<std::string>& names) {
  auto r = compile_text(kRuleset);
  REQUIRE(r);
  RecordChecker checker(*r);
  Diagnostics diags;
  checker.bind(names, {"x.csv", 1, 0}, diags);
  return diags.items();
}

}  // namespace chibo::testing
