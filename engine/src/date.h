// Calendar dates as day numbers (days since 1970-01-01, proleptic Gregorian).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace chibo {

struct CivilDate {
  int year = 1970, month = 1, day = 1;
};

// Strict YYYY-MM-DD with a real day of the month; nullopt otherwise.
std::optional<int> parse_date(std::string_view text);
// The day d is, when it is a real one from the year 1900 on, as parse_date
// reads it; nullopt otherwise.
std::optional<int> real_date(CivilDate d);
// text as a number when it is least to most ASCII digits (at most 9); -1
// otherwise. Inline: a record's date written D/M/YYYY is read by it.
inline int digits_number(std::string_view text, std::size_t least, std::size_t most) {
  if (text.size() < least || text.size() > most) return -1;
  int n = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}
int days_from_civil(CivilDate d);
CivilDate civil_from_days(int days);
// Months counted from January of year 0 (year × 12 + month - 1), so that
// months compare and subtract as numbers.
inline int month_number(int year, int month) { return year * 12 + month - 1; }
inline int month_number(CivilDate d) { return month_number(d.year, d.month); }
// The first day of the month a date that is no date is written for: its
// year and month read as YYYY-MM-DD or D/M/YYYY write them ("2024-02-30",
// "31/11/2024"), its day not looked at; nullopt when they are not there
// either. What a rejected record's month is told by (record_checker.cpp).
std::optional<int> month_written(std::string_view text);
std::string format_date(int days);             // YYYY-MM-DD
void append_date(std::string& out, int days);  // the same, appended
// DD/MM/YYYY, as Vietnamese prose writes a day (tables and files keep
// YYYY-MM-DD, which sorts).
std::string format_date_vn(int days);

}  // namespace chibo
