#include "chibo/score_run.h"

#include <set>

#include <fmt/format.h>

#include "chibo/record_checker.h"
#include "chibo/record_reader.h"
#include "chibo/scorer.h"

namespace chibo {
namespace {

class Runner : public RecordHandler {
 public:
  Runner(const CompiledRuleset& r, ScoreSink& sink, RunCounts& counts)
      : checker_(r), ruleset_(r), sink_(sink), counts_(counts) {}

  void columns(const std::vector<std::string>& names, const Location& where) override {
    Diagnostics diags;
    checker_.bind(names, where, diags);
    for (const Diagnostic& d : diags.items()) {
      // The same header problem for every YAML record would drown the rest.
      if (reported_.insert(d.message).second) sink_.problem(d);
    }
  }

  void row(const std::vector<std::string>& values, const Location& where,
           const std::string& error) override {
    ++counts_.read;
    std::string why = error;
    if (why.empty() && checker_.check(values, where, record_, why)) {
      if (score_meeting(ruleset_, record_, score_)) {
        ++counts_.scored;
        sink_.scored(record_, score_);
        return;
      }
      why = score_.rejected;
    }
    ++counts_.rejected;
    sink_.rejected(where, why);
  }

 private:
  RecordChecker checker_;
  const CompiledRuleset& ruleset_;
  ScoreSink& sink_;
  RunCounts& counts_;
  MeetingRecord record_;
  MeetingScore score_;
  std::set<std::string> reported_;
};

}  // namespace

bool score_input(const CompiledRuleset& ruleset, const std::string& name, std::istream& in,
                 ScoreSink& sink, RunCounts& counts) {
  Runner runner(ruleset, sink, counts);
  Diagnostics diags;
  bool ok = read_records(name, in, runner, diags);
  for (const Diagnostic& d : diags.items()) sink.problem(d);
  return ok;
}

std::string accounting_line(const RunCounts& c) {
  return fmt::format("{} bản ghi đã đọc, {} đã chấm điểm, {} bị loại", c.read, c.scored,
                     c.rejected);
}

}  // namespace chibo
