#include "chibo/record_template.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <xlsxwriter.h>

#include "chibo/meeting.h"
#include "chibo/number_format.h"
#include "chibo/record_checker.h"
#include "compiled_ruleset_data.h"
#include "date.h"
#include "input_value.h"
#include "text_table.h"
#include "utf8.h"

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
  // With a decimal comma, as the records' messages say a bound ("99,5%"):
  // "99.5" reads as 995 in Vietnamese.
  if (in.min && in.max) {
    kind += fmt::format(", từ {} đến {}", format_exact(*in.min), format_exact(*in.max));
  } else if (in.min) {
    kind += fmt::format(", từ {}", format_exact(*in.min));
  } else if (in.max) {
    kind += fmt::format(", tối đa {}", format_exact(*in.max));
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

// The total points the cell gave itself and its reviewer gave it
// (record_checker.cpp's claim columns): nothing scores them, `chibo audit`
// sets them against the computed score; left empty, nothing is claimed. A
// number from 0 to the scale, as the records' check reads them. None where
// an input of the ruleset has one of the total's names as its id or label:
// the records' check gives such a column to the input.
std::vector<Input> claim_columns(const Ruleset& m) {
  std::vector<Input> out;
  auto add = [&](ClaimBy by, const char* id, const char* label) {
    for (const Input& in : m.inputs) {
      if (RecordChecker::total_named(fold_case(in.id)) == by ||
          RecordChecker::total_named(fold_case(in.label)) == by) {
        return;
      }
    }
    Input in;
    in.id = id;
    in.label = label;
    in.type = InputType::Number;
    in.min = Rational(0);
    in.max = m.scale;
    in.required = false;
    out.push_back(std::move(in));
  };
  add(ClaimBy::Self, "self_total", kSelfTotalLabel);
  add(ClaimBy::Reviewer, "reviewer_total", kReviewerTotalLabel);
  return out;
}

// What a total is compared with (by `chibo audit`, said in the office's words).
std::string describe_claim(const Input& in) {
  const char* compared =
      in.id == "self_total"
          ? "huyện so điểm này với điểm tính theo các tiêu chí và với điểm cấp trên chấm"
          : "do cấp ủy cấp trên chấm; huyện so điểm chi bộ tự chấm với điểm này";
  return in.label + " — " + describe(in) + "; " + compared;
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
  // The kinds this ruleset scores (a regular-only one refuses thematic), in
  // the office's words; the records read their ids too.
  std::vector<std::string> words;
  for (const std::string& k : m.kinds) words.push_back(meeting_kind_words(k));
  line(out, "kind", meeting_kind_words(m.kinds.front()),
       fmt::format("{} (hoặc viết {}); bỏ trống = thường kỳ", fmt::join(words, " hoặc "),
                   fmt::join(m.kinds, ", ")));
  for (std::size_t i = 0; i < m.inputs.size(); ++i) {
    const Input& in = m.inputs[i];
    line(out, in.id, "", in.label + " — " + describe(in) + needed_only_by(r, i));
  }
  for (const Input& in : claim_columns(m)) line(out, in.id, "", describe_claim(in));
}

void write_csv_template(std::ostream& out, const CompiledRuleset& r) {
  std::string header = "cell_id,date,kind";
  for (const Input& in : r.model.inputs) header += "," + in.id;
  for (const Input& in : claim_columns(r.model)) header += "," + in.id;
  out << header << '\n';
}

namespace {

constexpr lxw_row_t kTemplateRows = 1000;  // rows 2 to 1000 take the checks

double number_of(const Rational& r) {
  return static_cast<double>(r.num()) / static_cast<double>(r.den());
}

lxw_datetime datetime_of(int days) {
  const CivilDate d = civil_from_days(days);
  return {d.year, d.month, d.day, 0, 0, 0};
}

// v made a list of words to pick from (list: their pointers, kept while
// the workbook is). false when Excel cannot hold it: past 255 characters
// in all, or a word with a comma (which would cut it in two) or a quote
// (libxlsxwriter writes it undoubled: `"Tốt "lắm",Khá"`, a formula Excel
// refuses); then the comment says them, and the records' check.
bool as_list(std::vector<std::string>& words, std::vector<char*>& list, lxw_data_validation& v) {
  std::size_t characters = 0;
  for (const std::string& w : words) {
    if (w.find_first_of(",\"") != std::string::npos) return false;
    characters += 1 + static_cast<std::size_t>(std::count_if(w.begin(), w.end(), [](char c) {
                    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
                  }));
  }
  if (characters > 256) return false;  // 255 and the last word's comma not written
  for (std::string& w : words) list.push_back(w.data());
  list.push_back(nullptr);
  v.validate = LXW_VALIDATION_TYPE_LIST;
  v.value_list = list.data();
  return true;
}

// The check Excel makes as a column is typed in, and the list it offers:
// in.type's, within in's range. words: a list's (kept while the workbook is).
lxw_data_validation check_of(const Input& in, std::vector<std::string>& words,
                             std::vector<char*>& list) {
  lxw_data_validation v{};
  v.ignore_blank = LXW_VALIDATION_ON;  // an empty field takes its default, or is said
  v.show_error = LXW_VALIDATION_ON;
  v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
  auto range = [&](double lo, double hi) {
    if (in.min && in.max) {
      v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
      v.minimum_number = number_of(*in.min);
      v.maximum_number = number_of(*in.max);
    } else if (in.min) {
      v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
      v.value_number = number_of(*in.min);
    } else if (in.max) {
      v.criteria = LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO;
      v.value_number = number_of(*in.max);
    } else {
      v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
      v.minimum_number = lo;
      v.maximum_number = hi;
    }
  };
  switch (in.type) {
    case InputType::Integer:
    case InputType::Minutes:
      v.validate = LXW_VALIDATION_TYPE_INTEGER;
      range(-1e15, 1e15);
      break;
    case InputType::Number:
      v.validate = LXW_VALIDATION_TYPE_DECIMAL;
      range(-1e15, 1e15);
      break;
    case InputType::Percent:
      // 0 to its maximum, the ruleset's minimum not asked: "93,5%" typed in
      // Excel is 0.935 in the cell (read back as 93.5%), "93,5" is 93.5.
      v.validate = LXW_VALIDATION_TYPE_DECIMAL;
      v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
      v.minimum_number = 0;
      v.maximum_number = in.max ? number_of(*in.max) : 100;
      break;
    case InputType::Date:
      v.validate = LXW_VALIDATION_TYPE_DATE;
      v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN;
      v.value_datetime = datetime_of(days_from_civil({1900, 1, 1}));
      break;
    case InputType::YesNo:
      words = {"có", "không"};
      break;
    case InputType::Choice:
      for (const ChoiceOption& o : in.options) words.push_back(o.label);
      break;
  }
  if (!words.empty() && !as_list(words, list, v)) {
    // Labels that are sentences ("Chuẩn bị đầy đủ, có dự thảo"): the ids to
    // pick from, which the records read too (the comment says each one's label).
    words.clear();
    list.clear();
    if (in.type == InputType::Choice) {
      for (const ChoiceOption& o : in.options) words.push_back(o.id);
    }
    if (words.empty() || !as_list(words, list, v)) return lxw_data_validation{};
  }
  return v;
}

// Whether an expression's text names word (a whole name: "present" is not
// in "present_rate"). Names are ASCII letters, digits and '_'.
bool names_word(std::string_view text, std::string_view word) {
  auto is_name = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    const std::size_t end = at + word.size();
    if ((at == 0 || !is_name(text[at - 1])) && (end == text.size() || !is_name(text[end]))) {
      return true;
    }
  }
  return false;
}

// An expression's comparisons as people write them (the guide is read by
// office staff): "a + b == c" as "a + b = c", "<=" as "≤", ">=" as "≥",
// "!=" as "≠". Shown only; strings in it are left alone.
std::string as_written_by_hand(const std::string& expression) {
  std::string out;
  bool quoted = false;
  for (std::size_t i = 0; i < expression.size(); ++i) {
    const char c = expression[i];
    if (c == '"') quoted = !quoted;
    const char next = i + 1 < expression.size() ? expression[i + 1] : '\0';
    if (!quoted && next == '=' && (c == '=' || c == '<' || c == '>' || c == '!')) {
      out += c == '=' ? "=" : c == '<' ? "≤" : c == '>' ? "≥" : "≠";
      ++i;
      continue;
    }
    out += c;
  }
  return out;
}

// text cut to Excel's n characters for a check's message (libxlsxwriter
// refuses a longer one, and the column would go unchecked), "…" last.
std::string excel_text(const std::string& text, std::size_t n) {
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (++characters == n) {
      // The n-th character starts here: keep n - 1 of them and the ellipsis,
      // unless this one is the last.
      std::size_t next = i + 1;
      while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
      return next == text.size() ? text : text.substr(0, i) + "…";
    }
  }
  return text;
}

}  // namespace

