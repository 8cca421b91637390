// input_value.h: plain_input_value, the inline reading of the commonest
// fields, never disagrees with full_input_value.
#include "input_value.h"
#include "utf8.h"

#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <catch2/catch.hpp>

using chibo::Input;
using chibo::InputType;
using chibo::Rational;

namespace {

// As the ruleset loader makes an option: with its id and label folded.
chibo::ChoiceOption option(const std::string& id, const std::string& label) {
  return {id, label, chibo::fold_case(id), chibo::fold_case(label)};
}

// What in makes of text: the value as a fraction's text, or why it refuses it.
std::string read_value(const Input& in, const std::string& text) {
  std::string why;
  const auto v = chibo::parse_input_value(in, text, why);
  return v ? v->to_string() : why;
}

}  // namespace

TEST_CASE("the inline reading of a field agrees with the full one or leaves it") {
  std::vector<Input> inputs;
  for (InputType type :
       {InputType::Integer, InputType::Number, InputType::Percent, InputType::YesNo,
        InputType::Minutes, InputType::Date, InputType::Choice}) {
    Input in;
    in.type = type;
    if (type == InputType::Choice) in.options = {option("1", "một"), option("có", "có")};
    inputs.push_back(in);
    in.min = Rational(1);
    in.max = Rational(120);
    inputs.push_back(in);
    in.min = *Rational::make(1, 2);  // a fraction: compared, not assumed whole
    in.max = *Rational::make(241, 2);
    inputs.push_back(in);
  }
  const std::vector<std::string> texts = {
      "có",           "không", "Có",    "co",    "yes",       "0",     "1",      "00",
      "007",          "119",   "120",   "121",   "999999999", "1e3",   "12.5",   "12,5",
      "-1",           "+1",    "1 2",   "85%",   "x",         "",      "٣",      "2024-03-15",
      "1234567890",   "0.5",   "cóx",   "c",     "khôn",      "khônG", "khôngg", "kh\xC3\xB4ng",
      "kh\xC3\xB5ng", "có ",   "93.33", "120.5", "120.0",     "0,925", ".98",    "93.",
      "1.2.3",        "-0.5",  "92,5%", "90%",   "90 %",      "0.5%",  "120.5%", "%",
      "Không",        "KHÔNG"};
  int read_inline = 0;
  for (const Input& in : inputs) {
    for (const std::string& text : texts) {
      INFO("type " << static_cast<int>(in.type) << ", text '" << text << "'");
      std::string why;
      const auto full = chibo::full_input_value(in, text, why);
      if (const auto simple = chibo::plain_input_value(in, text)) {
        ++read_inline;
        REQUIRE(full);
        CHECK(*simple == *full);
      }
    }
  }
  CHECK(read_inline > 50);
  // A share or a number with a decimal part is read inline too (before 6
  // December, 78% of the national records' shares went the long way).
  Input percent;
  percent.type = InputType::Percent;
  percent.min = Rational(0);
  percent.max = Rational(100);
  CHECK(chibo::plain_input_value(percent, "93.33") == Rational::make(9333, 100));
  CHECK(chibo::plain_input_value(percent, "93,5") == Rational::make(187, 2));
  CHECK(chibo::plain_input_value(percent, "0.5") == Rational::make(1, 2));
  CHECK_FALSE(chibo::plain_input_value(percent, "100.5"));  // said the long way: out of range
  CHECK_FALSE(chibo::plain_input_value(percent, "93. 5"));
  // With its sign, as a sheet's percentage cell is saved.
  CHECK(chibo::plain_input_value(percent, "92,5%") == Rational::make(185, 2));
  CHECK(chibo::plain_input_value(percent, "92.5 %") == Rational::make(185, 2));
  CHECK(chibo::plain_input_value(percent, "90%") == Rational(90));
  // Yes or no capitalised (Excel's AutoCorrect), or a workbook's TRUE/FALSE
  // cell, which the reader gives as 1 or 0: inline too.
  Input yes_no;
  yes_no.type = InputType::YesNo;
  CHECK(chibo::plain_input_value(yes_no, "Có") == Rational(1));
  CHECK(chibo::plain_input_value(yes_no, "Không") == Rational(0));
  CHECK(chibo::plain_input_value(yes_no, "1") == Rational(1));
  CHECK(chibo::plain_input_value(yes_no, "0") == Rational(0));
  // A date written D/M/YYYY reads as the same day written YYYY-MM-DD.
  Input date;
  date.type = InputType::Date;
  int unlike = 0;
  for (int year : {1899, 1900, 2000, 2023, 2024, 2100}) {
    for (int month = 0; month <= 13; ++month) {
      for (int day = 0; day <= 32; ++day) {
        std::string why;
        const auto iso =
            chibo::parse_input_value(date, fmt::format("{}-{:02}-{:02}", year, month, day), why);
        const auto dmy =
            chibo::parse_input_value(date, fmt::format("{}/{}/{}", day, month, year), why);
        const auto padded =
            chibo::parse_input_value(date, fmt::format("{:02}.{:02}.{}", day, month, year), why);
        if (dmy != iso || padded != iso) ++unlike;
      }
    }
  }
  CHECK(unlike == 0);
  Input minutes;
  minutes.type = InputType::Minutes;  // "1.5" is no number of minutes: read the long way
  CHECK_FALSE(chibo::plain_input_value(minutes, "90.5"));
}

