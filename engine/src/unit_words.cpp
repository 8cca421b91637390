// The words of a units list (unit_words.h).
#include "unit_words.h"

#include <algorithm>

#include <fmt/format.h>

#include "chibo/did_you_mean.h"
#include "chibo/units.h"
#include "typed_keys.h"
#include "utf8.h"

namespace chibo {

const std::vector<std::string>& unit_keys() {
  static const std::vector<std::string> keys = {"id", "name", "level", "type", "parent", "members"};
  return keys;
}

const std::vector<std::string>& unit_key_words() {
  static const std::vector<std::string> words = {"Mã",        "Tên",        "Cấp",
                                                 "Loại hình", "Trực thuộc", "Số đảng viên"};
  return words;
}

namespace {

// text with each run of spaces, tabs, '_' and '-' as one space, none at the ends.
std::string spaced_once(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const bool gap = c == ' ' || c == '\t' || c == '_' || c == '-';
    if (gap) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::optional<UnitKey> unit_key_of_words(std::string_view header) {
  // Folded once: the words, then the longer names an office may give its columns.
  static const std::vector<std::pair<std::string, UnitKey>> folded = [] {
    std::vector<std::pair<std::string, UnitKey>> out;
    const std::vector<std::string>& words = unit_key_words();
    for (std::size_t k = 0; k < words.size(); ++k) {
      out.emplace_back(fold_case(words[k]), static_cast<UnitKey>(k));
    }
    out.emplace_back(fold_case("Mã đơn vị"), UnitKey::Id);
    out.emplace_back(fold_case("Tên đơn vị"), UnitKey::Name);
    return out;
  }();
  static const std::vector<std::pair<std::string, UnitKey>> loose = [] {
    std::vector<std::pair<std::string, UnitKey>> out;
    for (const auto& [words, k] : folded) out.emplace_back(loose_word(words), k);
    return out;
  }();
  // One space between words: a name wrapped in its cell ("Mã\nđơn vị", as
  // Excel wraps a header with Alt+Enter) was no column, the list refused.
  const std::string key = fold_case(one_space_between_words(header));
  for (const auto& [words, k] : folded) {
    if (key == words) return k;
  }
  // Accents are let go only of a header typed without any: one written with
  // them means them ("Sổ đảng viên", the party book's column, is no "Số
  // đảng viên"). Spaces and '-' between words count as one either way.
  const bool has_accents = std::any_of(
      key.begin(), key.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  const std::string bare = loose_word(key);
  for (std::size_t i = 0; i < loose.size(); ++i) {
    if (bare != loose[i].first) continue;
    if (!has_accents || spaced_once(key) == spaced_once(folded[i].first)) return loose[i].second;
  }
  return std::nullopt;
}

std::optional<UnitKey> unit_key_near_words(std::string_view header) {
  const std::string l = loose_word(header);
  auto has = [&](std::string_view part) { return l.find(part) != std::string::npos; };
  if (has("cap_tren")) return UnitKey::Parent;  // before "Cấp ...": the level
  if (l == "dang_vien" || (l.size() > 10 && l.rfind("_dang_vien") == l.size() - 10)) {
    return UnitKey::Members;
  }
  const std::vector<std::string>& words = unit_key_words();
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (l.rfind(loose_word(words[k]) + "_", 0) == 0) return static_cast<UnitKey>(k);
  }
  return std::nullopt;
}

bool is_totals_row(std::string_view id, std::string_view name, std::string_view level,
                   std::string_view type, std::string_view parent) {
  // A parent is a unit's (half typed: its errors say what it lacks).
  if (!level.empty() || !type.empty() || !parent.empty()) return false;
  if (id.empty() && name.empty()) return true;
  // The whole text, not its start ("Tổng công ty Sông Đà" is a unit), with
  // its accents or none ("Công" is no "Cộng").
  auto total = [](std::string_view text) {
    std::string key;
    for (const char c : fold_case(text)) {
      if (c == ' ' && (key.empty() || key.back() == ' ')) continue;
      key += c;
    }
    while (!key.empty() && (key.back() == ':' || key.back() == ' ')) key.pop_back();
    for (const char* word :
         {"tổng cộng", "tổng số", "tổng", "cộng", "tong cong", "tong so", "tong", "cong"}) {
      if (key == word) return true;
    }
    return false;
  };
  return total(id) || total(name);
}

std::string loose_word(std::string_view text) {
  std::string out;
  for (const char c : bare_id(fold_case(text))) {
    if (c == '_' && (out.empty() || out.back() == '_')) continue;
    out += c;
  }
  return out;
}

UnitWords::UnitWords(std::vector<std::string> id_list, std::vector<std::string> words,
                     const std::vector<std::pair<const char*, std::size_t>>& other)
    : ids(std::move(id_list)), shown(std::move(words)) {
  for (const std::string& w : shown) {
    folded.push_back(fold_case(w));
    loose.push_back(loose_word(w));
  }
  for (const auto& [w, i] : other) also.emplace_back(loose_word(w), i);
}

std::optional<std::size_t> UnitWords::find(std::string_view text) const {
  auto it = std::find(ids.begin(), ids.end(), text);
  if (it != ids.end()) return static_cast<std::size_t>(it - ids.begin());
  const std::string f = fold_case(text);
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (f == folded[i]) return i;
  }
  const std::string l = loose_word(text);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (l == ids[i] || l == loose[i]) return i;
  }
  for (const auto& [word, i] : also) {
    if (l == word) return i;
  }
  return std::nullopt;
}

std::string UnitWords::suggestion(std::string_view text) const {
  // Typed with the Vietnamese keyboard off: "Khu daan cuw".
  // The letters with their accents: "Khu dan cur" is a slip, not Telex.
  std::string typed = typed_keys_hint(text, [this](const std::string& letters) {
    const std::string f = fold_case(letters);
    for (std::size_t i = 0; i < folded.size(); ++i) {
      if (f == folded[i]) return std::optional(shown[i]);
    }
    return std::optional<std::string>();
  });
  if (!typed.empty()) return typed;
  const std::string l = loose_word(text);
  std::size_t found = loose.size();
  for (std::size_t i = 0; i < loose.size() && !l.empty(); ++i) {
    if (loose[i].rfind(l + "_", 0) != 0) continue;
    if (found != loose.size()) return "";  // two: neither guessed
    found = i;
  }
  if (found != loose.size()) return fmt::format("; có phải là '{}'?", shown[found]);
  return co_phai_la(text, ids);
}

const UnitWords& level_words() {
  // "Chi bộ trực thuộc": what the regulations call a chi_bo.
  static const UnitWords words({"dang_bo_co_so", "chi_bo_co_so", "chi_bo"},
                               {"Đảng bộ cơ sở", "Chi bộ cơ sở", "Chi bộ"},
                               {{"Chi bộ trực thuộc", 2}});
  return words;
}

const UnitWords& type_words() {
  static const UnitWords words = [] {
    std::vector<std::string> ids, labels;
    for (auto t : {UnitType::Residential, UnitType::Agency, UnitType::Service, UnitType::School,
                   UnitType::Enterprise, UnitType::ArmedForces}) {
      ids.emplace_back(unit_type_id(t));
      labels.emplace_back(unit_type_label(t));
    }
    // The residential units by their kind: thôn, xóm, tổ dân phố are khu dân cư.
    return UnitWords(std::move(ids), std::move(labels),
                     {{"Thôn", 0}, {"Xóm", 0}, {"Tổ dân phố", 0}});
  }();
  return words;
}

}  // namespace chibo
