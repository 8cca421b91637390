#include "chibo/score_run.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <future>
#include <memory>
#include <set>
#include <span>
#include <string_view>
#include <thread>

#include <fmt/format.h>

#include "chibo/number_format.h"
#include "chibo/record_checker.h"
#include "chibo/record_reader.h"
#include "chibo/scorer.h"
#include "file_notes.h"
#include "worker_pool.h"

namespace chibo {
namespace {

// A record checked and scored: a worker's own, made again for every record
// it scores, or (a sink that reads the meeting) one an item, in the batch.
struct Meeting {
  MeetingRecord record;
  MeetingScore score;
};

// One record on its way through: where its fields are, then its outcome.
// Small (128 bytes; 120 before its shares): a batch's thousands are written
// on one core and read on the other, where each item with its own record
// and score was five times the size and a batch of 2,048 a megabyte, most
// of it never used.
struct Item {
  std::size_t first = 0, fields = 0;  // its fields: Batch::spans[first .. first + fields)
  std::size_t text = 0;               // where its text starts in Batch::bytes (spans from there)
  int line = 0, column = 0;           // where it was read, in the runner's file (its first fault's)
  // Rejected by check() or scoring, its cell and date read: its date, and
  // cell_id and kind its own (ScoreSink::rejected_meeting); else kNoDate.
  int date = kNoDate;
  // Its fields' own lines (a YAML meeting's): Batch::lines[first .. first +
  // fields), when lined (an unlined item before it, a YAML meeting that is
  // not a map, left Batch::lines short: padded to its first).
  bool lined = false;
  bool scored = false;
  MeetingKind kind = MeetingKind::Regular;
  DateOrder date_order = DateOrder::Plain;           // its dates' (MeetingRecord::date_order)
  std::int16_t share_fraction = -1, share_one = -1;  // MeetingRecord's
  // The reader's error, then the reason it was rejected; or, scored, its
  // warning (a claim left out: RecordChecker::check).
  std::string why;
  std::string cell_id;
  std::size_t text_end = 0;  // joined texts: where the batch's text ends after this one
  // ScoreSink::prepare's; null when the batch's texts are joined (the worker
  // prepares into the batch's text itself, lent to its work item).
  std::unique_ptr<ScoreSink::Prepared> prepared;
};
static_assert(sizeof(Item) <= 128, "Item has grown");

// The fields of a batch's records are copied one after another into one
// buffer, a record's text at a time: the reader keeps refilling its own (hot)
// FieldList, instead of the strings of a batch a worker last touched on the
// other core (the cache misses made splitting 2.5 times slower than the
// baseline's).
struct Batch {
  std::vector<Item> items;
  std::vector<Meeting> meetings;  // ScoreSink::reads_meeting_when_prepared: items' own, in order
  std::size_t size = 0;
  std::string bytes;                   // every record's text, one after another
  std::vector<FieldList::Span> spans;  // where each field is in its record's text
  std::vector<int> lines;              // each field's line, for lined items
  std::string joined;                  // joined texts: its scored meetings', in order

  void clear() {
    size = 0;
    bytes.clear();
    spans.clear();
    lines.clear();
    joined.clear();
  }
  // Item i's fields, as views of bytes (valid until the batch is refilled).
  // Written in place over out's (reused) room: growing it a view at a time
  // cost four times as much, about 3% of a worker's time.
  void fields_of(const Item& item, std::vector<std::string_view>& out) const {
    out.resize(item.fields);
    const char* const text = bytes.data() + item.text;
    const FieldList::Span* const field = spans.data() + item.first;
    for (std::size_t f = 0; f < item.fields; ++f) {
      out[f] = std::string_view(text + field[f].begin, field[f].end - field[f].begin);
    }
  }
  std::span<const int> lines_of(const Item& item) const {
    if (!item.lined) return {};
    return std::span<const int>(lines).subspan(item.first, item.fields);
  }
};

class Runner : public RecordHandler {
 public:
  // file: the one input read (every row's where names it, or a tab of it
  // whose columns() name it: changed only then, with no batch running).
  Runner(const CompiledRuleset& r, const std::string& file, ScoreSink& sink, RunCounts& counts,
         int threads)
      : checker_(r),
        ruleset_(r),
        file_(file),
        sink_(sink),
        counts_(counts),
        threads_(std::max(threads, 1)) {
    // The file is named once (items carry only their lines): a string a
    // record, written on one core and read on the other, cost more.
    located_.where.file = file;
  }

