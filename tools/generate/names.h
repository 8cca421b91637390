// Vietnamese names for the generated organisation tree: place names made of
// two syllables (Thung Nai, Bãi Nai), short ASCII codes for ids (TN), and the
// fixed lists of agencies, police and military units that every district has.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "random.h"

namespace chibo::gen {

// A two-syllable place name: `highland` gives Mường/Tày-style hamlet names
// (Bãi Nai, Nà Chạo), otherwise Kinh-style names (Tân Lập, Yên Thượng).
std::string place_name(Rng& rng, bool highland);

// A name not yet in `taken` (tries a few draws, then appends " 2", " 3"...);
// adds it to `taken`.
std::string unique_place_name(Rng& rng, bool highland, std::set<std::string>& taken);

// Upper-case ASCII letter for a Vietnamese letter given as a code point
// (Đ -> D, Ư -> U, ắ -> A); 0 for anything else.
char fold_letter(char32_t c);

// A short code from the initials of a name's words ("Thung Nai" -> "TN"),
// unique within `taken`: on a clash, the second letter of the first word is
// added ("Thu Phong" -> "THP"), then a digit. Adds the code to `taken`.
std::string unique_code(std::string_view name, std::set<std::string>& taken);

// Fixed lists. In the texts, {k} is the district's kind (huyện, thành phố,
// thị xã), {u} its party committee (Huyện ủy, Thành ủy, Thị ủy), {n} its name.
struct NamedUnit {
  const char* name;
  int type;  // a chibo::UnitType value
};
const std::vector<NamedUnit>& district_agency_cells();  // cells of Đảng bộ Cơ quan Chính quyền
const std::vector<NamedUnit>& district_base_cells();    // agencies, services, schools
const std::vector<const char*>& police_cells();         // Đảng bộ Công an {k}
const std::vector<const char*>& military_cells();       // Đảng bộ Quân sự {k}
const std::vector<const char*>& enterprise_products();  // Công ty ... {product} {place}

std::string fill(std::string_view text, std::string_view kind, std::string_view committee,
                 std::string_view name);

}  // namespace chibo::gen
