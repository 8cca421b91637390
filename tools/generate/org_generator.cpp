#include "org_generator.h"

#include <algorithm>

#include "district_builder.h"
#include "names.h"

namespace chibo::gen {
namespace {

const char* level_text(UnitLevel l) {
  switch (l) {
    case UnitLevel::BaseCommittee:
      return "dang_bo_co_so";
    case UnitLevel::BaseCell:
      return "chi_bo_co_so";
    case UnitLevel::Cell:
      return "chi_bo";
  }
  return "";
}

// The districts of a province: Hòa Bình's real ones, otherwise made-up names
// (the first a thành phố, the second a thị xã when there are six or more).
std::vector<DistrictPlace> districts_of(const Province& p, int count, const std::string& prefix,
                                        Rng& rng) {
  std::vector<DistrictPlace> out;
  std::set<std::string> names, codes;
  bool real = &p == &hoa_binh();
  for (int i = 0; i < count; ++i) {
    DistrictPlace d;
    d.province = &p;
    std::size_t k = static_cast<std::size_t>(i);
    if (real && k < hoa_binh_districts().size()) {
      d.name = hoa_binh_districts()[k].name;
      d.kind = hoa_binh_districts()[k].kind;
      names.insert(d.name);
      if (k == 0) {
        for (const char* c : cao_phong_communes()) d.communes.emplace_back(c);
      }
    } else {
      d.name = unique_place_name(rng, false, names);
      d.kind = i == 0 ? "thành phố" : (i == 1 && count >= 6) ? "thị xã" : "huyện";
    }
    std::string code = unique_code(d.name, codes);
    d.prefix = prefix.empty() ? code : prefix + "-" + code;
    out.push_back(std::move(d));
  }
  return out;
}

// Cells per district, a thành phố larger than the others.
std::vector<int> district_sizes(const std::vector<DistrictPlace>& ds, long cells, Rng& rng) {
  std::vector<double> w;
  for (const DistrictPlace& d : ds)
    w.push_back(rng.uniform(0.7, 1.3) * (d.kind == "huyện" ? 1 : 1.5));
  return split(cells, w, 1);
}

}  // namespace

void UnitsWriter::header() { out_.write("id,name,level,type,parent,members\n"); }

void UnitsWriter::committee(const std::string& id, const std::string& name, UnitType type) {
  line_.clear();
  append_field(line_, id);
  line_ += ',';
  append_field(line_, name);
  line_ += ',';
  line_ += level_text(UnitLevel::BaseCommittee);
  line_ += ',';
  line_ += unit_type_id(type);
  line_ += ",,0\n";
  out_.write(line_);
  ++stats_.committees;
}

void UnitsWriter::cell(const std::string& id, const std::string& name, UnitType type,
                       const std::string& parent, int members) {
  line_.clear();
  append_field(line_, id);
  line_ += ',';
  append_field(line_, name);
  line_ += ',';
  line_ += level_text(parent.empty() ? UnitLevel::BaseCell : UnitLevel::Cell);
  line_ += ',';
  line_ += unit_type_id(type);
  line_ += ',';
  append_field(line_, parent);
  line_ += ',';
  line_ += std::to_string(members);
  line_ += '\n';
  out_.write(line_);
  ++(parent.empty() ? stats_.base_cells : stats_.sub_cells);
  stats_.members += members;
  ++stats_.cells_by_type[static_cast<std::size_t>(type)];
  cells_.push_back({id, type, members});
}

long default_cells(Scale scale) {
  switch (scale) {
    case Scale::District:
      return 192;  // Cao Phong: 157 + 35
    case Scale::Province:
      return 4000;  // about Đồng Nai: 3,069 under 944 base orgs
    case Scale::Nation:
      return 262894;  // 2014
  }
  return 192;
}

std::vector<CellInfo> generate_org(Scale scale, long cells, std::uint64_t seed, CsvOut& out,
                                   OrgStats& stats) {
  std::vector<CellInfo> result;
  result.reserve(static_cast<std::size_t>(cells));
  UnitsWriter writer(out, stats, result);
  writer.header();
  Rng rng(derive_seed(seed, {0x6F7267}));  // "org"
  auto build = [&](const std::vector<DistrictPlace>& ds, long total) {
    std::vector<int> sizes = district_sizes(ds, total, rng);
    for (std::size_t i = 0; i < ds.size(); ++i) {
      Rng drng(derive_seed(seed, {0x6F7267, static_cast<std::uint64_t>(stats.districts + 1)}));
      build_district(ds[i], sizes[i], drng, writer);
      ++stats.districts;
    }
  };
  if (scale == Scale::District) {
    build(districts_of(hoa_binh(), 1, "", rng), cells);
    stats.provinces = 1;
  } else if (scale == Scale::Province) {
    int n = static_cast<int>(std::clamp<long>((cells + 200) / 400, 1, 10));
    build(districts_of(hoa_binh(), n, "", rng), cells);
    stats.provinces = 1;
  } else {
    std::vector<double> w;
    for (const Province& p : provinces()) w.push_back(p.weight);
    std::vector<int> per_province = split(cells, w, 1);
    for (std::size_t i = 0; i < provinces().size(); ++i) {
      if (per_province[i] == 0) continue;
      int n = std::max(1, (per_province[i] + 187) / 375);
      build(districts_of(provinces()[i], n, provinces()[i].code, rng), per_province[i]);
      ++stats.provinces;
    }
  }
  return result;
}

}  // namespace chibo::gen
