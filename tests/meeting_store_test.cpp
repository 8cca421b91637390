#include "chibo/meeting_store.h"

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "compiled_ruleset_data.h"
#include "date.h"
#include "rollup_fixture.h"

using namespace chibo;
using namespace chibo::testing;

TEST_CASE("the store refuses unknown cells, base committees and a second meeting a month") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"CP-01", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  CHECK(keep(*r, store, "CP-01", "2024-01-10", "90") == "");
  CHECK(keep(*r, store, "CP-01", "2024-01-25", "80") ==
        "chi bộ 'CP-01' đã có bản ghi sinh hoạt thường kỳ tháng 1/2024 (m.csv:2)");
  CHECK(keep(*r, store, "CP-01", "2024-01-26", "80", "thematic") == "");
  // The listed cell to offer in its place is UnlistedCells' (unlisted_cells_test).
  CHECK(keep(*r, store, "CP-02", "2024-01-10", "90") ==
        "chi bộ 'CP-02' không có trong danh sách đơn vị units.csv");
  CHECK(keep(*r, store, "DB2", "2024-01-10", "90") ==
        "chi bộ 'DB2' không có trong danh sách đơn vị units.csv");
  // A row of the list left out for its problems is named, not "not in the list".
  units.left_out = {{"CP-03", 7}};
  CHECK(keep(*r, store, "CP-03", "2024-01-10", "90") ==
        "chi bộ 'CP-03' bị loại khỏi danh sách đơn vị units.csv vì lỗi ở dòng 7 của danh sách "
        "(xem lỗi đó ở trên)");
  CHECK(keep(*r, store, "DB1", "2024-01-10", "90") ==
        "'DB1' (Đảng bộ xã Một) là đảng bộ cơ sở, không tự sinh hoạt chi bộ; ghi bản ghi cho các "
        "chi bộ trực thuộc");
  CHECK(store.meetings_of(1).size() == 2);
  CHECK(store.has_meetings_in({2024, 1}));
  CHECK(store.has_meetings_in({2024, 0}));
  CHECK_FALSE(store.has_meetings_in({2024, 2}));
  CHECK_FALSE(store.has_meetings_in({2023, 0}));
}

TEST_CASE("a thematic meeting twice on one day is refused: a file sent twice") {
  // Thematic meetings may be several a month, so only the same day says it
  // is the same meeting read again (it was counted twice in the audit).
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}, {"B", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  CHECK(keep(*r, store, "A", "2024-02-21", "90", "thematic") == "");
  CHECK(keep(*r, store, "A", "2024-02-21", "90") == "");              // a regular one that day
  CHECK(keep(*r, store, "A", "2024-02-22", "90", "thematic") == "");  // another day
  CHECK(keep(*r, store, "B", "2024-02-21", "90", "thematic") == "");  // another cell
  CHECK(keep(*r, store, "A", "2024-03-21", "90", "thematic") == "");  // another month
  CHECK(keep(*r, store, "A", "2025-02-21", "90", "thematic") == "");  // another year
  // From another file: that file is asked of; from the same, it is not.
  CHECK(keep(*r, store, "A", "2024-02-21", "85", "thematic", "100", "n.csv") ==
        "chi bộ 'A' đã có bản ghi sinh hoạt chuyên đề ngày 21/02/2024 (m.csv:2): một tệp được "
        "đưa vào hai lần?");
  CHECK(keep(*r, store, "A", "2024-02-21", "85", "thematic") ==
        "chi bộ 'A' đã có bản ghi sinh hoạt chuyên đề ngày 21/02/2024 (m.csv:2)");
  CHECK(store.meetings_of(1).size() == 5);
  // Two tabs of one workbook: a tab copied is asked of; of two workbooks, a file.
  CHECK(keep(*r, store, "B", "2024-05-21", "90", "thematic", "100", "so.xlsx[Tháng 5]") == "");
  CHECK(keep(*r, store, "B", "2024-05-21", "90", "thematic", "100", "so.xlsx[Tháng 5 (2)]") ==
        "chi bộ 'B' đã có bản ghi sinh hoạt chuyên đề ngày 21/05/2024 (so.xlsx[Tháng 5]:2): một "
        "trang được chép hai lần?");
  // A regular one: asked of tabs of one workbook only (two files may hold two meetings).
  CHECK(keep(*r, store, "B", "2024-05-03", "90", "regular", "100", "so.xlsx[Tháng 5]") == "");
  CHECK(keep(*r, store, "B", "2024-05-04", "90", "regular", "100", "so.xlsx[Cả năm]") ==
        "chi bộ 'B' đã có bản ghi sinh hoạt thường kỳ tháng 5/2024 (so.xlsx[Tháng 5]:2): ngày ghi "
        "sai tháng, hay một trang được chép hai lần?");
  CHECK(keep(*r, store, "B", "2024-05-04", "90", "regular", "100", "so2.xlsx[Tháng 5]") ==
        "chi bộ 'B' đã có bản ghi sinh hoạt thường kỳ tháng 5/2024 (so.xlsx[Tháng 5]:2)");
  CHECK(keep(*r, store, "B", "2024-05-21", "90", "thematic", "100", "so2.xlsx[Tháng 5]") ==
        "chi bộ 'B' đã có bản ghi sinh hoạt chuyên đề ngày 21/05/2024 (so.xlsx[Tháng 5]:2): một "
        "tệp được đưa vào hai lần?");
}

