// How Excel shows a cell's number: by its number format, as a date, a time
// of day, a percentage or a plain number; and the text the records' reader
// takes for it (xlsx_reader.cpp reads the cells).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace chibo {

enum class Shown { Plain, Date, Time, Percent };

// What a number format's code shows a number as ("dd/mm/yyyy;@": a date,
// "0.0%": a percentage, "[h]:mm": a time), its quoted text, escaped
// characters and [colour] or [condition] sections apart.
Shown shown_by_code(std::string_view code);
// The same for one of Excel's built-in formats, by its id (14: a date, 9
// and 10: percentages, 18-21 and 45-47: times).
Shown shown_by_builtin(int id);

// A number at Excel's 15 significant digits, as it shows it: "93.5", not
// "93.500000000000014"; never in exponent form, which no record reads.
std::string shown_number(double v);

// A cell's stored number (stored: its text in the sheet) as Excel shows it:
// a date as YYYY-MM-DD (days from 1900-01-00, counting Lotus's 29 February
// 1900, or from 1904-01-01 in the 1904 system), a time as H:MM, a
// percentage as "93.5%"; text that is no number is given as it is.
// width: a format of zeros alone's ("000": 3; zero_width), the number
// rounded to a whole one and shown with as many digits at least ("001").
// prefix: a format's text before its zeros (literal_prefix: "CP-" of
// "\"CP-\"00"), shown before the number rounded and padded to width ("CP-01").
std::string number_text(const std::string& stored, Shown shown, bool date1904,
                        std::size_t width = 0, std::string_view prefix = {});

// How many digits a format code of zeros alone ("000", "00000") shows a
// whole number with; 0 for any other code ("0", "0.00", "General").
std::size_t zero_width(std::string_view code);

// The text a format of quoted or escaped text, then zeros alone, shows before
// the number ("\"CP-TN-\"00" -> "CP-TN-", "\\C\\B000" -> "CB"), as codes
// are typed with their unit's prefix; its zeros in digits: how many, else "".
// A cell_id 1 so formatted was read "1", Excel showing CP-TN-01.
std::string literal_prefix(std::string_view code, std::size_t& digits);

}  // namespace chibo
