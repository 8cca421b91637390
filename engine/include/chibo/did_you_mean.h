// "Did you mean ...?": the closest known name to a misspelt one.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chibo {

// Edit distance (insert, delete, substitute, swap two neighbours = 1), on bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);
// The same on letters (UTF-8 code points): 'thào' is one from 'thảo', as a
// Vietnamese letter's accent is one slip, whatever its bytes.
std::size_t letter_distance(std::string_view a, std::string_view b);

// The plain id a name written with Vietnamese letters was meant as: accents
// dropped, đ as d, capitals lowered, a space as '_' (and a '-' too, unless
// keep_dashes): "Số người" -> "so_nguoi", "hòa-bình" -> "hoa-binh" keeping
// dashes. "" when the name is ASCII already, or this gives no id of a-z,
// 0-9, '_' (and kept '-').
std::string ascii_id_of(std::string_view name, bool keep_dashes);

// The candidate nearest to name: the one that is its ascii_id_of (either
// way with dashes) if any, else the nearest within max(1, letters / 3)
// edits, counted in letters (code points: 'thào' is one from 'thảo') and
// compared without their case (Caps Lock: "MEMBERS" -> "members", 'ĐẠT' ->
// 'đạt'); ties go to the earliest candidate. nullopt when nothing is close.
// most, when given, caps the edits allowed (a yes/no: one slip only).
std::optional<std::string> closest_name(std::string_view name,
                                        const std::vector<std::string>& candidates,
                                        std::size_t most = static_cast<std::size_t>(-1));

// "; did you mean 'x'?" or "" when nothing is close: appended to messages.
std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates);
// The same in Vietnamese, for messages about records: "; có phải là 'x'?".
std::string co_phai_la(std::string_view name, const std::vector<std::string>& candidates,
                       std::size_t most = static_cast<std::size_t>(-1));

}  // namespace chibo