// A second meeting is found from a month mask covering the 32 months from the
// January before the first meeting's year, and by walking the cell's
// meetings outside it: both give the same answers, in any order of records.
TEST_CASE("a second meeting a month is refused inside and outside the month window") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}, {"B", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  CHECK(keep(*r, store, "A", "2024-06-10", "90") == "");  // the window: 2023-01 .. 2025-08
  CHECK(keep(*r, store, "A", "2023-01-10", "90") == "");  // its first month
  CHECK(keep(*r, store, "A", "2025-08-10", "90") == "");  // its last month
  CHECK(keep(*r, store, "A", "2025-09-10", "90") == "");  // outside: walks the meetings
  CHECK(keep(*r, store, "A", "2022-12-10", "90") == "");
  CHECK(keep(*r, store, "B", "2023-01-10", "90") == "");  // another cell, same month
  for (const char* date : {"2024-06-30", "2023-01-31", "2025-08-01", "2025-09-30", "2022-12-01"}) {
    INFO(date);
    CHECK(keep(*r, store, "A", date, "80").find("đã có bản ghi sinh hoạt thường kỳ") !=
          std::string::npos);
  }
  CHECK(keep(*r, store, "A", "2025-09-11", "80", "thematic") == "");  // thematic: any number
  CHECK(keep(*r, store, "A", "2024-07-10", "80") == "");
  CHECK(store.meetings_of(1).size() == 7);
  CHECK(store.meetings_of(2).size() == 1);
  // A thematic one on a day taken, in the window, at its edges and outside it.
  for (const char* date : {"2024-06-12", "2023-01-12", "2025-08-12", "2022-12-12"}) {
    INFO(date);
    CHECK(keep(*r, store, "A", date, "80", "thematic") == "");
    CHECK(keep(*r, store, "A", date, "80", "thematic").find("đã có bản ghi sinh hoạt chuyên đề") !=
          std::string::npos);
  }
  CHECK(keep(*r, store, "A", "2025-09-11", "80", "thematic").find("chuyên đề ngày 11/09/2025") !=
        std::string::npos);
  CHECK(keep(*r, store, "B", "2024-06-12", "80", "thematic") == "");  // another cell, same day
  CHECK(store.meetings_of(1).size() == 11);
}

