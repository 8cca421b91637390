// libFuzzer target: a records file (CSV) read, checked and scored with the
// Hòa Bình ruleset, scores written as CSV. Checked on every input: records
// read = scored + rejected, and the sink saw exactly those; and the CSV
// split in 64 KB chunks (plain lines copied whole) gives the same records as
// split a byte at a time (every line through the general path).
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
  void rejected(const chibo::Location&, const std::string& why) override {
    if (why.empty()) __builtin_trap();  // a rejection always says why
    ++rejected_;
  }
  void problem(const chibo::Diagnostic&) override {}
  std::int64_t scored_ = 0, rejected_ = 0;

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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto r = ruleset();
  same_records_in_any_chunks(std::string(reinterpret_cast<const char*>(data), size));
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::ostringstream out;
  auto writer = chibo::make_score_writer(chibo::OutputFormat::Csv, *r, out);
  CountingSink sink(*writer);
  chibo::RunCounts counts;
  chibo::score_input(*r, "fuzz.csv", in, sink, counts);
  writer->finish();
  if (counts.read != counts.scored + counts.rejected) __builtin_trap();
  if (counts.scored != sink.scored_ || counts.rejected != sink.rejected_) __builtin_trap();
  return 0;
}
