#include "xlsx_number.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "date.h"

namespace chibo {

Shown shown_by_code(std::string_view code) {
  std::string bare;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      const std::size_t close = code.find('"', i + 1);
      if (close == code.npos) break;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the character after it is shown as it is (or is padding)
    } else if (c == '[') {
      const std::size_t close = code.find(']', i + 1);
      if (close == code.npos) break;
      const std::string_view inside = code.substr(i + 1, close - i - 1);
      if (inside == "h" || inside == "hh" || inside == "m" || inside == "mm" || inside == "s" ||
          inside == "ss") {
        bare += 'h';  // elapsed time
      }
      i = close;
    } else {
      bare += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  if (bare.find('%') != bare.npos) return Shown::Percent;
  if (bare.find_first_of("yd") != bare.npos) return Shown::Date;
  if (bare.find_first_of("hs") != bare.npos) return Shown::Time;
  if (bare.find('m') != bare.npos && bare != "general") return Shown::Date;
  return Shown::Plain;
}

Shown shown_by_builtin(int id) {
  if (id == 9 || id == 10) return Shown::Percent;
  if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) {
    return Shown::Date;
  }
  if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) return Shown::Time;
  return Shown::Plain;
}

std::string shown_number(double v) {
  std::string s = fmt::format("{:.15g}", v);
  if (s.find('e') == s.npos) return s;
  // Its 15 significant digits written out, without the exponent: Excel's
  // 1234567890123456789 is 1234567890123460000, 1.5e-7 is 0.00000015.
  const std::string e = fmt::format("{:.14e}", v);  // "-1.23456789012346e+18"
  const bool negative = e[0] == '-';
  const std::size_t mark = e.find('e');
  std::string digits;
  for (std::size_t i = negative ? 1 : 0; i < mark; ++i) {
    if (e[i] != '.') digits += e[i];
  }
  const int exponent = std::stoi(e.substr(mark + 1));
  std::string out;
  if (exponent >= 14) {
    out = digits + std::string(static_cast<std::size_t>(exponent - 14), '0');
  } else if (exponent < 0) {
    out = "0." + std::string(static_cast<std::size_t>(-exponent - 1), '0') + digits;
  } else {
    out = digits.substr(0, static_cast<std::size_t>(exponent) + 1) + "." +
          digits.substr(static_cast<std::size_t>(exponent) + 1);
  }
  if (out.find('.') != out.npos) {
    out.erase(out.find_last_not_of('0') + 1);
    if (out.back() == '.') out.pop_back();
  }
  return negative ? "-" + out : out;
}

std::size_t zero_width(std::string_view code) {
  if (code.empty() || code.find_first_not_of('0') != code.npos) return 0;
  return code.size() > 1 ? code.size() : 0;
}

std::string literal_prefix(std::string_view code, std::size_t& digits) {
  std::string prefix;
  std::size_t i = 0;
  while (i < code.size()) {
    if (code[i] == '"') {
      const std::size_t close = code.find('"', i + 1);
      if (close == code.npos) return "";
      prefix.append(code.substr(i + 1, close - i - 1));
      i = close + 1;
    } else if (code[i] == '\\' && i + 1 < code.size()) {
      // The character after it, a whole UTF-8 one.
      std::size_t n = 1;
      while (i + 1 + n < code.size() &&
             (static_cast<unsigned char>(code[i + 1 + n]) & 0xC0) == 0x80) {
        ++n;
      }
      prefix.append(code.substr(i + 1, n));
      i += 1 + n;
    } else {
      break;
    }
  }
  const std::string_view zeros = code.substr(i);
  if (prefix.empty() || zeros.empty() || zeros.find_first_not_of('0') != zeros.npos) return "";
  digits = zeros.size();
  return prefix;
}

std::string number_text(const std::string& stored, Shown shown, bool date1904, std::size_t width,
                        std::string_view prefix) {
  double v = 0;
  const char* end = stored.data() + stored.size();
  auto [ptr, ec] = std::from_chars(stored.data(), end, v);
  if (ec != std::errc() || ptr != end || !std::isfinite(v)) return stored;
  switch (shown) {
    case Shown::Percent:
      return shown_number(v * 100) + "%";
    case Shown::Date: {
      // Days from 1900-01-00, counting Lotus's 29 February 1900 (serial 60,
      // a day that never was: shown so, and rejected as no date); or from
      // 1904-01-01 in the 1904 system.
      // Before the system's first day, or past 9999-12-31.
      if (v < (date1904 ? 0 : 1) || v > (date1904 ? 2957003 : 2958465)) return shown_number(v);
      const int serial = static_cast<int>(std::floor(v));
      if (date1904) return format_date(days_from_civil({1904, 1, 1}) + serial);
      if (serial == 60) return "1900-02-29";
      return format_date(days_from_civil({1899, 12, serial < 60 ? 31 : 30}) + serial);
    }
    case Shown::Time: {
      if (v < 0 || v > 1e6) return shown_number(v);
      const auto minutes = static_cast<long long>(std::llround(v * 24 * 60));
      return fmt::format("{}:{:02}", minutes / 60, minutes % 60);
    }
    case Shown::Plain:
      // "001": the number rounded (half away from zero) and padded to the
      // format's zeros, its sign before them ("-001"), as Excel shows it.
      if ((width > 0 || !prefix.empty()) && std::fabs(v) < 1e15) {
        const long long whole = std::llround(v);
        const std::string digits =
            fmt::format("{:0{}}", whole < 0 ? -whole : whole, std::max<std::size_t>(width, 1));
        return std::string(prefix) + (whole < 0 ? "-" + digits : digits);
      }
      break;
  }
  return shown_number(v);
}

}  // namespace chibo