// A guess (the position found last) is tried first, with the unit after it;
// a wrong or out-of-range guess falls back to the index.
TEST_CASE("a unit's position is the same with any guess") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units(
      {{"A", UnitType::Residential}, {"B", UnitType::Residential}, {"C", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  for (std::size_t guess : {0, 1, 2, 3, 4, 99}) {
    INFO(guess);
    CHECK(store.unit_position("DB1", guess) == std::optional<std::size_t>(0));
    CHECK(store.unit_position("A", guess) == std::optional<std::size_t>(1));
    CHECK(store.unit_position("B", guess) == std::optional<std::size_t>(2));
    CHECK(store.unit_position("C", guess) == std::optional<std::size_t>(3));
    CHECK(store.unit_position("D", guess) == std::nullopt);
    CHECK(store.unit_position("", guess) == std::nullopt);
  }
}

// Totals and kept values too large for 32 bits are kept whole beside the
// packed ones: what comes out is exactly what went in.
TEST_CASE("the store gives back totals and values that do not pack, exactly") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}});
  MeetingStore store(*r, units, {1});  // keeps slot 1 (the date) as a value
  auto add = [&](const std::string& date, Rational total, std::optional<Rational> value) {
    auto s = score_fields(
        *r, {{"cell_id", "A"}, {"date", date}, {"kind", "regular"}, {"p", "90"}, {"att", "100"}});
    REQUIRE(s.ok);
    MeetingRecord rec;
    rec.cell_id = "A";
    rec.date = static_cast<int>(s.score.slots[1].num());
    rec.where = {"m.csv", 2, 0};
    s.score.total = total;
    if (value) s.score.slots[1] = *value;
    REQUIRE(store.add(rec, s.score) == "");
  };
  const Rational huge = *Rational::make(1, 3000000019);  // denominator past 2^31
  const Rational big = Rational(5000000000);
  add("2024-01-10", huge, big);
  add("2024-02-10", *Rational::make(8433, 100), std::nullopt);
  add("2024-03-10", big, huge);
  std::vector<Rational> totals, values;
  for (const StoredMeeting& m : store.meetings_of(1)) {
    totals.push_back(store.total(m));
    values.push_back(store.value(m, 0));
  }
  REQUIRE(totals.size() == 3);
  CHECK(totals[0] == huge);
  CHECK(totals[1] == *Rational::make(8433, 100));
  CHECK(totals[2] == big);
  CHECK(values[0] == big);
  CHECK(values[1] == Rational(19763));  // 2024-02-10, days since 1970-01-01
  CHECK(values[2] == huge);
}

// Room made beforehand changes nothing but where the meetings are: more room
// than used, less (the store then grows as before), or none.
TEST_CASE("a store with room reserved keeps the same meetings as one without") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}, {"B", UnitType::Residential}});
  std::vector<std::vector<std::string>> seen;
  for (std::size_t room : {std::size_t{0}, std::size_t{3}, std::size_t{1000}}) {
    MeetingStore store(*r, units, {1}, true);
    store.reserve(room);
    std::vector<std::string> out;
    for (int month = 1; month <= 12; ++month) {
      const std::string date = fmt::format("2024-{:02}-10", month);
      out.push_back(keep(*r, store, month % 2 ? "A" : "B", date, std::to_string(60 + month)));
    }
    for (std::size_t unit : {std::size_t{1}, std::size_t{2}}) {
      for (const StoredMeeting& m : store.meetings_of(unit)) {
        out.push_back(store.total(m).to_string() + " " + store.value(m, 0).to_string() + " " +
                      store.criterion(m, 0)->to_string());
      }
    }
    seen.push_back(out);
  }
  REQUIRE(seen[0].size() == 24);
  CHECK(seen[0][12] == "61 19732 61");  // A's January: total, date, first criterion
  CHECK(seen[1] == seen[0]);
  CHECK(seen[2] == seen[0]);
}

// A criterion left off a meeting's sheet (rescaled) is kept as none, told
// from a real 0: an item that applies and scores 0, or a group of it.
TEST_CASE("the store keeps a criterion left off a meeting's sheet as none, not 0") {
  auto r = compile_text(left_off_ruleset(true));
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}});
  MeetingStore store(*r, units, {}, true);
  REQUIRE(keep(*r, store, "A", "2024-01-10", "72") == "");
  REQUIRE(keep(*r, store, "A", "2024-01-20", "81", "thematic", "40") == "");
  std::vector<std::string> seen;
  for (const StoredMeeting& m : store.meetings_of(1)) {
    std::string points = store.total(m).to_string();
    for (std::size_t i = 0; i < 3; ++i) {
      const std::optional<Rational> p = store.criterion(m, i);
      points += " " + (p ? p->to_string() : "none");
    }
    seen.push_back(points);
  }
  // Regular: 72 of 90 -> 80, g and cd left off. Thematic: cd applies, 0.
  CHECK(seen == std::vector<std::string>{"80 none none 72", "81 0 0 81"});
}

