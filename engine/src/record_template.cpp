#include "chibo/record_template.h"

#include <algorithm>
#include <string_view>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "chibo/meeting.h"
#include "compiled_ruleset_data.h"
#include "input_value.h"
#include "text_table.h"

namespace chibo {
namespace {

// " (triệu đồng)" for an input with that unit, as "phần trăm (%)" says a
// percent's: the unit is not written in the field, so the form must say it.
// Percents and minutes say theirs in their kind.
std::string unit_of(const Input& in) {
  const std::string_view unit = trim_spaces(in.unit);
  return unit.empty() ? "" : fmt::format(" ({})", unit);
}

// A yes/no default in the words the records use ("có"/"không", as the kind
// says), however the ruleset wrote it ("no", "false", "0"); others as written.
std::string default_text(const Input& in) {
  std::string why;
  if (in.type == InputType::YesNo) {
    if (auto value = parse_input_value(in, *in.default_value, why)) {
      return input_value_text(in, *value);
    }
  }
  return *in.default_value;
}

std::string describe(const Input& in) {
  std::string kind;
  switch (in.type) {
    case InputType::Integer:
      kind = "số nguyên" + unit_of(in);
      break;
    case InputType::Number:
      kind = "số" + unit_of(in);
      break;
    case InputType::Percent:
      kind = "phần trăm (%)";
      break;
    case InputType::YesNo:
      kind = "có/không";
      break;
    case InputType::Minutes:
      kind = "số phút";
      break;
    case InputType::Date:
      kind = "ngày YYYY-MM-DD";
      break;
    case InputType::Choice: {
      kind = "một trong:";
      for (const ChoiceOption& o : in.options) kind += fmt::format(" {} ({}),", o.id, o.label);
      kind.pop_back();
      break;
    }
  }
  if (in.min && in.max) {
    kind += fmt::format(", từ {} đến {}", in.min->to_string(), in.max->to_string());
  } else if (in.min) {
    kind += fmt::format(", từ {}", in.min->to_string());
  } else if (in.max) {
    kind += fmt::format(", tối đa {}", in.max->to_string());
  }
  if (in.default_value) kind += fmt::format("; bỏ trống = {}", default_text(in));
  if (!in.required && !in.default_value) kind += "; không bắt buộc";
  return kind;
}

// "; chỉ cần cho sinh hoạt chuyên đề" for a required input only some forms
// read (record_checker.cpp asks for it on their meetings alone); "" otherwise.
std::string needed_only_by(const CompiledRuleset& r, std::size_t i) {
  const Input& in = r.model.inputs[i];
  if (!in.required || in.default_value) return "";
  std::vector<std::string> kinds;
  for (const CompiledForm& form : r.forms) {
    if (!form.reads_input[i]) continue;
    for (const std::string& k : form.form->kinds) kinds.push_back(meeting_kind_words(k));
  }
  std::size_t all = 0;
  for (const CompiledForm& form : r.forms) all += form.form->kinds.size();
  if (kinds.size() == all) return "";
  return fmt::format("; chỉ cần cho sinh hoạt {}", fmt::join(kinds, ", "));
}

void line(std::ostream& out, const std::string& key, const std::string& value,
          const std::string& comment) {
  std::string left = key + ":" + (value.empty() ? "" : " " + value);
  std::size_t width = display_width(left);
  std::string pad(width < 24 ? 24 - width : 1, ' ');
  // One line: the loader refuses a line break in any text shown (one_line_text).
  fmt::print(out, "{}{}# {}\n", left, pad, comment);
}

}  // namespace

void write_yaml_template(std::ostream& out, const CompiledRuleset& r) {
  const Ruleset& m = r.model;
  fmt::print(out, "# Bản ghi một cuộc sinh hoạt theo bộ tiêu chí {} ({}), phiên bản {}\n", m.id,
             m.source.document, m.version);
  fmt::print(out, "# Điền giá trị sau dấu hai chấm; dòng bắt đầu bằng # là chú thích.\n");
  line(out, "cell_id", "", "mã chi bộ");
  line(out, "date", "", "ngày sinh hoạt, YYYY-MM-DD");
  // The kinds this ruleset scores (a regular-only one refuses thematic).
  std::vector<std::string> kinds;
  for (const std::string& k : m.kinds) {
    kinds.push_back(k == "thematic"  ? "thematic (chuyên đề)"
                    : k == "regular" ? "regular (thường kỳ)"
                                     : k);
  }
  line(out, "kind", m.kinds.front(), fmt::format("{}", fmt::join(kinds, " hoặc ")));
  for (std::size_t i = 0; i < m.inputs.size(); ++i) {
    const Input& in = m.inputs[i];
    line(out, in.id, "", in.label + " — " + describe(in) + needed_only_by(r, i));
  }
}

void write_csv_template(std::ostream& out, const CompiledRuleset& r) {
  std::string header = "cell_id,date,kind";
  for (const Input& in : r.model.inputs) header += "," + in.id;
  out << header << '\n';
}

}  // namespace chibo
