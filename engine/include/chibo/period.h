// Period: a quarter ("2024-Q1") or a year ("2024") that meetings roll up to.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chibo {

struct Period {
  int year = 0;
  int quarter = 0;  // 1..4, or 0 for the whole year

  // "2024-Q1" .. "2024-Q4" or "2024"; also as the reports write them and
  // people type them, in any capitals: "quý I/2024", "Quý 1/2024", "quý I
  // năm 2024", "Q1/2024", "Q1-2024", "2024Q1", "năm 2024". nullopt
  // otherwise, and for a quarter without its word ("1/2024", "I/2024": a
  // month, or a quarter?).
  static std::optional<Period> parse(std::string_view text);

  int first_month() const { return quarter == 0 ? 1 : 3 * quarter - 2; }
  int last_month() const { return quarter == 0 ? 12 : 3 * quarter; }
  int months() const { return last_month() - first_month() + 1; }
  bool contains(int year_, int month) const {
    return year_ == year && month >= first_month() && month <= last_month();
  }
  bool contains_day(int days_since_1970) const;
  // Its first day, and the day after its last, as days since 1970-01-01.
  int first_day() const;
  int end_day() const;
  // The period before: 2024-Q1 -> 2023-Q4, 2024 -> 2023.
  Period previous() const;
  std::string id() const;     // "2024-Q1", "2024"
  std::string label() const;  // "quý I/2024", "năm 2024"
  friend bool operator==(const Period&, const Period&) = default;
};

}  // namespace chibo
