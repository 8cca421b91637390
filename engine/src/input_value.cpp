#include "input_value.h"

#include <algorithm>
#include <initializer_list>

#include <fmt/format.h>

#include "chibo/did_you_mean.h"
#include "chibo/number_format.h"
#include "date.h"
#include "typed_keys.h"
#include "utf8.h"

namespace chibo {
namespace {

std::optional<Rational> parse_yes_no(std::string_view text) {
  // Almost every answer is written "có" or "không": those first, as written.
  if (text == "có") return Rational(1);
  if (text == "không") return Rational(0);
  // The longest answer is "không đạt" (13 bytes): no need to copy more.
  char lowered[16];
  if (text.size() > sizeof lowered) return std::nullopt;
  std::copy(text.begin(), text.end(), lowered);
  // Capitals allowed (README), Vietnamese ones too: "CÓ", "KHÔNG", "ĐẠT".
  // Hand-written for the letters of these words rather than ICU's case
  // mapping: U+00C0-U+00DE (not U+00D7) and U+1EA0-U+1EF9 (a capital's code
  // is even, its small letter the next), and Đ.
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(lowered[k]); };
    const unsigned char c = byte(i);
    if (c >= 'A' && c <= 'Z') {
      lowered[i] = static_cast<char>(c - 'A' + 'a');
    } else if (c == 0xC3 && i + 1 < text.size() && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9E &&
               byte(i + 1) != 0x97) {
      lowered[i + 1] = static_cast<char>(byte(i + 1) + 0x20);
    } else if (c == 0xC4 && i + 1 < text.size() && byte(i + 1) == 0x90) {
      lowered[i + 1] = static_cast<char>(0x91);
    } else if (c == 0xE1 && i + 2 < text.size() &&
               (byte(i + 1) == 0xBA ? byte(i + 2) >= 0xA0 : byte(i + 1) == 0xBB) &&
               byte(i + 2) % 2 == 0) {
      lowered[i + 2] = static_cast<char>(byte(i + 2) + 1);
    }
  }
  const std::string_view s(lowered, text.size());
  // Typed without accents too, as many keyboards are set ("co", "khong",
  // and the short "ko" of notes and messages).
  // A checklist's tick for yes too, as Vietnamese forms mark it (√, ✓, ✔, ☑),
  // as it may be 'x': it was no answer, the row rejected.
  static constexpr std::string_view kYes[] = {"có", "yes", "x", "1", "true", "c", "đạt",
                                              "co", "dat", "√", "✓", "✔",    "☑"};
  static constexpr std::string_view kNo[] = {"không",     "no",    "0",         "false", "k",
                                             "không đạt", "khong", "khong dat", "ko",    "kh"};
  for (std::string_view yes : kYes) {
    if (s == yes) return Rational(1);
  }
  for (std::string_view no : kNo) {
    if (s == no) return Rational(0);
  }
  return std::nullopt;
}

// Why text is not a yes/no, with the answer it looks meant as: typed with
// the Vietnamese keyboard off ("cos", "kho6ng"), or one letter from có or
// không, an accent counted as one ("khôg", "cò", "khống"). Asked, not
// taken: "cò" is another word.
std::string not_yes_no(std::string_view text) {
  std::string hint = typed_keys_hint(text, [](const std::string& meant) {
    return parse_yes_no(meant) ? std::optional(meant) : std::nullopt;
  });
  // One slip only, not a third of the letters: 'x không' is no slip for
  // không ('x' is yes).
  if (hint.empty()) hint = co_phai_la(text, {"có", "không"}, 1);
  return fmt::format("'{}' không phải là có/không{}", text, hint);
}

// A bound or a value out of it, as the message shows it: with a decimal
// comma and the input's unit ("9999 phút lớn hơn mức tối đa 600 phút",
// "10,5%"): "0.5" read as English in a Vietnamese sentence, and a bare 600
// said nothing of minutes.
std::string with_unit(const Input& input, Rational value) {
  return format_exact(value) + input.unit;
}

