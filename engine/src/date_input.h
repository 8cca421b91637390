// Reading a date as an office writes it, and what to say of one refused
// (date_input.cpp); input_value.h reads a date input's field with these.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "chibo/meeting.h"

namespace chibo {

// The day s is: YYYY-MM-DD, DD/MM/YYYY or D/M/YYYY (or with '-' or '.' for
// '/', the year last), from the year 1900 on, with a time of day after it
// or not (one within its clock's range); nullopt otherwise.
std::optional<int> parse_any_date(std::string_view s);

// For a date refused (no D/M/YYYY), the day it is written month first
// (3/15/2024: 15/03/2024), as Excel saves dates in a CSV file on a computer
// set to the United States' format; nullopt when it is not one so either.
std::optional<int> month_first_date(std::string_view text);
// How text, a date's trimmed text, read (read) or refused, is written as far
// as the order of its day and month goes: a date read whose day and month
// are both at most 12 and unalike (3/5/2024) reads either way, a refused
// one may be month first (3/15/2024). Year first (nearly every date of a
// national file) is told inline; the rest by day_month_order.
DateOrder day_month_order(std::string_view text, bool read);
inline DateOrder written_date_order(std::string_view text, bool read) {
  if (text.size() >= 10 && text[4] == '-') return DateOrder::Plain;
  return day_month_order(text, read);
}
// The order of the two most telling of a month-first file (MonthFirst, then
// EitherWay): a record's, of its dates.
inline DateOrder more_telling(DateOrder a, DateOrder b) { return a > b ? a : b; }

// What is said after "'...' không phải là ngày (...)" of a date refused: the
// day an Excel serial number stands for, the day it is written month first,
// or a year before 1900 (each "; ..."), or "".
std::string date_refused_hints(std::string_view text);

}  // namespace chibo
