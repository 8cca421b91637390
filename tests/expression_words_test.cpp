// Expressions in words, as `chibo explain` shows a condition to office staff.
#include "expression_words.h"

#include <catch2/catch.hpp>

using chibo::expression_words;

namespace {

chibo::Ruleset sample() {
  chibo::Ruleset r;
  auto add = [&r](const char* id, chibo::InputType type, const char* label, const char* unit) {
    chibo::Input in;
    in.id = id;
    in.type = type;
    in.label = label;
    in.unit = unit;
    r.inputs.push_back(in);
  };
  add("members", chibo::InputType::Integer, "Tổng số đảng viên", "");
  add("present", chibo::InputType::Integer, "Số có mặt", "");
  add("combined", chibo::InputType::YesNo, "Sinh hoạt thường kỳ kết hợp chuyên đề", "");
  add("rate", chibo::InputType::Percent, "Tỷ lệ hoàn thành", "%");
  add("duration", chibo::InputType::Minutes, "Thời lượng", " phút");  // the loader's default
  add("bch", chibo::InputType::YesNo, "BCH dự", "");
  add("note", chibo::InputType::YesNo, "", "");
  add("draft", chibo::InputType::YesNo, "Có dự thảo nghị quyết", "");
  add("task", chibo::InputType::Number, "Tỷ lệ hoàn thành phương hướng, nhiệm vụ", "");
  add("character", chibo::InputType::Choice, "Tính chất", "");
  r.inputs.back().options = {{"tot", "Tốt", {}, {}}, {"kha", "Khá", {}, {}}};
  chibo::Derived d;
  d.id = "attendance";
  d.label = "Tỷ lệ dự";
  d.unit = "%";
  r.derived.push_back(d);
  d = {};
  d.id = "needed";
  r.derived.push_back(d);
  chibo::Form f;
  chibo::Criterion group;
  group.id = "ket_qua";
  group.label = "Kết quả sinh hoạt";
  chibo::Criterion item;
  item.id = "hoan_thanh";
  group.items.push_back(item);
  f.criteria.push_back(group);
  r.forms.push_back(f);
  return r;
}

}  // namespace

TEST_CASE("expression_words: names by their labels and Vietnamese words") {
  const chibo::Ruleset r = sample();
  struct Case {
    const char* text;
    const char* words;
  };
  const Case cases[] = {
      // A choice's option by its label; kind's are the meeting's kinds.
      {"kind == \"thematic\" or combined",
       "loại sinh hoạt là chuyên đề hoặc sinh hoạt thường kỳ kết hợp chuyên đề"},
      {"character != \"kha\"", "tính chất không phải là Khá"},
      {"\"tot\" == character", "tính chất là Tốt"},
      // yes and no compared: the value itself, or its opposite.
      {"combined == yes", "sinh hoạt thường kỳ kết hợp chuyên đề"},
      // A yes/no denied: as the record is filled in, or "không có ..." for a label of "Có ...".
      {"combined == no", "sinh hoạt thường kỳ kết hợp chuyên đề: không"},
      {"not draft", "không có dự thảo nghị quyết"},
      // và and hoặc with what they join put apart: read without the
      // language's precedence, "không a hoặc b" and "a và b hoặc c" say two things.
      {"not combined and present > 0",
       "(sinh hoạt thường kỳ kết hợp chuyên đề: không) và số có mặt > 0"},
      {"not (combined or bch)", "không phải (sinh hoạt thường kỳ kết hợp chuyên đề hoặc BCH dự)"},
      {"combined and bch or present > 0 or members > 1",
       "(sinh hoạt thường kỳ kết hợp chuyên đề và BCH dự) hoặc số có mặt > 0 hoặc tổng số đảng "
       "viên > 1"},
      {"combined and bch and present > 0",
       "sinh hoạt thường kỳ kết hợp chuyên đề và BCH dự và số có mặt > 0"},
      // not said as the opposite where there is one.
      {"not kind == \"regular\"", "loại sinh hoạt không phải là thường kỳ"},
      {"not present < members", "số có mặt ≥ tổng số đảng viên"},
      {"not (combined == no)", "sinh hoạt thường kỳ kết hợp chuyên đề"},
      {"not not bch", "BCH dự"},
      // Units beside the numbers compared with a value that has one; signs as printed.
      {"rate >= 90 and attendance <= 85.5", "tỷ lệ hoàn thành ≥ 90% và tỷ lệ dự ≤ 85,5%"},
      // Numbers as written, whatever the ruleset rounds to when it shows a score.
      {"rate >= 89.999", "tỷ lệ hoàn thành ≥ 89,999%"},
      {"duration < 90", "thời lượng < 90 phút"},
      {"present != members", "số có mặt ≠ tổng số đảng viên"},
      {"present * 100 / members >= 50", "số có mặt × 100 / tổng số đảng viên ≥ 50"},
      {"(present + 1) * 2 - (members - present) == 3",
       "(số có mặt + 1) × 2 - (tổng số đảng viên - số có mặt) = 3"},
      {"members / (present * 2)", "tổng số đảng viên / (số có mặt × 2)"},
      {"-present < -1", "-số có mặt < -1"},
      // No label: the id. Criteria by their points, built-in values by name.
      {"note or needed > 0", "note hoặc needed > 0"},
      {"ket_qua >= 15 and hoan_thanh > 0", "điểm kết quả sinh hoạt ≥ 15 và điểm hoan_thanh > 0"},
      {"total >= 90 and month <= 6", "tổng điểm ≥ 90 và tháng ≤ 6"},
      {"if combined then 120 else 90",
       "nếu sinh hoạt thường kỳ kết hợp chuyên đề thì 120, nếu không thì 90"},
      {"min(present, members) > round(rate, 1)",
       "số nhỏ nhất trong (số có mặt; tổng số đảng viên) > (tỷ lệ hoàn thành) làm tròn đến 1 chữ "
       "số thập phân"},
      {"max(floor(rate), abs(-1)) < year(date)",
       "số lớn nhất trong ((tỷ lệ hoàn thành) làm tròn xuống; trị tuyệt đối của (-1)) < năm của "
       "(ngày sinh hoạt)"},
      // A chain of if: one clause after another.
      {"if character == \"tot\" then 5 else if character == \"kha\" then 4 else 0",
       "nếu tính chất là Tốt thì 5; còn nếu tính chất là Khá thì 4; còn lại thì 0"},
      // A label with a comma of its own, in quotes.
      {"task * 0.9 > 1", "\u201Ctỷ lệ hoàn thành phương hướng, nhiệm vụ\u201D × 0,9 > 1"},
      {"yes", "có"},
      // Text that does not parse: as written, on one line.
      {"a +\n  (", "a + ("},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(expression_words(r, c.text) == c.words);
  }
}

TEST_CASE("expression_words: a criterion by its label on the sheet the condition is for") {
  chibo::Ruleset r = sample();
  chibo::Form thematic;
  chibo::Criterion c;
  c.id = "ket_qua";
  c.label = "Báo cáo chuyên đề";
  thematic.criteria.push_back(c);
  r.forms.push_back(thematic);
  CHECK(expression_words(r, "ket_qua >= 15") == "điểm kết quả sinh hoạt ≥ 15");
  CHECK(expression_words(r, "ket_qua >= 15", &r.forms[1]) == "điểm báo cáo chuyên đề ≥ 15");
}