// Why number (shown: as written, a percent's sign with it) is not a number
// (what: "số", "số nguyên"): too many digits to hold exactly when it is
// written as one (a sign, digits, one '.' or ','), else not one at all.
std::string not_a_number(std::string_view number, std::string_view text, const char* what) {
  if (Rational::too_many_digits(number)) {
    return fmt::format("'{}' có quá nhiều chữ số (tối đa 18)", text);
  }
  return fmt::format("'{}' không phải là {}", text, what);
}

// A choice written in other capitals than its id or label ("tốt", "TỐT" for
// "Tốt"), as yes/no may be, or without what tells it from the id ("Tốt" for
// tot); when none or two options match, why says so and offers the nearest
// id or label.
std::optional<Rational> choice_in_any_case(const Input& input, std::string_view text,
                                           std::string& why) {
  const std::string folded = fold_case(text);
  std::vector<std::size_t> fits;  // two or more: alike but for capitals, neither guessed
  std::vector<std::string> names;
  for (std::size_t i = 0; i < input.options.size(); ++i) {
    const ChoiceOption& o = input.options[i];
    if (o.folded_id == folded || o.folded_label == folded) fits.push_back(i);
    names.push_back(o.id);
    names.push_back(o.label);
  }
  // Else the id with its word's accents, a space for '_' ("Tốt", "Trung
  // bình" for tot, trung_binh: the ids of Bình Thuận's levels, whose labels
  // are sentences), or a label written without accents, as a yes/no may be
  // ("co"; a wrong accent is another word): when one option alone matches.
  if (fits.empty()) {
    const std::string bare = bare_id(folded);
    const bool unaccented =
        std::all_of(folded.begin(), folded.end(), [](char c) { return (c & 0x80) == 0; });
    for (std::size_t i = 0; i < input.options.size(); ++i) {
      const ChoiceOption& o = input.options[i];
      if (bare_id(o.folded_id) == bare || (unaccented && bare_id(o.folded_label) == bare)) {
        fits.push_back(i);
      }
    }
  }
  if (fits.size() == 1) return Rational(static_cast<std::int64_t>(fits.front()));
  // As the template lists them: the id, and the label office staff know.
  auto shown = [&](const ChoiceOption& o) {
    return !o.label.empty() && o.label != o.id ? o.id + " (" + o.label + ")" : o.id;
  };
  std::string list;
  if (fits.size() > 1) {  // said so: "không phải là một lựa chọn" read as a typo
    for (const std::size_t i : fits) list += (list.empty() ? "" : " và ") + shown(input.options[i]);
    why = fmt::format("'{}' không rõ là lựa chọn nào: khớp với cả {}; hãy ghi đúng mã", text, list);
    return std::nullopt;
  }
  for (const ChoiceOption& o : input.options) list += (list.empty() ? "" : ", ") + shown(o);
  // A label typed with the Vietnamese keyboard off ("khas" for Khá), named
  // as the sheet shows it; else the nearest id or label; else an id's word
  // so typed, as its keys make it ("toots" for tốt, where the labels are
  // sentences: Bình Thuận's). Nearest first: "tots" is a slip for tot, not
  // a tót.
  std::string hint = typed_keys_hint(text, [&](const std::string& meant) {
    const std::string folded_meant = fold_case(meant);
    for (const ChoiceOption& o : input.options) {
      if (o.folded_label == folded_meant) return std::optional(o.label.empty() ? o.id : o.label);
    }
    return std::optional<std::string>();
  });
  if (hint.empty()) hint = co_phai_la(text, names);
  if (hint.empty()) {
    hint = typed_keys_hint(text, [&](const std::string& meant) {
      const std::string bare_meant = bare_id(fold_case(meant));
      for (const ChoiceOption& o : input.options) {
        if (bare_id(o.folded_id) == bare_meant) return std::optional(meant);
      }
      return std::optional<std::string>();
    });
  }
  why = fmt::format("'{}' không phải là một lựa chọn ({}){}", text, list, hint);
  return std::nullopt;
}

