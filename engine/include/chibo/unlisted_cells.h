// UnlistedCells: the cells that records name and the units list does not
// have, gathered as their records are rejected and judged once every record
// is in the store.
//
// Such a cell is a cell new since the list was made, a cell whose id
// changed, a base committee's cells left out of the list, or an id typed
// wrong in the record. Only the last is mended in the record, and only for
// it is the nearest listed id offered ("có phải là 'CP-TT-09'?"): a listed
// cell as near as any (written the same but for capitals, dashes, spaces
// and O for 0, else one slip away within its base committee: near_ids.h)
// that has no meeting standing in the way of any of the cell's records (a
// regular one of its month, a thematic one of its day: each, renamed, would
// be kept as its); two or three such cells are offered together, more
// none. An id that differs from a listed one in capitals alone is that one,
// offered whatever stands in the way. A cell new beside one that meets
// (CP-TT-04 beside CP-TT-01) is judged as a whole: the neighbour that met
// in its months is named with a meeting that stands in the way, not
// offered. Whether one stands in the way is known only once
// every record is read, so the judging waits for the store to be whole.
//
// What is kept is a cell's, not a record's: its count, its first record,
// and the months (of its regular meetings) and days (of its thematic ones)
// its records were for, each once. At national scale a cell's records are
// millions when the list is the wrong one, while its months and days are
// at most the calendar's.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "chibo/diagnostic.h"
#include "chibo/meeting.h"
#include "chibo/meeting_store.h"
#include "chibo/units.h"

namespace chibo {

// Whether the units list looks like the wrong file (another district's, an
// old one, a list of one cell): more than half of the cells the records name
// are not in it (unlisted, against listed: the listed units named by a
// record). A base committee left out, or cells new since the list was made,
// are in a district of many committees fewer than the cells listed.
inline bool units_list_looks_wrong(std::int64_t unlisted, std::int64_t listed) {
  return unlisted > listed;
}

class UnlistedCells {
 public:
  // A record of cell_id, of kind, on day of month in year, read at where,
  // was refused by the store as not in the units list
  // (MeetingStore::unlisted). Returns the cell's number: 0, 1, ... in the
  // order first added, its place in what judge() returns.
  std::uint32_t add(const std::string& cell_id, int year, int month, int day, MeetingKind kind,
                    const Location& where);
  // A record of cell_id (not in the units list), of kind, dated date (days;
  // the first of its month for a date that is no day), read at where, was
  // rejected for a fault of its own before its cell was looked up
  // (ScoreSink::rejected_meeting): its cell's all the same (none of the
  // cell's records is ranked, and the clerk is told of them all), and a
  // meeting the cell had, judged as the others.
  std::uint32_t add_faulty(const std::string& cell_id, int date, MeetingKind kind,
                           const Location& where);
  bool empty() const { return cells_.empty(); }

  struct Cell {
    std::string id;
    std::int64_t records = 0;  // rejected, the faulty among them
    std::int64_t faulty = 0;   // rejected for a fault of their own (add_faulty)
    Location first;            // where the first was read
    // The listed ids offered for its records ("có phải là"), or none; one
    // that differs in capitals alone (case_only).
    std::vector<std::string> offered;
    bool case_only = false;
    // An id of offered that is offered to other unlisted cells too, with
    // theirs (in the order first read), told in each one's hint: renamed
    // all to it, their meetings of one month would clash.
    struct Shared {
      std::string id;
      std::vector<std::string> others;
      // Those of others with a meeting the store would keep one of with
      // one of this cell's (a regular one of the same month, a thematic one
      // of the same day): at most one of them and this cell can be id.
      // when: the first such meeting of this cell's ("thường kỳ tháng
      // 3/2024"); both empty when none is.
      std::vector<std::string> clashing;
      std::string when;
    };
    std::vector<Shared> shared;
    // None offered: the nearest listed cell, whose meetings stand in the way.
    std::string near;
    // The meeting of near, or of the one offered for case_only, in the way
    // of the cell's first record if one is, else the earliest in the way of
    // another: "thường kỳ tháng 1/2024 (q1.csv:3)"; "" when none is.
    std::string in_the_way;
  };
  // What a cell's records are told after their refusal (MeetingStore::add's
  // "chi bộ 'X' không có trong danh sách đơn vị F"), and the summary after
  // its count: "có phải là 'CP-TT-09'?", "có phải là 'CP-TT-05' hay
  // 'CP-TT-15'?", "có phải là 'CP-TT-01' (chỉ khác chữ hoa, chữ thường)?"
  // (then "; chi bộ đó đã có bản ghi sinh hoạt ..." when in_the_way), "mã gần
  // giống 'CP-TT-01' nhưng chi bộ đó đã có bản ghi sinh hoạt thường kỳ tháng
  // 1/2024 (q1.csv:3): có lẽ là chi bộ chưa có trong danh sách" (near), or ""
  // when no listed cell is near. A listed cell offered to several unlisted
  // cells is said so in each one's: "có phải là 'CP-TT-09'?; 'CP-TT-09' cũng
  // được gợi ý cho 'CP-TT-9O'" (its first three others, then "và N mã khác");
  // when some of them met in a month (or, thematic, on a day) this cell met
  // in too, only one can be it: "; 'CP-TN-01' cũng được gợi ý cho
  // 'CP-TN-01x', có bản ghi sinh hoạt cùng kỳ với mã này (thường kỳ tháng
  // 3/2024): chỉ một trong hai mã đó có thể là 'CP-TN-01'" (those of them
  // that did named after a ';' when not all did).
  static std::string hint(const Cell& cell);
  // Run once every record is in store; units is the store's list. The cells
  // by number (add()'s).
  std::vector<Cell> judge(const MeetingStore& store, const Units& units) const;

 private:
  struct Seen {
    Cell cell;
    // Its records' months and days, as the store refuses a second meeting
    // of either (a regular meeting's month, a thematic one's day), sorted,
    // each once; and its first record's.
    std::vector<std::int32_t> keys;
    std::int32_t first_key = 0;
  };

  std::vector<Seen> cells_;
  std::unordered_map<std::string, std::uint32_t> numbers_;  // id -> place in cells_
};

}  // namespace chibo
