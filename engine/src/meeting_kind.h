// A meeting's kind as people write it in a record's `kind` column.
#pragma once

#include <optional>
#include <string_view>

#include "chibo/meeting.h"
#include "input_value.h"

namespace chibo {

// parse_kind's reading of anything but a blank or an id: out of line.
std::optional<MeetingKind> parse_kind_words(std::string_view text);

// The kind text (trimmed, in NFC) names: its id ("regular", "thematic"), its
// Vietnamese words ("thường kỳ", "chuyên đề") in any capitals or without
// their accents, "kì" for "kỳ", after "sinh hoạt" or "SH", or as offices
// shorten them ("TK", "CĐ", "CD"). Blank is regular; nullopt for anything else.
inline std::optional<MeetingKind> parse_kind(std::string_view text) {
  // Blank, or an id as written in nearly every record: inline, compared as
  // integers (as a call, parse_kind was 40 instructions a record; a loop
  // over the ids with strlen, 100).
  if (text.empty() || plain_word(text, "regular")) return MeetingKind::Regular;
  if (plain_word(text, "thematic")) return MeetingKind::Thematic;
  return parse_kind_words(text);
}

}  // namespace chibo
