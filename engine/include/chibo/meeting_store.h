// MeetingStore: a district's scored meetings, kept by cell and month in the
// small form that roll-ups and ranking need (total, grade, and the values
// that `mean:` tie-break keys look at). It refuses meetings of cells that are
// not in the units list and a second regular meeting in the same month.
//
// At national scale (4 million meetings) every byte of a meeting counts: a
// meeting is 20 bytes, its total packed in 8 (PackedRational); its kept
// values (8 bytes each, packed too) and criteria points live beside it in the
// store, found by its index (its place in the store's list), and a cell's
// meetings are chained through the store rather than held in a vector of
// their own.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chibo/compiled_ruleset.h"
#include "chibo/huge_pages.h"
#include "chibo/meeting.h"
#include "chibo/packed_rational.h"
#include "chibo/period.h"
#include "chibo/units.h"

namespace chibo {

struct StoredMeeting {
  PackedRational total;    // MeetingStore::total
  std::int32_t line = 0;   // where it was read: MeetingStore::file_of, line
  std::uint32_t next = 0;  // the cell's next meeting (MeetingStore's chain; 0: none)
  std::int16_t year = 0;
  std::uint8_t month : 4 = 0;  // 1..12
  // A regular meeting that counts as the quarter's thematic one too
  // (Rollup::counts_as_thematic).
  bool thematic_too : 1 = false;
  // At most 100 grades (the ruleset validator); the form that scored it is
  // the ruleset's for its kind (MeetingStore::form).
  std::uint8_t grade : 7 = 0;
  MeetingKind kind : 1 = MeetingKind::Regular;
};

// What the store keeps of a scored meeting, taken from its record and score
// by MeetingStore::prepare (which changes nothing, so worker threads run it):
// the reading thread then keeps the meeting without touching the record and
// score a worker made (each a few kilobytes, on the other core's cache).
struct PreparedMeeting {
  std::optional<std::size_t> position;  // in the units list; nullopt: not listed
  bool base_committee = false;          // the unit listed there holds no meetings itself
  std::string cell_id;                  // not listed: the record's id, for the message
  int year = 0, month = 0;  // of the meeting's date (found on the worker, not the reading thread)
  int day = 0;              // of the month
  MeetingKind kind = MeetingKind::Regular;
  bool thematic_too = false;  // StoredMeeting::thematic_too
  Rational total;
  int grade = 0;
  std::vector<Rational> values;  // of the store's value slots, in order
  // Every node's points (a store that keeps criteria); nullopt for a node
  // left off the meeting's sheet (an item that did not apply, rescaled).
  std::vector<std::optional<Rational>> criteria;
};

// A prepared meeting as bytes, appended to out: worker threads hand the
// reading thread a batch's meetings in one buffer this way, instead of one
// object a meeting written on one core and read on the other (national rank
// by year, alternated: 4.83-4.90 -> 4.26-4.46 s).
void append_prepared(const PreparedMeeting& m, std::string& out);
// Reads one meeting that append_prepared wrote from the start of in into m
// (its vectors and id reused) and moves in past it. false, in unchanged,
// when in does not start with a whole one.
bool read_prepared(std::string_view& in, PreparedMeeting& m);

class MeetingStore {
 public:
  // value_slots: slots of the compiled ruleset whose values are kept.
  // keep_criteria: also keep every criterion's points (reports need them;
  // ranking alone does not, and at national scale they cost memory).
  MeetingStore(const CompiledRuleset& ruleset, const Units& units, std::vector<int> value_slots,
               bool keep_criteria = false);

  // Room for this many meetings, made once: growing by doubling copies the
  // meetings and leaves each outgrown block among live memory, where it is
  // not given back (national year: 23 MB more at the peak). Room never used
  // is address space only; a store that outgrows it doubles as before, and
  // room the system will not give is simply not made.
  void reserve(std::size_t meetings);

