// SHA-256 of a text as lowercase hex, for naming the exact rules a score
// came from (OpenSSL's libcrypto does the work).
#pragma once

#include <string>
#include <string_view>

namespace chibo {

std::string sha256_hex(std::string_view text);

}  // namespace chibo
