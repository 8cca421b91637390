// Civil dates for the generator: days since 1970-01-01, weekdays, month
// lengths and YYYY-MM-DD text, without <chrono> (whose calendar support still
// varies between standard libraries).
#pragma once

#include <string>

namespace chibo::gen {

inline bool leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

inline int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap_year(y) ? 29 : kDays[m - 1];
}

// Days since 1970-01-01 (H. Hinnant's days_from_civil).
inline long days_from_civil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// 0 = Monday ... 6 = Sunday.
inline int weekday(int y, int m, int d) {
  long days = days_from_civil(y, m, d);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

inline void append_date(std::string& out, int y, int m, int d) {
  char buf[11];
  buf[0] = static_cast<char>('0' + y / 1000 % 10);
  buf[1] = static_cast<char>('0' + y / 100 % 10);
  buf[2] = static_cast<char>('0' + y / 10 % 10);
  buf[3] = static_cast<char>('0' + y % 10);
  buf[4] = '-';
  buf[5] = static_cast<char>('0' + m / 10);
  buf[6] = static_cast<char>('0' + m % 10);
  buf[7] = '-';
  buf[8] = static_cast<char>('0' + d / 10);
  buf[9] = static_cast<char>('0' + d % 10);
  out.append(buf, 10);
}

}  // namespace chibo::gen
