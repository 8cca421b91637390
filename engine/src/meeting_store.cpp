#include "chibo/meeting_store.h"

#include <algorithm>
#include <cstring>
#include <new>
#include <stdexcept>
#include <type_traits>

#include <fmt/format.h>

#include "chibo/huge_pages.h"
#include "compiled_ruleset_data.h"
#include "date.h"

namespace chibo {

// 4 million of them for a national year: a byte more is 4 MB more.
static_assert(sizeof(StoredMeeting) <= 20, "StoredMeeting has grown");
static_assert(kMaxGrades <= 128, "a grade's index must fit StoredMeeting::grade's 7 bits");
static_assert(sizeof(PackedRational) == 8);

namespace {

// Whether two places are two tabs of one workbook ("so.xlsx[Tháng 2]").
bool tabs_of_one_workbook(std::string_view a, std::string_view b) {
  auto workbook = [](std::string_view place) {
    const std::size_t open = place.rfind('[');
    return place.ends_with(']') && open != std::string_view::npos ? place.substr(0, open)
                                                                  : std::string_view();
  };
  return a != b && !workbook(a).empty() && workbook(a) == workbook(b);
}

// Why a meeting of a cell and month (a thematic one: and day) is in two
// places: two tabs of a workbook, a tab copied (a year's tab repeating the
// months') or, of a regular one, a date in the wrong month; two files, of a
// thematic one, nearly always one file sent twice. "" when it is in one.
std::string copied_hint(std::string_view first, std::string_view again, bool thematic) {
  if (tabs_of_one_workbook(first, again)) {
    // A regular one: one row's date in the wrong month is likelier than a tab copied.
    return thematic ? ": một trang được chép hai lần?"
                    : ": ngày ghi sai tháng, hay một trang được chép hai lần?";
  }
  return thematic && first != again ? ": một tệp được đưa vào hai lần?" : "";
}

// What append_prepared writes first, copied as it is (then the values, the
// criteria points and the id, of the counts it gives).
struct PreparedHead {
  std::int64_t position = -1;  // -1: not listed
  std::int32_t year = 0, month = 0, day = 0, grade = 0;
  Rational total;
  std::uint32_t values = 0, criteria = 0, id_size = 0;
  MeetingKind kind = MeetingKind::Regular;
  bool base_committee = false;
  bool thematic_too = false;
};
static_assert(std::is_trivially_copyable_v<PreparedHead> &&
              std::is_trivially_copyable_v<Rational> &&
              std::is_trivially_copyable_v<std::optional<Rational>>);

// MeetingStore::rejected_'s key.
std::uint64_t rejected_key(std::size_t index, int year) {
  return static_cast<std::uint64_t>(index) << 16 | static_cast<std::uint16_t>(year);
}

}  // namespace

void append_prepared(const PreparedMeeting& m, std::string& out) {
  PreparedHead head;
  head.position = m.position ? static_cast<std::int64_t>(*m.position) : -1;
  head.year = m.year;
  head.month = m.month;
  head.day = m.day;
  head.grade = m.grade;
  head.total = m.total;
  head.values = static_cast<std::uint32_t>(m.values.size());
  head.criteria = static_cast<std::uint32_t>(m.criteria.size());
  head.id_size = static_cast<std::uint32_t>(m.cell_id.size());
  head.kind = m.kind;
  head.base_committee = m.base_committee;
  head.thematic_too = m.thematic_too;
  const std::size_t at = out.size();
  const std::size_t values = m.values.size() * sizeof(Rational);
  const std::size_t criteria = m.criteria.size() * sizeof(std::optional<Rational>);
  out.resize(at + sizeof head + values + criteria + m.cell_id.size());
  char* to = out.data() + at;
  std::memcpy(to, &head, sizeof head);
  to += sizeof head;
  if (values > 0) std::memcpy(to, m.values.data(), values);
  to += values;
  if (criteria > 0) std::memcpy(to, m.criteria.data(), criteria);
  to += criteria;
  // A length-prefixed record (head.id_size), no terminator wanted.
  // NOLINTNEXTLINE(bugprone-not-null-terminated-result)
  if (!m.cell_id.empty()) std::memcpy(to, m.cell_id.data(), m.cell_id.size());
}

bool read_prepared(std::string_view& in, PreparedMeeting& m) {
  PreparedHead head;
  if (in.size() < sizeof head) return false;
  std::memcpy(&head, in.data(), sizeof head);
  const std::size_t values = std::size_t{head.values} * sizeof(Rational);
  const std::size_t criteria = std::size_t{head.criteria} * sizeof(std::optional<Rational>);
  if (in.size() - sizeof head < values + criteria + head.id_size) return false;
  const char* from = in.data() + sizeof head;
  m.position = head.position >= 0
                   ? std::optional<std::size_t>(static_cast<std::size_t>(head.position))
                   : std::nullopt;
  m.base_committee = head.base_committee;
  m.year = head.year;
  m.month = head.month;
  m.day = head.day;
  m.kind = head.kind;
  m.thematic_too = head.thematic_too;
  m.total = head.total;
  m.grade = head.grade;
  m.values.resize(head.values);
  if (values > 0) std::memcpy(m.values.data(), from, values);
  from += values;
  m.criteria.resize(head.criteria);
  if (criteria > 0) std::memcpy(m.criteria.data(), from, criteria);
  from += criteria;
  m.cell_id.assign(from, head.id_size);
  in.remove_prefix(sizeof head + values + criteria + head.id_size);
  return true;
}

MeetingStore::MeetingStore(const CompiledRuleset& ruleset, const Units& units,
                           std::vector<int> value_slots, bool keep_criteria)
    : ruleset_(ruleset),
      units_(units),
      value_slots_(std::move(value_slots)),
      keep_criteria_(keep_criteria),
      meetings_(1),  // index 0 ends every chain, and has no values or criteria
      days_(1),
      values_(value_slots_.size()) {
  if (keep_criteria_) points_start_.push_back(0);
  assign_ready(chains_, units.units.size(), Chain{});
  form_for_kind_[0] = ruleset.form_for_kind[0];
  form_for_kind_[1] = ruleset.form_for_kind[1];
}

const std::string& MeetingStore::file_of(const StoredMeeting& m) const {
  static const std::string none;  // meetings_[0], which ends the chains
  const std::uint32_t index = index_of(m);
  // The last run that starts at or before the meeting.
  auto after = std::upper_bound(file_runs_.begin(), file_runs_.end(), index,
                                [](std::uint32_t i, const FileRun& run) { return i < run.first; });
  return after == file_runs_.begin() ? none : files_[std::prev(after)->file];
}

void MeetingStore::reserve(std::size_t meetings) {
  meetings = std::min<std::size_t>(meetings, UINT32_MAX);  // indices are 32 bits
  // HugeVectors: blocks of their own, on 2 MB pages when asked for (measured
  // both ways on different days and machines of this VM kind, README
  // "Performance": on 4 December off by default, 4.69-5.08 -> 3.35-3.65 s).
  try {
    meetings_.reserve(meetings + 1);
    days_.reserve(meetings + 1);
    values_.reserve((meetings + 1) * value_slots_.size());
    if (keep_criteria_) {
      std::size_t nodes = 0;
      for (const CompiledForm& form : ruleset_.forms) nodes = std::max(nodes, form.nodes.size());
      points_start_.reserve(meetings + 1);
      points_.reserve(meetings * nodes);
    }
  } catch (const std::bad_alloc&) {
    // Only room made early: without it the store grows as it fills.
  } catch (const std::length_error&) {
  }
}

std::size_t MeetingStore::Range::size() const {
  std::size_t n = 0;
  for (auto it = begin(); it != end(); ++it) ++n;
  return n;
}

void MeetingStore::warm(std::span<const std::size_t> positions,
                        std::vector<std::uint32_t>& at) const {
  at.clear();
  for (const std::size_t p : positions) {
    if (chains_[p].first != 0) at.push_back(chains_[p].first);
  }
  const std::size_t width = value_slots_.size();
  while (!at.empty()) {
    std::size_t kept = 0;
    for (const std::uint32_t i : at) {
      if (width > 0) __builtin_prefetch(&values_[i * width]);
      const std::uint32_t next = meetings_[i].next;
      if (next != 0) at[kept++] = next;
    }
    at.resize(kept);
  }
}

bool MeetingStore::has_meetings_in(const Period& period) const {
  const int first = period.year * 12 + period.first_month() - 1;
  const int last = period.year * 12 + period.last_month() - 1;
  auto it = std::lower_bound(months_.begin(), months_.end(), first);
  return it != months_.end() && *it <= last;
}

bool MeetingStore::outside_force(int date) const {
  return date < ruleset_.effective_from ||
         (ruleset_.effective_to > 0 && date > ruleset_.effective_to);
}

void MeetingStore::note_rejected(const std::string& cell_id, int date, MeetingKind kind) {
  const std::optional<std::size_t> position = units_.position(cell_id);
  if (!position) return;
  const CivilDate d = civil_from_days(date);
  RejectedIn& in = rejected_[rejected_key(*position, d.year)];
  const bool out_of_force = outside_force(date);
  // A meeting the ruleset scores no form for (a thematic one under Phú Thọ's,
  // which scores regular meetings alone) is most likely the month's meeting with
  // its kind written wrong: said as the month's rejected record.
  if (kind == MeetingKind::Thematic && ruleset_.form_for_kind[static_cast<int>(kind)] < 0) {
    kind = MeetingKind::Regular;
  }
  // Held out of force, or a record in force to mend: one or the other (a
  // month with both has its record to mend, said as such).
  const unsigned month = 1u << d.month, quarter = 1u << ((d.month + 2) / 3);
  if (kind == MeetingKind::Regular && out_of_force) {
    in.months_outside_force = static_cast<std::uint16_t>(in.months_outside_force | month);
  } else if (kind == MeetingKind::Regular) {
    in.months = static_cast<std::uint16_t>(in.months | month);
  } else if (out_of_force) {
    in.thematic_quarters_outside_force =
        static_cast<std::uint8_t>(in.thematic_quarters_outside_force | quarter);
  } else {
    in.thematic_quarters = static_cast<std::uint8_t>(in.thematic_quarters | quarter);
  }
}

MeetingStore::RejectedIn MeetingStore::rejected_in(std::size_t index, int year) const {
  if (rejected_.empty()) return {};
  auto it = rejected_.find(rejected_key(index, year));
  return it == rejected_.end() ? RejectedIn{} : it->second;
}

bool MeetingStore::month_marked(std::uint32_t& months, int month_key) {
  // The window starts a year before the first meeting's year: a year being
  // ranked and the one before it, whatever order their records come in.
  if (window_start_ < 0) window_start_ = (month_key / 12 - 1) * 12;
  const int bit = month_key - window_start_;
  if (bit < 0 || bit >= 32) return true;  // not known: the caller walks the chain
  const std::uint32_t mask = std::uint32_t(1) << bit;
  const bool marked = (months & mask) != 0;
  months |= mask;
  return marked;
}

void MeetingStore::prepare(const MeetingRecord& record, const MeetingScore& score,
                           std::optional<std::size_t> position, PreparedMeeting& out) const {
  out.position = position;
  // Looked at here, on the worker, where the unit was just found: the
  // reading thread then reads the unit only for a message.
  out.base_committee = position && !units_.units[*position].holds_meetings();
  // The id is named only when the cell is not listed (found, it is the unit's).
  out.cell_id.clear();
  if (!position) out.cell_id = record.cell_id;
  // The scorer found them from the date already (its year and month slots).
  out.year = static_cast<int>(score.slots[kSlotYear].num());
  out.month = static_cast<int>(score.slots[kSlotMonth].num());
  out.day = civil_from_days(record.date).day;
  out.kind = record.kind;
  out.thematic_too = false;
  Rational combined;
  if (record.kind == MeetingKind::Regular && ruleset_.counts_as_thematic &&
      ruleset_.counts_as_thematic->evaluate(score.slots, combined) == EvalStatus::Ok) {
    out.thematic_too = combined != Rational(0);
  }
  out.total = score.total;
  out.grade = score.grade;
  out.values.clear();
  for (int slot : value_slots_) out.values.push_back(score.slots[static_cast<std::size_t>(slot)]);
  out.criteria.clear();
  if (keep_criteria_) {
    const CompiledForm& form = ruleset_.forms[static_cast<std::size_t>(score.form)];
    for (std::size_t n = 0; n < score.criteria.size(); ++n) {
      out.criteria.push_back(left_off(form, score, n) ? std::nullopt
                                                      : std::optional(score.criteria[n].points));
    }
  }
}

std::string MeetingStore::add(const PreparedMeeting& meeting, const Location& where) {
  const std::optional<std::size_t> position = meeting.position;
  if (!position) {
    if (std::optional<int> line = units_.left_out_line(meeting.cell_id)) {
      return fmt::format(
          "chi bộ '{}' bị loại khỏi danh sách đơn vị {} vì lỗi ở dòng {} của "
          "danh sách (xem lỗi đó ở trên)",
          meeting.cell_id, units_.file, *line);
    }
    // Without "có phải là": which listed cell to offer is known only once
    // every record is in the store (UnlistedCells).
    return fmt::format("chi bộ '{}' không có trong danh sách đơn vị {}", meeting.cell_id,
                       units_.file);
  }
  if (meeting.base_committee) {
    const Unit& unit = units_.units[*position];
    return fmt::format(
        "'{}' ({}) là đảng bộ cơ sở, không tự sinh hoạt chi bộ; ghi bản ghi cho "
        "các chi bộ trực thuộc",
        unit.id, unit.name);
  }
  const CivilDate day{meeting.year, meeting.month, 1};  // the store keeps the month only
  Chain& chain = chains_[*position];
  const int month_key = day.year * 12 + day.month - 1;
  if (meetings_.size() > UINT32_MAX - 1) return "kho bản ghi đã đầy (hơn 4 tỷ cuộc sinh hoạt)";
  if (files_.empty() || files_[last_file_] != where.file) {
    auto known = file_numbers_.find(where.file);
    if (known == file_numbers_.end()) {
      if (files_.size() == kMaxFiles) {
        return fmt::format(
            "quá nhiều tệp bản ghi trong một lần chạy (tối đa {}); hãy gộp các "
            "tệp lại",
            kMaxFiles);
      }
      known = file_numbers_.emplace(where.file, static_cast<std::uint16_t>(files_.size())).first;
      files_.push_back(where.file);
    }
    last_file_ = known->second;
  }
  // The cell's meetings are walked only when the month already has one of
  // the kind (a cache miss a meeting at national scale: walked for every
  // thematic record, the reading thread's largest cost in `rank`).
  if (meeting.kind == MeetingKind::Regular && month_marked(chain.regular_months, month_key)) {
    for (const StoredMeeting& m : meetings_of(*position)) {
      if (m.kind == MeetingKind::Regular && m.year == day.year && m.month == day.month) {
        return fmt::format("chi bộ '{}' đã có bản ghi sinh hoạt thường kỳ tháng {}/{} ({}:{}){}",
                           units_.units[*position].id, day.month, day.year, file_of(m), m.line,
                           copied_hint(file_of(m), where.file, false));
      }
    }
  }
  if (meeting.kind == MeetingKind::Thematic && month_marked(chain.thematic_months, month_key)) {
    for (const StoredMeeting& m : meetings_of(*position)) {
      if (m.kind == MeetingKind::Thematic && m.year == day.year && m.month == day.month &&
          days_[index_of(m)] == meeting.day) {
        // Two of one day in two files: nearly always one file sent twice.
        return fmt::format(
            "chi bộ '{}' đã có bản ghi sinh hoạt chuyên đề ngày {:02}/{:02}/{} ({}:{}){}",
            units_.units[*position].id, meeting.day, day.month, day.year, file_of(m), m.line,
            copied_hint(file_of(m), where.file, true));
      }
    }
  }
  StoredMeeting m;
  m.year = static_cast<std::int16_t>(day.year);
  m.month = static_cast<std::uint8_t>(day.month) & 0xf;  // 1..12: never cut
  m.kind = meeting.kind;
  m.thematic_too = meeting.thematic_too;
  m.total = wide_.pack(meeting.total);
  m.grade = static_cast<std::uint8_t>(meeting.grade) & 0x7f;  // < kMaxGrades: never cut
  m.line = where.line;
  const auto index = static_cast<std::uint32_t>(meetings_.size());
  if (file_runs_.empty() || file_runs_.back().file != last_file_) {
    file_runs_.push_back({index, last_file_});
  }
  if (keep_criteria_) {
    points_start_.push_back(points_.size());
    for (const std::optional<Rational>& p : meeting.criteria) {
      push_back_ready(points_, p ? wide_.pack(*p) : PackedRational::none());
    }
  }
  // The tables made ready ahead of their writing (push_back_ready): the
  // nation's year wrote them a 4 KB page at a time, 29,000 page faults on
  // the reading thread, a third of `rank`'s.
  for (const Rational& v : meeting.values) push_back_ready(values_, wide_.pack(v));
  auto known_month = std::lower_bound(months_.begin(), months_.end(), month_key);
  if (known_month == months_.end() || *known_month != month_key) {
    months_.insert(known_month, month_key);
  }
  push_back_ready(meetings_, m);
  push_back_ready(days_, static_cast<std::uint8_t>(meeting.day));
  if (chain.first == 0) {
    chain.first = index;
  } else {
    meetings_[chain.last].next = index;
  }
  chain.last = index;
  return "";
}

}  // namespace chibo
