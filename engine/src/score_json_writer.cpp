#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/explain.h"
#include "compiled_ruleset_data.h"
#include "date.h"
#include "json_text.h"
#include "score_writers.h"

namespace chibo {
namespace {

class JsonWriter : public ScoreWriter {
 public:
  JsonWriter(const CompiledRuleset& r, std::ostream& out) : r_(r), out_(out) {}
  void format(const MeetingRecord& rec, const MeetingScore& s, std::string& obj) const override {
    const Grade& grade = r_.model.grades[static_cast<std::size_t>(s.grade)];
    // How the total and the grade came about, as `chibo explain` says it (a
    // veto or an unmet condition that lowered the grade among them).
    std::string reasons;
    for (const std::string& reason : grade_reasons(r_, s)) {
      reasons += (reasons.empty() ? "" : ", ") + json_quote(reason);
    }
    obj += fmt::format(
        "\n  {{\"cell_id\": {}, \"date\": \"{}\", \"kind\": \"{}\", \"total\": {}, "
        "\"grade\": {}, \"grade_label\": {}, \"grade_reasons\": [{}],\n   \"criteria\": [",
        json_quote(rec.cell_id), format_date(rec.date), meeting_kind_id(rec.kind),
        machine_number(r_, s.total), json_quote(grade.id), json_quote(grade.label), reasons);
    const CompiledForm& form = r_.forms[static_cast<std::size_t>(s.form)];
    for (std::size_t n = 0; n < form.nodes.size(); ++n) {
      obj += fmt::format(
          "{}\n    {{\"id\": {}, \"points\": {}, \"max\": {}, \"reason\": {}}}", n == 0 ? "" : ",",
          json_quote(form.nodes[n].criterion->id), machine_number(r_, s.criteria[n].points),
          machine_number(r_, shown_max(form, s, n)), json_quote(criterion_reason(r_, s, n)));
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
