// score_meeting writes over a score made before on the same form
// (MeetingScore::criteria_of) instead of copying the form's blank criteria
// again: a score made again must be the one a fresh score gets, whatever
// meetings it scored before. Checked on every example of every shipped
// ruleset, scored in turn into one score, forwards and backwards.
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "chibo/compiled_ruleset.h"
#include "chibo/record_checker.h"
#include "chibo/scorer.h"
#include "compiled_ruleset_data.h"

using namespace chibo;

namespace {

// An example's record, checked as the example runner checks it; false when
// the check refuses it.
bool example_record(const CompiledRuleset& r, const Example& ex, MeetingRecord& record) {
  std::vector<std::string> names = {"cell_id", "date", "kind"};
  std::vector<std::string> values = {"example", ex.date.empty() ? r.model.effective_from : ex.date,
                                     ex.kind.empty() ? r.model.kinds.front() : ex.kind};
  for (const auto& [key, value] : ex.record) {
    names.push_back(key);
    values.push_back(value);
  }
  RecordChecker checker(r);
  Diagnostics diags;
  checker.bind(names, ex.where, diags, true);
  std::vector<std::string_view> views(values.begin(), values.end());
  std::string why;
  return checker.check(views, ex.where, record, why);
}

void require_same(const MeetingScore& again, const MeetingScore& fresh) {
  REQUIRE(again.rejected == fresh.rejected);
  if (!fresh.rejected.empty()) return;
  CHECK(again.form == fresh.form);
  CHECK(again.total == fresh.total);
  CHECK(again.grade == fresh.grade);
  CHECK(again.earned == fresh.earned);
  CHECK(again.applicable_max == fresh.applicable_max);
  CHECK(again.bonus == fresh.bonus);
  CHECK(again.rescaled == fresh.rescaled);
  CHECK(again.rule_counts == fresh.rule_counts);
  REQUIRE(again.criteria.size() == fresh.criteria.size());
  for (std::size_t n = 0; n < fresh.criteria.size(); ++n) {
    INFO("node " << n);
    const CriterionScore &a = again.criteria[n], &f = fresh.criteria[n];
    CHECK(a.points == f.points);
    CHECK(a.max == f.max);
    CHECK(a.applicable == f.applicable);
    CHECK(a.met == f.met);
    CHECK(a.band == f.band);
    CHECK(a.value == f.value);
  }
}

}  // namespace

TEST_CASE("a score made again is the score a fresh one gets, on every shipped example") {
  const std::filesystem::path root = std::filesystem::path(CHIBO_SOURCE_DIR) / "rulesets";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.path().extension() == ".yaml" && entry.path().parent_path().filename() != "samples" &&
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
        require_same(reused, fresh);
        scored += fresh.rejected.empty() ? 1 : 0;
      }
    }
  }
  CHECK(scored >= 20);
}