// warm() only reads: every unit's meetings are the same after it, whatever
// units it is given (none, one without meetings, all, in any order) and
// whatever its room held (read all over under the sanitizers in CI).
TEST_CASE("warming the store's meetings changes nothing") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}, {"B", UnitType::Residential}});
  MeetingStore store(*r, units, {1});
  for (int month = 1; month <= 12; ++month) {
    const std::string date = fmt::format("2024-{:02}-10", month);
    REQUIRE(keep(*r, store, month % 3 ? "A" : "B", date, std::to_string(60 + month)) == "");
  }
  auto listing = [&] {
    std::vector<std::string> out;
    for (std::size_t unit = 0; unit < units.units.size(); ++unit) {
      for (const StoredMeeting& m : store.meetings_of(unit)) {
        out.push_back(std::to_string(unit) + " " + store.total(m).to_string() + " " +
                      store.value(m, 0).to_string());
      }
    }
    return out;
  };
  const std::vector<std::string> before = listing();
  REQUIRE(before.size() == 12);
  std::vector<std::uint32_t> at = {7, 7, 7};
  for (const std::vector<std::size_t>& positions :
       {std::vector<std::size_t>{}, {0}, {2, 1, 0}, {1, 1, 2}}) {
    store.warm(positions, at);
    CHECK(at.empty());  // every chain walked to its end
    CHECK(listing() == before);
  }
}

// A meeting keeps its file as a 16-bit number: the 65,536th file of one run
// is refused with a reason, and the files before it are still named right.
TEST_CASE("the store takes meetings from at most 65,535 record files") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  auto s = score_fields(*r, {{"cell_id", "A"},
                             {"date", "2024-01-10"},
                             {"kind", "thematic"},
                             {"p", "90"},
                             {"att", "100"}});
  REQUIRE(s.ok);
  MeetingRecord rec;
  rec.cell_id = "A";
  rec.date = static_cast<int>(s.score.slots[1].num());
  rec.kind = MeetingKind::Thematic;
  // Each a thematic meeting of its own day (the same one twice is refused):
  // 28 days of January, in years 1000 on.
  const int first_day = rec.date;
  auto next_meeting = [&](std::size_t n) {
    rec.date = first_day + static_cast<int>(n % 28);
    s.score.slots[kSlotYear] = Rational(static_cast<std::int64_t>(1000 + n / 28));
  };
  std::size_t refused = 0;
  for (std::size_t f = 0; f < MeetingStore::kMaxFiles; ++f) {
    next_meeting(f);
    rec.where = {"m" + std::to_string(f) + ".csv", 2, 0};
    refused += store.add(rec, s.score).empty() ? 0 : 1;
  }
  CHECK(refused == 0);
  next_meeting(MeetingStore::kMaxFiles);
  rec.where = {"m0.csv", 3, 0};  // a file already known: still taken
  CHECK(store.add(rec, s.score) == "");
  next_meeting(MeetingStore::kMaxFiles + 1);
  rec.where = {"one-too-many.csv", 2, 0};
  CHECK(store.add(rec, s.score) ==
        "quá nhiều tệp bản ghi trong một lần chạy (tối đa 65535); hãy gộp các tệp lại");
  std::vector<std::string> where;
  for (const StoredMeeting& m : store.meetings_of(1)) {
    where.push_back(store.file_of(m) + ":" + std::to_string(m.line));
  }
  REQUIRE(where.size() == MeetingStore::kMaxFiles + 1);
  CHECK(where[0] == "m0.csv:2");
  CHECK(where[65534] == "m65534.csv:2");
  CHECK(where[65535] == "m0.csv:3");
}

