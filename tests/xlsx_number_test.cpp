// How Excel shows a cell's number, by its number format.
#include "xlsx_number.h"

#include <catch2/catch.hpp>

using chibo::Shown;

TEST_CASE("a number format's code says how it shows a number", "[xlsx]") {
  CHECK(chibo::shown_by_code("General") == Shown::Plain);
  CHECK(chibo::shown_by_code("0.00") == Shown::Plain);
  CHECK(chibo::shown_by_code("dd/mm/yyyy;@") == Shown::Date);
  CHECK(chibo::shown_by_code("[$-42A]d mmmm yyyy") == Shown::Date);  // a locale in brackets
  CHECK(chibo::shown_by_code("mmm-yy") == Shown::Date);
  CHECK(chibo::shown_by_code("0.0%") == Shown::Percent);
  CHECK(chibo::shown_by_code("[h]:mm") == Shown::Time);
  CHECK(chibo::shown_by_code("h:mm:ss AM/PM") == Shown::Time);
  CHECK(chibo::shown_by_code("[Red]\"ngày\" 0") == Shown::Plain);  // quoted text is not a code
  CHECK(chibo::shown_by_code("0\\d") == Shown::Plain);             // nor an escaped letter
  CHECK(chibo::shown_by_builtin(14) == Shown::Date);
  CHECK(chibo::shown_by_builtin(9) == Shown::Percent);
  CHECK(chibo::shown_by_builtin(20) == Shown::Time);
  CHECK(chibo::shown_by_builtin(2) == Shown::Plain);
}

TEST_CASE("a number as Excel shows it: 15 digits, never an exponent", "[xlsx]") {
  CHECK(chibo::shown_number(93.500000000000014) == "93.5");
  CHECK(chibo::shown_number(0.1 + 0.2) == "0.3");
  CHECK(chibo::shown_number(20) == "20");
  CHECK(chibo::shown_number(-2.5) == "-2.5");
  CHECK(chibo::shown_number(0.001) == "0.001");
  CHECK(chibo::shown_number(0.00001) == "0.00001");
  CHECK(chibo::shown_number(1e15) == "1000000000000000");
  // Past 15 digits, the 15 Excel keeps, then zeros (not the double's 19).
  CHECK(chibo::shown_number(1234567890123456789.0) == "1234567890123460000");
  CHECK(chibo::shown_number(-1234567890123456789.0) == "-1234567890123460000");
  CHECK(chibo::shown_number(1.5e-7) == "0.00000015");
  CHECK(chibo::shown_number(1.2345678901234567e-5) == "0.0000123456789012346");
}

// A code of zeros alone ("000") shows a whole number with as many digits:
// an id typed 1 and shown 001 reads "001".
TEST_CASE("a whole number in a format of zeros keeps its leading zeros", "[xlsx]") {
  CHECK(chibo::zero_width("000") == 3);
  CHECK(chibo::zero_width("00000") == 5);
  CHECK(chibo::zero_width("0") == 0);
  CHECK(chibo::zero_width("0.00") == 0);
  CHECK(chibo::zero_width("General") == 0);
  CHECK(chibo::zero_width("") == 0);
  CHECK(chibo::number_text("1", Shown::Plain, false, 3) == "001");
  CHECK(chibo::number_text("1234", Shown::Plain, false, 3) == "1234");
  CHECK(chibo::number_text("1.5", Shown::Plain, false, 3) == "002");  // rounded, as Excel does
  CHECK(chibo::number_text("1.4", Shown::Plain, false, 3) == "001");
  CHECK(chibo::number_text("-1", Shown::Plain, false, 3) == "-001");
  CHECK(chibo::number_text("7", Shown::Plain, false) == "7");
}

TEST_CASE("a format of text then zeros shows its text before the number", "[xlsx]") {
  std::size_t digits = 0;
  CHECK(chibo::literal_prefix("\"CP-TN-\"00", digits) == "CP-TN-");
  CHECK(digits == 2);
  CHECK(chibo::literal_prefix("\\Đ\\B0", digits) == "ĐB");
  CHECK(digits == 1);
  for (const char* other :
       {"000", "0\" phút\"", "\"CP\"0.0", "\"CP\"", "\"CP\"#,##0", "General", "\"CP", ""}) {
    INFO(other);
    CHECK(chibo::literal_prefix(other, digits).empty());
  }
  CHECK(chibo::number_text("1", Shown::Plain, false, 2, "CP-") == "CP-01");
  CHECK(chibo::number_text("1.6", Shown::Plain, false, 1, "CP-") == "CP-2");
}

TEST_CASE("a stored number as the records' reader takes it", "[xlsx]") {
  CHECK(chibo::number_text("45356", Shown::Date, false) == "2024-03-05");
  CHECK(chibo::number_text("45356.99", Shown::Date, false) == "2024-03-05");  // its time apart
  CHECK(chibo::number_text("0.935", Shown::Percent, false) == "93.5%");
  CHECK(chibo::number_text("1", Shown::Percent, false) == "100%");
  CHECK(chibo::number_text("0.0625", Shown::Time, false) == "1:30");
  CHECK(chibo::number_text("1.5", Shown::Time, false) == "36:00");  // elapsed hours
  CHECK(chibo::number_text("1E-3", Shown::Plain, false) == "0.001");
  CHECK(chibo::number_text("abc", Shown::Date, false) == "abc");  // no number: as it is
  CHECK(chibo::number_text("inf", Shown::Plain, false) == "inf");
  CHECK(chibo::number_text("-1", Shown::Date, false) == "-1");  // before the first day
}
