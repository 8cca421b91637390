#include "chibo/unlisted_cells.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "chibo/did_you_mean.h"
#include "date.h"
#include "near_ids.h"
#include "utf8.h"

namespace chibo {

namespace {

// What a second meeting is refused for (MeetingStore::add): a regular one's
// month, a thematic one's day (1..31, so never a regular one's 0).
std::int32_t meeting_key(int year, int month, int day, MeetingKind kind) {
  return (year * 12 + month - 1) * 32 + (kind == MeetingKind::Regular ? 0 : day);
}

std::int32_t meeting_key(const MeetingStore& store, const StoredMeeting& m) {
  return meeting_key(m.year, m.month, store.day(m), m.kind);
}

// The meeting of the unit at position that stands in the way of the
// records of keys: the one in the way of the first (first_key) if one is,
// else the earliest; null when none is.
const StoredMeeting* meeting_in_the_way(const MeetingStore& store, std::size_t position,
                                        const std::vector<std::int32_t>& keys,
                                        std::int32_t first_key) {
  const StoredMeeting* earliest = nullptr;
  std::int32_t earliest_key = 0;
  for (const StoredMeeting& m : store.meetings_of(position)) {
    const std::int32_t key = meeting_key(store, m);
    if (key == first_key) return &m;
    if (std::binary_search(keys.begin(), keys.end(), key) && (!earliest || key < earliest_key)) {
      earliest = &m;
      earliest_key = key;
    }
  }
  return earliest;
}

// "thường kỳ tháng 1/2024" or "chuyên đề ngày 18/03/2024", and where it was read.
std::string meeting_words(const MeetingStore& store, const StoredMeeting& m) {
  const std::string when = m.kind == MeetingKind::Regular
                               ? fmt::format("thường kỳ tháng {}/{}", static_cast<int>(m.month),
                                             static_cast<int>(m.year))
                               : fmt::format("chuyên đề ngày {:02}/{:02}/{}", store.day(m),
                                             static_cast<int>(m.month), static_cast<int>(m.year));
  return fmt::format("{} ({}:{})", when, store.file_of(m), m.line);
}

// A meeting_key() as words: "thường kỳ tháng 3/2024", "chuyên đề ngày 18/03/2024".
std::string key_words(std::int32_t key) {
  const int day = key % 32, months = key / 32;
  const int year = months / 12, month = months % 12 + 1;
  if (day == 0) return fmt::format("thường kỳ tháng {}/{}", month, year);
  return fmt::format("chuyên đề ngày {:02}/{:02}/{}", day, month, year);
}

// Cells whose near ids are looked for in one pass over the list: about 3 MB
// of forms and keys (near_ids.h); the national list is read through in
// 0.1 s of CPU a pass.
constexpr std::size_t kLookedForTogether = std::size_t{1} << 14;

// Two or three listed cells offered together; more are no help.
constexpr std::size_t kOfferedAtMost = 3;

// The other unlisted cells a listed cell is offered to too, named in a hint.
constexpr std::size_t kSharedNamed = 3;

}  // namespace

std::uint32_t UnlistedCells::add(const std::string& cell_id, int year, int month, int day,
                                 MeetingKind kind, const Location& where) {
  auto [it, added] = numbers_.try_emplace(cell_id, static_cast<std::uint32_t>(cells_.size()));
  const std::int32_t key = meeting_key(year, month, day, kind);
  if (added) {
    Seen& first = cells_.emplace_back();
    first.cell.id = cell_id;
    first.cell.first = where;
    first.first_key = key;
  }
  Seen& seen = cells_[it->second];
  ++seen.cell.records;
  auto at = std::lower_bound(seen.keys.begin(), seen.keys.end(), key);
  if (at == seen.keys.end() || *at != key) seen.keys.insert(at, key);
  return it->second;
}

std::uint32_t UnlistedCells::add_faulty(const std::string& cell_id, int date, MeetingKind kind,
                                        const Location& where) {
  const CivilDate d = civil_from_days(date);
  const std::uint32_t number = add(cell_id, d.year, d.month, d.day, kind, where);
  ++cells_[number].cell.faulty;
  return number;
}

std::string UnlistedCells::hint(const Cell& cell) {
  if (!cell.near.empty()) {
    return fmt::format(
        "mã gần giống '{}' nhưng chi bộ đó đã có bản ghi sinh hoạt {}: có lẽ là chi bộ chưa có "
        "trong danh sách",
        cell.near, cell.in_the_way);
  }
  if (cell.offered.empty()) return "";
  std::string ids;
  for (std::size_t i = 0; i < cell.offered.size(); ++i) {
    ids += fmt::format("{}'{}'", i == 0 ? "" : " hay ", cell.offered[i]);
  }
  // A dash or space that only looks like '-' or ' ' (near_ids.h): the two
  // ids read the same on screen, and the office was left to wonder.
  const bool separators_only =
      !cell.case_only && cell.offered.size() == 1 &&
      (has_typed_separator(cell.id) || has_typed_separator(cell.offered.front())) &&
      id_key(cell.id) == id_key(cell.offered.front());
  std::string text = fmt::format(
      "có phải là {}{}?", ids,
      cell.case_only ? " (chỉ khác chữ hoa, chữ thường)"
      : separators_only ? " (chỉ khác ở dấu gạch hay dấu cách: một trong hai mã có ký tự trông "
                          "giống '-' hoặc dấu cách nhưng là ký tự khác, do Word, Excel tự đổi khi "
                          "gõ)"
                        : "");
  if (!cell.in_the_way.empty()) {
    text += fmt::format("; chi bộ đó đã có bản ghi sinh hoạt {}", cell.in_the_way);
  }
  // "'A', 'B', 'C' và N mã khác".
  auto listed = [](const std::vector<std::string>& cells) {
    std::string names;
    for (std::size_t i = 0; i < cells.size() && i < kSharedNamed; ++i) {
      names += fmt::format("{}'{}'", i == 0 ? "" : ", ", cells[i]);
    }
    if (cells.size() > kSharedNamed)
      names += fmt::format(" và {} mã khác", cells.size() - kSharedNamed);
    return names;
  };
  for (const Cell::Shared& s : cell.shared) {
    text += fmt::format("; '{}' cũng được gợi ý cho {}", s.id, listed(s.others));
    if (s.clashing.empty()) continue;
    // Renamed all to it, the store keeps one meeting of the month: only one
    // of them is it (each was offered it as if to it alone).
    text += fmt::format(
        "{} có bản ghi sinh hoạt cùng kỳ với mã này ({}): chỉ một trong {} mã đó có thể là '{}'",
        s.clashing.size() == s.others.size() ? "," : "; " + listed(s.clashing), s.when,
        s.clashing.size() == 1 ? "hai" : "các", s.id);
  }
  return text;
}

std::vector<UnlistedCells::Cell> UnlistedCells::judge(const MeetingStore& store,
                                                      const Units& units) const {
  std::vector<Cell> out;
  if (cells_.empty()) return out;
  // A committee (the segments before the last) the list has, or that
  // another unlisted cell has too, is a committee of its own: a slip across
  // committees is looked for only from one the records alone name, once.
  std::unordered_map<std::string, std::size_t> committees;  // key -> unlisted cells of it
  for (const Seen& seen : cells_) {
    if (std::string c = id_committee_key(seen.cell.id); !c.empty()) ++committees[c];
  }
  for (const Unit& u : units.units) {
    for (const std::string& c : {id_key(u.id), id_committee_key(u.id)}) {
      if (auto it = committees.find(c); it != committees.end()) it->second = 2;
    }
  }
  // Looked for a block of cells at a time: a list of one cell against the
  // nation's records makes 262,894 cells to look for, whose forms and keys
  // (near_ids.h) raised the run's peak by 70 MB when looked for at once.
  std::vector<std::vector<std::size_t>> near;
  std::vector<NearQuery> queries;
  out.reserve(cells_.size());
  for (std::size_t number = 0; number < cells_.size(); ++number) {
    const std::size_t in_block = number % kLookedForTogether;
    if (in_block == 0) {
      queries.clear();
      for (std::size_t n = number; n < cells_.size() && n < number + kLookedForTogether; ++n) {
        const std::string c = id_committee_key(cells_[n].cell.id);
        queries.push_back({cells_[n].cell.id, !c.empty() && committees[c] >= 2});
      }
      near = find_near_ids(units, queries);
    }
    const Seen& seen = cells_[number];
    Cell& cell = out.emplace_back(seen.cell);
    const std::vector<std::size_t>& nearest = near[in_block];
    if (nearest.empty()) continue;
    // Judged for the cell as a whole: one of its records free in a listed
    // cell's month is no sign, as a cell new beside an old one shows
    // (CP-TT-04 beside CP-TT-01, which missed a month), where a cell's every
    // record written under a wrong id leaves the right one free in each.
    auto taken = [&](std::size_t at) {
      return meeting_in_the_way(store, at, seen.keys, seen.first_key);
    };
    // An id in other capitals is the listed cell's (what stands in the way
    // of its records is said with it).
    for (const std::size_t at : nearest) {
      if (fold_case(cell.id) != fold_case(units.units[at].id)) continue;
      cell.offered = {units.units[at].id};
      cell.case_only = true;
      if (const StoredMeeting* m = taken(at)) cell.in_the_way = meeting_words(store, *m);
      break;
    }
    if (cell.case_only) continue;
    std::vector<std::string> free;
    for (const std::size_t at : nearest) {
      if (!taken(at)) free.push_back(units.units[at].id);
    }
    if (free.size() > kOfferedAtMost) continue;  // near many: none is a better guess
    if (!free.empty()) {
      cell.offered = std::move(free);
      continue;
    }
    const std::size_t named = nearest.front();
    cell.near = units.units[named].id;
    cell.in_the_way = meeting_words(store, *taken(named));
  }
  // A listed cell offered to several: each is told of the others (it was
  // offered to each as if to it alone, and all renamed to it would clash).
  std::unordered_map<std::string, std::vector<std::size_t>> offered_to;
  for (std::size_t number = 0; number < out.size(); ++number) {
    for (const std::string& id : out[number].offered) offered_to[id].push_back(number);
  }
  for (std::size_t number = 0; number < out.size(); ++number) {
    Cell& cell = out[number];
    const std::vector<std::int32_t>& keys = cells_[number].keys;
    for (const std::string& id : cell.offered) {
      const std::vector<std::size_t>& cells = offered_to[id];
      if (cells.size() < 2) continue;
      Cell::Shared& shared = cell.shared.emplace_back();
      shared.id = id;
      // This cell's first meeting another's clashes with, and the others
      // with a meeting on it.
      std::optional<std::int32_t> clash;
      for (const std::size_t n : cells) {
        if (n == number) continue;
        shared.others.push_back(out[n].id);
        const std::vector<std::int32_t>& theirs = cells_[n].keys;
        for (const std::int32_t key : keys) {
          if (clash && key >= *clash) break;
          if (std::binary_search(theirs.begin(), theirs.end(), key)) clash = key;
        }
      }
      if (!clash) continue;
      shared.when = key_words(*clash);
      for (const std::size_t n : cells) {
        const std::vector<std::int32_t>& theirs = cells_[n].keys;
        if (n != number && std::any_of(keys.begin(), keys.end(), [&theirs](std::int32_t key) {
              return std::binary_search(theirs.begin(), theirs.end(), key);
            })) {
          shared.clashing.push_back(out[n].id);
        }
      }
    }
  }
  return out;
}

}  // namespace chibo
