#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/explain.h"
#include "chibo/number_format.h"
#include "compiled_ruleset_data.h"
#include "date.h"
#include "json_text.h"
#include "score_writers.h"

namespace chibo {
namespace {

class JsonWriter : public ScoreWriter {
 public:
  JsonWriter(const CompiledRuleset& r, std::ostream& out) : r_(r), out_(out) {}
  // Appended a piece at a time (a format string a criterion, and a string
  // for each text quoted, was most of a national file's JSON time).
  void format(const MeetingRecord& rec, const MeetingScore& s, std::string& obj) const override {
    const Grade& grade = r_.model.grades[static_cast<std::size_t>(s.grade)];
    obj += "\n  {\"cell_id\": ";
    append_json_quoted(obj, rec.cell_id);
    obj += ", \"date\": \"";
    append_date(obj, rec.date);
    obj += "\", \"kind\": \"";
    obj += meeting_kind_id(rec.kind);
    obj += "\", \"total\": ";
    append_number(obj, s.total, r_.machine);
    obj += ", \"grade\": ";
    append_json_quoted(obj, grade.id);
    obj += ", \"grade_label\": ";
    append_json_quoted(obj, grade.label);
    // How the total and the grade came about, as `chibo explain` says it (a
    // veto or an unmet condition that lowered the grade among them).
    obj += ", \"grade_reasons\": [";
    bool first = true;
    for (const std::string& reason : grade_reasons(r_, s)) {
      if (!first) obj += ", ";
      first = false;
      append_json_quoted(obj, reason);
    }
    obj += "],\n   \"criteria\": [";
    const CompiledForm& form = r_.forms[static_cast<std::size_t>(s.form)];
    for (std::size_t n = 0; n < form.nodes.size(); ++n) {
      if (n > 0) obj += ',';
      obj += "\n    {\"id\": ";
      append_json_quoted(obj, form.nodes[n].criterion->id);
      obj += ", \"points\": ";
      append_number(obj, s.criteria[n].points, r_.machine);
      obj += ", \"max\": ";
      append_number(obj, shown_max(form, s, n), r_.machine);
      obj += ", \"reason\": ";
      append_json_quoted(obj, criterion_reason(r_, s, n));
      obj += '}';
    }
    obj += "]}";
  }
  void write_formatted(const std::string& obj) override {
    out_ << (first_ ? "[" : ",") << obj;
    first_ = false;
  }
  void finish() override {
    out_ << (first_ ? "[]\n" : "\n]\n");
    out_.flush();
  }

 private:
  const CompiledRuleset& r_;
  std::ostream& out_;
  bool first_ = true;
};

}  // namespace

std::unique_ptr<ScoreWriter> make_json_writer(const CompiledRuleset& r, std::ostream& out) {
  return std::make_unique<JsonWriter>(r, out);
}

}  // namespace chibo