  // Keeps a scored meeting; returns "" or why it is refused (in Vietnamese).
  std::string add(const MeetingRecord& record, const MeetingScore& score) {
    return add(record, score, unit_position(record.cell_id));
  }
  // The same with the cell's position already found by unit_position.
  std::string add(const MeetingRecord& record, const MeetingScore& score,
                  std::optional<std::size_t> position) {
    PreparedMeeting m;
    prepare(record, score, position, m);
    return add(m, record.where);
  }
  // In two steps: prepare() takes what the store keeps (const: worker
  // threads run it, the cell's position found by unit_position), add() keeps
  // it with where it was read (given apart: the reading thread knows it, and
  // a file name copied for every meeting on a worker was read back on the
  // other core).
  // score is the record's own, made by score_meeting (the meeting's year and
  // month are read from its slots, not found from the date again).
  void prepare(const MeetingRecord& record, const MeetingScore& score,
               std::optional<std::size_t> position, PreparedMeeting& out) const;
  // A cell not in the list is refused without a listed id offered in its
  // place: UnlistedCells judges which one to offer, once every record is
  // kept (unlisted() tells such a refusal).
  std::string add(const PreparedMeeting& m, const Location& where);
  // Whether add() refuses m as a cell not in the units list (nor left out
  // of it for its row's problems).
  bool unlisted(const PreparedMeeting& m) const {
    return !m.position && !units_.left_out_line(m.cell_id);
  }
  // The position of a unit in units.units, or nullopt when it is not listed.
  std::optional<std::size_t> unit_position(const std::string& id) const {
    return units_.position(id);
  }
  // The same, trying guess first (Units::position).
  std::optional<std::size_t> unit_position(const std::string& id, std::size_t guess) const {
    return units_.position(id, guess);
  }

  // The meetings of one unit, in the order added: for (const StoredMeeting& m : range).
  class Range {
   public:
    class Iterator {
     public:
      Iterator(const MeetingStore* s, std::uint32_t at) : store_(s), at_(at) {}
      const StoredMeeting& operator*() const { return store_->meetings_[at_]; }
      Iterator& operator++() {
        at_ = store_->meetings_[at_].next;
        return *this;
      }
      bool operator!=(const Iterator& o) const { return at_ != o.at_; }

     private:
      const MeetingStore* store_;
      std::uint32_t at_;
    };
    Range(const MeetingStore* s, std::uint32_t first) : store_(s), first_(first) {}
    Iterator begin() const { return {store_, first_}; }
    Iterator end() const { return {store_, 0}; }
    std::size_t size() const;

   private:
    const MeetingStore* store_;
    std::uint32_t first_;
  };

  // The meetings of units.units[index].
  Range meetings_of(std::size_t index) const { return {this, chains_[index].first}; }
  // Brings the meetings of the units at positions, and their kept values,
  // into the cache: all their chains walked a step at a time together, so
  // the memory serves many loads at once, where walking one unit's chain
  // waits for each meeting in turn (a cache miss each at national scale).
  // at: room the walk reuses. Changes nothing.
  void warm(std::span<const std::size_t> positions, std::vector<std::uint32_t>& at) const;

  // Whether any meeting (regular or thematic) falls in the period.
  bool has_meetings_in(const Period& period) const;

  // What a cell's rejected records would have counted for in a year.
  struct RejectedIn {
    std::uint16_t months = 0;            // regular meetings' (bit n: month n)
    std::uint8_t thematic_quarters = 0;  // thematic meetings' (bit q: quarter q)
    // The ones held on a day outside the ruleset's effective dates (before
    // effective.from, after effective.to), not in the two above: in a month
    // only partly in force, a meeting this ruleset cannot score, and no
    // record to mend.
    std::uint16_t months_outside_force = 0;
    std::uint8_t thematic_quarters_outside_force = 0;
  };
  // A record of cell_id of kind dated date (days) was rejected: a ranking's
  // note says so of its month left without a meeting, or its quarter without
  // a thematic one. A cell not in the units list is nobody's: nothing is kept.
  void note_rejected(const std::string& cell_id, int date, MeetingKind kind);
  // Whether date (days) is outside the ruleset's effective dates: a record
  // of it is rejected, and its month neither counted nor missing.
  bool outside_force(int date) const;
  // Of units.units[index], in year.
  RejectedIn rejected_in(std::size_t index, int year) const;

  // The name of the file a meeting was read from (kept once, not per
  // meeting: at national scale a name per meeting would be a fifth of the
  // store; nor its number, as records come in runs of a file).
  // m is the store's own (from meetings_of or meeting()), not a copy: it is
  // found by its place.
  const std::string& file_of(const StoredMeeting& m) const;
  // The form that scored a meeting (the ruleset's for its kind).
  int form(const StoredMeeting& m) const { return form_for_kind_[static_cast<int>(m.kind)]; }
  // The most record files one store takes (a file's number is 16 bits).
  static constexpr std::size_t kMaxFiles = 65535;