// trim_spaces: spaces and tabs off both ends, nothing else (a quick exit
// when both ends are above ' ').
TEST_CASE("trim_spaces takes spaces and tabs and line breaks off both ends only") {
  CHECK(chibo::trim_spaces("") == "");
  CHECK(chibo::trim_spaces(" ") == "");
  CHECK(chibo::trim_spaces("\t \t") == "");
  CHECK(chibo::trim_spaces("có") == "có");
  CHECK(chibo::trim_spaces(" có") == "có");
  CHECK(chibo::trim_spaces("có\t") == "có");
  CHECK(chibo::trim_spaces(" \t12 5\t ") == "12 5");
  CHECK(chibo::trim_spaces("\r1\n") == "1");  // a cell ended with Alt+Enter
  CHECK(chibo::trim_spaces("có\r\n ") == "có");
  CHECK(chibo::trim_spaces("c\nó") == "c\nó");
  CHECK(chibo::trim_spaces("\x01x") == "\x01x");
  CHECK(chibo::trim_spaces("x ") == "x");
  CHECK(chibo::trim_spaces(" x") == "x");
}

TEST_CASE("yes/no answers may be written in capitals, Vietnamese letters too") {
  Input in;
  in.type = InputType::YesNo;
  auto read = [&](const std::string& text) {
    std::string why;
    return chibo::parse_input_value(in, text, why);
  };
  for (const char* yes : {"có", "Có", "CÓ", "cÓ", "YES", "X", "ĐẠT", "Đạt", "đạt", "TRUE", "co",
                          "CO", "Dat", "√", "✓", "✔", "☑"}) {  // a checklist's tick, as 'x' is
    INFO(yes);
    CHECK(read(yes) == Rational(1));
  }
  for (const char* no : {"không", "Không", "KHÔNG", "KHÔNG ĐẠT", "Không đạt", "NO", "K", "khong",
                         "KHONG", "Ko", "kh", "khong dat"}) {
    INFO(no);
    CHECK(read(no) == Rational(0));
  }
  // Other letters are not folded into these words (written without accents
  // is one spelling; a wrong accent is another word).
  for (const char* other : {"CÒ", "KHÕNG", "ĐẬT", "cô", "kho", "khongdat", "", "×"}) {
    INFO(other);
    CHECK_FALSE(read(other));
  }
}

