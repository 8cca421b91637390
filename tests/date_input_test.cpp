// Reading a date as an office writes it, and what is said of one refused
// (date_input.cpp).
#include "date_input.h"

#include <optional>

#include <catch2/catch.hpp>

#include "date.h"

TEST_CASE("parse_any_date reads each way a day is written, from 1900 on", "[date]") {
  using chibo::parse_any_date;
  const std::optional<int> march5 = chibo::days_from_civil({2024, 3, 5});
  for (const char* text :
       {"2024-03-05", "05/03/2024", "5/3/2024", "05-03-2024", "5.3.2024", "05/03/2024 08:00",
        "2024-03-05 00:00:00", "2024-03-05T08:00:00", "2024-03-05T8:00", "05/03/2024 8:00 SA",
        "05/03/2024 08:30 CH", "5/3/2024 12:00:00 pm", "5/3/2024 8:00AM", "ngày 5 tháng 3 năm 2024",
        "Ngày 05 Tháng 03 Năm 2024", "ngay 5 thang 3 nam 2024", "5 tháng 3 năm 2024",
        "NGÀY  5  THÁNG 3 NĂM 2024", "2024-03-05T08:00:00.000", "2024-03-05 08:00:00.5",
        // With a zone: the day in Vietnam (UTC+07:00). A day kept as its
        // midnight here and written in UTC is the day before at 17:00.
        "2024-03-05T08:00:00+07:00", "2024-03-05T08:00+0700", "2024-03-05T08:00+07",
        "2024-03-04T17:00:00.000Z", "2024-03-04T17:00:00Z", "2024-03-05T16:59:59Z",
        "2024-03-04 17:00:00+00", "2024-03-05T01:30+08:00", "2024-03-04T23:30:00-05:00",
        "2024-03-05T06:59:59.999-10:00"}) {
    INFO(text);
    CHECK(parse_any_date(text) == march5);
  }
  // Across a month's and a year's end.
  CHECK(parse_any_date("2024-02-29T17:00:00Z") == chibo::days_from_civil({2024, 3, 1}));
  CHECK(parse_any_date("2024-01-01T06:00+14:00") == chibo::days_from_civil({2023, 12, 31}));
  CHECK(parse_any_date("2023-12-31T17:00Z") == chibo::days_from_civil({2024, 1, 1}));
  for (const char* text :
       {"1899-12-31", "05/03/2024 25:99", "2024-02-30", "5/3/24", "2024.03.05", "3/15/2024", "",
        // A zone that is none (past UTC+14:00, minutes past 59, a letter but
        // Z), a 12-hour time or a fraction without seconds in ISO's form, an
        // hour past 12 with AM/PM, no such day, or no year.
        "2024-03-05T08:00+15:00", "2024-03-05T08:00+07:60", "2024-03-05T08:00Q",
        "2024-03-05T08:00+7", "2024-03-05T8:00 SA", "2024-03-05T08:00.5", "2024-03-05T08:00:00.",
        "2024-03-04T05:00PM+00:00", "2024-03-04 05:00 PMZ", "1900-01-01T06:00+14:00", "2024-03-05T",
        "05/03/2024 13:00 CH", "05/03/2024 0:30 SA", "ngày 30 tháng 2 năm 2024", "ngày 5 tháng 3",
        "tháng 3 năm 2024", "ngày 5 tháng 3 năm 24"}) {
    INFO(text);
    CHECK(parse_any_date(text) == std::nullopt);
  }
  CHECK(parse_any_date("1900-01-01") == chibo::days_from_civil({1900, 1, 1}));
}

TEST_CASE("date_refused_hints says what a refused date may be", "[date]") {
  using chibo::date_refused_hints;
  CHECK(date_refused_hints("45356") ==
        "; có phải là ngày 05/03/2024 mà Excel lưu dạng số (cột ngày định dạng General/Number)? "
        "hãy định dạng cột ngày kiểu Date (DD/MM/YYYY) rồi lưu lại");
  CHECK(date_refused_hints("3/22/2024") ==
        "; có phải là ngày 22/03/2024 ghi theo kiểu tháng/ngày/năm (máy tính đặt định dạng ngày "
        "kiểu Mỹ)? hãy ghi DD/MM/YYYY, và xem lại các ngày khác của tệp: chúng được đọc là "
        "ngày/tháng/năm");
  CHECK(date_refused_hints("31/12/1899") ==
        "; năm 1899 trước năm 1900, năm sớm nhất đọc được (gõ nhầm năm?)");
  for (const char* short_year : {"5/3/24", "05/03/24", "5-3-24", "5.3.24"}) {
    INFO(short_year);
    CHECK(date_refused_hints(short_year) ==
          "; năm chỉ có hai chữ số: có phải là ngày 05/03/2024? hãy ghi năm đủ bốn chữ số (định "
          "dạng cột ngày kiểu DD/MM/YYYY)");
  }
  for (const char* year_first : {"2024-3-5", "2024/03/05", "2024.03.05", "2024/3/5"}) {
    INFO(year_first);
    CHECK(date_refused_hints(year_first) ==
          "; có phải là ngày 05/03/2024? hãy viết 2024-03-05 hoặc 05/03/2024");
  }
  // No such day, or not a year of two digits or a year first.
  for (const char* none : {"2024-02-30", "1899-02-29", "99999", "x", "", "30/2/24", "5/3/243",
                           "2024-2-30", "202-3-5", "2024-3", "5/3/2024/1", "24/3/5"}) {
    INFO(none);
    CHECK(date_refused_hints(none) == "");
  }
}

TEST_CASE("written_date_order tells a D/M/YYYY date that reads month first too", "[date]") {
  using chibo::DateOrder;
  using chibo::written_date_order;
  for (const char* either : {"3/5/2024", "03/05/2024", "5/3/2024", "12/1/2024", "1-12-2024",
                             "3.5.2024", "05/03/2024 08:00"}) {
    INFO(either);
    CHECK(written_date_order(either, true) == DateOrder::EitherWay);
  }
  // One reading only: a day past 12, day and month alike, the year first,
  // separators unalike, or three digits.
  for (const char* one : {"13/5/2024", "5/13/2024", "5/5/2024", "2024-03-05", "3/5-2024",
                          "003/5/2024", "3/005/2024", "0/5/2024", "3/5", "3/", "", "x/5/2024"}) {
    INFO(one);
    CHECK(written_date_order(one, true) == DateOrder::Plain);
  }
  // Refused: month first when it reads so (no month 15), else plain.
  CHECK(written_date_order("3/15/2024", false) == DateOrder::MonthFirst);
  CHECK(written_date_order("12/31/2024", false) == DateOrder::MonthFirst);
  for (const char* one : {"3/35/2024", "15/15/2024", "2024-02-30", "3.15.2024", "", "x"}) {
    INFO(one);
    CHECK(written_date_order(one, false) == DateOrder::Plain);
  }
}
