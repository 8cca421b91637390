// Reading a date as an office writes it (YYYY-MM-DD, D/M/YYYY, with a time
// of day after it), and what to say of one refused: apart from
// input_value.cpp, which reads every other kind of field.
#include "date_input.h"

#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "date.h"
#include "input_value.h"
#include "utf8.h"

namespace chibo {
namespace {

// The minutes after midnight of a time of day: H:MM or HH:MM, and :SS after
// it, each within its clock's range (25:99 is no time: the cell was typed
// wrong); nullopt when it is none. When half_day, a 12-hour clock's mark
// may end it (AM, PM, or the Vietnamese locale's SA, CH; any capitals, a
// space before it or not), after an hour from 1 to 12.
std::optional<int> clock_minutes(std::string_view time, bool half_day) {
  int afternoon = -1;  // -1: no mark; else 0 (AM, SA) or 1 (PM, CH)
  if (half_day && time.size() >= 2) {
    const std::string mark = lower_ascii(std::string(time.substr(time.size() - 2)));
    if (mark == "am" || mark == "sa") afternoon = 0;
    if (mark == "pm" || mark == "ch") afternoon = 1;
    if (afternoon >= 0) time = trim_spaces(time.substr(0, time.size() - 2));
  }
  const std::size_t colon = time.find(':');
  if (colon == time.npos || colon < 1 || colon > 2) return std::nullopt;
  const std::size_t second = time.find(':', colon + 1);
  const std::string_view minutes = time.substr(colon + 1, second - colon - 1);
  const int h = digits_number(time.substr(0, colon), 1, 2);
  const int m = digits_number(minutes, 2, 2);
  const int sec = second == time.npos ? 0 : digits_number(time.substr(second + 1), 2, 2);
  const bool hour = afternoon >= 0 ? h >= 1 && h <= 12 : h >= 0 && h <= 23;
  if (!hour || m < 0 || m > 59 || sec < 0 || sec > 59) return std::nullopt;
  return (afternoon >= 0 ? h % 12 + 12 * afternoon : h) * 60 + m;
}

// Vietnam's offset from UTC, in minutes (UTC+07:00, the whole country, since 1975).
constexpr int kVietnamOffset = 7 * 60;

// An ISO 8601 zone, "Z" or +HH:MM, +HHMM, +HH (or '-'), as minutes east of
// UTC; nullopt when zone is none of these or past UTC-12:00 to UTC+14:00.
std::optional<int> zone_minutes(std::string_view zone) {
  if (zone == "Z" || zone == "z") return 0;
  if (zone.size() < 3 || (zone[0] != '+' && zone[0] != '-')) return std::nullopt;
  const int h = digits_number(zone.substr(1, 2), 2, 2);
  std::string_view rest = zone.substr(3);
  if (!rest.empty() && rest[0] == ':') rest.remove_prefix(1);
  const int m = rest.empty() ? 0 : digits_number(rest, 2, 2);
  if (h < 0 || m < 0 || m > 59) return std::nullopt;
  const int east = (zone[0] == '-' ? -1 : 1) * (h * 60 + m);
  if (east < -12 * 60 || east > 14 * 60) return std::nullopt;
  return east;
}

// An ISO 8601 time after its 'T': HH:MM, :SS, a fraction of a second
// (".000", as JavaScript writes one), and a zone or none. The days to add
// to its date for the day in Vietnam (-1, 0 or 1; 0 with no zone: the time
// is taken as Vietnam's); nullopt when it is no such time.
std::optional<int> iso_time_days(std::string_view time) {
  const std::size_t zone_at = time.find_first_of("Zz+-");
  const std::string_view zone = zone_at == time.npos ? "" : time.substr(zone_at);
  time = time.substr(0, zone_at);
  if (const std::size_t dot = time.find('.'); dot != time.npos) {
    if (dot != 8 || digits_number(time.substr(dot + 1), 1, 9) < 0) return std::nullopt;
    time = time.substr(0, dot);
  }
  const std::optional<int> minutes = clock_minutes(time, false);
  if (!minutes) return std::nullopt;
  if (zone.empty()) return 0;
  const std::optional<int> east = zone_minutes(zone);
  if (!east) return std::nullopt;
  const int here = *minutes - *east + kVietnamOffset;  // from -12h to 1 day + 19h
  return here < 0 ? -1 : here >= 24 * 60 ? 1 : 0;
}

// A day written as papers write it, "ngày 5 tháng 3 năm 2024" (any
// capitals, with or without accents; "ngày" may be left off); nullopt
// otherwise. Not on the way of a date read the usual ways.
std::optional<int> formal_date(std::string_view s) {
  if (s.find("th") == s.npos && s.find("TH") == s.npos && s.find("Th") == s.npos) {
    return std::nullopt;  // no "tháng": not one (and ICU is not called)
  }
  std::string words = bare_id(fold_case(one_space_between_words(s)));
  if (words.rfind("ngay_", 0) == 0) words.erase(0, 5);
  // D_thang_M_nam_YYYY
  const std::size_t t = words.find("_thang_");
  const std::size_t n = t == words.npos ? t : words.find("_nam_", t + 7);
  if (n == words.npos) return std::nullopt;
  const int day = digits_number(std::string_view(words).substr(0, t), 1, 2);
  const int month = digits_number(std::string_view(words).substr(t + 7, n - t - 7), 1, 2);
  const int year = digits_number(std::string_view(words).substr(n + 5), 4, 4);
  if (day < 0 || month < 0 || year < 0) return std::nullopt;
  return real_date({year, month, day});
}

}  // namespace

std::optional<int> parse_any_date(std::string_view s) {
  if (auto d = parse_date(s)) return d;
  // ISO 8601's day and time, "2024-03-05T08:00:00" (a database's or a web
  // form's export): its day. With a zone after it (Z, +07:00) the day in
  // Vietnam: a day kept as its midnight here and written in UTC,
  // "2024-03-04T17:00:00.000Z", is 5 March. The same with a space for the
  // 'T', as databases write it ("2024-03-04 17:00:00+00").
  if (s.size() > 11 && (s[10] == 'T' || s[10] == ' ')) {
    if (auto d = parse_date(s.substr(0, 10))) {
      if (auto days = iso_time_days(s.substr(11))) return real_date(civil_from_days(*d + *days));
      if (s[10] == 'T') return std::nullopt;
    }
  }
  // A day with its time of day ("05/03/2024 08:00", "2024-03-05 00:00:00":
  // a date-and-time cell saved as CSV, a database's export): its day.
  if (const std::size_t space = s.find(' '); space != s.npos && space > 0) {
    // Words, not a time after the first space: a day as papers write it?
    if (!clock_minutes(trim_spaces(s.substr(space)), true)) return formal_date(s);
    s = s.substr(0, space);
    if (auto d = parse_date(s)) return d;
  }
  // DD/MM/YYYY, as Excel shows dates in a Vietnamese locale, or D/M/YYYY
  // (a locale's short date without the leading zeros, or typed so); or with
  // '-' or '.' for '/', the year last (05-03-2024, 5.3.2024), as Vietnamese
  // papers write a day too: they were refused.
  std::size_t first = s.find('/');
  if (first == s.npos) first = s.find_first_of("-.");
  if (first == s.npos) return std::nullopt;
  const char sep = s[first];
  const std::size_t second = s.find(sep, first + 1);
  if (second == s.npos) return std::nullopt;
  const int day = digits_number(s.substr(0, first), 1, 2);
  const int month = digits_number(s.substr(first + 1, second - first - 1), 1, 2);
  const int year = digits_number(s.substr(second + 1), 4, 4);
  if (day < 0 || month < 0 || year < 0) return std::nullopt;
  // Read as the same day written YYYY-MM-DD (a text made and read again cost
  // 1,900 instructions a record of a file of DD/MM/YYYY dates).
  return real_date({year, month, day});
}

namespace {

// Whether text, a date read as D/M/YYYY (or with '-' or '.'), reads as
// another date month first: its day and month both at most 12 and unalike
// (3/5/2024). Cheap: a few comparisons.
bool day_month_either_way(std::string_view text) {
  std::size_t i = 0;
  // A run of one or two digits at i (three read at most), as a number.
  auto run = [&text, &i](int& n) {
    const std::size_t from = i;
    n = 0;
    while (i < text.size() && i - from < 3 && text[i] >= '0' && text[i] <= '9') {
      n = n * 10 + (text[i++] - '0');
    }
    return i - from >= 1 && i - from <= 2;
  };
  int day = 0, month = 0;
  if (!run(day) || i >= text.size()) return false;
  const char sep = text[i++];
  if ((sep != '/' && sep != '-' && sep != '.') || !run(month) || i >= text.size() ||
      text[i] != sep) {
    return false;
  }
  return day >= 1 && day <= 12 && month >= 1 && month <= 12 && day != month;
}

}  // namespace

std::optional<int> month_first_date(std::string_view text) {
  const std::size_t first = text.find('/');
  const std::size_t second = first == text.npos ? text.npos : text.find('/', first + 1);
  if (second == text.npos) return std::nullopt;
  const std::string swapped = fmt::format("{}/{}/{}", text.substr(first + 1, second - first - 1),
                                          text.substr(0, first), text.substr(second + 1));
  return parse_any_date(swapped);
}

DateOrder day_month_order(std::string_view text, bool read) {
  if (!read) return month_first_date(text) ? DateOrder::MonthFirst : DateOrder::Plain;
  return day_month_either_way(text) ? DateOrder::EitherWay : DateOrder::Plain;
}

namespace {

// For a date refused written M/D/YYYY, as Excel saves dates in a CSV file
// on a computer set to the United States' format (3/22/2024: no month 22,
// and day 3 of it read the other way round a date), the day it stands for,
// and the warning that its file's other dates (3/5/2024) read as D/M/YYYY,
// the 3 May; "" otherwise.
std::string month_first_hint(std::string_view text) {
  const std::optional<int> day = month_first_date(text);
  if (!day) return "";
  return fmt::format(
      "; có phải là ngày {} ghi theo kiểu tháng/ngày/năm (máy tính đặt định dạng ngày kiểu Mỹ)? "
      "hãy ghi DD/MM/YYYY, và xem lại các ngày khác của tệp: chúng được đọc là ngày/tháng/năm",
      format_date_vn(*day));
}

// For a date refused that is a number of five digits from 36526 to 73050
// (2000-01-01 to 2099-12-31 as Excel counts days): the day it stands for, as
// a date column formatted as a number (General) shows it and saves it in a
// CSV file; "" otherwise. It was said not to be a date, with no word of why
// a column of dates Excel showed as dates read so.
std::string excel_serial_hint(std::string_view text) {
  if (text.size() != 5 ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return "";
  }
  int serial = 0;
  for (const char c : text) serial = serial * 10 + (c - '0');
  if (serial < 36526 || serial > 73050) return "";
  return fmt::format(
      "; có phải là ngày {} mà Excel lưu dạng số (cột ngày định dạng General/Number)? hãy định "
      "dạng cột ngày kiểu Date (DD/MM/YYYY) rồi lưu lại",
      format_date_vn(days_from_civil({1899, 12, 30}) + serial));
}

// For a date refused only for its year, before 1900 (the first year read):
// that year; "" otherwise. It was said not to be a date, where 1900-01-01 is
// one (before the ruleset's start). Its day is checked with the year moved
// on 2000 (a whole number of 400-year cycles: the same leap years).
std::string early_year_hint(std::string_view text) {
  const auto year_at = [&text](std::size_t at) {
    return at + 4 <= text.size() ? digits_number(text.substr(at, 4), 4, 4) : -1;
  };
  std::size_t at = 0;  // YYYY-MM-DD's year; else D/M/YYYY's, after its second separator
  if (year_at(0) < 0) {
    const std::size_t first = text.find_first_of("/-.");
    const std::size_t second = first == text.npos ? text.npos : text.find(text[first], first + 1);
    if (second == text.npos) return "";
    at = second + 1;
  }
  const int year = year_at(at);
  if (year < 0 || year >= 1900) return "";
  std::string moved(text);
  moved.replace(at, 4, fmt::format("{:04}", year + 2000));
  if (!parse_any_date(moved)) return "";
  return fmt::format("; năm {} trước năm 1900, năm sớm nhất đọc được (gõ nhầm năm?)",
                     text.substr(at, 4));
}

// The three runs of digits of text split at its separators ('/', '-' or
// '.', the same twice), each of the lengths allowed; false otherwise.
bool three_parts(std::string_view text, std::size_t first_most, std::size_t last_least,
                 std::size_t last_most, int& a, int& b, int& c) {
  const std::size_t first = text.find_first_of("/-.");
  if (first == text.npos) return false;
  const std::size_t second = text.find(text[first], first + 1);
  if (second == text.npos) return false;
  a = digits_number(text.substr(0, first), 1, first_most);
  b = digits_number(text.substr(first + 1, second - first - 1), 1, 2);
  c = digits_number(text.substr(second + 1), last_least, last_most);
  return a >= 0 && b >= 0 && c >= 0;
}

// For a date refused for a year of two digits (5/3/24: a locale's short
// date, d/m/yy, saved as CSV): the day it stands for in this century and
// the fix; "" otherwise. It was said not to be a date, with no word of the
// year (24 could be 1924).
std::string short_year_hint(std::string_view text) {
  int day = 0, month = 0, year = 0;
  if (!three_parts(text, 2, 2, 2, day, month, year)) return "";
  const std::optional<int> d = real_date({2000 + year, month, day});
  if (!d) return "";
  return fmt::format(
      "; năm chỉ có hai chữ số: có phải là ngày {}? hãy ghi năm đủ bốn chữ số (định dạng cột "
      "ngày kiểu DD/MM/YYYY)",
      format_date_vn(*d));
}

// For a date refused written year first but not as YYYY-MM-DD (2024-3-5,
// 2024/03/05, 2024.03.05): the day it stands for and how to write it; ""
// otherwise. A year first reads one way only (no one writes the day second).
std::string year_first_hint(std::string_view text) {
  int year = 0, month = 0, day = 0;
  if (!three_parts(text, 4, 1, 2, year, month, day) || text.find_first_of("/-.") != 4) return "";
  const std::optional<int> d = real_date({year, month, day});
  if (!d) return "";
  const CivilDate c = civil_from_days(*d);
  return fmt::format("; có phải là ngày {}? hãy viết {:04}-{:02}-{:02} hoặc {}", format_date_vn(*d),
                     c.year, c.month, c.day, format_date_vn(*d));
}

}  // namespace

std::string date_refused_hints(std::string_view text) {
  return excel_serial_hint(text) + month_first_hint(text) + early_year_hint(text) +
         short_year_hint(text) + year_first_hint(text);
}

}  // namespace chibo
