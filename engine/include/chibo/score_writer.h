// Writing scored meetings in the formats of `chibo score`.
//
//   table: for people; one line a meeting, the top-level groups' points,
//          numbers as the ruleset presents them (decimal comma); nothing
//          at all for no meeting.
//   csv:   cell_id,date,kind,total,grade, then one column per criterion id
//          (groups and items, in sheet order); numbers with '.' and the
//          ruleset's decimals, so that programs can read them; the header
//          alone for no meeting.
//   json:  a list of {cell_id, date, kind, total, grade, grade_label,
//          criteria: [{id, points, max, reason}]}, numbers as in csv.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "chibo/compiled_ruleset.h"
#include "chibo/meeting.h"

namespace chibo {

enum class OutputFormat { Table, Csv, Json };

class ScoreWriter {
 public:
  virtual ~ScoreWriter() = default;
  // One meeting's text, appended to text. Changes nothing in the writer, so
  // worker threads may format meetings while the writer writes others.
  virtual void format(const MeetingRecord& record, const MeetingScore& score,
                      std::string& text) const = 0;
  // Writes what format() made, in the order the meetings came.
  virtual void write_formatted(const std::string& text) = 0;
  // true: write_formatted() writes its text as it is, so the texts of
  // meetings one after another may be given to it joined, in one call (csv;
  // json puts commas between meetings, the table measures each row).
  virtual bool joins_formatted() const { return false; }
  void write(const MeetingRecord& record, const MeetingScore& score) {
    std::string text;
    format(record, score, text);
    write_formatted(text);
  }
  // Ends the output (the table is written here, the JSON list is closed).
  virtual void finish() = 0;
};

std::unique_ptr<ScoreWriter> make_score_writer(OutputFormat format, const CompiledRuleset& ruleset,
                                               std::ostream& out);

// A number for machines: '.' as the separator, the ruleset's decimals and
// rounding, trailing zeros kept ("93.50").
std::string machine_number(const CompiledRuleset& ruleset, Rational value);

// Which rules a result came from: "bộ tiêu chí hoa-binh-qd31-2018 phiên bản 1,
// sha256 5f0c1d2e3a4b" (the first 12 hex digits of Ruleset::content_hash).
std::string ruleset_stamp(const CompiledRuleset& ruleset);

// Text quoted for a CSV field when it needs it; text a spreadsheet would run
// as a formula (first character = + - @ tab CR, and not a number such as
// -0.35) gets a leading apostrophe.
std::string csv_field(std::string_view text);
// The same, appended to out (no string of its own: large outputs).
void append_csv_field(std::string& out, std::string_view text);
// Fields as one CSV line, with its line end, appended to out.
void append_csv_line(std::string& out, const std::vector<std::string>& fields);

}  // namespace chibo
