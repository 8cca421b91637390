// libFuzzer target: a records file read, checked and scored with the Hòa
// Bình ruleset, scores written as CSV: as CSV, then as YAML on one thread and
// on two. Checked on every input: records read = scored + rejected, and the
// sink saw exactly those; the CSV split in 64 KB chunks (plain lines copied
// whole) gives the same records as split a byte at a time (every line through
// the general path); and the YAML read on two threads says what it says on
// one, at the same lines (each fault's key's), warnings too.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>

#include "chibo/compiled_ruleset.h"
#include "chibo/score_run.h"
#include "chibo/score_writer.h"
#include "csv_reader.h"

namespace {

std::shared_ptr<const chibo::CompiledRuleset> ruleset() {
  static std::shared_ptr<const chibo::CompiledRuleset> r = [] {
    const char* path = std::getenv("CHIBO_FUZZ_RULESET");
    chibo::Diagnostics diags;
    auto loaded = chibo::load_compiled_ruleset(
        path ? path : CHIBO_SOURCE_DIR "/rulesets/hoa-binh/qd31-2018.yaml", diags);
    if (!loaded) __builtin_trap();
    return loaded;
  }();
  return r;
}

class CountingSink : public chibo::ScoreSink {
 public:
  explicit CountingSink(chibo::ScoreWriter& w) : writer_(w) {}
  void scored(const chibo::MeetingRecord& r, const chibo::MeetingScore& s) override {
    ++scored_;
    writer_.write(r, s);
  }
  void rejected(const chibo::Location& where, const std::string& why) override {
    if (why.empty()) __builtin_trap();  // a rejection always says why
    ++rejected_;
    said_ += std::to_string(where.line) + ": " + why + "\n";
  }
  // Warnings too (a scored record's claim left out): said alike on any threads.
  void problem(const chibo::Diagnostic& d) override {
    said_ += std::to_string(d.where.line) + ": " + d.message + "\n";
  }
  std::int64_t scored_ = 0, rejected_ = 0;
  std::string said_;  // every rejection, with its line

 private:
  chibo::ScoreWriter& writer_;
};

void same_records_in_any_chunks(const std::string& text) {
  std::istringstream whole_in(text), bytes_in(text);
  chibo::CsvReader whole(whole_in), bytes(bytes_in, 0, 1);
  chibo::CsvRecord a, b;
  for (;;) {
    const bool more = whole.next(a);
    if (more != bytes.next(b)) __builtin_trap();
    if (!more) break;
    if (a.line != b.line || a.error != b.error || !(a.fields == b.fields)) __builtin_trap();
  }
}

// Scores text read as name on threads, checks the counts; what was written
// and said.
std::string score(const std::string& text, const char* name, int threads) {
  auto r = ruleset();
  std::istringstream in(text);
  std::ostringstream out;
  auto writer = chibo::make_score_writer(chibo::OutputFormat::Csv, *r, out);
  CountingSink sink(*writer);
  chibo::RunCounts counts;
  chibo::score_input(*r, name, in, sink, counts, threads);
  writer->finish();
  if (counts.read != counts.scored + counts.rejected) __builtin_trap();
  if (counts.scored != sink.scored_ || counts.rejected != sink.rejected_) __builtin_trap();
  return out.str() + sink.said_;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  same_records_in_any_chunks(text);
  score(text, "fuzz.csv", 1);
  if (score(text, "fuzz.yaml", 1) != score(text, "fuzz.yaml", 2)) __builtin_trap();
  return 0;
}
