// What the record checker's tests share: a small ruleset of five inputs and
// a record of it that passes.
#pragma once

#include <string>
#include <utility>
#include <vector>

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

}  // namespace chibo::testing
