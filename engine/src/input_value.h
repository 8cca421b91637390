// Turns the text of one field of a meeting record into its value, by the
// input's type and range. Messages are in Vietnamese: they are read by the
// cell secretary or district staff who typed the record.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "chibo/meeting.h"
#include "chibo/rational.h"
#include "chibo/ruleset.h"
#include "date.h"
#include "date_input.h"

namespace chibo {

// trim_spaces's work when an end of s is a byte up to ' ' (input_value.cpp).
std::string_view trim_blank_ends(std::string_view s);

// text without the spaces, tabs and line breaks around it (a view of text):
// a line break ending a cell (Alt+Enter after "có", a quoted CSV field's
// "có\r\n") is seen by no one, and the value was refused as 'có\n'.
// Inline: it runs twice for every field of every record.
inline std::string_view trim_spaces(std::string_view s) {
  // Nearly every field starts and ends with a byte above ' ' (so none of
  // those): one test for both ends (the loops cost 19 instructions a field),
  // and the loops out of line (inline, they kept their callers from being so).
  if (!s.empty() && static_cast<unsigned char>(s.front()) > ' ' &&
      static_cast<unsigned char>(s.back()) > ' ') {
    return s;
  }
  return trim_blank_ends(s);
}

// The slot value (see expression.h), or nullopt with why set. Accepts:
// numbers with '.' or ',' ("93,5"), a trailing '%' on percents, yes/no as
// có/không/yes/no/x/1/0, a choice by option id or label, dates as
// YYYY-MM-DD, DD/MM/YYYY or D/M/YYYY, minutes also as hours:minutes ("1:30")
// or in words ("90 phút", "1g30", "1 giờ 30 phút").
std::optional<Rational> parse_input_value(const Input& input, std::string_view text,
                                          std::string& why);

// Whether text is word, compared as two whole integers of its bytes that
// overlap (its first and last 2 or 4): memcmp was a call a field, and bytes
// copied into part of a zeroed integer went through the stack, the integer's
// read stalled on those stores (perf: a third of RecordChecker::check).
template <std::size_t N>
inline bool plain_word(std::string_view text, const char (&word)[N]) {
  constexpr std::size_t n = N - 1;
  static_assert(n >= 2 && n <= 8);
  using Part = std::conditional_t<(n <= 4), std::uint16_t, std::uint32_t>;
  if (text.size() != n) return false;
  Part a0, a1, b0, b1;
  std::memcpy(&a0, text.data(), sizeof(Part));
  std::memcpy(&a1, text.data() + n - sizeof(Part), sizeof(Part));
  std::memcpy(&b0, word, sizeof(Part));
  std::memcpy(&b1, word + n - sizeof(Part), sizeof(Part));
  return ((a0 ^ b0) | (a1 ^ b1)) == 0;
}

// Nearly every field of a record is "có", "không" or a few digits in range:
// their value, read inline; nullopt for anything else. Never accepts what
// full_input_value would refuse, nor reads a value differently. Always
// inline, as is parse_trimmed_input_value: as calls, both cost more than the
// reading (callgrind, 20,000 records: 466.6 against 479.1 M instructions).
// Its two parts: "có" or "không" as written (1 or 0; also "Có", "Không",
// "1", "0"), and one to nine digits (no sign, point or comma; no overflow).
inline std::optional<Rational> plain_yes_no(std::string_view text) {
  if (plain_word(text, "có")) return Rational(1);
  if (plain_word(text, "không")) return Rational(0);
  // Capitalised, as Excel's AutoCorrect writes a cell's first letter, or a
  // digit: a file of them went the general way for every record.
  if (plain_word(text, "Có")) return Rational(1);
  if (plain_word(text, "Không")) return Rational(0);
  if (text.size() == 1 && (text[0] == '1' || text[0] == '0')) return Rational(text[0] - '0');
  return std::nullopt;
}
// One to nine ASCII digits, as a number.
inline std::optional<std::int64_t> plain_digits(std::string_view text) {
  const int n = digits_number(text, 1, 9);
  if (n < 0) return std::nullopt;
  return n;
}
// Whether input's field may hold a decimal ("93.33"): a percent's or a number's.
inline bool reads_decimal(const Input& input) {
  return input.type == InputType::Percent || input.type == InputType::Number;
}
// A percent's or a number's field that Rational::parse_decimal reads
// ("93.33", "84,5"; a percent's with its sign, "92,5%"), in range: as
// full_input_value reads it; nullopt for any other (a unit, spaces inside:
// read the general way). A percent under 1 too, which the caller may refuse
// as a share written as a fraction (percent_as_fraction). Out of line: about
// one field a record.
std::optional<Rational> plain_decimal(const Input& input, std::string_view text);
[[gnu::always_inline]] inline std::optional<Rational> plain_input_value(const Input& input,
                                                                        std::string_view text) {
  if (input.type == InputType::YesNo) return plain_yes_no(text);
  if (input.type == InputType::Date || input.type == InputType::Choice) return std::nullopt;
  const std::optional<std::int64_t> digits = plain_digits(text);
  if (!digits) {
    return reads_decimal(input) ? plain_decimal(input, text) : std::nullopt;
  }
  const Rational value(*digits);
  if ((input.min && value < *input.min) || (input.max && *input.max < value)) return std::nullopt;
  return value;
}

// The general reading of text already trimmed, with why set on failure.
std::optional<Rational> full_input_value(const Input& input, std::string_view text,
                                         std::string& why);

// parse_input_value for text already trimmed (RecordChecker: every field of
// every record is trimmed once, not twice): the commonest fields inline
// (plain_input_value), the rest by full_input_value.
[[gnu::always_inline]] inline std::optional<Rational> parse_trimmed_input_value(
    const Input& input, std::string_view text, std::string& why) {
  if (auto value = plain_input_value(input, text)) return value;
  return full_input_value(input, text, why);
}

// Why a percent's value is refused though it reads (value: text's): a
// share written as a fraction without the sign ("0,925", a sheet's cell not
// formatted as a percentage, where 92,5% was meant), which was scored as
// under 1%. That is a value above 0 and below 1 that is no whole number,
// typed without '%', whose hundred times is within the input's range; "" for
// any other (0, 1 and 5 are whole percents; "0,5%" says what it is).
std::string percent_as_fraction(const Input& input, std::string_view text, Rational value);

// "có"/"không", an option label, a date as Vietnamese prose writes a day
// (DD/MM/YYYY, as explain's header says the meeting's), or the number with
// its unit: for texts people read (explain, a reason, a refused record), not
// for machine columns, which keep YYYY-MM-DD.
std::string input_value_text(const Input& input, Rational value);

}  // namespace chibo
