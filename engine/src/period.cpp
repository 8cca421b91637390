#include "chibo/period.h"

#include <fmt/format.h>

#include "date.h"

namespace chibo {

std::optional<Period> Period::parse(std::string_view t) {
  if (t.size() != 4 && t.size() != 7) return std::nullopt;
  int year = 0;
  for (int i = 0; i < 4; ++i) {
    if (t[static_cast<std::size_t>(i)] < '0' || t[static_cast<std::size_t>(i)] > '9') {
      return std::nullopt;
    }
    year = year * 10 + (t[static_cast<std::size_t>(i)] - '0');
  }
  if (year < 1900) return std::nullopt;
  if (t.size() == 4) return Period{year, 0};
  if (t[4] != '-' || (t[5] != 'Q' && t[5] != 'q') || t[6] < '1' || t[6] > '4') return std::nullopt;
  return Period{year, t[6] - '0'};
}

bool Period::contains_day(int days) const {
  CivilDate d = civil_from_days(days);
  return contains(d.year, d.month);
}

Period Period::previous() const {
  if (quarter == 0) return {year - 1, 0};
  if (quarter == 1) return {year - 1, 4};
  return {year, quarter - 1};
}

std::string Period::id() const {
  return quarter == 0 ? fmt::format("{}", year) : fmt::format("{}-Q{}", year, quarter);
}

std::string Period::label() const {
  static const char* const kRoman[] = {"", "I", "II", "III", "IV"};
  return quarter == 0 ? fmt::format("năm {}", year)
                      : fmt::format("quý {}/{}", kRoman[quarter], year);
}

}  // namespace chibo