// "H:MM" or "H:MM:SS" (an hour count of one to five digits, minutes and
// seconds 00 to 59: a CSV saved from an h:mm:ss cell) in minutes, the
// seconds rounded (30 and more up).
std::optional<Rational> hours_and_minutes(std::string_view text) {
  const std::size_t colon = text.find(':');
  const std::string_view hours = text.substr(0, colon);
  std::string_view minutes = text.substr(colon + 1), seconds;
  if (const std::size_t second = minutes.find(':'); second != minutes.npos) {
    seconds = minutes.substr(second + 1);
    minutes = minutes.substr(0, second);
    if (seconds.size() != 2) return std::nullopt;
  }
  auto digits = [](std::string_view d) {
    return std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (hours.empty() || hours.size() > 5 || minutes.size() != 2 || !digits(hours) ||
      !digits(minutes) || !digits(seconds)) {
    return std::nullopt;
  }
  auto two = [](std::string_view d) { return (d[0] - '0') * 10 + (d[1] - '0'); };
  const std::int64_t m = two(minutes), s = seconds.empty() ? 0 : two(seconds);
  if (m >= 60 || s >= 60) return std::nullopt;
  std::int64_t h = 0;
  for (char c : hours) h = h * 10 + (c - '0');
  return Rational(h * 60 + m + (s >= 30 ? 1 : 0));
}

// A duration in words, as minutes are written in a meeting's minutes: "90
// phút", "90p", "1 giờ 30 phút", "1g30", "1h30", "2 giờ", "1,5 giờ" (nullopt
// when text is none of these, or comes to no whole minute). Only for a value
// already refused as a number: never on the path of a plain field.
std::optional<Rational> minutes_in_words(std::string_view written) {
  const std::string folded = fold_case(written);
  std::string_view text = folded;
  // The leading number: digits, and for hours one '.' or ',' among them.
  auto take_number = [&text]() {
    std::size_t n = 0;
    while (n < text.size() &&
           ((text[n] >= '0' && text[n] <= '9') || ((text[n] == ',' || text[n] == '.') && n > 0))) {
      ++n;
    }
    const std::string_view number = text.substr(0, n);
    text = trim_spaces(text.substr(n));
    return number;
  };
  auto take_word = [&text](std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      if (text.substr(0, w.size()) == w) {
        text = trim_spaces(text.substr(w.size()));
        return true;
      }
    }
    return false;
  };
  // Longest first: "phút" before "ph" before "p".
  const auto minute_words = {std::string_view("phút"), std::string_view("ph"),
                             std::string_view("p"), std::string_view("'")};
  const auto hour_words = {std::string_view("giờ"), std::string_view("tiếng"),
                           std::string_view("g"), std::string_view("h")};
  const std::string_view first = take_number();
  const std::optional<Rational> amount = Rational::parse_decimal(first);
  if (first.empty() || !amount || *amount < Rational(0)) return std::nullopt;
  if (take_word(minute_words)) {
    if (!text.empty() || !amount->is_integer()) return std::nullopt;
    return amount;
  }
  if (!take_word(hour_words)) return std::nullopt;
  std::optional<Rational> minutes = multiply(*amount, Rational(60));
  if (!text.empty()) {  // "1g30", "1 giờ 30 phút": whole hours, then 0 to 59 minutes
    const std::string_view more = take_number();
    if (!amount->is_integer() || more.empty() || more.size() > 2 ||
        more.find_first_of(",.") != more.npos) {
      return std::nullopt;
    }
    take_word(minute_words);
    const std::optional<Rational> m = Rational::parse_decimal(more);
    if (!text.empty() || !m || !(*m < Rational(60)) || !minutes) return std::nullopt;
    minutes = add(*minutes, *m);
  }
  if (!minutes || !minutes->is_integer()) return std::nullopt;
  return minutes;
}

