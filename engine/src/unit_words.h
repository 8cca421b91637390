// The words of a units list: its columns' Vietnamese names, and the ids of
// levels and types with the words a list kept in Vietnamese writes for them,
// found in any capitals, without accents and with two spaces for one, as
// office staff type them (units.cpp reads the header, units_validator.cpp
// the values).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chibo {

enum class UnitKey : std::size_t { Id, Name, Level, Type, Parent, Members };
inline constexpr std::size_t kUnitKeyCount = 6;

// "id", "name", "level", "type", "parent", "members", in this order.
const std::vector<std::string>& unit_keys();
// The same columns as a Vietnamese header names them: "Mã", "Tên", "Cấp",
// "Loại hình", "Trực thuộc", "Số đảng viên".
const std::vector<std::string>& unit_key_words();
// The key a CSV header in Vietnamese stands for, in any capitals (those
// words, and "Mã đơn vị", "Tên đơn vị"), typed without accents too ("Ma",
// "So dang vien": a header with any accent keeps them, "Sổ đảng viên" is
// none) and with two spaces for one; nullopt for any other.
std::optional<UnitKey> unit_key_of_words(std::string_view header);

// The column a header names in other words than the list's ("Tên chi bộ",
// "Mã ĐV", "Cấp tổ chức", "Số lượng đảng viên", "Đơn vị cấp trên"): a
// suggestion only ("có phải là 'Tên'?"), never read as it, as "Tên bí thư"
// begins as "Tên chi bộ" does. nullopt when none is near.
std::optional<UnitKey> unit_key_near_words(std::string_view header);

// Whether a row read from a sheet is its totals row: its level, type and
// parent empty, and its id and name too, or one of them reading "Tổng
// cộng", "Tổng số", "Tổng" or "Cộng" whole (in any capitals, without
// accents, a ':' after it).
bool is_totals_row(std::string_view id, std::string_view name, std::string_view level,
                   std::string_view type, std::string_view parent);

// A word as it is compared when not written exactly: folded (fold_case),
// without accents, đ as d, and spaces and '-' between words as one '_'
// ("Khu  dân cư", "khu dan cu" -> "khu_dan_cu"). Keyboards set without
// Vietnamese input type a list so, as records' yes/no are taken typed so.
std::string loose_word(std::string_view text);

// The ids of a column's values ("dang_bo_co_so", ...; "residential", ...),
// as a list kept in Vietnamese writes them (shown[i] is ids[i]'s), folded
// (fold_case) once, to be found in any capitals, and loose (loose_word), to
// be found typed without accents. also: other words the regulation's
// readers use for one of them, loose, with its index.
struct UnitWords {
  std::vector<std::string> ids, shown, folded, loose;
  std::vector<std::pair<std::string, std::size_t>> also;
  UnitWords(std::vector<std::string> ids, std::vector<std::string> words,
            const std::vector<std::pair<const char*, std::size_t>>& other = {});

  // The index of the id text is, written as its id, its word or another
  // word for it, in any capitals, without accents, with two spaces for one
  // ("Khu dan cu", "Chi  bộ", "Chi bộ trực thuộc", "Thôn"): no two levels
  // or types differ only so. nullopt for any other text.
  std::optional<std::size_t> find(std::string_view text) const;
  // "; có phải là 'x'?" for text that is none: the word its keys make when
  // typed with the Vietnamese keyboard off ("Khu daan cuw", with which
  // keyboard: typed_keys_hint), else the one word it begins ("Đảng bộ" for
  // "Đảng bộ cơ sở", "Cơ quan" for "Cơ quan hành chính"), else the nearest
  // id, if one is near ("chibo"); else "".
  std::string suggestion(std::string_view text) const;
};

// Levels: dang_bo_co_so, chi_bo_co_so, chi_bo (UnitLevel's order).
const UnitWords& level_words();
// Types: residential, ... armed_forces (UnitType's order).
const UnitWords& type_words();

}  // namespace chibo