TEST_CASE("a yes/no refused asks for the answer it looks meant as") {
  Input in;
  in.type = InputType::YesNo;
  auto why_not = [&](const std::string& text) {
    std::string why;
    CHECK_FALSE(chibo::parse_input_value(in, text, why));
    return why;
  };
  for (const auto& [text, expected] : std::vector<std::pair<const char*, const char*>>{
           // Typed with the Vietnamese keyboard off: Telex and VNI, in any capitals.
           {"cos",
            "'cos' không phải là có/không; có phải là 'có'? ('cos' là 'có' gõ kiểu Telex khi chưa "
            "bật bộ gõ tiếng Việt)"},
           {"Khoong",
            "'Khoong' không phải là có/không; có phải là 'Không'? ('Khoong' là 'Không' gõ kiểu "
            "Telex khi chưa bật bộ gõ tiếng Việt)"},
           {"KHOONG DDATJ",
            "'KHOONG DDATJ' không phải là có/không; có phải là 'KHÔNG ĐẠT'? ('KHOONG DDATJ' là "
            "'KHÔNG ĐẠT' gõ kiểu Telex khi chưa bật bộ gõ tiếng Việt)"},
           {"kho6ng",
            "'kho6ng' không phải là có/không; có phải là 'không'? ('kho6ng' là 'không' gõ kiểu VNI "
            "khi chưa bật bộ gõ tiếng Việt)"},
           {"d9at5",
            "'d9at5' không phải là có/không; có phải là 'đạt'? ('d9at5' là 'đạt' gõ kiểu VNI khi "
            "chưa bật bộ gõ tiếng Việt)"},
           // A slip of a letter or its accent.
           {"khôg", "'khôg' không phải là có/không; có phải là 'không'?"},
           {"KHÕNG", "'KHÕNG' không phải là có/không; có phải là 'không'?"},
           {"cò", "'cò' không phải là có/không; có phải là 'có'?"},
           {"cỏ", "'cỏ' không phải là có/không; có phải là 'có'?"},  // an accent of 3 bytes
           {"khống", "'khống' không phải là có/không; có phải là 'không'?"},
           {"CỐ", "'CỐ' không phải là có/không; có phải là 'có'?"},
           {"khôngg", "'khôngg' không phải là có/không; có phải là 'không'?"},
           // One slip only: 'x' is yes, and 'x không' no slip for không.
           {"x không", "'x không' không phải là có/không"},
           {"không ạ", "'không ạ' không phải là có/không"},
           // Nothing near: nothing asked.
           {"kho", "'kho' không phải là có/không"},
           {"chưa", "'chưa' không phải là có/không"},
           {"2", "'2' không phải là có/không"},
       }) {
    INFO(text);
    CHECK(why_not(text) == expected);
  }
}

