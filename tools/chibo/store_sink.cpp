#include "store_sink.h"

#include <cstring>
#include <stdexcept>
#include <string_view>

namespace chibo::cli {

void StoreSink::prepare(const MeetingRecord& record, const MeetingScore& score,
                        Prepared& out) const {
  thread_local std::size_t last = 0;
  const std::optional<std::size_t> position = store_.unit_position(record.cell_id, last);
  if (position) last = *position;
  PreparedMeeting& meeting = static_cast<Kept&>(out).meeting;
  store_.prepare(record, score, position, meeting);
  const Place place{record.where.line, record.where.column};
  out.text.append(reinterpret_cast<const char*>(&place), sizeof place);
  append_prepared(meeting, out.text);
}

bool StoreSink::wants_points(const MeetingRecord& record) const {
  if (points_outside_) return true;
  return record.date >= wanted_from_ && record.date < wanted_to_;
}

void StoreSink::scored_prepared(const MeetingRecord& record, const MeetingScore& score,
                                const Prepared& prepared) {
  if (where_.file != record.where.file) where_.file = record.where.file;
  std::string_view text = prepared.text;
  while (!text.empty()) {
    Place place;
    if (text.size() < sizeof place) throw std::logic_error("a prepared meeting was cut short");
    std::memcpy(&place, text.data(), sizeof place);
    text.remove_prefix(sizeof place);
    if (!read_prepared(text, single_)) throw std::logic_error("a prepared meeting was cut short");
    where_.line = place.line;
    where_.column = place.column;
    keep(single_, where_, record, score);
  }
}

void StoreSink::scored(const MeetingRecord& record, const MeetingScore& score) {
  store_.prepare(record, score, store_.unit_position(record.cell_id), single_);
  keep(single_, record.where, record, score);
}

void StoreSink::rejected(const Location& where, const std::string& why) {
  if (kept_) kept_->add(where, why);
  rejected_where_ = where;
  ForwardingSink::rejected(where, why);
}

std::vector<UnlistedCells::Cell> StoreSink::finish() {
  std::vector<UnlistedCells::Cell> cells = unlisted_.judge(store_, units_);
  std::vector<std::string> hints(cells.size());
  for (std::size_t c = 0; c < cells.size(); ++c) {
    if (std::string hint = UnlistedCells::hint(cells[c]); !hint.empty()) hints[c] = "; " + hint;
  }
  for (const UnlistedKept& k : unlisted_kept_) kept_->listed()[k.at].why += hints[k.cell];
  unlisted_kept_ = {};
  return cells;
}

void StoreSink::rejected_meeting(const std::string& cell_id, int date, MeetingKind kind) {
  const std::optional<std::size_t> at = cell_id.empty() ? std::nullopt : units_.position(cell_id);
  // Called right after rejected(): the cell of the record just kept.
  if (kept_) {
    kept_->cell_of_last(cell_id, at ? InUnits::Listed : in_units_list(units_, cell_id),
                        store_.outside_force(date));
  }
  store_.note_rejected(cell_id, date, kind);
  // Rejected for a fault of its own (a bad yes/no value) before the store
  // saw its cell: if the list lacks the cell, the record is one of the
  // cell's, all missing from the ranking, and counted with them.
  if (cell_id.empty()) return;
  if (at) {
    named_listed(*at);
  } else if (!units_.left_out_line(cell_id)) {
    unlisted_.add_faulty(cell_id, date, kind, rejected_where_);
  }
}

void StoreSink::named_listed(std::size_t at) {
  if (named_.empty()) named_.assign(units_.units.size(), false);
  if (!named_[at]) {
    named_[at] = true;
    ++listed_named;
  }
}

void StoreSink::keep(const PreparedMeeting& meeting, const Location& where,
                     const MeetingRecord& record, const MeetingScore& score) {
  if (meeting.position) named_listed(*meeting.position);
  std::string why = store_.add(meeting, where);
  if (!why.empty()) {
    if (store_.unlisted(meeting)) {
      const std::uint32_t cell = unlisted_.add(meeting.cell_id, meeting.year, meeting.month,
                                               meeting.day, meeting.kind, where);
      // Where rejected() lists it, when there is room.
      if (kept_ && kept_->has_room()) unlisted_kept_.push_back({kept_->listed().size(), cell});
    }
    rejected(where, why);
    // Its cell named in the reports' list, as a record rejected for its own
    // fault is (a second record of a month had an empty cell column).
    if (kept_) {
      kept_->cell_of_last(
          meeting.position ? units_.units[*meeting.position].id : meeting.cell_id,
          meeting.position ? InUnits::Listed : in_units_list(units_, meeting.cell_id));
    }
    ++refused;
    return;
  }
  if (period_.contains(meeting.year, meeting.month)) {
    ++in_period;
    if (audit_) audit_->add(record, score);
  } else if (period_.previous().contains(meeting.year, meeting.month)) {
    ++in_previous;
  } else {
    ++outside;
  }
}

}  // namespace chibo::cli
