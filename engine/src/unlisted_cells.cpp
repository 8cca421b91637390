#include "chibo/unlisted_cells.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "chibo/did_you_mean.h"

namespace chibo {

namespace {

// The meeting of the unit at position of kind in year and month, if it has one.
const StoredMeeting* meeting_in_month(const MeetingStore& store, std::size_t position, int year,
                                      int month, MeetingKind kind) {
  for (const StoredMeeting& m : store.meetings_of(position)) {
    if (m.kind == kind && m.year == year && m.month == month) return &m;
  }
  return nullptr;
}

}  // namespace

void UnlistedCells::add(const std::string& cell_id, int year, int month, MeetingKind kind,
                        const Location& where) {
  auto [it, added] = id_numbers_.try_emplace(cell_id, static_cast<std::uint32_t>(ids_.size()));
  if (added) ids_.push_back(cell_id);
  records_.push_back({it->second, year, month, kind, where});
}

UnlistedCells::Judgement UnlistedCells::judge(const MeetingStore& store, const Units& units) const {
  Judgement out;
  if (records_.empty()) return out;
  // Only cells that meet: a base committee offered would be refused in turn.
  std::vector<std::string> listed;
  for (const Unit& u : units.units) {
    if (u.holds_meetings()) listed.push_back(u.id);
  }
  std::vector<std::vector<std::size_t>> records_of(ids_.size());
  for (std::size_t i = 0; i < records_.size(); ++i) records_of[records_[i].cell].push_back(i);
  out.hints.resize(records_.size());
  std::vector<Cell> cells(ids_.size());
  for (std::size_t c = 0; c < ids_.size(); ++c) {
    const std::vector<std::size_t>& mine = records_of[c];
    Cell& cell = cells[c];
    cell.id = ids_[c];
    cell.records = static_cast<std::int64_t>(mine.size());
    cell.first = records_[mine.front()].where;
    std::vector<std::size_t> nearest;
    for (const std::string& id : closest_names(ids_[c], listed)) {
      if (std::optional<std::size_t> at = units.position(id)) nearest.push_back(*at);
    }
    if (nearest.empty()) continue;
    // Judged for the cell as a whole: one of its records free in a listed
    // cell's month is no sign, as a cell new beside an old one shows
    // (CP-TT-04 beside CP-TT-01, which missed a month), where a cell's every
    // record written under a wrong id leaves the right one free in each.
    auto taken = [&](std::size_t at, std::size_t record) {
      const Record& r = records_[record];
      return meeting_in_month(store, at, r.year, r.month, r.kind);
    };
    for (const std::size_t at : nearest) {
      if (std::none_of(mine.begin(), mine.end(), [&](std::size_t i) { return taken(at, i); })) {
        cell.offered = units.units[at].id;
        break;
      }
    }
    if (!cell.offered.empty()) {
      for (const std::size_t i : mine) {
        out.hints[i] = fmt::format("; có phải là '{}'?", cell.offered);
      }
      continue;
    }
    // The nearest named with its meeting of the record's month, or (the
    // record's month free) with the first that stands in the way.
    const std::size_t named = nearest.front();
    const StoredMeeting* first_taken = nullptr;
    for (const std::size_t i : mine) {
      if ((first_taken = taken(named, i))) break;
    }
    for (const std::size_t i : mine) {
      const StoredMeeting* m = taken(named, i);
      if (!m) m = first_taken;
      out.hints[i] = fmt::format(
          "; mã gần giống '{}' nhưng chi bộ đó đã có bản ghi sinh hoạt {} tháng {}/{} ({}:{}): có "
          "lẽ là chi bộ chưa có trong danh sách",
          units.units[named].id, m->kind == MeetingKind::Regular ? "thường kỳ" : "chuyên đề",
          static_cast<int>(m->month), static_cast<int>(m->year), store.file_of(*m), m->line);
    }
  }
  std::sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) { return a.id < b.id; });
  out.cells = std::move(cells);
  return out;
}

}  // namespace chibo
