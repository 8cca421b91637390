// Builds one district's organisation: its communes (đảng bộ xã, phường,
// thị trấn), the district's agency, police and military committees, and its
// base cells (agencies, services, schools, enterprises).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "org_generator.h"
#include "places.h"
#include "random.h"

namespace chibo::gen {

struct DistrictPlace {
  std::string prefix;  // id prefix, unique at the scale: "CP", or "HB-CP" for the nation
  std::string name;    // Cao Phong
  std::string kind;    // huyện, thành phố, thị xã
  const Province* province = nullptr;
  std::vector<std::string> communes;  // real names to use first (town first); may be empty
};

// Writes units rows and appends the district's meeting cells.
class UnitsWriter {
 public:
  UnitsWriter(CsvOut& out, OrgStats& stats, std::vector<CellInfo>& cells)
      : out_(out), stats_(stats), cells_(cells) {}
  void header();
  void committee(const std::string& id, const std::string& name, UnitType type);
  // parent "" = a base cell (chi bộ cơ sở).
  void cell(const std::string& id, const std::string& name, UnitType type,
            const std::string& parent, int members);

 private:
  CsvOut& out_;
  OrgStats& stats_;
  std::vector<CellInfo>& cells_;
  std::string line_;
};

void build_district(const DistrictPlace& place, int cells, Rng& rng, UnitsWriter& writer);

// Splits total into parts proportional to weights (largest remainder, ties to
// the earlier part), each at least `least` when total allows.
std::vector<int> split(long total, const std::vector<double>& weights, int least);

}  // namespace chibo::gen
