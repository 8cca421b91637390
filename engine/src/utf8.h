// UTF-8 checks and Unicode normalisation of text that users type.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace chibo {

// Byte offset of the first invalid UTF-8 sequence, or nullopt if valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// NFC form of valid UTF-8 text (ASCII returns unchanged, fast). "Hòa" typed
// with a combining accent and with a precomposed one compare equal after this.
std::string to_nfc(std::string_view text);

}  // namespace chibo
