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
