#include "date.h"

#include <cstdint>
#include <iterator>
#include <vector>

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

namespace {

// Neri and Schneider, "Euclidean affine functions and their application to
// calendar algorithms" (2022), proposition 6.3, as libstdc++ 14 has it: in
// unsigned 32-bit arithmetic with multiplications and shifts only, for days
// in [kFastFirst, kFastLast] (years -32767..32767). Once a record in
// scoring and once more writing it: twice as fast as the general way below.
constexpr int kFastFirst = -12687794;
constexpr int kFastLast = 11248737;

CivilDate fast_civil_from_days(int days) {
  constexpr auto kYearShift = static_cast<std::uint32_t>(-1468000);
  constexpr auto kDayShift = static_cast<std::uint32_t>(536895458);
  const std::uint32_t r0 = static_cast<std::uint32_t>(days) + kDayShift;
  const std::uint32_t n1 = 4 * r0 + 3;
  const std::uint32_t q1 = n1 / 146097;
  const std::uint32_t r1 = n1 % 146097 / 4;
  const std::uint32_t n2 = 4 * r1 + 3;
  const std::uint64_t u2 = std::uint64_t{2939745} * n2;
  const auto q2 = static_cast<std::uint32_t>(u2 >> 32);
  const std::uint32_t r2 = static_cast<std::uint32_t>(u2) / 2939745 / 4;
  const std::uint32_t n3 = 2141 * r2 + 197913;
  const std::uint32_t q3 = n3 >> 16;
  const std::uint32_t r3 = (n3 & 0xFFFF) / 2141;
  const std::uint32_t after_february = r2 >= 306 ? 1 : 0;
  return {static_cast<int>(100 * q1 + q2 + after_february + kYearShift),
          static_cast<int>(after_february ? q3 - 12 : q3), static_cast<int>(r3 + 1)};
}

}  // namespace

CivilDate civil_from_days(int z) {
  if (z >= kFastFirst && z <= kFastLast) return fast_civil_from_days(z);
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
  // The eight digits read at once, one test for all (a loop over the three
  // parts was 180 instructions a record, for every meeting's date).
  const auto digit = [&t](std::size_t i) {
    return static_cast<unsigned>(static_cast<unsigned char>(t[i])) - unsigned{'0'};
  };
  const unsigned y0 = digit(0), y1 = digit(1), y2 = digit(2), y3 = digit(3);
  const unsigned m0 = digit(5), m1 = digit(6), d0 = digit(8), d1 = digit(9);
  if ((y0 > 9) | (y1 > 9) | (y2 > 9) | (y3 > 9) | (m0 > 9) | (m1 > 9) | (d0 > 9) | (d1 > 9)) {
    return std::nullopt;
  }
  return real_date({static_cast<int>(y0 * 1000 + y1 * 100 + y2 * 10 + y3),
                    static_cast<int>(m0 * 10 + m1), static_cast<int>(d0 * 10 + d1)});
}

std::optional<int> real_date(CivilDate d) {
  if (d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1) return std::nullopt;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  const int month_days = kDays[d.month - 1] + (d.month == 2 && leap ? 1 : 0);
  if (d.day > month_days) return std::nullopt;
  return days_from_civil(d);
}

std::optional<int> month_written(std::string_view text) {
  // Its three runs of digits, between '-' or '/'.
  std::vector<std::string_view> parts;
  std::size_t from = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '-' || text[i] == '/') {
      parts.push_back(text.substr(from, i - from));
      from = i + 1;
    }
  }
  auto number = [](std::string_view digits) { return digits_number(digits, 1, 4); };
  if (parts.size() != 3) return std::nullopt;
  const bool year_first = parts[0].size() == 4;
  if (!year_first && parts[2].size() != 4) return std::nullopt;
  const int year = number(year_first ? parts[0] : parts[2]), month = number(parts[1]);
  if (year < 1900 || month < 1 || month > 12 || number(year_first ? parts[2] : parts[0]) < 0) {
    return std::nullopt;
  }
  return days_from_civil({year, month, 1});
}

std::string format_date(int days) {
  std::string out;
  append_date(out, days);
  return out;
}

std::string format_date_vn(int days) {
  const CivilDate d = civil_from_days(days);
  return fmt::format("{:02}/{:02}/{}", d.day, d.month, d.year);
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