  // A meeting's total.
  Rational total(const StoredMeeting& m) const { return unpack(m.total); }
  // A meeting's index, and the meeting with an index. A reference to a
  // meeting stays valid until the next add().
  std::uint32_t index_of(const StoredMeeting& m) const {
    return static_cast<std::uint32_t>(&m - meetings_.data());
  }
  const StoredMeeting& meeting(std::uint32_t index) const { return meetings_[index]; }
  // A meeting's day of the month.
  int day(const StoredMeeting& m) const { return days_[index_of(m)]; }
  // A meeting's kept value for the i-th value slot given to the store.
  Rational value(const StoredMeeting& m, std::size_t i) const {
    return unpack(values_[index_of(m) * value_slots_.size() + i]);
  }
  // Whether the store keeps every criterion's points (keep_criteria).
  bool keeps_criteria() const { return keep_criteria_; }
  // keep_criteria only: the points of node i of the form that scored m
  // (i < ruleset.forms[form(m)].nodes.size()); nullopt when the node was
  // left off m's sheet (an item that did not apply, rescaled, or a group of
  // such items), which scored 0 and lost nothing.
  std::optional<Rational> criterion(const StoredMeeting& m, std::size_t i) const {
    const PackedRational p = points_[points_start_[index_of(m)] + i];
    if (p.is_none()) return std::nullopt;
    return unpack(p);
  }

 private:
  Rational unpack(PackedRational p) const { return wide_.unpack(p); }

  struct Chain {
    std::uint32_t first = 0, last = 0;  // 0: no meeting (meetings_[0] is never a real one)
    // The months of window_start_ .. +31 that have a regular meeting, and
    // a thematic one: the chain is walked for a second one of a month only
    // (a cache miss a meeting at national scale). Months outside the window
    // walk the chain.
    std::uint32_t regular_months = 0, thematic_months = 0;
  };
  // Whether month_key (year * 12 + month - 1) is marked in months, a
  // Chain's, or may be (outside the window); marks it.
  bool month_marked(std::uint32_t& months, int month_key);

  const CompiledRuleset& ruleset_;
  const Units& units_;
  std::vector<int> value_slots_;
  bool keep_criteria_ = false;
  // A vector, so that a meeting's index is its place (no index kept in it):
  // growing it moves the meetings, which is why a reference to one lasts
  // only until the next add().
  HugeVector<StoredMeeting> meetings_;  // a block of its own, as are chains_ and values_
  HugeVector<Chain> chains_;            // per unit
  // Each meeting's day of the month, by index: a thematic meeting read
  // twice (the same file sent again under another name) is found by it.
  // Apart from StoredMeeting, which has no byte to spare (1 byte a meeting,
  // 4 MB for the nation's year, against 4 more in each of 20).
  HugeVector<std::uint8_t> days_;
  // value_slots_.size() a meeting, by index. A vector, not a deque: the
  // deque's 512-byte pieces, one every 64 meetings among each record's
  // short-lived allocations, kept 60 MB of freed memory from going back.
  HugeVector<PackedRational> values_;
  WideRationals wide_;  // the totals and values that do not pack
  // keep_criteria: every meeting's points, one after another, packed as the
  // values are (the nation's year: 100 million, 0.8 GB; as a Rational each,
  // 1.6 GB; a node left off, PackedRational::none()), and where each
  // meeting's start, by index.
  HugeVector<PackedRational> points_;
  HugeVector<std::uint64_t> points_start_;
  std::vector<std::string> files_;
  std::unordered_map<std::string, std::uint16_t> file_numbers_;  // name -> place in files_
  // Runs of meetings read from one file: the first one's index, the file's place in files_.
  struct FileRun {
    std::uint32_t first = 0;
    std::uint16_t file = 0;
  };
  std::vector<FileRun> file_runs_;
  int form_for_kind_[2] = {-1, -1};  // the ruleset's, by MeetingKind
  std::vector<int> months_;  // year * 12 + month - 1 of the meetings kept, sorted, each once
  // note_rejected's, by unit position << 16 | year (as a cell's year
  // of meetings: 1..9999). Few: a map, not room in every unit's chain.
  std::unordered_map<std::uint64_t, RejectedIn> rejected_;
  // The file of the last record offered to add(), kept or refused (records
  // come in runs): a new run starts when a kept meeting's file is not the
  // last run's.
  std::uint16_t last_file_ = 0;
  int window_start_ = -1;  // month key of bit 0 of a Chain's months; -1: not yet set
};

}  // namespace chibo
