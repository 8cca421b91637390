// JSON string literals for the writers. Hand-written: output only, a dozen
// lines against a new dependency.
#pragma once

#include <string>

namespace chibo {

std::string json_quote(const std::string& s);

}  // namespace chibo
