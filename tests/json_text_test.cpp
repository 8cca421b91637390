// json_quote: a JSON string literal for any text the writers put out, its
// control characters escaped and everything else (UTF-8 letters) as is.
#include "json_text.h"

#include <catch2/catch.hpp>

using namespace chibo;

TEST_CASE("json_quote: quotes, backslashes and the named escapes", "[json_text]") {
  CHECK(json_quote("") == R"("")");
  CHECK(json_quote("abc") == R"("abc")");
  CHECK(json_quote(R"(say "hi")") == R"("say \"hi\"")");
  CHECK(json_quote(R"(D:\ho_so\a.csv)") == R"("D:\\ho_so\\a.csv")");
  CHECK(json_quote("a\nb\rc\td") == R"("a\nb\rc\td")");
  // '/' needs no escape in JSON, and gets none.
  CHECK(json_quote("01/02/2024") == R"("01/02/2024")");
}

TEST_CASE("json_quote: every other control character as a u00XX escape", "[json_text]") {
  CHECK(json_quote(std::string_view("a\0b", 3)) == R"("a\u0000b")");
  CHECK(json_quote("\x01") == R"("\u0001")");
  CHECK(json_quote("\b\f") == R"("\u0008\u000c")");
  CHECK(json_quote("\x1f") == R"("\u001f")");
  // DEL is no control character to JSON: as is.
  CHECK(json_quote("\x7f") == "\"\x7f\"");
}

TEST_CASE("json_quote: UTF-8 text is kept as written", "[json_text]") {
  CHECK(json_quote("Chi bộ Tổ dân phố 5 — Tốt") == "\"Chi bộ Tổ dân phố 5 — Tốt\"");
  // U+0085 and U+2028 are allowed in a JSON string as they are.
  CHECK(json_quote("a\u0085b\u2028c") == "\"a\u0085b\u2028c\"");
}

TEST_CASE("append_json_quoted: appended after what out holds, runs and escapes alike",
          "[json_text]") {
  std::string out = "{\"a\": ";
  append_json_quoted(out, "x\"y\\z\n\x01 tổ");
  CHECK(out == "{\"a\": \"x\\\"y\\\\z\\n\\u0001 tổ\"");
  // An escape first and last: no plain run before or after it is lost or doubled.
  out.clear();
  append_json_quoted(out, "\"mid\"");
  CHECK(out == R"("\"mid\"")");
  CHECK(json_quote("\"mid\"") == out);
}
