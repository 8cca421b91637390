// A workaround for yaml-cpp's reading of two escapes of double-quoted YAML.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chibo {

// yaml-cpp reads the escapes \N and \_ as the single bytes 0x85 and 0xA0,
// not as U+0085 and U+00A0 in UTF-8 (jbeder/yaml-cpp#803): a text written
// "Tốt\_lắm" came out no UTF-8, past every check of its characters. The
// file was checked to be UTF-8, so a byte of a value that starts no
// sequence is one of those (a continuation byte, never a lead: it follows a
// whole character): written as its character. nullopt when value is UTF-8.
std::optional<std::string> escapes_as_utf8(std::string_view value);

}  // namespace chibo