std::string write_xlsx_template(const std::string& path, const CompiledRuleset& r) {
  const Ruleset& m = r.model;
  lxw_workbook* book = workbook_new(path.c_str());
  if (!book) return fmt::format("không tạo được bảng tính '{}'", path);
  // Made on the day the ruleset comes into force, not at the clock's time
  // (libxlsxwriter's default): the same ruleset gives the same bytes.
  lxw_doc_properties properties{};
  properties.created = static_cast<time_t>(parse_date(m.effective_from).value_or(0)) * 86400;
  workbook_set_properties(book, &properties);
  lxw_worksheet* sheet = workbook_add_worksheet(book, "Bản ghi");
  lxw_worksheet* guide = workbook_add_worksheet(book, "Hướng dẫn");
  lxw_format* bold = workbook_add_format(book);
  format_set_bold(bold);
  format_set_bg_color(bold, 0xDDEBF7);
  lxw_format* date = workbook_add_format(book);
  format_set_num_format(date, "dd/mm/yyyy");
  lxw_format* text = workbook_add_format(book);
  format_set_num_format(text, "@");  // an id stays as typed ("01" is not 1)

  struct Column {
    std::string id, comment;
    const Input* input = nullptr;
  };
  std::vector<std::string> kinds;
  for (const std::string& k : m.kinds) kinds.push_back(meeting_kind_words(k));
  std::vector<Column> columns = {
      {"cell_id", "Mã chi bộ, như trong danh sách đơn vị", nullptr},
      // The days Excel takes: the ruleset's effective period.
      {"date",
       fmt::format("Ngày sinh hoạt, từ ngày {}{} (ngày bộ tiêu chí có hiệu lực)",
                   format_date_vn(r.effective_from),
                   r.effective_to > 0 ? " đến " + format_date_vn(r.effective_to) : ""),
       nullptr},
      // Left blank, a record is a regular meeting (meeting_kind.h's parse_kind).
      {"kind", fmt::format("Loại sinh hoạt: {}; bỏ trống = thường kỳ", fmt::join(kinds, " hoặc ")),
       nullptr}};
  for (std::size_t i = 0; i < m.inputs.size(); ++i) {
    const Input& in = m.inputs[i];
    columns.push_back({in.id, in.label + " — " + describe(in) + needed_only_by(r, i), &in});
  }
  const std::vector<Input> claims = claim_columns(m);  // kept while the columns point at them
  for (const Input& in : claims) columns.push_back({in.id, describe_claim(in), &in});
  worksheet_write_string(guide, 0, 0, "Cột", bold);
  worksheet_write_string(guide, 0, 1, "Điền gì", bold);
  worksheet_write_string(
      guide, 0, 2,
      fmt::format("Bộ tiêu chí {} ({}), phiên bản {}", m.id, m.source.document, m.version).c_str(),
      nullptr);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    const Column& column = columns[c];
    worksheet_write_string(sheet, 0, col, column.id.c_str(), bold);
    worksheet_write_comment(sheet, 0, col, column.comment.c_str());
    worksheet_write_string(guide, static_cast<lxw_row_t>(c + 1), 0, column.id.c_str(), nullptr);
    worksheet_write_string(guide, static_cast<lxw_row_t>(c + 1), 1, column.comment.c_str(),
                           nullptr);
    std::vector<std::string> words;
    std::vector<char*> list;
    lxw_data_validation check{};
    if (column.input) {
      check = check_of(*column.input, words, list);
      const bool is_date = column.input->type == InputType::Date;
      worksheet_set_column(sheet, col, col, 14, is_date ? date : nullptr);
    } else if (column.id == "date") {
      check.validate = LXW_VALIDATION_TYPE_DATE;
      check.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
      check.minimum_datetime = datetime_of(r.effective_from);
      check.maximum_datetime =
          datetime_of(r.effective_to > 0 ? r.effective_to : days_from_civil({9999, 12, 31}));
      check.ignore_blank = LXW_VALIDATION_ON;
      check.show_error = LXW_VALIDATION_ON;
      worksheet_set_column(sheet, col, col, 14, date);
    } else if (column.id == "kind") {
      words = kinds;
      as_list(words, list, check);
      check.ignore_blank = LXW_VALIDATION_ON;
      worksheet_set_column(sheet, col, col, 14, nullptr);
    } else {
      worksheet_set_column(sheet, col, col, 14, text);
    }
    if (check.validate != LXW_VALIDATION_TYPE_NONE) {
      // Said in Vietnamese when refused (Excel's own words are English):
      // what the column takes, as its comment says.
      std::string title = "Giá trị không hợp lệ";
      std::string message = excel_text(fmt::format("Cột {}: {}", column.id, column.comment), 255);
      check.error_title = title.data();
      check.error_message = message.data();
      worksheet_data_validation_range(sheet, 1, col, kTemplateRows - 1, col, &check);
    }
  }
  // The ruleset's checks across columns: a row that fails one is rejected
  // (as the records' check says it), so the guide says them before it is.
  auto row = static_cast<lxw_row_t>(columns.size() + 2);
  if (!m.checks.empty()) {
    worksheet_write_string(guide, row, 0, "Kiểm tra giữa các cột", bold);
    worksheet_write_string(
        guide, row, 1,
        "Dòng không đạt một điều kiện dưới đây bị loại (không được chấm điểm), với lời báo:", bold);
    worksheet_write_string(guide, row++, 2, "Điều kiện (theo tên cột)", bold);
    for (const Check& c : m.checks) {
      worksheet_write_string(guide, row, 0, c.id.c_str(), nullptr);
      worksheet_write_string(guide, row, 1, c.message.c_str(), nullptr);
      worksheet_write_string(guide, row++, 2, as_written_by_hand(c.require.shown()).c_str(),
                             nullptr);
    }
    // A derived value a condition names is no column: said how it is made,
    // and so is one such a value is made from, in the ruleset's order.
    std::vector<bool> named(m.derived.size(), false);
    for (bool more = true; more;) {
      more = false;
      for (std::size_t i = 0; i < m.derived.size(); ++i) {
        if (named[i]) continue;
        const std::string& id = m.derived[i].id;
        bool by_check = std::any_of(m.checks.begin(), m.checks.end(),
                                    [&](const Check& c) { return names_word(c.require.text, id); });
        for (std::size_t j = 0; j < m.derived.size() && !by_check; ++j) {
          by_check = named[j] && names_word(m.derived[j].expr.text, id);
        }
        if (by_check) named[i] = more = true;
      }
    }
    for (std::size_t i = 0; i < m.derived.size(); ++i) {
      if (!named[i]) continue;
      const Derived& d = m.derived[i];
      worksheet_write_string(guide, row, 0, d.id.c_str(), nullptr);
      worksheet_write_string(
          guide, row, 1,
          fmt::format("{} (không phải cột: tính từ các cột)", d.label.empty() ? d.id : d.label)
              .c_str(),
          nullptr);
      worksheet_write_string(
          guide, row++, 2, fmt::format("tính bằng: {}", as_written_by_hand(d.expr.shown())).c_str(),
          nullptr);
    }
  }
  worksheet_freeze_panes(sheet, 1, 0);
  worksheet_set_column(guide, 0, 0, 22, nullptr);
  worksheet_set_column(guide, 1, 1, 100, nullptr);
  worksheet_set_column(guide, 2, 2, 45, nullptr);
  const lxw_error error = workbook_close(book);
  if (error != LXW_NO_ERROR) {
    return fmt::format("không ghi được bảng tính '{}': {}", path, lxw_strerror(error));
  }
  return "";
}

}  // namespace chibo