// For a count refused for the words after it, as minutes write one ("20
// đảng viên", "17 đồng chí"): to write the number alone; "" otherwise, and
// for an input with a unit of its own ("3 tuần" is no 3 ngày: said as it is).
// The words are not let go silently: "6 ý kiến" may count opinions, not
// the members who spoke.
std::string count_with_words_hint(const Input& input, std::string_view text) {
  if (!input.unit.empty()) return "";
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0 || digits > 9 || digits == text.size() || text[digits] != ' ') return "";
  const std::string_view words = trim_spaces(text.substr(digits));
  if (words.empty() ||
      std::any_of(words.begin(), words.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return "";
  }
  return fmt::format(": hãy ghi số, không kèm chữ (như {})", text.substr(0, digits));
}

// For a number refused written as a fraction, as minutes write who came
// ("17/20": present of members) or a share ("9/10" of the tasks): for a
// percent, the share it stands for; for a count or a number, to write the
// first number alone; "" otherwise. Not taken unsaid: which of the two is
// meant is the writer's to say.
std::string fraction_hint(const Input& input, std::string_view text) {
  const std::size_t slash = text.find('/');
  if (slash == text.npos) return "";
  const int part = digits_number(trim_spaces(text.substr(0, slash)), 1, 9);
  const int whole = digits_number(trim_spaces(text.substr(slash + 1)), 1, 9);
  if (part < 0 || whole <= 0 || (input.type == InputType::Percent && part > whole)) return "";
  if (input.type != InputType::Percent) {
    return fmt::format(": hãy ghi một số (như {}), không ghi kiểu '{}/{}'", part, part, whole);
  }
  // To two places, half up, with a decimal comma, as the sheet shows a share.
  const std::int64_t hundredths = (std::int64_t{part} * 20000 + whole) / (2 * std::int64_t{whole});
  const bool exact = std::int64_t{part} * 10000 % whole == 0;
  const std::string shown = format_exact(*Rational::make(hundredths, 100));
  return fmt::format(": có phải là {} trên {}, tức {}{}%? hãy ghi {}", part, whole,
                     exact ? "" : "khoảng ", shown, shown);
}

// A number followed by the input's own unit, as chibo template and explain
// write it ("2 ngày" for notice_days, unit " ngày"; in any capitals): the
// number; nullopt for anything else. Only for a value already refused.
std::optional<Rational> number_before_unit(const Input& input, std::string_view text) {
  const std::string unit = fold_case(trim_spaces(input.unit));
  const std::string folded = fold_case(text);
  if (unit.empty() || folded.size() <= unit.size() ||
      folded.compare(folded.size() - unit.size(), unit.size(), unit) != 0) {
    return std::nullopt;
  }
  const std::string_view number =
      trim_spaces(std::string_view(folded).substr(0, folded.size() - unit.size()));
  const std::optional<Rational> value = Rational::parse_decimal(number);
  if (!value || (input.type == InputType::Integer && !value->is_integer())) return std::nullopt;
  return value;
}

}  // namespace

std::string_view trim_blank_ends(std::string_view s) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

std::optional<Rational> parse_input_value(const Input& input, std::string_view raw,
                                          std::string& why) {
  return parse_trimmed_input_value(input, trim_spaces(raw), why);
}

std::optional<Rational> plain_decimal(const Input& input, std::string_view text) {
  // A percent with its sign, as a sheet's percentage cell is saved ("92,5%"):
  // read as full_input_value reads it.
  if (input.type == InputType::Percent && !text.empty() && text.back() == '%') {
    text = trim_spaces(text.substr(0, text.size() - 1));
  }
  const std::optional<Rational> value = Rational::parse_decimal(text);
  if (!value || (input.min && *value < *input.min) || (input.max && *input.max < *value)) {
    return std::nullopt;
  }
  return value;
}

