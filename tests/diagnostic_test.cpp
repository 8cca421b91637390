// format_diagnostic: FILE:LINE:COLUMN: severity: message, always one line.
#include "chibo/diagnostic.h"

#include <string>

#include <catch2/catch.hpp>

using chibo::Diagnostic;
using chibo::format_diagnostic;
using chibo::Severity;

TEST_CASE("a diagnostic names what it knows of where, then its severity") {
  CHECK(format_diagnostic({{"a.csv", 3, 7}, Severity::Error, "x"}) == "a.csv:3:7: error: x");
  CHECK(format_diagnostic({{"a.csv", 3, 0}, Severity::Warning, "x"}) == "a.csv:3: warning: x");
  CHECK(format_diagnostic({{"a.csv", 0, 0}, Severity::Error, "x"}) == "a.csv: error: x");
  CHECK(format_diagnostic({{"", 0, 0}, Severity::Error, "x"}) == "error: x");
}

TEST_CASE("control characters a message quotes are shown escaped, on the one line") {
  // A value quoted as written: a line break split the line in two, a NUL
  // cut it short on a terminal.
  const std::string message =
      std::string("'CP\nTT\r' và 'A\tB' và 'C") + '\0' + "D\x1B\x7F' không phải là mã chi bộ";
  CHECK(format_diagnostic({{"m.csv", 2, 0}, Severity::Error, message}) ==
        "m.csv:2: error: 'CP\\nTT\\r' và 'A\\tB' và 'C\\x00D\\x1B\\x7F' không phải là mã chi bộ");
}

TEST_CASE("a file name with a line break is shown escaped too, and one_line escapes alone") {
  CHECK(format_diagnostic({{"thang\n3.csv", 2, 0}, Severity::Error, "x"}) ==
        "thang\\n3.csv:2: error: x");
  CHECK(chibo::one_line("a\tb\u2028c\xFFđ") == "a\\tb\\u2028c\\xFFđ");
  CHECK(chibo::one_line(std::string(10000, 'a')).size() == 10000);  // never cut
}

TEST_CASE("a message megabytes long is shown to 8192 bytes, then how much more there was") {
  // A header of NUL bytes quoted whole made a warning line of 4.4 MB.
  const std::string value(3'000'000, 'x');
  const std::string shown = format_diagnostic({{"m.csv", 1, 0}, Severity::Warning, value});
  CHECK(shown == "m.csv:1: warning: " + std::string(8192, 'x') + " … [+2991808 byte]");
  // Escapes count as what they show; the cut never splits a letter.
  std::string escaped;
  for (int i = 0; i < 2048; ++i) escaped += "\\x00";  // 8192 bytes shown for 2048 NULs
  CHECK(format_diagnostic({{"", 0, 0}, Severity::Error, std::string(5000, '\0')}) ==
        "error: " + escaped + " … [+2952 byte]");
  const std::string letters = std::string(8191, 'a') + "đđ";  // "đ" is two bytes
  CHECK(format_diagnostic({{"", 0, 0}, Severity::Error, letters}) ==
        "error: " + std::string(8191, 'a') + " … [+4 byte]");
  // An escape is never split, and nothing past 8192 bytes is shown: a NUL
  // at 8190 would show as 4 bytes, so it is left to the count.
  CHECK(format_diagnostic({{"", 0, 0}, Severity::Error, std::string(8190, 'a') + '\0' + "bc"}) ==
        "error: " + std::string(8190, 'a') + " … [+3 byte]");
  // Stray bytes (not UTF-8) are escaped pieces of one byte: the cut keeps
  // the escapes that fit whole (8181 + 2 * 4 = 8189; a third would pass).
  CHECK(
      format_diagnostic(
          {{"", 0, 0}, Severity::Error, "'" + std::string(8180, 'a') + std::string(100, '\xA0')}) ==
      "error: '" + std::string(8180, 'a') + "\\xA0\\xA0 … [+98 byte]");
  const std::string fits(8192, 'a');
  CHECK(format_diagnostic({{"", 0, 0}, Severity::Error, fits}) == "error: " + fits);
}

TEST_CASE("bytes that are not UTF-8, C1 controls and line separators are shown escaped") {
  // A UTF-16 file's header quoted raw made standard error no longer text.
  CHECK(format_diagnostic({{"m.csv", 1, 0},
                           Severity::Warning,
                           "cột '\xFF\xFE"
                           "c' x"}) == "m.csv:1: warning: cột '\\xFF\\xFEc' x");
  // U+0085 (NEL) and U+2028 end a line to some readers.
  CHECK(format_diagnostic({{"", 0, 0},
                           Severity::Error,
                           "CP\xC2\x85"
                           "01 CP\xE2\x80\xA8"
                           "02"}) == "error: CP\\u008501 CP\\u202802");
  // Vietnamese letters, and the no-break space (U+00A0), stay as they are.
  CHECK(format_diagnostic({{"", 0, 0}, Severity::Error, "Tốt\xC2\xA0đạt"}) ==
        "error: Tốt\xC2\xA0đạt");
}

TEST_CASE("ill-formed UTF-8 of the right shape is escaped too") {
  // A surrogate (ED A0 80), an overlong form (E0 80 80), past U+10FFFF (F4 90 80 80).
  CHECK(format_diagnostic({{"", 0, 0},
                           Severity::Error,
                           "a\xED\xA0\x80"
                           "b"}) == "error: a\\xED\\xA0\\x80b");
  CHECK(format_diagnostic({{"", 0, 0}, Severity::Error, "\xE0\x80\x80"}) ==
        "error: \\xE0\\x80\\x80");
  CHECK(format_diagnostic({{"", 0, 0}, Severity::Error, "\xF4\x90\x80\x80"}) ==
        "error: \\xF4\\x90\\x80\\x80");
  // The edges that are letters: U+D7FF, U+E000, U+10FFFF, U+0800.
  for (const char* letter : {"\xED\x9F\xBF", "\xEE\x80\x80", "\xF4\x8F\xBF\xBF", "\xE0\xA0\x80"}) {
    CHECK(format_diagnostic({{"", 0, 0}, Severity::Error, letter}) ==
          std::string("error: ") + letter);
  }
}