// A meeting's file is kept by runs of meetings from one file: files may
// come back, and a meeting refused at a change of file leaves the files of
// those after it right.
TEST_CASE("each meeting's file and form are given back, files coming in runs") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}, {"B", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  auto add = [&](const std::string& cell, const std::string& date, const std::string& kind,
                 const std::string& file, int line) {
    auto s = score_fields(*r, {{"cell_id", cell}, {"date", date}, {"kind", kind}, {"p", "90"}});
    REQUIRE(s.ok);
    MeetingRecord rec;
    rec.cell_id = cell;
    rec.date = static_cast<int>(s.score.slots[1].num());
    rec.kind = kind == "thematic" ? MeetingKind::Thematic : MeetingKind::Regular;
    rec.where = {file, line, 0};
    return store.add(rec, s.score);
  };
  CHECK(add("A", "2024-01-10", "regular", "one.csv", 2) == "");
  CHECK(add("A", "2024-02-10", "thematic", "one.csv", 3) == "");
  CHECK(add("A", "2024-01-20", "regular", "two.csv", 2) ==
        "chi bộ 'A' đã có bản ghi sinh hoạt thường kỳ tháng 1/2024 (one.csv:2)");
  CHECK(add("B", "2024-01-10", "regular", "three.csv", 7) == "");
  CHECK(add("B", "2024-02-10", "regular", "one.csv", 4) == "");
  CHECK(add("A", "2024-03-10", "regular", "two.csv", 5) == "");
  std::vector<std::string> got;
  for (std::size_t cell : {1u, 2u}) {
    for (const StoredMeeting& m : store.meetings_of(cell)) {
      got.push_back(store.file_of(m) + ":" + std::to_string(m.line) + " form " +
                    std::to_string(store.form(m)));
    }
  }
  CHECK(got == std::vector<std::string>{"one.csv:2 form 0", "one.csv:3 form 0", "two.csv:5 form 0",
                                        "three.csv:7 form 0", "one.csv:4 form 0"});
}

