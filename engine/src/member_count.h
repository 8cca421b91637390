// A units list's member count ("Số đảng viên") as a clerk writes it: "18",
// "1.250" or "1 250" for thousands, sometimes "18 đv" (units_validator.cpp
// warns of a count that does not read; nothing scores or ranks by it).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chibo {

// A whole number written with digits only (no sign, no decimal part), at
// most nine of them, or in groups of three after a '.' or a space as a
// Vietnamese sheet writes thousands ("1.250", "1 250"): a base committee's
// count, which Excel shows so. nullopt for anything else.
std::optional<int> member_count(std::string_view s);

// How to mend a count written with a word after it ("18 đv", "18 đảng
// viên"): "; hãy chỉ ghi con số: '18'", to end a message. Empty when it does
// not start with digits followed by a word.
std::string member_count_mend(std::string_view s);

}  // namespace chibo
