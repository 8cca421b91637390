// A meeting's kind as people write it (meeting_kind.cpp), and its id and
// words as reports say it.
#include "meeting_kind.h"

#include <catch2/catch.hpp>

using chibo::MeetingKind;
using chibo::parse_kind;

TEST_CASE("a kind's id and words") {
  CHECK(std::string_view(chibo::meeting_kind_id(MeetingKind::Regular)) == "regular");
  CHECK(std::string_view(chibo::meeting_kind_id(MeetingKind::Thematic)) == "thematic");
  CHECK(std::string_view(chibo::meeting_kind_words(MeetingKind::Regular)) == "thường kỳ");
  CHECK(std::string_view(chibo::meeting_kind_words(MeetingKind::Thematic)) == "chuyên đề");
  CHECK(std::string_view(chibo::meeting_kind_words("regular")) == "thường kỳ");
  CHECK(std::string_view(chibo::meeting_kind_words("thematic")) == "chuyên đề");
  CHECK(std::string_view(chibo::meeting_kind_words("combined")).empty());
}

TEST_CASE(
    "parse_kind reads an id or the Vietnamese words, in any capitals, or unaccented, kì as kỳ, "
    "TK and CĐ") {
  for (const char* regular :
       {"regular", "thường kỳ", "Thường kỳ", "", "THƯỜNG KỲ", "Thường Kỳ", "Regular", "REGULAR",
        "thuong ky", "Thuong Ky", "thường kì", "Thường kì", "THƯỜNG KÌ", "thuong ki",
        // Two spaces for one (a web page shows them as one, and the refusal looked wrong).
        "thường  kỳ", "Thường \t kỳ",
        // As offices shorten it, and after the words "sinh hoạt".
        "TK", "tk", "Sinh hoạt thường kỳ", "SH thường kỳ", "sh tk", "sinh hoat thuong ky",
        // The monthly meeting's other names, as the statute and offices write them.
        "định kỳ", "Định kỳ", "định kì", "dinh ky", "hằng tháng", "Hàng tháng", "hang thang",
        "định kỳ hằng tháng", "Sinh hoạt định kỳ hàng tháng", "thường kỳ hằng tháng",
        "SH hằng tháng"}) {
    INFO(regular);
    CHECK(parse_kind(regular) == MeetingKind::Regular);
  }
  for (const char* thematic :
       {"thematic", "chuyên đề", "Chuyên đề", "Thematic", "CHUYÊN ĐỀ", "Chuyên Đề", "chuyen de",
        "chuyên  đề", "CĐ", "cđ", "CD", "SH chuyên đề", "Sinh hoạt chuyên đề", "SH CĐ"}) {
    INFO(thematic);
    CHECK(parse_kind(thematic) == MeetingKind::Thematic);
  }
  // Nearly a kind, or words around one: none ("SH" alone is no kind, and
  // "sinh hoạt" is taken off only before one).
  for (const char* other :
       {"chuyên", "thường kỳ.", "thườngkỳ", "chuyende", "thuong k", "SH", "sinh hoạt", "sinh hoạt ",
        "T K", "C.Đ", "tkcđ", "regularr", "regula", "thematik", "combined", "chuyên đề thường kỳ",
        "chuyên đề hằng tháng", "tháng", "regular hằng tháng"}) {
    INFO(other);
    CHECK_FALSE(parse_kind(other));
  }
}
