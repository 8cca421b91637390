// Feeding record files ("-" = standard input) through a ScoreSink, with the
// rejections and the closing accounting line on standard error.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "chibo/compiled_ruleset.h"
#include "chibo/score_run.h"
#include "chibo/score_writer.h"

namespace chibo::cli {

// Passes scored meetings to on_scored; prints every rejection and file
// problem to err as FILE:LINE: error: REASON, then the accounting line.
// Returns kExitOk or kExitInvalidInput.
template <typename OnScored>
int score_files(const CompiledRuleset& ruleset, const std::vector<std::string>& files,
                std::ostream& err, OnScored on_scored);

// Runs one sink over the files, counting into counts, with `threads` worker
// threads (see score_input) and a progress line when standard error is a
// terminal. had_problem: a file could not be read, or a file-level error was
// reported. Returns the files not read at all (refused whole, as a YAML file
// that does not parse or a damaged workbook is, or not opened), each said
// through sink: none of their records was counted.
std::vector<std::string> run_files(const CompiledRuleset& ruleset,
                                   const std::vector<std::string>& files, ScoreSink& sink,
                                   RunCounts& counts, bool& had_problem, int threads = 1);

// Whether no file of files can be read: each is a folder or cannot be
// opened (standard input always can). `score` then writes no output at all,
// where a CSV header or a JSON [] stood before the files' errors.
bool none_readable(const std::vector<std::string>& files);

// The total size of the record files in bytes (what cannot be sized, such
// as standard input, counts 0): how many meetings to make room for.
std::uint64_t record_files_bytes(const std::vector<std::string>& files);

// Prints the ruleset's stamp and the accounting line to err; returns
// kExitInvalidInput when something was rejected or unreadable, else kExitOk.
int end_of_run(const CompiledRuleset& ruleset, const RunCounts& counts, bool had_problem,
               std::ostream& err);

// The check of an option or argument that names a file to read: a name
// written empty ('-u "$UNITS"' with UNITS unset) is a usage error naming the
// option, where it was opened as the file '' and said as 'error: không mở
// được tệp (...)', naming no file. after: words after the refusal (what '-'
// reads, for records).
CLI::Validator named_file(const std::string& after = "");

// --threads/-j (also --jobs): how many threads check and score records (default: the machine's
// hardware threads). Outputs do not depend on it.
void add_threads_option(CLI::App& app, int& threads);

class ForwardingSink : public ScoreSink {
 public:
  explicit ForwardingSink(std::ostream& err) : err_(err) {}
  void rejected(const Location& where, const std::string& why) override;
  void problem(const Diagnostic& d) override;
  bool had_error = false;

 protected:
  std::ostream& err_;
};

template <typename OnScored>
int score_files(const CompiledRuleset& ruleset, const std::vector<std::string>& files,
                std::ostream& err, OnScored on_scored) {
  struct Sink : ForwardingSink {
    Sink(std::ostream& e, OnScored& f) : ForwardingSink(e), fn(f) {}
    void scored(const MeetingRecord& r, const MeetingScore& s) override { fn(r, s); }
    OnScored& fn;
  } sink(err, on_scored);
  RunCounts counts;
  bool had_problem = false;
  run_files(ruleset, files, sink, counts, had_problem);
  return end_of_run(ruleset, counts, had_problem, err);
}

}  // namespace chibo::cli
