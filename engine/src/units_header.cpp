#include "units_header.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "chibo/did_you_mean.h"
#include "chibo/number_format.h"
#include "unit_words.h"
#include "units_rows.h"
#include "utf16.h"
#include "utf8.h"

namespace chibo {

bool read_unit_header(const CsvRecord& header, const std::string& file, UnitColumns& columns,
                      Diagnostics& diags) {
  std::vector<int>& column_key = columns.key;
  std::vector<bool>& have = columns.have;
  Location where{file, header.line, 0};
  if (!header.error.empty()) {
    diags.error(where, fmt::format("dòng tiêu đề (dòng {}) hỏng: {}", header.line, header.error));
    return false;
  }
  const std::vector<std::string>& keys = unit_keys();
  have.assign(kUnitKeyCount, false);
  std::vector<int> first_column(kUnitKeyCount, 0);
  bool in_words = false;             // a column named in Vietnamese
  std::vector<std::string> unknown;  // the columns read past: "'membres' (có phải là 'members'?)"
  // The columns read past that name each key in other words ("Tên chi bộ").
  std::array<std::vector<std::string>, kUnitKeyCount> near_columns;
  for (std::size_t c = 0; c < header.fields.size(); ++c) {
    const std::string_view raw = header.fields[c];
    if (raw.find('\0') != std::string_view::npos) {
      diags.error(where, kUtf16WithoutMark);
      return false;
    }
    if (auto bad = find_invalid_utf8(raw)) {
      diags.error(
          where, fmt::format("tiêu đề cột thứ {} không phải văn bản UTF-8 (byte thứ {}); {}", c + 1,
                             *bad + 1, kSaveAsCsvUtf8));
      return false;
    }
    const std::string written = to_nfc(trim_field(raw));
    std::string name = lower_ascii(written);
    int key = kUnitColumnUnnamed;
    for (std::size_t k = 0; k < kUnitKeyCount; ++k) {
      if (name == keys[k]) key = static_cast<int>(k);
    }
    if (key == kUnitColumnUnnamed && !name.empty()) {
      if (std::optional<UnitKey> k = unit_key_of_words(name)) {
        key = static_cast<int>(*k);
        in_words = true;
      }
    }
    auto column = static_cast<int>(c + 1);
    if (key >= 0 && have[static_cast<std::size_t>(key)]) {
      const auto k = static_cast<std::size_t>(key);
      const std::string& first = columns.names[k];
      // Two names of one column ('Mã' and 'Mã đơn vị'): both said, and
      // which is read, where the second's name was said twice, the first
      // not at all.
      diags.error(where, first == written
                             ? fmt::format("cột '{}' xuất hiện hai lần (cột thứ {} và thứ {})",
                                           written, first_column[k], column)
                             : fmt::format("cột '{}' và cột '{}' cùng là cột '{}' (cột thứ {} và "
                                           "thứ {}): đọc cột '{}', bỏ qua cột '{}'; hãy xóa một "
                                           "trong hai cột",
                                           first, written, keys[k], first_column[k], column, first,
                                           written));
      key = kUnitColumnIgnored;
    } else if (key >= 0) {
      have[static_cast<std::size_t>(key)] = true;
      first_column[static_cast<std::size_t>(key)] = column;
      columns.names[static_cast<std::size_t>(key)] = written;
    } else if (!name.empty()) {
      key = kUnitColumnIgnored;
      std::string said = fmt::format("'{}'", written);
      if (std::optional<std::string> near = closest_name(name, keys)) {
        said += fmt::format(" (có phải là '{}'?)", *near);
      } else if (std::optional<UnitKey> k = unit_key_near_words(name)) {
        said += fmt::format(" (có phải là '{}'?)", unit_key_words()[static_cast<std::size_t>(*k)]);
        near_columns[static_cast<std::size_t>(*k)].push_back(written);
      }
      unknown.push_back(std::move(said));
    }
    column_key.push_back(key);
  }
  // Said once, and read past, as a records file's unknown columns are: a
  // list kept with its own columns (STT, Ghi chú) is a list still, and one
  // misspelt is said again where it is missed (thiếu cột). Said in one line:
  // a records file given as the list has thirty.
  if (!unknown.empty()) {
    constexpr std::size_t kNamedAtMost = 8;
    std::string named;
    for (std::size_t i = 0; i < unknown.size() && i < kNamedAtMost; ++i) {
      named += (i == 0 ? "" : ", ") + unknown[i];
    }
    if (unknown.size() > kNamedAtMost) {
      named += fmt::format(" và {} cột khác",
                           format_count(static_cast<std::int64_t>(unknown.size() - kNamedAtMost)));
    }
    diags.warning(where,
                  fmt::format("{} {} không phải cột của danh sách đơn vị, bỏ qua (các cột là "
                              "id, name, level, type, parent, members, hoặc Mã, Tên, Cấp, "
                              "Loại hình, Trực thuộc, Số đảng viên)",
                              unknown.size() == 1 ? "cột" : "các cột", named));
  }
  for (std::size_t k = 0; k < kUnitKeyCount; ++k) {
    if (!have[k]) columns.names[k] = in_words ? unit_key_words()[k] : keys[k];
  }
  for (UnitKey k : {UnitKey::Id, UnitKey::Name, UnitKey::Level, UnitKey::Type}) {
    const auto i = static_cast<std::size_t>(k);
    if (have[i]) continue;
    std::string mend;
    const std::vector<std::string>& near = near_columns[i];
    if (near.size() == 1) {
      mend = fmt::format(": hãy đổi tiêu đề cột '{}' thành '{}'", near[0], unit_key_words()[i]);
    } else if (near.size() > 1) {  // "Tên bí thư" and "Tên chi bộ": which is meant is not known
      std::string named;
      for (const std::string& n : near)
        named += fmt::format("{}'{}'", named.empty() ? "" : ", ", n);
      mend = fmt::format(": trong các cột {}, hãy đổi tiêu đề của cột đúng thành '{}'", named,
                         unit_key_words()[i]);
    }
    diags.error(where, fmt::format("thiếu cột '{}'{}", columns.names[i], mend));
  }
  return true;
}

const std::vector<std::string>& unit_key_column() {
  static const std::vector<std::string> names = {fold_case("id"), fold_case("Mã"),
                                                 fold_case("Mã đơn vị"), "ma", "ma don vi"};
  return names;
}

const std::vector<std::string>& unit_other_columns() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out = {fold_case("Tên đơn vị"), "ten don vi"};
    for (std::size_t k = 1; k < kUnitKeyCount; ++k) {
      out.push_back(fold_case(unit_keys()[k]));
      out.push_back(fold_case(unit_key_words()[k]));
      // Typed without accents ("so dang vien"), as a cell reads folded.
      std::string bare = loose_word(unit_key_words()[k]);
      std::replace(bare.begin(), bare.end(), '_', ' ');
      out.push_back(std::move(bare));
    }
    return out;
  }();
  return names;
}

}  // namespace chibo
