// The organisation tree: districts, their base organisations (tổ chức cơ sở
// đảng) and the cells that hold meetings, written as a units file
// (chibo/units.h: id,name,level,type,parent,members).
//
// One district is planned from its number of meeting cells, by the shares of
// domain.md (Đồng Nai 2024): about 70% of the cells in commune/ward
// committees, 16.8% in administrative and service units, 8.5% in enterprises,
// 4.5% in the armed forces. With 192 cells this gives Cao Phong exactly: 14
// đảng bộ cơ sở with 157 cells under them and 35 chi bộ cơ sở.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "chibo/units.h"
#include "csv_out.h"

namespace chibo::gen {

enum class Scale { District, Province, Nation };

// A cell that holds meetings, as the record generator needs it.
struct CellInfo {
  std::string id;
  UnitType type = UnitType::Residential;
  int members = 0;
};

struct OrgStats {
  long provinces = 0, districts = 0;
  long committees = 0, base_cells = 0, sub_cells = 0, members = 0;
  std::array<long, 6> cells_by_type{};  // by UnitType
};

// The default number of meeting cells of a scale (domain.md).
long default_cells(Scale scale);

// Writes the units file (header and rows) to out and returns the meeting
// cells in file order. cells: the number of meeting cells wanted.
std::vector<CellInfo> generate_org(Scale scale, long cells, std::uint64_t seed, CsvOut& out,
                                   OrgStats& stats);

}  // namespace chibo::gen