TEST_CASE("a choice may be written in other capitals, and a near miss is offered") {
  Input in;
  in.type = InputType::Choice;
  in.options = {option("tot", "Tốt"), option("kha", "Khá"), option("trung_binh", "Trung bình"),
                option("kem", "Kém")};
  auto read = [&](const std::string& text, std::string& why) {
    return chibo::parse_input_value(in, text, why);
  };
  std::string why;
  for (auto [text, index] : std::vector<std::pair<const char*, int>>{{"tot", 0},
                                                                     {"Tốt", 0},
                                                                     {"TỐT", 0},
                                                                     {"tốt", 0},
                                                                     {"TOT", 0},
                                                                     {"KHÁ", 1},
                                                                     {"trung bình", 2},
                                                                     {"TRUNG_BINH", 2},
                                                                     {"kém", 3}}) {
    INFO(text);
    CHECK(read(text, why) == Rational(index));
  }
  // Refused, with the answer it looks meant as, if any.
  const std::string list =
      "không phải là một lựa chọn (tot (Tốt), kha (Khá), trung_binh (Trung bình), kem (Kém))";
  for (auto [text, hint] : std::vector<std::pair<std::string, std::string>>{
           {"tott", "; có phải là 'tot'?"},
           {"xấu", ""},
           // A label typed with the Vietnamese keyboard off: asked by its label.
           {"khas",
            "; có phải là 'Khá'? ('khas' là 'khá' gõ kiểu Telex khi chưa bật bộ gõ "
            "tiếng Việt)"},
           {"Trung binhf",
            "; có phải là 'Trung bình'? ('Trung binhf' là 'Trung bình' gõ kiểu "
            "Telex khi chưa bật bộ gõ tiếng Việt)"},
           {"ke1m",
            "; có phải là 'Kém'? ('ke1m' là 'kém' gõ kiểu VNI khi chưa bật bộ gõ tiếng "
            "Việt)"},
           // Keys that make no label: the nearest name, as before.
           {"tots", "; có phải là 'tot'?"},
           // A letter amiss in a label.
           {"Trung bìn", "; có phải là 'Trung bình'?"},
       }) {
    INFO(text);
    CHECK_FALSE(read(text, why));
    CHECK(why == "'" + text + "' " + list + hint);
  }
  // An id written with its word's accents (Bình Thuận's levels, whose labels
  // are sentences: 'Tốt' was refused with no hint), a label without accents;
  // a label with a wrong accent is another word.
  in.options = {option("tot", "Tất cả đúng giờ"), option("trung_binh", "Nhiều người đến muộn")};
  for (auto [text, index] : std::vector<std::pair<const char*, int>>{{"Tốt", 0},
                                                                     {"TỐT", 0},
                                                                     {"Trung bình", 1},
                                                                     {"trung-binh", 1},
                                                                     {"tat ca dung gio", 0},
                                                                     {"NHIEU NGUOI DEN MUON", 1}}) {
    INFO(text);
    CHECK(read(text, why) == Rational(index));
  }
  CHECK_FALSE(read("tất cá đúng giờ", why));
  // An id's word typed with the Vietnamese keyboard off: asked as its keys
  // make it, which is read (above).
  const std::string sentences =
      "không phải là một lựa chọn (tot (Tất cả đúng giờ), trung_binh (Nhiều người đến muộn))";
  CHECK_FALSE(read("toots", why));
  CHECK(why == "'toots' " + sentences +
                   "; có phải là 'tốt'? ('toots' là 'tốt' gõ kiểu Telex khi chưa bật bộ gõ tiếng "
                   "Việt)");
  CHECK(read("tốt", why) == Rational(0));
  CHECK_FALSE(read("TO6T1", why));
  CHECK(why == "'TO6T1' " + sentences +
                   "; có phải là 'TỐT'? ('TO6T1' là 'TỐT' gõ kiểu VNI khi chưa bật bộ gõ tiếng "
                   "Việt)");
  // A slip for an id is asked as that: 'tots' is tot, not the tót its keys make.
  CHECK_FALSE(read("tots", why));
  CHECK(why == "'tots' " + sentences + "; có phải là 'tot'?");
  // Two options alike but for accents: neither is guessed.
  in.options = {option("ca", "Cá"), option("cà", "Cà")};
  CHECK_FALSE(read("Cả", why));
  CHECK(why == "'Cả' không rõ là lựa chọn nào: khớp với cả ca (Cá) và cà (Cà); hãy ghi đúng mã");
  // Two options alike but for capitals: neither is guessed.
  in.options = {option("a", "Tốt"), option("b", "TỐT")};
  CHECK(read("TỐT", why) == Rational(1));  // as written: exact
  CHECK_FALSE(read("tốt", why));
  CHECK(why == "'tốt' không rõ là lựa chọn nào: khớp với cả a (Tốt) và b (TỐT); hãy ghi đúng mã");
}

