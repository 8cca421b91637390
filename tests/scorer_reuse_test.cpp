// score_meeting writes over a score made before on the same form
// (MeetingScore::criteria_of) instead of copying the form's blank criteria
// again: a score made again must be the one a fresh score gets, whatever
// meetings it scored before. Checked on every example of every shipped
// ruleset, scored in turn into one score, forwards and backwards.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "chibo/compiled_ruleset.h"
#include "chibo/example_runner.h"
#include "chibo/record_checker.h"
#include "chibo/scorer.h"
#include "compiled_ruleset_data.h"
#include "scorer_fixture.h"

using namespace chibo;
using chibo::testing::check_same_score;

namespace {

// An example's record, checked as the example runner checks it; false when
// the check refuses it.
bool example_record(const CompiledRuleset& r, const Example& ex, MeetingRecord& record) {
  const ExampleFields fields = example_fields(r, ex);
  RecordChecker checker(r);
  Diagnostics diags;
  checker.bind(fields.names, ex.where, diags, true);
  std::vector<std::string_view> views(fields.values.begin(), fields.values.end());
  std::string why;
  return checker.check(views, ex.where, record, why);
}

}  // namespace

TEST_CASE("a score made again is the score a fresh one gets, on every shipped example") {
  const std::filesystem::path root = std::filesystem::path(CHIBO_SOURCE_DIR) / "rulesets";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.path().extension() == ".yaml" &&
        entry.path().string().find("/samples/") == std::string::npos) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 4);
  std::size_t scored = 0;
  for (const auto& file : files) {
    INFO(file.string());
    Diagnostics diags;
    auto r = load_compiled_ruleset(file.string(), diags);
    REQUIRE(r);
    std::vector<MeetingRecord> records;
    for (const Example& ex : r->model.examples) {
      MeetingRecord record;
      if (example_record(*r, ex, record)) records.push_back(record);
    }
    REQUIRE(records.size() >= 2);
    MeetingScore reused;
    for (int pass = 0; pass < 2; ++pass) {
      for (std::size_t i = 0; i < records.size(); ++i) {
        const MeetingRecord& record = records[pass == 0 ? i : records.size() - 1 - i];
        INFO("example " << (pass == 0 ? i : records.size() - 1 - i));
        MeetingScore fresh;
        score_meeting(*r, record, fresh);
        score_meeting(*r, record, reused);
        if (fresh.rejected.empty()) {
          check_same_score(reused, fresh, false);
        } else {  // rejected before its criteria are scored: those are not read
          CHECK(reused.rejected == fresh.rejected);
        }
        scored += fresh.rejected.empty() ? 1 : 0;
      }
    }
  }
  CHECK(scored >= 20);
}
