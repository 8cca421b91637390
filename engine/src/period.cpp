#include "chibo/period.h"

#include <string>
#include <vector>

#include <fmt/format.h>

#include "date.h"
#include "utf8.h"

namespace chibo {

namespace {

// text's words, folded without accents (bare_id: "Quý" and "quý" as "quy",
// "năm" as "nam"), split at spaces, '/', '-' and '.', and where digits meet
// letters ("2024q1": "2024", "q", "1"); a word "q" followed by a Roman
// numeral is split from it ("qiv": "q", "iv"). "quy" is "q".
std::vector<std::string> period_words(std::string_view text) {
  // ICU's folding wants valid UTF-8; what is not is no period anyway.
  const std::string lower = find_invalid_utf8(text) ? std::string() : bare_id(fold_case(text));
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::vector<std::string> words;
  std::string word;
  auto end_word = [&] {
    if (word.empty()) return;
    if (word == "quy") word = "q";
    if (word.size() > 1 && word[0] == 'q' && word.find_first_not_of("iv", 1) == std::string::npos) {
      words.emplace_back("q");
      word.erase(0, 1);
    }
    words.push_back(word);
    word.clear();
  };
  for (const char c : lower) {
    if (c == '_' || c == '/' || c == '.') {  // bare_id writes ' ' and '-' as '_'
      end_word();
      continue;
    }
    if (!word.empty() && digit(word.back()) != digit(c)) end_word();
    word += c;
  }
  end_word();
  return words;
}

std::optional<int> year_of(const std::string& word) {
  if (word.size() != 4 || word.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  const int year = std::stoi(word);
  if (year < 1900) return std::nullopt;
  return year;
}

std::optional<int> quarter_of(const std::string& word) {
  static const char* const kNames[] = {"1", "2", "3", "4", "i", "ii", "iii", "iv"};
  for (int i = 0; i < 8; ++i) {
    if (word == kNames[i]) return i % 4 + 1;
  }
  return std::nullopt;
}

}  // namespace

// A quarter needs its word ("q", "quý"): "1/2024" may be a month.
std::optional<Period> Period::parse(std::string_view text) {
  std::vector<std::string> w = period_words(text);
  std::erase(w, "nam");  // "năm 2024", "quý I năm 2024"
  if (w.size() == 1) {
    if (auto year = year_of(w[0])) return Period{*year, 0};
    return std::nullopt;
  }
  if (w.size() != 3) return std::nullopt;
  // "quý I/2024", "Q1-2024"; "2024-Q1", "2024Q1".
  const bool quarter_first = w[0] == "q";
  const std::string& q = quarter_first ? w[1] : w[2];
  const std::string& y = quarter_first ? w[2] : w[0];
  if (!quarter_first && w[1] != "q") return std::nullopt;
  auto year = year_of(y);
  auto quarter = quarter_of(q);
  if (!year || !quarter) return std::nullopt;
  return Period{*year, *quarter};
}

bool Period::contains_day(int days) const {
  CivilDate d = civil_from_days(days);
  return contains(d.year, d.month);
}

int Period::first_day() const { return days_from_civil({year, first_month(), 1}); }

int Period::end_day() const {
  return last_month() == 12 ? days_from_civil({year + 1, 1, 1})
                            : days_from_civil({year, last_month() + 1, 1});
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