// The store keeps no form: a meeting's is its kind's in the ruleset.
TEST_CASE("a stored meeting's form is the one its kind is scored by") {
  auto r = compile_text(
      "id: t\ntitle: T\nsource: {document: D}\nversion: 1\neffective: {from: 2019-01-01}\n"
      "kinds: [regular, thematic]\nscale: 100\n"
      "inputs:\n  ok: {type: yesno, label: Đạt}\n"
      "forms:\n"
      "  - id: chuyen_de\n    kinds: [thematic]\n    criteria:\n"
      "      - {id: b, label: B, max: 100, when: ok}\n"
      "  - id: thuong_ky\n    kinds: [regular]\n    criteria:\n"
      "      - {id: a, label: A, max: 100, when: ok}\n"
      "grades:\n  - {id: dat, label: Đạt, from: 50}\n  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(r);
  Units units = make_units({{"A", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  std::vector<int> scored_by;  // the scorer's form, by meeting
  for (const char* kind : {"regular", "thematic"}) {
    auto s =
        score_fields(*r, {{"cell_id", "A"}, {"date", "2024-01-10"}, {"kind", kind}, {"ok", "có"}});
    REQUIRE(s.ok);
    MeetingRecord rec;
    rec.cell_id = "A";
    rec.date = static_cast<int>(s.score.slots[1].num());
    rec.kind = std::string(kind) == "thematic" ? MeetingKind::Thematic : MeetingKind::Regular;
    rec.where = {"m.csv", 2, 0};
    REQUIRE(store.add(rec, s.score) == "");
    scored_by.push_back(s.score.form);
  }
  std::vector<int> kept;
  for (const StoredMeeting& m : store.meetings_of(1)) kept.push_back(store.form(m));
  CHECK(scored_by == std::vector<int>{1, 0});
  CHECK(kept == scored_by);
}

// Worker threads hand meetings back as bytes: two meetings one after the
// other (one listed, with values and criteria; one not listed, with its id)
// read back exactly, into a meeting that held others before; a buffer cut
// anywhere short of a whole meeting is refused and left as it was.
TEST_CASE("prepared meetings read back from their bytes exactly") {
  PreparedMeeting listed;
  listed.position = 281054;
  listed.year = 2024;
  listed.month = 12;
  listed.kind = MeetingKind::Thematic;
  listed.total = *Rational::make(175, 2);
  listed.grade = 1;
  listed.values = {Rational(95), *Rational::make(1, 3000000019)};
  listed.criteria = {Rational(5), std::nullopt, Rational(0), *Rational::make(7, 2)};
  PreparedMeeting unknown;
  unknown.cell_id = "CP-Bãi-Nai-99";
  unknown.year = 2023;
  unknown.month = 1;
  unknown.thematic_too = true;
  unknown.total = Rational(100);
  PreparedMeeting committee;
  committee.position = 0;
  committee.base_committee = true;

  std::string bytes;
  append_prepared(listed, bytes);
  const std::size_t first = bytes.size();
  append_prepared(unknown, bytes);
  append_prepared(committee, bytes);

  auto same = [](const PreparedMeeting& a, const PreparedMeeting& b) {
    return a.position == b.position && a.base_committee == b.base_committee &&
           a.cell_id == b.cell_id && a.year == b.year && a.month == b.month && a.kind == b.kind &&
           a.thematic_too == b.thematic_too && a.total == b.total && a.grade == b.grade &&
           a.values == b.values && a.criteria == b.criteria;
  };
  std::string_view in = bytes;
  PreparedMeeting out = unknown;  // reused: nothing of it may stay
  REQUIRE(read_prepared(in, out));
  CHECK(same(out, listed));
  CHECK(in.size() == bytes.size() - first);
  REQUIRE(read_prepared(in, out));
  CHECK(same(out, unknown));
  REQUIRE(read_prepared(in, out));
  CHECK(same(out, committee));
  CHECK(in.empty());
  CHECK_FALSE(read_prepared(in, out));

  for (std::size_t cut = 0; cut < first; ++cut) {
    INFO(cut);
    std::string_view part(bytes.data(), cut);
    PreparedMeeting kept = committee;
    CHECK_FALSE(read_prepared(part, kept));
    CHECK(part.size() == cut);
    CHECK(same(kept, committee));
  }
}

TEST_CASE("a rejected record's month or quarter is kept by its cell and year") {
  auto r = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(r);
  Units units = make_units({{"CP-01", UnitType::Residential}, {"CP-02", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  auto months = [&](std::size_t i, int year) { return store.rejected_in(i, year).months; };
  auto quarters = [&](std::size_t i, int year) {
    return store.rejected_in(i, year).thematic_quarters;
  };
  CHECK(months(1, 2024) == 0);
  const MeetingKind regular = MeetingKind::Regular, thematic = MeetingKind::Thematic;
  store.note_rejected("CP-01", *parse_date("2024-03-05"), regular);
  store.note_rejected("CP-01", *parse_date("2024-03-20"), regular);  // the same month again
  store.note_rejected("CP-01", *parse_date("2024-12-31"), regular);
  store.note_rejected("CP-01", *parse_date("2023-01-01"), regular);
  store.note_rejected("CP-09", *parse_date("2024-04-01"), regular);  // no cell of the list
  // A thematic meeting's quarter, not its month.
  store.note_rejected("CP-01", *parse_date("2024-06-30"), thematic);
  store.note_rejected("CP-02", *parse_date("2024-10-01"), thematic);
  CHECK(months(1, 2024) == ((1u << 3) | (1u << 12)));
  CHECK(quarters(1, 2024) == (1u << 2));
  CHECK(months(1, 2023) == (1u << 1));
  CHECK(quarters(1, 2023) == 0);
  CHECK(months(1, 2025) == 0);
  CHECK(months(2, 2024) == 0);
  CHECK(quarters(2, 2024) == (1u << 4));
  CHECK(store.meetings_of(1).size() == 0);  // a rejected record is no meeting
}

// A record dated outside the ruleset's effective dates is rejected, and its
// month neither counted nor missing: the reports count it apart.
TEST_CASE("a date outside the ruleset's effective dates is out of force, its ends in force") {
  std::string text = points_ruleset("  quarter: {by: mean}\n");
  text.replace(text.find("2019-01-01"), 10, "2019-05-14, to: 2024-05-31");
  auto r = compile_text(text);
  REQUIRE(r);
  Units units = make_units({{"CP-01", UnitType::Residential}});
  MeetingStore store(*r, units, {});
  CHECK(store.outside_force(*parse_date("2019-05-13")));
  CHECK_FALSE(store.outside_force(*parse_date("2019-05-14")));
  CHECK_FALSE(store.outside_force(*parse_date("2024-05-31")));
  CHECK(store.outside_force(*parse_date("2024-06-01")));
  auto open = compile_text(points_ruleset("  quarter: {by: mean}\n"));
  REQUIRE(open);
  MeetingStore open_store(*open, units, {});
  CHECK_FALSE(open_store.outside_force(*parse_date("2999-12-31")));
  CHECK(open_store.outside_force(*parse_date("2018-12-31")));
}