  void columns(const std::vector<std::string>& names, const Location& where, bool each_record,
               std::span<const int> lines) override {
    // A YAML list's meetings nearly always have the same keys in the same
    // order: bound as they are, without waiting for the workers (a flush a
    // meeting made two threads slower than one). What binding would say
    // again was said, once, for the first.
    if (each_record && bound_each_record_ && names == bound_names_) return;
    bound_names_ = names;
    bound_each_record_ = each_record;
    // Rows already read were split under the old columns: finish them first.
    flush();
    // A workbook's later tab: its rows are named by it (read_records).
    if (!where.file.empty() && where.file != file_) {
      finish_file();
      file_ = where.file;
      located_.where.file = file_;
    }
    Diagnostics diags;
    checker_.bind(names, where, diags, each_record, lines);
    notes_.header(where.line, checker_.unnamed_unread());
    for (const Diagnostic& d : diags.items()) {
      // A record's own keys: what they lack is its rejection, said with it.
      if (each_record && d.severity == Severity::Error) continue;
      // The same header problem for every YAML record would drown the rest.
      if (reported_.insert(d.message).second) sink_.problem(d);
    }
  }

  void separator(char c) override { checker_.comma_separated(c == ','); }

  bool ignores_column(std::size_t column) const override {
    return column < checker_.column_count() && checker_.ignores(column);
  }

  void problem(const Diagnostic& d) override {
    flush();  // the rows before it are said first
    sink_.problem(d);
  }

  void row(const FieldList& values, const Location& where, const std::string& error,
           std::span<const int> lines) override {
    if (notes_.looks_at_rows() && error.empty()) [[unlikely]]
      notes_.row(values, where.line);
    if (threads_ == 1) {
      if (!single_.prepared) single_.prepared = sink_.new_prepared();
      single_.why = error;
      single_views_.clear();
      for (std::size_t i = 0; i < values.size(); ++i) single_views_.push_back(values[i]);
      process(single_, single_meeting_, single_views_, lines, where);
      if (single_.line == where.line) {
        emit(single_, where, single_meeting_.record, single_meeting_.score);
      } else {  // said at its first fault's line (a copy of where only then: it holds a string)
        Location at = where;
        at.line = single_.line;
        emit(single_, at, single_meeting_.record, single_meeting_.score);
      }
      if (counts_.read % kScoreBatchSize == 0) sink_.progress(counts_);
      return;
    }
    // Every row is file_'s (one runner reads one input or tab): no row's file name
    // is looked at (comparing each with the batch's was a memcmp a record).
    if (!filling_) filling_ = take_batch();
    Batch& b = *filling_;
    if (b.size == b.items.size()) {
      b.items.emplace_back();
      // Joined texts need none: a Prepared an item (a few hundred bytes for
      // `rank`'s) was a thousand page faults of the national year's.
      if (!joins_texts_) b.items.back().prepared = sink_.new_prepared();
    }
    Item& item = b.items[b.size++];
    item.first = b.spans.size();
    item.fields = values.size();
    // The record's text in one copy, its fields' places in another, as they
    // are (where the text starts is the item's): adding it to every span as
    // it was copied cost more (callgrind, 20,000 records, two workers: 394.8
    // -> 391.2 million instructions).
    item.text = b.bytes.size();
    b.bytes += values.text();
    b.spans.insert(b.spans.end(), values.spans().begin(), values.spans().end());
    item.lined = !lines.empty();
    if (item.lined) {
      b.lines.resize(item.first);  // an unlined item before it kept none
      b.lines.insert(b.lines.end(), lines.begin(), lines.end());
    }
    item.line = where.line;
    item.column = where.column;
    item.why = error;
    if (b.size == (dispatched_ < kScoreBatchGrowth ? kScoreBatchSize : kScoreLargeBatchSize)) {
      dispatch();
    }
  }

