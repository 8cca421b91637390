#include "district_builder.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "names.h"

namespace chibo::gen {
namespace {

// Members of a cell by its type: residential cells are the largest (assumed
// ranges, mean about 20 over a district as in Cao Phong: 3,800 / 192).
int members_for(UnitType type, Rng& rng) {
  auto around = [&](int lo, int spread) {
    return lo + (rng.between(0, spread) + rng.between(0, spread)) / 2;
  };
  switch (type) {
    case UnitType::Residential:
      return around(10, 30);
    case UnitType::School:
      return around(6, 18);
    case UnitType::Agency:
      return around(5, 15);
    case UnitType::Service:
      return around(6, 20);
    case UnitType::Enterprise:
      return around(5, 25);
    case UnitType::ArmedForces:
      return around(8, 22);
  }
  return 10;
}

std::string numbered(const std::string& org_id, int n, int count) {
  std::string num = std::to_string(n);
  std::size_t width = count > 99 ? 3 : 2;
  if (num.size() < width) num.insert(0, width - num.size(), '0');
  return org_id + "-" + num;
}

struct Ctx {
  const DistrictPlace& place;
  Rng& rng;
  UnitsWriter& w;
  std::set<std::string> codes;    // org codes and base-cell sector codes in use
  std::set<std::string> names;    // unit names in use in the district
  std::set<std::string> hamlets;  // hamlet names in use in the district
  std::string committee_word;     // Huyện ủy, Thành ủy, Thị ủy

