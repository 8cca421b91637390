#include "district_run.h"

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <utility>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "chibo/huge_pages.h"
#include "chibo/number_format.h"
#include "chibo/rollup.h"
#include "chibo/score_writer.h"
#include "cli_common.h"
#include "command.h"
#include "output_file.h"
#include "output_option.h"
#include "record_files.h"
#include "unlisted_summary.h"

namespace chibo::cli {
namespace {

// Keeps every scored meeting; a meeting the store refuses (unknown cell, a
// second meeting in a month) is reported and counted as rejected. Every
// rejection is also listed (its first RejectedList::kListed) and counted
// when kept is given, for the report's list of rejected records
// (DistrictNeeds::rejected_records): rank and audit show no such list.
// Which listed cell a record of a cell not in the units list may be is known
// only once every record is kept (UnlistedCells): its line says the refusal
// alone, when it is read, and the cell's hint is said once, in the note
// after the accounting lines, and added to its records in the reports' list
// by finish(). Nothing is held: a run of a wrong list (one cell) refuses
// every record, and holding each line from the first was a line's memory a
// record, all of it lost to Ctrl+C.
class StoreSink : public ForwardingSink {
 public:
  StoreSink(std::ostream& err, MeetingStore& store, const Units& units, Period period,
            RejectedList* kept, AuditCollector* audit)
      : ForwardingSink(err),
        store_(store),
        units_(units),
        period_(period),
        kept_(kept),
        audit_(audit) {}
  // What the store keeps of a meeting is taken on a worker thread, its
  // cell's position looked up there too (at national scale, 4 million
  // look-ups were a tenth of the reading thread's time), and written as
  // bytes (append_prepared) after the line and column it was read at: the
  // reading thread only keeps it, and (with no audit) the worker scores in
  // its own record and score and a batch's meetings come back in one buffer.
  // Each thread starts its look-up from the cell it found last (its own:
  // prepare() may change no shared state).
  struct Kept : Prepared {
    PreparedMeeting meeting;  // the worker's, made again for every meeting
  };
  std::unique_ptr<Prepared> new_prepared() const override { return std::make_unique<Kept>(); }
  void prepare(const MeetingRecord& record, const MeetingScore& score,
               Prepared& out) const override {
    thread_local std::size_t last = 0;
    const std::optional<std::size_t> position = store_.unit_position(record.cell_id, last);
    if (position) last = *position;
    PreparedMeeting& meeting = static_cast<Kept&>(out).meeting;
    store_.prepare(record, score, position, meeting);
    const Place place{record.where.line, record.where.column};
    out.text.append(reinterpret_cast<const char*>(&place), sizeof place);
    append_prepared(meeting, out.text);
  }
  // The meetings in prepared's text (one, or with worker threads and no
  // audit, a run of them), read at their lines in record's file.
  void scored_prepared(const MeetingRecord& record, const MeetingScore& score,
                       const Prepared& prepared) override {
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
  // The audit reads the whole record and score; nothing else does.
  bool reads_meeting_when_prepared() const override { return audit_ != nullptr; }
  bool joins_prepared_text() const override { return audit_ == nullptr; }
  // The reading thread is held up now and then (the store taking fresh
  // pages as it fills, their first writes slow on this kind of virtual
  // machine; three threads on two cores): with four batches a worker in
  // flight, a worker ran out of work meanwhile (national 2024-Q2: CPU of the records
  // phase 1.76-1.81 of 2 -> 1.88-1.90; by year, alternated, 3.28-3.38 s with four, 3.12-3.22 with
  // eight, 3.05-3.16 with twelve). Twelve hold about 16 MB more in that phase: by year the peak is
  // then there, 230 -> 238 MB; by quarter still the ranking's, 241 MB (with sixteen, 248). Not with
  // the audit, whose batches hold each record and score (megabytes each).
  static constexpr int kBatchesAhead = 12;
  int batches_ahead() const override { return audit_ ? kScoreBatchesAhead : kBatchesAhead; }
  void scored(const MeetingRecord& record, const MeetingScore& score) override {
    store_.prepare(record, score, store_.unit_position(record.cell_id), single_);
    keep(single_, record.where, record, score);
  }
  void rejected(const Location& where, const std::string& why) override {
    if (kept_) kept_->add(where, why);
    rejected_where_ = where;
    ForwardingSink::rejected(where, why);
  }
  // Once every record is kept: the unlisted cells are judged and their
  // records in the reports' list get their cell's hint. Returns the cells
  // (by UnlistedCells' number), for the note after the accounting lines.
  std::vector<UnlistedCells::Cell> finish() {
    std::vector<UnlistedCells::Cell> cells = unlisted_.judge(store_, units_);
    std::vector<std::string> hints(cells.size());
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (std::string hint = UnlistedCells::hint(cells[c]); !hint.empty()) hints[c] = "; " + hint;
    }
    for (const UnlistedKept& k : unlisted_kept_) kept_->listed()[k.at].why += hints[k.cell];
    unlisted_kept_ = {};
    return cells;
  }
  void rejected_meeting(const std::string& cell_id, int date, MeetingKind kind) override {
    const std::optional<std::size_t> at = cell_id.empty() ? std::nullopt : units_.position(cell_id);
    // Called right after rejected(): the cell of the record just kept.
    if (kept_) kept_->cell_of_last(cell_id, at.has_value());
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
  // Listed units a record named (kept, or rejected for any reason): told
  // beside the unlisted ones, a wrong units list is seen at a glance.
  std::int64_t listed_named = 0;
  std::int64_t refused = 0, in_period = 0, in_previous = 0, outside = 0;

 private:
  struct Place {
    int line = 0, column = 0;
  };
  void named_listed(std::size_t at) {
    if (named_.empty()) named_.assign(units_.units.size(), false);
    if (!named_[at]) {
      named_[at] = true;
      ++listed_named;
    }
  }
  // An unlisted cell's record listed in kept_: its place there, its cell's number.
  struct UnlistedKept {
    std::size_t at = 0;
    std::uint32_t cell = 0;
  };
  // record and score: the meeting's own when the audit reads them
  // (reads_meeting_when_prepared()), else empty.
  void keep(const PreparedMeeting& meeting, const Location& where, const MeetingRecord& record,
            const MeetingScore& score) {
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
        kept_->cell_of_last(meeting.position ? units_.units[*meeting.position].id : meeting.cell_id,
                            meeting.position.has_value());
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

  MeetingStore& store_;
  const Units& units_;
  Period period_;
  RejectedList* kept_;      // null: not kept
  AuditCollector* audit_;   // null: no audit wanted
  PreparedMeeting single_;  // the meeting being kept (read back, or scored())
  Location where_;          // where it was read
  UnlistedCells unlisted_;
  std::vector<UnlistedKept> unlisted_kept_;  // with kept_ only
  Location rejected_where_;                  // where the last rejected record was read
  std::vector<bool> named_;                  // by position: a record named it (listed_named)
};

// Reading the units and scoring the records make and free millions of small
// pieces (the units' rows; each record's batch on the scoring threads), and
// glibc keeps freed memory for reuse; the meetings and then the ranking would
// come on top of it. National year, measured: after the units 183 MB kept for
// 60 MB in use (73 MB after this); after scoring with two threads about 50 MB
// more than in use. Called between the phases, it lowers the peak of `rank`.
void give_back_freed_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

// Units refused for their rows' problems are not in the ranking, whose
// table and totals read whole without them: said after the records' errors,
// which may have pushed the list's own off the screen. (A second row of an
// id that is listed is no unit missing.)
void say_units_left_out(const Units& units, const std::string& file, std::ostream& err) {
  std::vector<std::pair<std::string, int>> out;
  for (const auto& row : units.left_out) {
    if (!units.find(row.first)) out.push_back(row);
  }
  if (out.empty()) return;
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.second < b.second; });
  constexpr std::size_t kNamedAtMost = 10;
  std::string named;
  for (std::size_t i = 0; i < out.size() && i < kNamedAtMost; ++i) {
    named +=
        fmt::format("{}'{}' (dòng {})", i == 0 ? "" : ", ", one_line(out[i].first), out[i].second);
  }
  if (out.size() > kNamedAtMost) {
    named += fmt::format(" và {} đơn vị khác", out.size() - kNamedAtMost);
  }
  fmt::print(err,
             "chibo: cảnh báo: {} đơn vị của danh sách {} bị loại vì lỗi (xem ở trên), không có "
             "trong kết quả: {}; hãy sửa danh sách rồi chạy lại\n",
             format_count(static_cast<std::int64_t>(out.size())), one_line(file), named);
}

}  // namespace

std::vector<std::string> DistrictOptions::inputs() const {
  std::vector<std::string> all = {ruleset, units};
  all.insert(all.end(), records.begin(), records.end());
  return all;
}

void add_district_options(CLI::App& app, DistrictOptions& o, bool ranks) {
  app.add_option("--ruleset,-r", o.ruleset, "Tệp bộ tiêu chí (YAML)")->required();
  app.add_option("--units,-u", o.units, "Danh sách đơn vị của huyện (Excel .xlsx, CSV hoặc YAML)")
      ->required()
      ->check(named_file());
  app.add_option("--period,-p", o.period, "Kỳ: một quý (2024-Q1) hoặc một năm (2024)")
      ->type_name("KỲ")
      ->required()
      ->check([](const std::string& p) {
        // The value said back: a month (2024-03) or a quarter without its
        // word (I/2024) is seen only there.
        return Period::parse(p) ? ""
                                : fmt::format(
                                      "hãy ghi một quý như 2024-Q1 (hay quý I/2024), hoặc một "
                                      "năm như 2024, không phải '{}'",
                                      one_line(p));
      });
  if (ranks) {
    app.add_option("--by", o.by,
                   "Xếp hạng thêm trong từng nhóm: type (loại hình) hoặc parent (đảng bộ cơ sở)")
        ->check(CLI::IsMember({"type", "parent"}));
  }
  add_output_option(app, o.output);
  add_threads_option(app, o.threads);
  // Only a ranking shows a change from the period before.
  app.add_option("TỆP_BẢN_GHI", o.records,
                 ranks ? "Các tệp bản ghi: Excel (.xlsx), CSV hoặc YAML ('-' là đầu vào chuẩn); "
                         "bản ghi của kỳ "
                         "trước, nếu có, cho biết điểm và thứ hạng thay đổi thế nào"
                       : "Các tệp bản ghi: Excel (.xlsx), CSV hoặc YAML ('-' là đầu vào chuẩn); "
                         "chỉ xét bản ghi "
                         "trong kỳ --period")
      ->required()
      ->check(named_file(" ('-' là đầu vào chuẩn)"));
}

std::unique_ptr<DistrictRun> run_district(const DistrictOptions& o, DistrictNeeds needs,
                                          std::ostream& err) {
  // A records file that cannot be opened: every cell of it would come out
  // with its months missing, ranked last, in a ranking that looks whole
  // (and is sent on). Said, and nothing written.
  // (A pipe or device is not opened here: its writer would see it closed.)
  for (const std::string& name : o.records) {
    std::error_code ec;
    const std::filesystem::file_status st = std::filesystem::status(name, ec);
    if (name == "-" ||
        (std::filesystem::exists(st) && !std::filesystem::is_directory(st) &&
         (!std::filesystem::is_regular_file(st) || std::ifstream(name, std::ios::binary).good()))) {
      continue;
    }
    fmt::print(err,
               "chibo: không mở được tệp bản ghi '{}' ({}): không ghi kết quả, vì thiếu một tệp "
               "thì các chi bộ của tệp đó bị tính thiếu tháng\n",
               one_line(name),
               std::filesystem::is_directory(name, ec)
                   ? "đây là một thư mục, không phải tệp bản ghi"
                   : "tệp có tồn tại, và có quyền đọc không?");
    return nullptr;
  }
  auto run = std::make_unique<DistrictRun>();
  // The units' rows, freed once the list is made, have their room kept for
  // tables made later (BlockReuse), to the end of the roll-up: the store's
  // values, the ranked cells (national year, page faults 85,900 -> 72,000).
  auto reuse = std::make_unique<BlockReuse>();
  // The units list is read on another thread while the ruleset loads (each
  // needs nothing of the other), where a core was idle for the ruleset's
  // 20-40 ms; its messages are said after the ruleset's, as before. (A run
  // that stops at the ruleset waits for it: std::async's future does.)
  Diagnostics unit_diags;
  std::future<std::optional<Units>> units_read;
  if (o.units != "-") {
    units_read = std::async(std::launch::async,
                            [&o, &unit_diags] { return load_units(o.units, unit_diags); });
  }
  run->ruleset = load_or_report(o.ruleset, err);
  if (!run->ruleset) return nullptr;
  const CompiledRuleset& ruleset = *run->ruleset;
  // The files the ruleset extends, known now: inputs as much as the ones
  // the command line names (run_and_write looked at those).
  if (std::string why = output_problem(o.output, ruleset_of(ruleset).bases); !why.empty()) {
    fmt::print(err, "chibo: {}\n", one_line(why));
    return nullptr;
  }
  if (o.units == "-") {  // it was looked for as a file named "-"
    fmt::print(err,
               "chibo: danh sách đơn vị phải là một tệp (--units TỆP.xlsx, TỆP.csv hoặc TỆP.yaml), "
               "không đọc từ đầu vào chuẩn ('-')\n");
    return nullptr;
  }
  std::optional<Units> units = units_read.get();
  print_diagnostics(err, unit_diags);
  if (!units) return nullptr;
  // No cell to rank (every row refused: the records file given as the list,
  // say): said, and nothing written, rather than a ranking of no one.
  if (std::none_of(units->units.begin(), units->units.end(),
                   [](const Unit& u) { return u.holds_meetings(); })) {
    fmt::print(err,
               "chibo: danh sách đơn vị {} không có chi bộ nào dùng được, không xếp hạng (xem "
               "các lỗi ở trên; --units là danh sách đơn vị, các tệp bản ghi ghi sau cùng: có "
               "nhầm hai tệp không?)\n",
               o.units);
    return nullptr;
  }
  run->units = std::move(*units);
  give_back_freed_memory();

  Period period = *Period::parse(o.period);
  run->period = period;
  run->store = std::make_unique<MeetingStore>(ruleset, run->units,
                                              rank_value_slots(rank_keys(ruleset)), needs.criteria);
  // A meeting's record takes more than 64 bytes in any real sheet (140 in
  // the generated national CSV), so this is room enough and never filled.
  run->store->reserve(record_files_bytes(o.records) / 64);
  AuditCollector audit(ruleset, run->units);
  StoreSink sink(err, *run->store, run->units, period,
                 needs.rejected_records ? &run->rejected : nullptr, needs.audit ? &audit : nullptr);
  bool had_problem = false;
  const std::vector<std::string> unread =
      run_files(ruleset, o.records, sink, run->counts, had_problem, o.threads);
  std::vector<UnlistedCells::Cell> unlisted = sink.finish();
  give_back_freed_memory();
  run->counts.scored -= sink.refused;
  run->counts.rejected += sink.refused;
  err << "chibo: " << ruleset_stamp(ruleset) << '\n';
  err << "chibo: " << accounting_line(run->counts) << '\n';
  // A file opened but not read at all (a YAML file that does not parse, a
  // damaged workbook, an .xls): its cells would be ranked with their months
  // missing, as for a file not found above. Said (its reason is above), and
  // nothing written.
  if (!unread.empty()) {
    std::string names;
    for (const std::string& name : unread) {
      names += fmt::format("{}'{}'", names.empty() ? "" : ", ", one_line(name));
    }
    fmt::print(err,
               "chibo: không đọc được tệp bản ghi {} (xem lỗi ở trên): không ghi kết quả, vì "
               "thiếu một tệp thì các chi bộ của tệp đó bị tính thiếu tháng\n",
               names);
    return nullptr;
  }
  fmt::print(err,
             "chibo: dùng cho {}: {} bản ghi; kỳ trước ({}): {}; ngoài hai kỳ, "
             "không dùng: {}\n",
             period.label(), format_count(sink.in_period), period.previous().label(),
             format_count(sink.in_previous), format_count(sink.outside));
  say_units_left_out(run->units, o.units, err);
  say_unlisted_cells(std::move(unlisted), run->units.file, sink.listed_named, run->counts.read,
                     err);
  // A period with no meeting ranks every cell last, months missing: a year
  // typed wrong (2025 for 2024) said so, not left to be read in the table.
  // A period partly outside the ruleset's effective dates is rolled up from
  // the months in force (rollup.cpp): said, as the months counted are fewer.
  const DaysInForce days = days_in_force(ruleset);
  const MonthsInForce months = months_in_force(ruleset, period);
  if (months.none()) {
    if (months.before_start) {
      fmt::print(err,
                 "chibo: cảnh báo: {} trước ngày hiệu lực {} của bộ tiêu chí: không có tháng nào "
                 "để xếp hạng\n",
                 period.label(), days.from);
    } else {
      fmt::print(err,
                 "chibo: cảnh báo: {} sau ngày hết hiệu lực {} của bộ tiêu chí: không có tháng "
                 "nào để xếp hạng\n",
                 period.label(), days.to);
    }
  } else if (months.first != period.first_month() || months.last != period.last_month()) {
    std::string span;
    if (months.first != period.first_month()) {
      span = fmt::format("từ tháng {}/{}", months.first, period.year);
    }
    if (months.last != period.last_month()) {
      span += fmt::format("{}đến tháng {}/{}", span.empty() ? "" : " ", months.last, period.year);
    }
    std::string dates = "từ " + days.from;
    if (!days.to.empty()) dates += " đến " + days.to;
    fmt::print(err, "chibo: {} chỉ tính {} (bộ tiêu chí có hiệu lực {})\n", period.label(), span,
               dates);
  }
  if (!months.none() && sink.in_period == 0) {
    fmt::print(
        err,
        "chibo: cảnh báo: không có bản ghi nào của {}: mọi chi bộ đều bị tính thiếu "
        "tháng (kỳ có đúng không?{})\n",
        period.label(),
        run->counts.rejected > 0 ? " hay bản ghi của kỳ đều bị loại: xem các lỗi ở trên" : "");
  }
  GroupBy by = o.by == "type" ? GroupBy::Type : o.by == "parent" ? GroupBy::Parent : GroupBy::None;
  // Without the meetings wanted after, the store goes once the cells are
  // rolled up, before the sorts: national 2024-Q2's peak 255 -> 186 MB.
  run->ranking = rank_cells(ruleset, run->units, *run->store, period, by, o.threads, [&] {
    reuse.reset();  // before the store is freed: its room is not kept
    if (!needs.meetings) run->store.reset();
  });
  reuse.reset();
  // A month no cell met in, when others were met: its records are likely
  // missing from the files (a year ranked from three quarters' files), every
  // cell graded down for it as if none had met.
  if (const std::vector<int> unmet = months_no_cell_met(run->ranking); !unmet.empty()) {
    const char* those = unmet.size() == 1 ? "tháng đó" : "các tháng đó";
    // Rejected records of those months: they may be the month's, to mend.
    const bool rejected =
        std::any_of(run->ranking.cells.begin(), run->ranking.cells.end(), [&](const RankedCell& c) {
          return std::any_of(unmet.begin(), unmet.end(),
                             [&](int month) { return c.now.rejected_missing_months.has(month); });
        });
    fmt::print(
        err,
        "chibo: cảnh báo: không chi bộ nào có bản ghi sinh hoạt thường kỳ của tháng "
        "{}/{} được chấm điểm: mọi chi bộ đều bị tính thiếu {} (thiếu tệp bản ghi của "
        "{}?{})\n",
        fmt::join(unmet, ", "), period.year, those, those,
        rejected ? fmt::format(" hay bản ghi của {} đều bị loại: xem các lỗi ở trên", those) : "");
  }
  run->audit = audit.finish();
  if (needs.summary) {
    run->summary = summarize(run->ranking, run->units, ruleset_of(ruleset).grades.size());
  }
  run->bad_input = run->counts.rejected > 0 || had_problem || unit_diags.has_errors();
  return run;
}

int run_and_write(const char* command, const DistrictOptions& o, DistrictNeeds needs,
                  const std::function<void(const DistrictRun&, std::ostream&)>& write) {
  if (std::string why = output_problem(o.output, o.inputs()); !why.empty()) {
    fmt::print(std::cerr, "chibo {}: {}\n", command, one_line(why));
    return kExitUsage;
  }
  std::unique_ptr<DistrictRun> run = run_district(o, needs, std::cerr);
  if (!run) return kExitUsage;
  std::string why = write_output(o.output, [&](std::ostream& out) { write(*run, out); });
  if (!why.empty()) {
    fmt::print(std::cerr, "chibo {}: {}\n", command, one_line(why));
    return kExitUsage;
  }
  return run->bad_input ? kExitInvalidInput : kExitOk;
}

}  // namespace chibo::cli