  // Every row read so far reaches the sink.
  void flush() {
    if (filling_ && filling_->size > 0) dispatch();
    while (!running_.empty()) finish_oldest();
  }

  // The file's (or tab's) rows all read: what they show of it is said (FileNotes).
  void finish_file() {
    flush();
    for (const Diagnostic& d : notes_.take(file_, ruleset_of(ruleset_).inputs)) sink_.problem(d);
  }

 private:
  struct Running {
    std::unique_ptr<Batch> batch;
    std::future<void> done;
  };

  // Checks and scores values (lines: their own, or none), read at where,
  // into meeting, its outcome into item (its why: the reader's error, if
  // any; its line: where, or its first fault's). appends: what prepare()
  // makes goes after the text item's Prepared holds (a batch's joined).
  void process(Item& item, Meeting& meeting, std::span<const std::string_view> values,
               std::span<const int> lines, const Location& where, bool appends = false) const {
    item.scored = false;
    item.line = where.line;
    item.date = kNoDate;
    item.date_order = DateOrder::Plain;
    item.share_fraction = item.share_one = -1;
    if (!item.why.empty()) return;
    if (!appends) item.prepared->text.clear();
    const MeetingRecord& record = meeting.record;
    auto rejected_at = [&item, &record] {
      if (record.date == kNoDate || record.cell_id.empty()) return;
      item.cell_id = record.cell_id;
      item.date = record.date;
      item.kind = record.kind;
    };
    const bool checked = checker_.check(values, where, meeting.record, item.why, lines);
    item.date_order = record.date_order;
    item.share_fraction = record.share_fraction;
    item.share_one = record.share_one;
    if (!checked) {
      item.line = record.where.line;
      rejected_at();
      return;
    }
    if (!score_meeting(ruleset_, meeting.record, meeting.score,
                       sink_.wants_points(meeting.record))) {
      item.why = with_claim_faults(meeting.score.rejected, meeting.record);
      item.share_one = -1;  // not scored as 1% (FileNotes::shares)
      rejected_at();
      return;
    }
    item.scored = true;
    sink_.prepare(meeting.record, meeting.score, *item.prepared);
  }

  // record and score: what scored_prepared() is given (the item's own, or a
  // record with only its where and an empty score).
  void emit(const Item& item, const Location& where, const MeetingRecord& record,
            const MeetingScore& score) {
    ++counts_.read;
    notes_.date(item.date_order, where.line);
    notes_.shares(item.share_fraction, item.share_one, where.line);
    if (item.scored) {
      ++counts_.scored;
      if (!item.why.empty()) warn(where, item.why);
      sink_.scored_prepared(record, score, *item.prepared);
    } else {
      ++counts_.rejected;
      sink_.rejected(where, item.why);
      if (item.date != kNoDate) sink_.rejected_meeting(item.cell_id, item.date, item.kind);
    }
  }

  // A batch whose scored meetings' texts were joined: each run of them
  // between rejections in one call.
  void emit_joined(Batch& b) {
    if (!joined_) joined_ = sink_.new_prepared();
    // The record passed on names only the file (the texts say the rest).
    located_.where.line = 0;
    located_.where.column = 0;
    std::size_t from = 0;  // the text not passed on yet
    auto pass_on = [&](std::size_t to) {
      if (to == from) return;
      if (from == 0 && to == b.joined.size()) {
        joined_->text.swap(b.joined);  // the whole batch's (nearly always): no copy
      } else {
        joined_->text.assign(b.joined, from, to - from);
      }
      sink_.scored_prepared(located_, empty_score_, *joined_);
      from = to;
    };
    for (std::size_t i = 0; i < b.size; ++i) {
      const Item& item = b.items[i];
      ++counts_.read;
      notes_.date(item.date_order, item.line);
      notes_.shares(item.share_fraction, item.share_one, item.line);
      if (item.scored) {
        ++counts_.scored;
        if (!item.why.empty()) {
          // The meetings before it first, as emit() says a warning before its own.
          pass_on(i > 0 ? b.items[i - 1].text_end : 0);
          warn({file_, item.line, item.column}, item.why);
        }
        continue;
      }
      pass_on(item.text_end);
      ++counts_.rejected;
      sink_.rejected({file_, item.line, item.column}, item.why);
      if (item.date != kNoDate) sink_.rejected_meeting(item.cell_id, item.date, item.kind);
    }
    pass_on(b.size > 0 ? b.items[b.size - 1].text_end : 0);
  }