  std::string filled(const char* text) const {
    return fill(text, place.kind, committee_word, place.name);
  }
  std::string unique_name(std::string name) {
    if (names.insert(name).second) return name;
    for (int k = 2;; ++k) {
      std::string n = name + " số " + std::to_string(k);
      if (names.insert(n).second) return n;
    }
  }
};

struct Commune {
  std::string name, word, code;  // Thung Nai, xã, TN
};

void build_commune(Ctx& c, const Commune& commune, int count) {
  std::string org = c.place.prefix + "-" + commune.code;
  std::string full = commune.word + " " + commune.name;
  c.w.committee(org, "Đảng bộ " + full, UnitType::Residential);
  struct Special {
    const char* what;
    UnitType type;
    double p;
  };
  static const Special kSpecial[] = {
      {"Trường Mầm non ", UnitType::School, 0.75}, {"Trường Tiểu học ", UnitType::School, 0.8},
      {"Trường THCS ", UnitType::School, 0.75},    {"Công an ", UnitType::ArmedForces, 0.9},
      {"Quân sự ", UnitType::ArmedForces, 0.3},    {"Cơ quan ", UnitType::Agency, 0.35},
      {"Trạm Y tế ", UnitType::Service, 0.2},
  };
  std::vector<std::pair<std::string, UnitType>> special;
  for (const Special& s : kSpecial) {
    bool school = s.type == UnitType::School;
    std::string name = std::string(s.what) + (school ? commune.name : full);
    if (c.rng.chance(s.p) && static_cast<int>(special.size()) < count / 3) {
      special.emplace_back(name, s.type);
    }
  }
  int residential = count - static_cast<int>(special.size());
  bool urban = commune.word != "xã";
  const Province& p = *c.place.province;
  // A commune numbers its hamlets (xóm 1, xóm 2) or names them, not both.
  bool numbers = urban || c.rng.chance(0.25);
  int n = 0;
  for (int i = 0; i < residential; ++i) {
    std::string hamlet;
    if (urban) {
      hamlet = std::string(p.south ? "khu phố " : "tổ dân phố ") + std::to_string(i + 1);
    } else if (numbers) {
      hamlet = std::string(p.hamlet) + " " + std::to_string(i + 1);
    } else {
      bool highland = p.highland && c.rng.chance(0.8);
      hamlet = std::string(p.hamlet) + " " + unique_place_name(c.rng, highland, c.hamlets);
    }
    c.w.cell(numbered(org, ++n, count), "Chi bộ " + hamlet, UnitType::Residential, org,
             members_for(UnitType::Residential, c.rng));
  }
  for (auto& [name, type] : special) {
    c.w.cell(numbered(org, ++n, count), "Chi bộ " + name, type, org, members_for(type, c.rng));
  }
}

// A district-level committee whose cells are named from a list (then numbered).
void build_listed(Ctx& c, const std::string& code, const std::string& name, UnitType type,
                  const std::vector<std::string>& cell_names, int count) {
  std::string org = c.place.prefix + "-" + code;
  c.codes.insert(code);
  c.w.committee(org, name, type);
  for (int i = 0; i < count; ++i) {
    std::size_t k = static_cast<std::size_t>(i);
    std::string cell = k < cell_names.size() ? cell_names[k] : "Chi bộ số " + std::to_string(i + 1);
    c.w.cell(numbered(org, i + 1, count), cell, type, org, members_for(type, c.rng));
  }
}

// A company's name and the short part of it its code is made from.
std::pair<std::string, std::string> company(Ctx& c, const std::vector<Commune>& communes) {
  const auto& products = enterprise_products();
  std::string product =
      products[static_cast<std::size_t>(c.rng.below(static_cast<int>(products.size())))];
  std::string where =
      communes.empty() || c.rng.chance(0.4)
          ? c.place.name
          : communes[static_cast<std::size_t>(c.rng.below(static_cast<int>(communes.size())))].name;
  int form = c.rng.weighted({0.45, 0.3, 0.1, 0.15});
  const char* forms[] = {"Công ty Cổ phần ", "Công ty TNHH ", "Công ty TNHH MTV ", "Hợp tác xã "};
  std::string name = c.unique_name(forms[form] + product + " " + where);
  return {name, name.substr(std::string(forms[form]).size())};
}

// The communes (town first): real names where given, then made-up ones.
std::vector<Commune> make_communes(Ctx& c, int count) {
  const DistrictPlace& place = c.place;
  bool urban_district = place.kind != "huyện";
  int wards = place.kind == "thành phố" ? count * 6 / 10
              : place.kind == "thị xã"  ? count * 4 / 10
                                        : 0;
  std::vector<Commune> communes;
  for (int i = 0; i < count; ++i) {
    Commune cm;
    std::size_t k = static_cast<std::size_t>(i);
    if (k < place.communes.size() || (i == 0 && !urban_district)) {
      cm.name = k < place.communes.size() ? place.communes[k] : place.name;
      c.names.insert(cm.name);
    } else {
      cm.name = unique_place_name(c.rng, false, c.names);
    }
    cm.word = urban_district ? (i < wards ? "phường" : "xã") : (i == 0 ? "thị trấn" : "xã");
    cm.code = cm.word == "thị trấn" ? "TT" : unique_code(cm.name, c.codes);
    communes.push_back(cm);
  }
  return communes;
}

// Đảng bộ Cơ quan Chính quyền (the district's offices), Công an and Quân sự.
void build_district_committees(Ctx& c, int agency, int police, int military) {
  const DistrictPlace& place = c.place;
  std::string of = " " + place.kind + " " + place.name;
  if (agency > 0) {
    std::string org = place.prefix + "-CQ";
    c.w.committee(org, "Đảng bộ Cơ quan Chính quyền" + of, UnitType::Agency);
    for (int i = 0; i < agency; ++i) {
      const NamedUnit& u = district_agency_cells()[static_cast<std::size_t>(i)];
      auto type = static_cast<UnitType>(u.type);
      c.w.cell(numbered(org, i + 1, agency), "Chi bộ " + c.filled(u.name), type, org,
               members_for(type, c.rng));
    }
  }
  if (police > 0) {
    std::vector<std::string> names;
    for (const char* p : police_cells()) names.push_back(std::string("Chi bộ ") + p);
    build_listed(c, "CA", "Đảng bộ Công an" + of, UnitType::ArmedForces, names, police);
    names.clear();
    for (const char* m : military_cells()) names.push_back(std::string("Chi bộ ") + m);
    build_listed(c, "QS", "Đảng bộ Quân sự" + of, UnitType::ArmedForces, names, military);
  }
}

// Base cells (chi bộ cơ sở), numbered per sector: CA/QS a small armed sector,
// DT agencies, SN services, YT health, GD schools, DN enterprises.
void build_base_cells(Ctx& c, const std::vector<Commune>& communes, int armed, int admin,
                      int firms) {
  const DistrictPlace& place = c.place;
  std::string of = " " + place.kind + " " + place.name;
  std::map<std::string, int> sector_count;
  std::vector<std::tuple<std::string, std::string, UnitType>> base;  // sector, name, type
  auto add = [&](const std::string& sector, const std::string& name, UnitType type) {
    base.emplace_back(sector, c.unique_name(name), type);
    ++sector_count[sector];
  };
  for (int i = 0; i < armed; ++i) {
    bool military = i % 2 == 1;
    add(military ? "QS" : "CA", (military ? "Chi bộ Quân sự" : "Chi bộ Công an") + of,
        UnitType::ArmedForces);
  }
  const auto& listed = district_base_cells();
  for (std::size_t k = 0; k < static_cast<std::size_t>(admin); ++k) {
    if (k < listed.size()) {
      auto type = static_cast<UnitType>(listed[k].type);
      std::string name = c.filled(listed[k].name);
      std::string sector = type == UnitType::School                 ? "GD"
                           : type == UnitType::Agency               ? "DT"
                           : name.find("Y tế") != std::string::npos ? "YT"
                                                                    : "SN";
      add(sector, "Chi bộ " + name, type);
      continue;
    }
    // Then a high school or a clinic in a commune other than the district town.
    std::size_t skip = communes.size() > 1 && communes[0].name == place.name ? 1 : 0;
    std::size_t m = k - listed.size(), others = communes.size() - skip;
    const Commune& cm = communes[skip + m % others];
    bool school = (m / others) % 2 == 0;
    add(school ? "GD" : "YT",
        school ? "Chi bộ Trường THPT " + cm.name : "Chi bộ Phòng khám Đa khoa khu vực " + cm.name,
        school ? UnitType::School : UnitType::Service);
  }
  const char* fixed_firms[] = {"Điện lực {n}",
                               "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh {n}",
                               "Bưu điện {k} {n}"};
  for (int i = 0; i < firms; ++i) {
    std::string name = i < 3 ? c.filled(fixed_firms[i]) : company(c, communes).first;
    add("DN", "Chi bộ " + name, UnitType::Enterprise);
  }
  std::map<std::string, int> sector_next;
  for (auto& [sector, name, type] : base) {
    std::string id =
        numbered(place.prefix + "-" + sector, ++sector_next[sector], sector_count[sector]);
    c.w.cell(id, name, type, "", members_for(type, c.rng));
  }
}

}  // namespace

void build_district(const DistrictPlace& place, int cells, Rng& rng, UnitsWriter& writer) {
  Ctx c{place, rng, writer, {"TT", "CQ", "CA", "QS", "DT", "SN", "YT", "GD", "DN"}, {}, {}, ""};
  c.committee_word = place.kind == "thành phố" ? "Thành ủy"
                     : place.kind == "thị xã"  ? "Thị ủy"
                                               : "Huyện ủy";
  // Sector sizes (domain.md, Đồng Nai 2024), in thousandths, rounded.
  int armed = (cells * 45 + 500) / 1000, enterprise = (cells * 85 + 500) / 1000;
  int admin = (cells * 168 + 500) / 1000;
  if (cells < 8) armed = enterprise = admin = 0;
  int police = 0, military = 0;  // committees when the armed sector has 5 cells or more
  if (armed >= 5) {
    military = std::clamp(armed - 10, 3, 5);
    police = std::min(armed - military, static_cast<int>(police_cells().size()));
  }
  int agency_committee = admin >= 8 ? std::min((admin * 4 + 5) / 10, 20) : 0;
  int firm_cells = std::min(enterprise, 16 + (enterprise - 16) / 2);
  // Armed cells beyond the committees' lists go to the communes (Công an xã).
  int commune_cells =
      cells - armed - enterprise - admin + (armed >= 5 ? armed - police - military : 0);

  // Communes: about 12.3 cells each (Cao Phong: 135 cells in 11 communes).
  std::vector<Commune> communes = make_communes(c, std::max(1, (commune_cells * 10 + 61) / 123));
  std::vector<double> weights;
  for (std::size_t i = 0; i < communes.size(); ++i) {
    weights.push_back(rng.uniform(0.6, 1.4) * (i == 0 ? 1.3 : 1.0));
  }
  std::vector<int> sizes = split(commune_cells, weights, 1);
  for (std::size_t i = 0; i < communes.size(); ++i) build_commune(c, communes[i], sizes[i]);

  build_district_committees(c, agency_committee, police, military);
  build_base_cells(c, communes, armed < 5 ? armed : 0, admin - agency_committee, firm_cells);
  // Large enterprises: committees of 4 to 10 cells.
  for (int left = enterprise - firm_cells; left > 0;) {
    int n = std::min(left, rng.between(4, 10));
    if (left - n < 4) n = left;
    auto [name, short_name] = company(c, communes);
    std::vector<std::string> names = {"Chi bộ Khối văn phòng"};
    for (int i = 1; i < n; ++i) names.push_back("Chi bộ Phân xưởng số " + std::to_string(i));
    build_listed(c, unique_code(short_name, c.codes), "Đảng bộ " + name, UnitType::Enterprise,
                 names, n);
    left -= n;
  }
}

std::vector<int> split(long total, const std::vector<double>& weights, int least) {
  std::size_t n = weights.size();
  std::vector<int> out(n, 0);
  if (n == 0) return out;
  long floor_total = static_cast<long>(n) * least <= total ? static_cast<long>(n) * least : 0;
  int base = floor_total > 0 ? least : 0;
  double sum = 0;
  for (double w : weights) sum += w;
  long rest = total - floor_total, given = 0;
  std::vector<std::pair<double, std::size_t>> remainders;
  for (std::size_t i = 0; i < n; ++i) {
    double exact = static_cast<double>(rest) * weights[i] / sum;
    long whole = static_cast<long>(exact);
    out[i] = base + static_cast<int>(whole);
    given += whole;
    remainders.emplace_back(exact - static_cast<double>(whole), i);
  }
  std::stable_sort(remainders.begin(), remainders.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (long k = 0; k < rest - given; ++k) ++out[remainders[static_cast<std::size_t>(k) % n].second];
  return out;
}

}  // namespace chibo::gen
