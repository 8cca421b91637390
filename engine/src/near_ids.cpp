#include "near_ids.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <utility>

namespace chibo {

namespace {

bool is_separator(char c) {
  return c == ' ' || c == '\t' || c == '-' || c == '_' || c == '.' || c == '/';
}

// Below this many characters (of id_key) only an id written the same is
// near: one slip in "A12" reaches another cell as often as the one meant.
constexpr std::size_t kSlipFrom = 4;

// 32 bits: a form shared by chance is judged and refused like any listed id
// that is not near, and the forms take half the memory.
std::uint32_t hash_of(std::string_view s) {
  return static_cast<std::uint32_t>(std::hash<std::string_view>{}(s));
}

// Calls f with the hash of key and of key with each one character deleted.
template <typename F>
void for_each_form(const std::string& key, std::string& buffer, F f) {
  f(hash_of(key));
  if (key.size() < kSlipFrom) return;
  for (std::size_t i = 0; i < key.size(); ++i) {
    if (i > 0 && key[i] == key[i - 1]) continue;  // the same form as deleting i - 1
    buffer.assign(key, 0, i);
    buffer.append(key, i + 1, std::string::npos);
    f(hash_of(buffer));
  }
}

}  // namespace

namespace {

// The bytes of a dash or space Word and Excel put for '-' or ' ' (AutoCorrect's
// en dash "CP–TT–03", a hyphen U+2010, a minus U+2212, a no-break space) at
// id[i]; 0 when there is none.
std::size_t typed_separator(std::string_view id, std::size_t i) {
  const auto byte = [&](std::size_t k) {
    return i + k < id.size() ? static_cast<unsigned char>(id[i + k]) : 0u;
  };
  if (byte(0) == 0xC2 && byte(1) == 0xA0) return 2;                                // U+00A0
  if (byte(0) == 0xE2 && byte(1) == 0x80 && byte(2) >= 0x90 && byte(2) <= 0x95) {  // U+2010-2015
    return 3;
  }
  if (byte(0) == 0xE2 && byte(1) == 0x88 && byte(2) == 0x92) return 3;  // U+2212
  return 0;
}

}  // namespace

bool has_typed_separator(std::string_view id) {
  for (std::size_t i = 0; i < id.size(); ++i) {
    if (typed_separator(id, i) != 0) return true;
  }
  return false;
}

std::string id_key(std::string_view id) {
  std::string out;
  out.reserve(id.size());
  for (std::size_t i = 0; i < id.size(); ++i) {
    if (const std::size_t n = typed_separator(id, i)) {
      i += n - 1;
      continue;
    }
    char c = id[i];
    if (is_separator(c) || c == '\r' || c == '\n') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    out.push_back(c == 'O' ? '0' : c);
  }
  return out;
}

std::string id_committee_key(std::string_view id) {
  while (!id.empty() && (is_separator(id.back()) || id.back() == '\r' || id.back() == '\n')) {
    id.remove_suffix(1);
  }
  const std::size_t last = id.find_last_of(" \t-_./");
  if (last == std::string_view::npos) return "";
  return id_key(id.substr(0, last));
}

bool within_one_slip(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  if (a.size() - b.size() > 1) return false;
  std::size_t i = 0;
  while (i < b.size() && a[i] == b[i]) ++i;
  if (i == b.size()) return true;  // equal, or a's last character added
  if (a.size() != b.size()) return a.substr(i + 1) == b.substr(i);  // one added in a
  if (a.substr(i + 1) == b.substr(i + 1)) return true;              // one changed
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a.substr(i + 2) == b.substr(i + 2);  // two swapped
}

std::vector<std::vector<std::size_t>> find_near_ids(const Units& units,
                                                    const std::vector<NearQuery>& queries) {
  struct Wanted {
    std::string key, committee;
    int distance = 2;  // of the nearest found: 0 written the same, 1 a slip
    std::size_t last_seen = static_cast<std::size_t>(-1);  // a listed cell judged once
  };
  std::vector<Wanted> wanted(queries.size());
  // Each query's forms by their hash.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> forms;
  std::string buffer;
  for (std::size_t q = 0; q < queries.size(); ++q) {
    wanted[q].key = id_key(queries[q].id);
    if (wanted[q].key.empty()) continue;
    if (queries[q].own_committee_only) wanted[q].committee = id_committee_key(queries[q].id);
    for_each_form(wanted[q].key, buffer,
                  [&](std::uint32_t h) { forms.emplace_back(h, static_cast<std::uint32_t>(q)); });
  }
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());

  std::vector<std::vector<std::size_t>> out(queries.size());
  if (forms.empty()) return out;
  std::string key;
  for (std::size_t at = 0; at < units.units.size(); ++at) {
    const Unit& unit = units.units[at];
    // Only cells that meet: a base committee offered would be refused in turn.
    if (!unit.holds_meetings()) continue;
    key = id_key(unit.id);
    std::string committee;
    bool committee_known = false;
    for_each_form(key, buffer, [&](std::uint32_t h) {
      auto range = std::equal_range(forms.begin(), forms.end(), std::pair{h, std::uint32_t{0}},
                                    [](const auto& a, const auto& b) { return a.first < b.first; });
      for (auto it = range.first; it != range.second; ++it) {
        Wanted& w = wanted[it->second];
        if (w.last_seen == at) continue;
        w.last_seen = at;
        int distance = 2;
        if (w.key == key) {
          distance = 0;
        } else if (w.key.size() >= kSlipFrom && within_one_slip(w.key, key)) {
          if (queries[it->second].own_committee_only) {
            if (!committee_known) {
              committee = id_committee_key(unit.id);
              committee_known = true;
            }
            if (committee != w.committee) continue;
          }
          distance = 1;
        }
        if (distance == 2 || distance > w.distance) continue;
        std::vector<std::size_t>& found = out[it->second];
        if (distance < w.distance) {
          found.clear();
          w.distance = distance;
        }
        found.push_back(at);
      }
    });
  }
  return out;
}

}  // namespace chibo