  // A scored record's warning (a claim left out: RecordChecker::check).
  void warn(const Location& where, const std::string& what) {
    sink_.problem({where, Severity::Warning, what});
  }

  std::unique_ptr<Batch> take_batch() {
    if (spare_.empty()) return std::make_unique<Batch>();
    std::unique_ptr<Batch> b = std::move(spare_.back());
    spare_.pop_back();
    b->clear();
    return b;
  }

  void dispatch() {
    // ScoreSink::batches_ahead() a thread in flight (with two, the national
    // rank's records phase left a tenth of the two cores idle: CPU 1.79-1.87
    // of 2 -> 1.90-1.91 with four; `score` unchanged, its memory 15 -> 18 MB,
    // with batches of 512).
    while (running_.size() >= batches_in_flight_) finish_oldest();
    Batch* b = filling_.get();
    if (!pool_) pool_ = std::make_unique<WorkerPool>(threads_);
    std::future<void> done = pool_->run([this, b] {
      std::vector<std::string_view> fields;
      Location where{file_, 0, 0};  // the file named once, each item's line in turn
      auto at = [&where](const Item& item) -> const Location& {
        where.line = item.line;
        where.column = item.column;
        return where;
      };
      if (sink_.reads_meeting_when_prepared()) {
        if (b->meetings.size() < b->size) b->meetings.resize(b->size);
        for (std::size_t i = 0; i < b->size; ++i) {
          b->fields_of(b->items[i], fields);
          process(b->items[i], b->meetings[i], fields, b->lines_of(b->items[i]), at(b->items[i]));
        }
        return;
      }
      // Only the outcome and what prepare() made go back: every record is
      // checked and scored in this one item and meeting, whose few kilobytes
      // stay in the core's cache, instead of in a record and score for each
      // item (a batch's were megabytes: `chibo score` ran about a tenth slower).
      Item work;
      work.prepared = sink_.new_prepared();
      Meeting meeting;
      // Joined, prepare() appends to the batch's text itself (lent to the
      // work item: ScoreSink::prepare appends), not to the item's to be
      // copied there (a copy of every line's bytes).
      const bool join = sink_.joins_prepared_text();
      if (join) work.prepared->text.swap(b->joined);
      for (std::size_t i = 0; i < b->size; ++i) {
        Item& item = b->items[i];
        if (!item.why.empty()) {  // the reader's error: process() passes it on as it is
          process(item, meeting, {}, {}, at(item));
        } else {
          b->fields_of(item, fields);
          process(work, meeting, fields, b->lines_of(item), at(item), join);  // work.why: empty
          item.scored = work.scored;
          item.date_order = work.date_order;
          item.share_fraction = work.share_fraction;
          item.share_one = work.share_one;
          // A rejection's reason, or a scored record's warning, handed back
          // (and work.why is empty again: process() would take it for the
          // reader's error).
          if (!work.why.empty()) item.why.swap(work.why);
          if (!work.scored) {
            item.line = work.line;
            item.date = work.date;
            item.kind = work.kind;
            if (work.date != kNoDate) item.cell_id.swap(work.cell_id);
          } else if (!join) {
            item.prepared.swap(work.prepared);
          }
        }
        item.text_end = join ? work.prepared->text.size() : 0;
      }
      if (join) b->joined.swap(work.prepared->text);
    });
    dispatched_ += b->size;
    running_.push_back({std::move(filling_), std::move(done)});
  }