TEST_CASE("a percent may have a space before its sign, a number too long says so") {
  Input percent;
  percent.type = InputType::Percent;
  std::string why;
  CHECK(chibo::parse_input_value(percent, "93,5 %", why) == *Rational::make(187, 2));
  CHECK(chibo::parse_input_value(percent, "90%", why) == Rational(90));
  CHECK_FALSE(chibo::parse_input_value(percent, "12345678901234567890%", why));
  CHECK(why == "'12345678901234567890%' có quá nhiều chữ số (tối đa 18)");
  CHECK_FALSE(chibo::parse_input_value(percent, "90 x", why));
  CHECK(why == "'90 x' không phải là số");
  // A share written as a fraction: the percent it stands for, to two places.
  CHECK_FALSE(chibo::parse_input_value(percent, "17/20", why));
  CHECK(why == "'17/20' không phải là số: có phải là 17 trên 20, tức 85%? hãy ghi 85");
  CHECK_FALSE(chibo::parse_input_value(percent, "7/8", why));
  CHECK(why == "'7/8' không phải là số: có phải là 7 trên 8, tức 87,5%? hãy ghi 87,5");
  CHECK_FALSE(chibo::parse_input_value(percent, "2/3", why));
  CHECK(why == "'2/3' không phải là số: có phải là 2 trên 3, tức khoảng 66,67%? hãy ghi 66,67");
  CHECK_FALSE(chibo::parse_input_value(percent, "21/20", why));  // more than the whole
  CHECK(why == "'21/20' không phải là số");
  Input count;
  count.type = InputType::Integer;
  // 19 digits do not fit exactly: not "not a whole number".
  CHECK_FALSE(chibo::parse_input_value(count, "9223372036854775807", why));
  CHECK(why == "'9223372036854775807' có quá nhiều chữ số (tối đa 18)");
  CHECK_FALSE(chibo::parse_input_value(count, "12.5", why));
  CHECK(why == "'12.5' không phải là số nguyên");
  // A count with words after it, as minutes write one: the number alone asked for.
  CHECK_FALSE(chibo::parse_input_value(count, "20 đảng viên", why));
  CHECK(why == "'20 đảng viên' không phải là số nguyên: hãy ghi số, không kèm chữ (như 20)");
  // Present of members, as minutes write it: the first number alone asked for.
  CHECK_FALSE(chibo::parse_input_value(count, "17/20", why));
  CHECK(why == "'17/20' không phải là số nguyên: hãy ghi một số (như 17), không ghi kiểu '17/20'");
  CHECK_FALSE(chibo::parse_input_value(count, "17 / 20", why));
  CHECK(why ==
        "'17 / 20' không phải là số nguyên: hãy ghi một số (như 17), không ghi kiểu '17/20'");
  for (const char* other : {"17 (2 vắng)", "đủ 20", "20đv", "1234567890 người", "17/0", "17/",
                            "/20", "17/20/2024", "1,5/2"}) {
    INFO(other);
    CHECK_FALSE(chibo::parse_input_value(count, other, why));
    CHECK(why == "'" + std::string(other) + "' không phải là số nguyên");
  }
  // An input with a unit of its own: "3 tuần" is no "3 ngày", said as it is.
  Input days = count;
  days.unit = " ngày";
  CHECK_FALSE(chibo::parse_input_value(days, "3 tuần", why));
  CHECK(why == "'3 tuần' không phải là số nguyên");
  CHECK(chibo::parse_input_value(count, "999999999999999999", why) == Rational(999999999999999999));
}

// A duration as an Excel time cell shows it ("1:30", [h]:mm past a day too)
// or as typed: hours and minutes; anything else said with what to write.
TEST_CASE("minutes may be written as hours:minutes") {
  Input in;
  in.type = InputType::Minutes;
  in.min = Rational(0);
  in.max = Rational(600);
  auto read = [&](const std::string& text) { return read_value(in, text); };
  CHECK(read("90") == "90");
  CHECK(read("1:30") == "90");
  CHECK(read(" 2:00 ") == "120");
  CHECK(read("0:45") == "45");
  CHECK(read("00:05") == "5");
  CHECK(read("10:00") == "600");
  CHECK(read("10:01") == "601 lớn hơn mức tối đa 600");
  const std::string hint =
      "không phải là số phút (viết số phút, ví dụ 90, hoặc giờ:phút, ví dụ 1:30)";
  CHECK(read("1:30:00") == "90");  // a CSV saved from an h:mm:ss cell
  CHECK(read("1:30:29") == "90");
  CHECK(read("1:30:30") == "91");
  for (const char* bad : {"1:60", "1:5", "1:300", ":30", "1:", "1:30:0", "1:30:60", "1:30:",
                          "1:30:00:00", "-1:30", "1,5:30", "1 :30", "123456:00", "một:30"}) {
    INFO(bad);
    CHECK(read(bad) == "'" + std::string(bad) + "' " + hint);
  }
  CHECK(read("1.5") == "'1.5' " + hint);
  // Only a duration: an integer input takes no hours.
  in.type = InputType::Integer;
  CHECK(read("1:30") == "'1:30' không phải là số nguyên");
  CHECK(read("90 phút") == "'90 phút' không phải là số nguyên: hãy ghi số, không kèm chữ (như 90)");
}

