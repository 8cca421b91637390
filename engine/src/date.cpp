#include "date.h"

#include <iterator>

#include <fmt/format.h>

namespace chibo {

// Howard Hinnant's days_from_civil / civil_from_days: exact for any year here.
int days_from_civil(CivilDate d) {
  int y = d.year - (d.month <= 2 ? 1 : 0);
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int mp = d.month > 2 ? d.month - 3 : d.month + 9;
  int doy = (153 * mp + 2) / 5 + d.day - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(int z) {
  z += 719468;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  int doe = z - era * 146097;
  int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int y = yoe + era * 400;
  int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int mp = (5 * doy + 2) / 153;
  int d = doy - (153 * mp + 2) / 5 + 1;
  int m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2 ? 1 : 0), m, d};
}

std::optional<int> parse_date(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  int lengths[3] = {4, 2, 2};
  std::size_t pos = 0;
  for (int p = 0; p < 3; ++p) {
    for (int k = 0; k < lengths[p]; ++k, ++pos) {
      char c = t[pos];
      if (c < '0' || c > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (c - '0');
    }
    ++pos;  // the '-'
  }
  CivilDate d{parts[0], parts[1], parts[2]};
  if (d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1) return std::nullopt;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  int month_days = kDays[d.month - 1] + (d.month == 2 && leap ? 1 : 0);
  if (d.day > month_days) return std::nullopt;
  return days_from_civil(d);
}

std::string format_date(int days) {
  std::string out;
  append_date(out, days);
  return out;
}

void append_date(std::string& out, int days) {
  const CivilDate d = civil_from_days(days);
  if (d.year < 0 || d.year > 9999) {  // outside what a meeting can have: the general way
    fmt::format_to(std::back_inserter(out), "{:04}-{:02}-{:02}", d.year, d.month, d.day);
    return;
  }
  // Digits by hand: this runs once a record in `chibo score`, and fmt's
  // format string was a tenth of writing the record's line.
  const char text[10] = {static_cast<char>('0' + d.year / 1000),
                         static_cast<char>('0' + d.year / 100 % 10),
                         static_cast<char>('0' + d.year / 10 % 10),
                         static_cast<char>('0' + d.year % 10),
                         '-',
                         static_cast<char>('0' + d.month / 10),
                         static_cast<char>('0' + d.month % 10),
                         '-',
                         static_cast<char>('0' + d.day / 10),
                         static_cast<char>('0' + d.day % 10)};
  out.append(text, sizeof text);
}

}  // namespace chibo