std::optional<Rational> full_input_value(const Input& input, std::string_view text,
                                         std::string& why) {
  std::optional<Rational> value;
  switch (input.type) {
    case InputType::YesNo:
      value = parse_yes_no(text);
      if (!value) why = not_yes_no(text);
      return value;
    case InputType::Choice:
      for (std::size_t i = 0; i < input.options.size(); ++i) {
        if (text == input.options[i].id || text == input.options[i].label) {
          return Rational(static_cast<std::int64_t>(i));
        }
      }
      return choice_in_any_case(input, text, why);
    case InputType::Date:
      if (auto d = parse_any_date(text)) return Rational(*d);
      why = fmt::format("'{}' không phải là ngày (viết YYYY-MM-DD, DD/MM/YYYY hoặc D/M/YYYY){}",
                        text, date_refused_hints(text));
      return std::nullopt;
    case InputType::Percent:
    case InputType::Number: {
      std::string_view number = text;
      // "93,5%" or "93,5 %": the sign after the number, a space before it or not.
      if (input.type == InputType::Percent && !number.empty() && number.back() == '%') {
        number = trim_spaces(number.substr(0, number.size() - 1));
      }
      value = Rational::parse_decimal(number);
      if (!value) value = number_before_unit(input, text);
      if (!value) why = not_a_number(number, text, "số") + fraction_hint(input, text);
      break;
    }
    case InputType::Minutes:
      // A duration as an Excel time cell shows it, or as typed: "1:30" is 90.
      if (text.find(':') != std::string_view::npos) {
        value = hours_and_minutes(text);
        if (!value) {
          why = fmt::format(
              "'{}' không phải là số phút (viết số phút, ví dụ 90, hoặc giờ:phút, ví dụ 1:30)",
              text);
          return std::nullopt;
        }
        break;
      }
      value = Rational::parse_decimal(text);
      if (!value || !value->is_integer()) value = minutes_in_words(text);
      if (!value) {
        why =
            not_a_number(text, text, "số phút (viết số phút, ví dụ 90, hoặc giờ:phút, ví dụ 1:30)");
        return std::nullopt;
      }
      break;
    case InputType::Integer:
      value = Rational::parse_decimal(text);
      if (!value || !value->is_integer()) value = number_before_unit(input, text);
      if (!value) {
        why = not_a_number(text, text, "số nguyên") + count_with_words_hint(input, text) +
              fraction_hint(input, text);
        return std::nullopt;
      }
      break;
  }
  if (!value) return std::nullopt;
  if (input.min && *value < *input.min) {
    why = fmt::format("{} nhỏ hơn mức tối thiểu {}", with_unit(input, *value),
                      with_unit(input, *input.min));
    return std::nullopt;
  }
  if (input.max && *input.max < *value) {
    why = fmt::format("{} lớn hơn mức tối đa {}", with_unit(input, *value),
                      with_unit(input, *input.max));
    return std::nullopt;
  }
  return value;
}

std::string percent_as_fraction(const Input& input, std::string_view text, Rational value) {
  if (input.type != InputType::Percent || !(Rational(0) < value) || !(value < Rational(1)) ||
      value.is_integer() || text.find('%') != std::string_view::npos) {
    return "";
  }
  const std::optional<Rational> meant = multiply(value, Rational(100));
  if (!meant || (input.min && *meant < *input.min) || (input.max && *input.max < *meant)) return "";
  // Written back with the decimal mark typed: "92.5" in a file of commas.
  const std::string shown = format_exact(*meant, text.find(',') != text.npos ? ',' : '.');
  return fmt::format(
      "'{0}' nhỏ hơn 1%: nếu là {1}% (tỷ lệ viết dạng số thập phân), hãy ghi {1}; nếu đúng là "
      "{0}%, hãy ghi '{0}%'",
      text, shown);
}

std::string input_value_text(const Input& input, Rational value) {
  switch (input.type) {
    case InputType::YesNo:
      return value == Rational(0) ? "không" : "có";
    case InputType::Choice: {
      auto i = static_cast<std::size_t>(value.num());
      return i < input.options.size() ? input.options[i].label : value.to_string();
    }
    case InputType::Date:
      return format_date_vn(static_cast<int>(value.num()));
    default:
      return value.to_string() + input.unit;
  }
}

}  // namespace chibo