  void finish_oldest() {
    Running r = std::move(running_.front());
    running_.pop_front();
    r.done.get();
    Batch& b = *r.batch;
    if (sink_.joins_prepared_text()) {
      emit_joined(b);
    } else {
      // Where each was read: located_ names the file, each item its line.
      const bool own_records = sink_.reads_meeting_when_prepared();
      for (std::size_t i = 0; i < b.size; ++i) {
        located_.where.line = b.items[i].line;
        located_.where.column = b.items[i].column;
        // The worker scored in its own record unless the sink reads the
        // meeting: then scored_prepared() is given one with only its where.
        emit(b.items[i], located_.where, own_records ? b.meetings[i].record : located_,
             own_records ? b.meetings[i].score : empty_score_);
      }
    }
    sink_.progress(counts_);
    spare_.push_back(std::move(r.batch));
  }

  RecordChecker checker_;
  const CompiledRuleset& ruleset_;
  std::string file_;
  ScoreSink& sink_;
  RunCounts& counts_;
  const int threads_;
  // The sink joins its prepared texts and reads nothing else: workers
  // prepare in their own Prepared, and the items need none.
  const bool joins_texts_ = sink_.joins_prepared_text() && !sink_.reads_meeting_when_prepared();
  const std::size_t batches_in_flight_ =
      static_cast<std::size_t>(std::max(sink_.batches_ahead(), 1)) *
      static_cast<std::size_t>(threads_);
  Item single_;
  Meeting single_meeting_;                      // threads_ == 1: the record being scored
  std::vector<std::string_view> single_views_;  // threads_ == 1: the row's fields
  std::unique_ptr<Batch> filling_;
  std::size_t dispatched_ = 0;  // records handed to the workers so far
  std::deque<Running> running_;
  std::unique_ptr<WorkerPool> pool_;  // declared after what its jobs use: joined first
  std::vector<std::unique_ptr<Batch>> spare_;
  std::set<std::string> reported_;
  FileNotes notes_;                       // what the rows show of the file, said after them
  std::vector<std::string> bound_names_;  // columns(): the names checker_ is bound to
  bool bound_each_record_ = false;
  std::unique_ptr<ScoreSink::Prepared> joined_;  // emit_joined(): the texts passed on
  MeetingRecord located_;                        // finish_oldest(): a record with only its where
  const MeetingScore empty_score_;
};

}  // namespace

bool score_input(const CompiledRuleset& ruleset, const std::string& name, std::istream& in,
                 ScoreSink& sink, RunCounts& counts, int threads) {
  Runner runner(ruleset, name, sink, counts, threads);
  Diagnostics diags;
  bool ok = read_records(name, in, runner, diags);
  runner.finish_file();
  for (const Diagnostic& d : diags.items()) sink.problem(d);
  return ok;
}

int default_threads() {
  return static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 16u));
}

std::string accounting_line(const RunCounts& c) {
  return fmt::format("{} bản ghi đã đọc, {} đã chấm điểm, {} bị loại", format_count(c.read),
                     format_count(c.scored), format_count(c.rejected));
}

std::string nothing_scored_line(const RunCounts& c, bool problems) {
  constexpr const char* kNone = "không có cuộc sinh hoạt nào được chấm điểm";
  if (c.rejected == 1) return fmt::format("{}: bản ghi duy nhất bị loại (xem lỗi ở trên)", kNone);
  if (c.rejected > 1) {
    return fmt::format("{}: cả {} bản ghi đều bị loại (xem các lỗi ở trên)", kNone,
                       format_count(c.rejected));
  }
  if (problems) return fmt::format("{}: không đọc được bản ghi nào (xem ở trên)", kNone);
  return fmt::format("{}: các tệp đã cho không có bản ghi nào", kNone);
}

}  // namespace chibo
