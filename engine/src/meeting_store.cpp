#include "chibo/meeting_store.h"

#include <algorithm>

#include <fmt/format.h>

#include "date.h"
#include "did_you_mean.h"

namespace chibo {

MeetingStore::MeetingStore(const CompiledRuleset& ruleset, const Units& units,
                           std::vector<int> value_slots, bool keep_criteria)
    : ruleset_(ruleset),
      units_(units),
      value_slots_(std::move(value_slots)),
      keep_criteria_(keep_criteria),
      by_unit_(units.units.size()) {
  for (const Unit& u : units.units) ids_.push_back(u.id);
}

std::string MeetingStore::add(const MeetingRecord& record, const MeetingScore& score) {
  (void)ruleset_;
  auto it = units_.index.find(record.cell_id);
  if (it == units_.index.end()) {
    return fmt::format("chi bộ '{}' không có trong danh sách đơn vị {}{}", record.cell_id,
                       units_.file, co_phai_la(record.cell_id, ids_));
  }
  const Unit& unit = units_.units[it->second];
  if (!unit.holds_meetings()) {
    return fmt::format(
        "'{}' ({}) là đảng bộ cơ sở, không tự sinh hoạt chi bộ; ghi bản ghi cho "
        "các chi bộ trực thuộc",
        unit.id, unit.name);
  }
  CivilDate day = civil_from_days(record.date);
  std::vector<StoredMeeting>& list = by_unit_[it->second];
  if (record.kind == MeetingKind::Regular) {
    for (const StoredMeeting& m : list) {
      if (m.kind == MeetingKind::Regular && m.year == day.year && m.month == day.month) {
        return fmt::format("chi bộ '{}' đã có bản ghi sinh hoạt thường kỳ tháng {}/{} ({}:{})",
                           unit.id, day.month, day.year, files_[m.file], m.line);
      }
    }
  }
  StoredMeeting m;
  m.year = day.year;
  m.month = day.month;
  m.kind = record.kind;
  m.total = score.total;
  m.grade = score.grade;
  if (files_.empty() || files_[last_file_] != record.where.file) {
    auto known = std::find(files_.begin(), files_.end(), record.where.file);
    if (known == files_.end()) known = files_.insert(files_.end(), record.where.file);
    last_file_ = static_cast<std::uint32_t>(known - files_.begin());
  }
  m.file = last_file_;
  m.line = record.where.line;
  m.form = score.form;
  if (keep_criteria_) {
    for (const CriterionScore& c : score.criteria) m.criteria.push_back(c.points);
  }
  for (int slot : value_slots_) m.values.push_back(score.slots[static_cast<std::size_t>(slot)]);
  list.push_back(std::move(m));
  return "";
}

}  // namespace chibo
