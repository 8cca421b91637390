#include "chibo/unlisted_cells.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "chibo/did_you_mean.h"
#include "utf8.h"

namespace chibo {

namespace {

// The meeting of the unit at position that a record of kind on day of
// month in year would be refused for: a regular one of the month, a
// thematic one of the day (MeetingStore::add); null when none is.
const StoredMeeting* meeting_in_the_way(const MeetingStore& store, std::size_t position, int year,
                                        int month, int day, MeetingKind kind) {
  for (const StoredMeeting& m : store.meetings_of(position)) {
    if (m.kind == kind && m.year == year && m.month == month &&
        (kind == MeetingKind::Regular || store.day(m) == day)) {
      return &m;
    }
  }
  return nullptr;
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

// Two or three listed cells offered together; more are no help.
constexpr std::size_t kOfferedAtMost = 3;

}  // namespace

void UnlistedCells::add(const std::string& cell_id, int year, int month, int day, MeetingKind kind,
                        const Location& where) {
  auto [it, added] = id_numbers_.try_emplace(cell_id, static_cast<std::uint32_t>(ids_.size()));
  if (added) ids_.push_back(cell_id);
  records_.push_back({it->second, year, month, day, kind, where});
}

std::string UnlistedCells::offered_text(const Cell& cell) {
  if (cell.offered.empty()) return "";
  std::string ids;
  for (std::size_t i = 0; i < cell.offered.size(); ++i) {
    ids += fmt::format("{}'{}'", i == 0 ? "" : " hay ", cell.offered[i]);
  }
  return fmt::format("có phải là {}{}?", ids,
                     cell.case_only ? " (chỉ khác chữ hoa, chữ thường)" : "");
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
      return meeting_in_the_way(store, at, r.year, r.month, r.day, r.kind);
    };
    // An id in other capitals is the listed cell's (what stands in the way
    // of a record is said with it).
    for (const std::size_t at : nearest) {
      if (fold_case(ids_[c]) != fold_case(units.units[at].id)) continue;
      cell.offered = {units.units[at].id};
      cell.case_only = true;
      for (const std::size_t i : mine) {
        out.hints[i] = "; " + offered_text(cell);
        if (const StoredMeeting* m = taken(at, i)) {
          out.hints[i] +=
              fmt::format("; chi bộ đó đã có bản ghi sinh hoạt {}", meeting_words(store, *m));
        }
      }
      break;
    }
    if (cell.case_only) continue;
    std::vector<std::string> free;
    for (const std::size_t at : nearest) {
      if (std::none_of(mine.begin(), mine.end(), [&](std::size_t i) { return taken(at, i); })) {
        free.push_back(units.units[at].id);
      }
    }
    if (free.size() > kOfferedAtMost) continue;  // near many: none is a better guess
    if (!free.empty()) {
      cell.offered = std::move(free);
      for (const std::size_t i : mine) out.hints[i] = "; " + offered_text(cell);
      continue;
    }
    // The nearest named with its meeting in the record's way, or (none in
    // the way of that record) with the first that stands in another's.
    const std::size_t named = nearest.front();
    const StoredMeeting* first_taken = nullptr;
    for (const std::size_t i : mine) {
      if ((first_taken = taken(named, i))) break;
    }
    for (const std::size_t i : mine) {
      const StoredMeeting* m = taken(named, i);
      if (!m) m = first_taken;
      out.hints[i] = fmt::format(
          "; mã gần giống '{}' nhưng chi bộ đó đã có bản ghi sinh hoạt {}: có lẽ là chi bộ chưa có "
          "trong danh sách",
          units.units[named].id, meeting_words(store, *m));
    }
  }
  std::sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) { return a.id < b.id; });
  out.cells = std::move(cells);
  return out;
}

}  // namespace chibo
