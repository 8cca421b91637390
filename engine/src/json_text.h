// JSON string literals for the writers. Hand-written: output only, a dozen
// lines against a new dependency.
#pragma once

#include <string>
#include <string_view>

namespace chibo {

std::string json_quote(std::string_view s);

}  // namespace chibo
