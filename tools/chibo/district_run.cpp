#include "district_run.h"

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <memory>
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
#include "store_sink.h"
#include "unlisted_summary.h"

namespace chibo::cli {
namespace {

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
  const std::vector<std::pair<std::string, int>> out = units.units_left_out();
  if (out.empty()) return;
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
  // say): said, and nothing written, rather than a ranking of no one. Rows
  // left out for their faults (a base committee's type mistyped, its cells
  // with it) make it a list to mend, not two files swapped.
  if (std::none_of(units->units.begin(), units->units.end(),
                   [](const Unit& u) { return u.holds_meetings(); })) {
    if (const auto missing = units->units_left_out(); !missing.empty()) {
      fmt::print(err,
                 "chibo: danh sách đơn vị {} không có chi bộ nào dùng được, không xếp hạng: {} "
                 "đơn vị bị loại vì lỗi (xem ở trên); hãy sửa danh sách rồi chạy lại\n",
                 o.units, format_count(static_cast<std::int64_t>(missing.size())));
      return nullptr;
    }
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
                 needs.rejected_records ? &run->rejected : nullptr, needs.audit ? &audit : nullptr,
                 needs.points_outside || needs.criteria || needs.audit);
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
  } else if (const std::string span = months_in_force_span(months, period); !span.empty()) {
    fmt::print(err, "chibo: {} chỉ tính {} (bộ tiêu chí có hiệu lực {})\n", period.label(), span,
               days.span());
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
