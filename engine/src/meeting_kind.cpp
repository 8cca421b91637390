#include "meeting_kind.h"

#include <string>

#include "utf8.h"

namespace chibo {

const char* meeting_kind_id(MeetingKind k) {
  return k == MeetingKind::Thematic ? "thematic" : "regular";
}

const char* meeting_kind_words(MeetingKind k) {
  return k == MeetingKind::Thematic ? "chuyên đề" : "thường kỳ";
}

const char* meeting_kind_words(std::string_view id) {
  if (id == "regular") return meeting_kind_words(MeetingKind::Regular);
  if (id == "thematic") return meeting_kind_words(MeetingKind::Thematic);
  return "";
}

namespace {

// The kind folded (in small letters, one space between words) names in
// words: its own ("thường kỳ", "chuyên đề"), without accents, "kì" for
// "kỳ"; as the offices shorten them, "TK" and "CĐ" (or "CD"); and the
// regular meeting's other names, "định kỳ", "hằng tháng" (or "hàng
// tháng"), as the statute and the offices call the monthly meeting.
std::optional<MeetingKind> kind_of_words(std::string_view folded) {
  static constexpr std::string_view kRegular[] = {
      "thường kỳ", "thường kì", "thuong ky", "thuong ki",  "tk",         "định kỳ",
      "định kì",   "dinh ky",   "dinh ki",   "hằng tháng", "hàng tháng", "hang thang"};
  static constexpr std::string_view kThematic[] = {"chuyên đề", "chuyen de", "cđ", "cd"};
  for (const std::string_view words : kRegular) {
    if (folded == words) return MeetingKind::Regular;
  }
  for (const std::string_view words : kThematic) {
    if (folded == words) return MeetingKind::Thematic;
  }
  return std::nullopt;
}

// The kind in any capitals, and the words without their accents ("CHUYÊN
// ĐỀ", "chuyen de"), as yes/no answers are taken, "kì" for "kỳ", and two
// spaces for one ("thường  kỳ", which a web page shows as one); after "sinh
// hoạt" or "SH" ("SH chuyên đề", as a sheet's column is filled); as the
// offices shorten them, "TK" and "CĐ" (or "CD"); and the regular meeting's
// other names, "định kỳ", "hằng tháng": out of line, as it is rare.
[[gnu::noinline]] std::optional<MeetingKind> kind_in_any_case(std::string_view text) {
  std::string folded;
  for (const char c : fold_case(text)) {
    const bool space = c == ' ' || c == '\t';
    if (space && (folded.empty() || folded.back() == ' ')) continue;
    folded += space ? ' ' : c;
  }
  for (const std::string_view before : {"sinh hoạt ", "sinh hoat ", "sh "}) {
    if (folded.starts_with(before) && folded.size() > before.size()) {
      folded.erase(0, before.size());
      break;
    }
  }
  // "định kỳ" and "hằng tháng" (or "hàng tháng"), as the Party's statute
  // and the offices name the monthly meeting, alone or after the regular
  // meeting's words ("định kỳ hằng tháng", "thường kỳ hằng tháng").
  for (const std::string_view monthly : {" hằng tháng", " hàng tháng", " hang thang"}) {
    if (folded.ends_with(monthly) && folded.size() > monthly.size()) {
      folded.erase(folded.size() - monthly.size());
      const bool regular = kind_of_words(folded) == MeetingKind::Regular;
      return regular ? std::optional(MeetingKind::Regular) : std::nullopt;
    }
  }
  for (const MeetingKind k : {MeetingKind::Regular, MeetingKind::Thematic}) {
    if (folded == meeting_kind_id(k)) return k;
  }
  return kind_of_words(folded);
}

}  // namespace

std::optional<MeetingKind> parse_kind_words(std::string_view text) {
  // The words as written, or with a capital first letter ("Thường kỳ"; both
  // start with an ASCII letter).
  for (const MeetingKind k : {MeetingKind::Regular, MeetingKind::Thematic}) {
    const std::string_view words = meeting_kind_words(k);
    if (text == words) return k;
    if (text.size() == words.size() && text[0] == words[0] - 'a' + 'A' &&
        text.substr(1) == words.substr(1)) {
      return k;
    }
  }
  return kind_in_any_case(text);
}

}  // namespace chibo
