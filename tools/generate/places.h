// Real place names the generator starts from: the 63 provinces (before the
// 2025 reform, as in 2024), the districts of Hòa Bình and the communes of Cao
// Phong. Everything below a district that is not listed here is made up.
#pragma once

#include <vector>

namespace chibo::gen {

struct Province {
  const char* name;
  const char* code;    // unique, for ids at nation scale
  const char* hamlet;  // the residential unit word: xóm, thôn, bản, ấp, khu
  bool highland;       // hamlet names in the Mường/Tày style
  bool south;          // towns have khu phố (else tổ dân phố)
  int weight;  // relative size for spreading the nation's cells (assumed: ~population / 100,000)
};

const std::vector<Province>& provinces();
const Province& hoa_binh();

struct District {
  const char* name;
  const char* kind;  // huyện, thành phố, thị xã
};
const std::vector<District>& hoa_binh_districts();  // Cao Phong first
// The town (thị trấn) first, then the communes (xã).
const std::vector<const char*>& cao_phong_communes();

}  // namespace chibo::gen