// A duration copied from the minutes as the secretary wrote it there: "90
// phút", "1g30", "1 giờ 30 phút", "1,5 giờ" (was "'90 phút' không phải là
// số nguyên", which said neither what was wrong nor what to write).
TEST_CASE("minutes may be written in words") {
  Input in;
  in.type = InputType::Minutes;
  in.min = Rational(0);
  in.max = Rational(600);
  auto read = [&](const std::string& text) { return read_value(in, text); };
  const std::vector<std::pair<std::string, std::string>> good = {
      {"90 phút", "90"},      {"90phút", "90"},   {"90 PHÚT", "90"},       {"90p", "90"},
      {"90 ph", "90"},        {"90'", "90"},      {"1g30", "90"},          {"1h30", "90"},
      {"1H30", "90"},         {"1 giờ 30", "90"}, {"1 giờ 30 phút", "90"}, {"1g30p", "90"},
      {"1 Giờ 5 phút", "65"}, {"2 giờ", "120"},   {"2h", "120"},           {"2 tiếng", "120"},
      {"1,5 giờ", "90"},      {"1.5h", "90"},     {"0g45", "45"},          {"10 giờ", "600"}};
  for (const auto& [text, minutes] : good) {
    INFO(text);
    CHECK(read(text) == minutes);
  }
  CHECK(read("11 giờ") == "660 lớn hơn mức tối đa 600");
  const std::string hint =
      "không phải là số phút (viết số phút, ví dụ 90, hoặc giờ:phút, ví dụ 1:30)";
  for (const char* bad :
       {"phút", "90 phút 5", "1g60", "1g300", "1,5g30", "1g3,5", "1,33 giờ", "90,5 phút", "g30",
        "1 giờ rưỡi", "90 giây", "-90 phút", ",5 giờ", "1 giờ 30 phút 10", "chín mươi phút"}) {
    INFO(bad);
    CHECK(read(bad) == "'" + std::string(bad) + "' " + hint);
  }
}

// chibo template writes an input's unit after its kind ("số nguyên (ngày)"),
// and a secretary writes it after the number: "2 ngày" was "không phải là số
// nguyên". Only the input's own unit; any other word is still refused.
TEST_CASE("a number may be followed by its input's unit") {
  Input in;
  in.type = InputType::Integer;
  in.unit = " ngày";
  in.min = Rational(0);
  in.max = Rational(60);
  auto read = [&](const std::string& text) { return read_value(in, text); };
  CHECK(read("2 ngày") == "2");
  CHECK(read("2ngày") == "2");
  CHECK(read(" 3 NGÀY ") == "3");
  CHECK(read("61 ngày") == "61 ngày lớn hơn mức tối đa 60 ngày");
  CHECK(read("2,5 ngày") == "'2,5 ngày' không phải là số nguyên");
  CHECK(read("2 tuần") == "'2 tuần' không phải là số nguyên");
  CHECK(read("ngày") == "'ngày' không phải là số nguyên");
  CHECK(read("2 ngày ngày") == "'2 ngày ngày' không phải là số nguyên");
  in.type = InputType::Number;
  in.unit = " triệu đồng";
  in.max = Rational(1000);
  CHECK(read("12,5 triệu đồng") == "12.5");
  CHECK(read("12,5 đồng") == "'12,5 đồng' không phải là số");
  // Without a unit, nothing is taken off.
  in.unit.clear();
  CHECK(read("12,5 triệu đồng") == "'12,5 triệu đồng' không phải là số");
}

// explain said a date input's value YYYY-MM-DD ("ngày gửi báo cáo:
// 2024-03-10") beside the meeting's day written 06/03/2024 in its header:
// a text people read says a day DD/MM/YYYY, however the record wrote it.
TEST_CASE("a value is said as people read it: a date DD/MM/YYYY") {
  Input in;
  in.type = InputType::Date;
  std::string why;
  for (const char* text : {"2024-03-10", "10/03/2024", "10/3/2024"}) {
    INFO(text);
    const auto value = chibo::parse_input_value(in, text, why);
    REQUIRE(value);
    CHECK(chibo::input_value_text(in, *value) == "10/03/2024");
  }
  in.type = InputType::YesNo;
  CHECK(chibo::input_value_text(in, Rational(0)) == "không");
  CHECK(chibo::input_value_text(in, Rational(1)) == "có");
  in.type = InputType::Choice;
  in.options = {option("tot", "Tốt"), option("kha", "Khá")};
  CHECK(chibo::input_value_text(in, Rational(1)) == "Khá");
  in.type = InputType::Minutes;
  in.unit = " phút";
  CHECK(chibo::input_value_text(in, Rational(90)) == "90 phút");
}
