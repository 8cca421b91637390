// JSON string literals for the writers. Hand-written: output only, a dozen
// lines against a new dependency.
#pragma once

#include <string>
#include <string_view>

namespace chibo {

std::string json_quote(std::string_view s);
// The same, appended to out: a run of plain bytes at a time (a score's JSON
// is some forty quoted texts a meeting).
void append_json_quoted(std::string& out, std::string_view s);

}  // namespace chibo
