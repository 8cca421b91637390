// libFuzzer target: a records file (CSV) read, checked and scored with the
// Hòa Bình ruleset, scores written as CSV. Checked on every input: records
// read = scored + rejected, and the sink saw exactly those.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>

#include "chibo/compiled_ruleset.h"
#include "chibo/score_run.h"
#include "chibo/score_writer.h"

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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto r = ruleset();
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
