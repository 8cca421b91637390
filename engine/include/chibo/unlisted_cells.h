// UnlistedCells: the records a MeetingStore refused because their cell is
// not in the units list (MeetingStore::unlisted), gathered as they are
// refused and judged once every record is in the store.
//
// Such a cell is a cell new since the list was made, a cell whose id
// changed, a base committee's cells left out of the list, or an id typed
// wrong in the record. Only the last is mended in the record, and only for
// it is the nearest listed id offered ("có phải là 'CP-TT-09'?"): a listed
// cell as near as any that has no meeting standing in the way of any of the
// cell's records (a regular one of its month, a thematic one of its day:
// each, renamed, would be kept as its); two or three such cells are offered
// together, more none. An id that differs from a listed one in capitals
// alone is that one, offered whatever stands in the way. A cell new
// beside one that meets (CP-TT-04 beside CP-TT-01) is judged as a whole:
// the neighbour that met in its months is named with a meeting that stands
// in the way, not offered. Whether one stands in the way is known only once
// every record is read, so the judging waits for the store to be whole.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "chibo/diagnostic.h"
#include "chibo/meeting.h"
#include "chibo/meeting_store.h"
#include "chibo/units.h"

namespace chibo {

class UnlistedCells {
 public:
  // A record of an unlisted cell, refused, of kind, on day of month in year, read at where.
  void add(const std::string& cell_id, int year, int month, int day, MeetingKind kind,
           const Location& where);
  bool empty() const { return records_.empty(); }
  std::size_t size() const { return records_.size(); }

  struct Cell {
    std::string id;
    std::int64_t records = 0;  // refused
    Location first;            // where the first was read
    // The listed ids offered for its records ("có phải là"), or none; one
    // that differs in capitals alone (case_only).
    std::vector<std::string> offered;
    bool case_only = false;
  };
  // "có phải là 'CP-TT-09'?", "có phải là 'CP-TT-05' hay 'CP-TT-15'?", "có
  // phải là 'CP-TT-01' (chỉ khác chữ hoa, chữ thường)?"; "" when none is.
  static std::string offered_text(const Cell& cell);
  struct Judgement {
    // What follows each record's refusal (MeetingStore::add's "chi bộ 'X'
    // không có trong danh sách đơn vị F"), in the order added: "; có phải
    // là 'CP-TT-09'?" (Cell::offered), or when a listed cell is near but
    // none is free, "; mã gần giống 'CP-TT-01' nhưng chi bộ đó đã có bản
    // ghi sinh hoạt thường kỳ tháng 1/2024 (q1.csv:3): có lẽ là chi bộ chưa
    // có trong danh sách" (its meeting of the record's month, else the first
    // that stands in the way), or "" when no listed cell is near.
    std::vector<std::string> hints;
    std::vector<Cell> cells;  // by id (a base committee's cells together)
  };
  // Run once every record is in store; units is the store's list.
  Judgement judge(const MeetingStore& store, const Units& units) const;

 private:
  struct Record {
    std::uint32_t cell;  // in ids_
    int year = 0, month = 0, day = 0;
    MeetingKind kind = MeetingKind::Regular;
    Location where;
  };
  std::vector<std::string> ids_;  // the unlisted ids, in order first read
  std::unordered_map<std::string, std::uint32_t> id_numbers_;
  std::vector<Record> records_;
};

}  // namespace chibo
