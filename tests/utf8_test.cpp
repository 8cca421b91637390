#include "utf8.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

TEST_CASE("invalid UTF-8 is found at its byte offset") {
  CHECK_FALSE(chibo::find_invalid_utf8("Hòa Bình"));
  CHECK(chibo::find_invalid_utf8("ab\xFF") == 2u);
  CHECK(chibo::find_invalid_utf8("a\xC3") == 1u);         // truncated sequence
  CHECK(chibo::find_invalid_utf8("\xC0\xAF") == 0u);      // overlong '/'
  CHECK(chibo::find_invalid_utf8("\xED\xA0\x80") == 0u);  // surrogate
}

TEST_CASE("text is normalised to NFC") {
  // "ò" as o + combining grave becomes the precomposed U+00F2.
  CHECK(chibo::to_nfc("Ho\xCC\x80"
                      "a") ==
        "H\xC3\xB2"
        "a");
  CHECK(chibo::to_nfc("plain") == "plain");
}

TEST_CASE("the code points to_nfc lets past ICU are NFC in any sequence") {
  // Each is NFC_Quick_Check=Yes with canonical combining class 0: nothing
  // before or after it can make the text change under NFC.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  REQUIRE(U_SUCCESS(status));
  int checked = 0;
  for (UChar32 cp = 0; cp <= 0x1FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    icu::UnicodeString one(cp);
    std::string utf8;
    one.toUTF8String(utf8);
    if (!chibo::plainly_nfc(utf8)) continue;
    ++checked;
    INFO("U+" << std::hex << cp);
    CHECK(nfc->quickCheck(one, status) == UNORM_YES);
    CHECK(u_getCombiningClass(cp) == 0);
  }
  CHECK(checked == 0x300 + 0x100);
  CHECK(chibo::plainly_nfc("Hòa Bình, không, có, Đạt"));
  CHECK_FALSE(chibo::plainly_nfc("Ho\xCC\x80"));  // combining grave: ICU decides
  CHECK_FALSE(chibo::plainly_nfc("\xC3"));        // truncated
}

// A byte that is not plainly NFC is found wherever it falls in a value.
TEST_CASE("plainly_nfc finds a stray byte at any place of a long value") {
  // Up to 20: a short value is read as two overlapping halves, a long one
  // a word at a time and its last word overlapping.
  for (std::size_t length = 0; length <= 20; ++length) {
    const std::string ascii(length, 'a');
    INFO("length " << length);
    CHECK(chibo::plainly_nfc(ascii));
    CHECK(chibo::plainly_nfc(ascii + "có" + ascii));
    for (std::size_t at = 0; at < length; ++at) {
      INFO("at " << at);
      std::string bad = ascii;
      bad[at] = '\xC3';  // a lead byte with no continuation
      CHECK_FALSE(chibo::plainly_nfc(bad));
      bad[at] = '\xCC';  // a combining mark's lead byte
      CHECK_FALSE(chibo::plainly_nfc(bad + "\x80"));
      // A Vietnamese letter (three bytes) at any place, across the eight
      // bytes read at once or not, and the same letter cut short.
      std::string good = ascii;
      good.insert(at, "ạ");
      CHECK(chibo::plainly_nfc(good));
      std::string cut = ascii;
      cut.insert(at, "\xE1\xBA");
      CHECK_FALSE(chibo::plainly_nfc(cut));
    }
  }
}

TEST_CASE("find_control finds C0, DEL, C1 and the line separators, not letters near them") {
  CHECK(chibo::find_control("CP-TN-01") == std::string_view::npos);
  CHECK(chibo::find_control("Chi bộ Tân Lập") == std::string_view::npos);
  CHECK(chibo::find_control("") == std::string_view::npos);
  CHECK(chibo::find_control(std::string_view("a\0b", 3)) == 1);
  CHECK(chibo::find_control("ab\tc") == 2);
  CHECK(chibo::find_control("ab\x7f") == 2);
  CHECK(chibo::find_control("ạ\u0085") == 3);                        // U+0085 (C2 85): a line break
  CHECK(chibo::find_control("a\u009F") == 1);                        // the last C1
  CHECK(chibo::find_control("a\u00A0b") == std::string_view::npos);  // no-break space: shown
  CHECK(chibo::find_control("a\u2028") == 1);
  CHECK(chibo::find_control("a\u2029") == 1);
  CHECK(chibo::find_control("a\u2027\u202A…") == std::string_view::npos);
}

TEST_CASE("find_control finds each control at every place of a long text, as a byte loop does") {
  // Eight bytes are looked at together: every place, next to every kind of
  // neighbour, must give what looking at each byte gives.
  const std::vector<std::string> controls = {
      std::string(1, '\0'), "\x1f", "\x7f", "\t", "\u0085", "\u009f", "\u2028", "\u2029"};
  const std::vector<std::string> fine = {"~", " ", "\u00a0", "ạ", "\u2027", "\x7e"};
  for (const std::string& bad : controls) {
    for (const std::string& around : fine) {
      // After it nothing or a few: the last bytes are read as the last
      // eight, overlapping the ones before.
      for (int after = 0; after <= 3; ++after) {
        for (std::size_t at = 0; at < 20; ++at) {
          std::string text;
          while (text.size() < at) text += around;
          const std::size_t where = text.size();
          text += bad;
          for (int k = 0; k < after; ++k) text += around;
          INFO(at << " " << around << " " << after);
          CHECK(chibo::find_control(text) == where);
        }
      }
    }
  }
  for (const std::string& around : fine) {
    std::string text;
    for (int k = 0; k < 30; ++k) text += around;
    CHECK(chibo::find_control(text) == std::string_view::npos);
  }
}

TEST_CASE("a letter or an accent beyond ASCII starts a text, a sign does not") {
  CHECK(chibo::starts_with_non_ascii_letter("\xC3\xB3"));            // ó
  CHECK(chibo::starts_with_non_ascii_letter("\xC4\x91i"));           // đi
  CHECK(chibo::starts_with_non_ascii_letter("\xCC\x81"));            // a combining acute
  CHECK(chibo::starts_with_non_ascii_letter("\xE1\xBB\x95"));        // ổ
  CHECK_FALSE(chibo::starts_with_non_ascii_letter("\xE2\x89\xA5"));  // ≥
  CHECK_FALSE(chibo::starts_with_non_ascii_letter("a"));             // ASCII: an id's letter
  CHECK_FALSE(chibo::starts_with_non_ascii_letter(""));
  CHECK_FALSE(chibo::starts_with_non_ascii_letter("\xC3"));  // cut short
}

TEST_CASE("a label's first letter is lowered inside a sentence unless it starts a capital word") {
  CHECK(chibo::lower_first_letter("T\xE1\xBB\xB7 l\xE1\xBB\x87") == "t\xE1\xBB\xB7 l\xE1\xBB\x87");
  CHECK(chibo::lower_first_letter("\xC4\x90\xE1\xBA\xA3ng") == "\xC4\x91\xE1\xBA\xA3ng");  // Đảng
  CHECK(chibo::lower_first_letter("BCH d\xE1\xBB\xB1") == "BCH d\xE1\xBB\xB1");  // an abbreviation
  CHECK(chibo::lower_first_letter("HD 12") == "HD 12");
  // A name: its second word has a capital too.
  CHECK(chibo::lower_first_letter("H\xE1\xBB\x93 Ch\xC3\xAD Minh") ==
        "H\xE1\xBB\x93 Ch\xC3\xAD Minh");
  CHECK(chibo::lower_first_letter("Ban  Th\xC6\xB0\xE1\xBB\x9Dng v\xE1\xBB\xA5") ==
        "Ban  Th\xC6\xB0\xE1\xBB\x9Dng v\xE1\xBB\xA5");
  CHECK(chibo::lower_first_letter("Ban ch\xE1\xBA\xA5p") == "ban ch\xE1\xBA\xA5p");
  CHECK(chibo::lower_first_letter("Ban ") == "ban ");
  CHECK(chibo::lower_first_letter("already") == "already");
  CHECK(chibo::lower_first_letter("A") == "a");
  CHECK(chibo::lower_first_letter("\xC3\x9D ki\xE1\xBA\xBFn") ==
        "\xC3\xBD ki\xE1\xBA\xBFn");  // Ý kiến
  CHECK(chibo::lower_first_letter("\xC4\x90U d\xE1\xBB\xB1") ==
        "\xC4\x90U d\xE1\xBB\xB1");  // ĐU dự
  CHECK(chibo::lower_first_letter("") == "");
  CHECK(chibo::lower_first_letter("\xC3") == "\xC3");  // cut short
}

TEST_CASE("trim_invisible takes the spaces no one sees off both ends, and nothing else") {
  using chibo::trim_invisible;
  CHECK(trim_invisible("") == "");
  CHECK(trim_invisible("CP-01") == "CP-01");
  CHECK(trim_invisible(" \t CP-01\t ") == "CP-01");
  CHECK(trim_invisible("CP-01\n") == "CP-01\n");      // a line break is text: said where it matters
  CHECK(trim_invisible("CP-01\xC2\xA0") == "CP-01");  // U+00A0
  CHECK(trim_invisible("\xE2\x80\x8B"
                       "CP-01\xE2\x80\xAF") == "CP-01");  // U+200B, U+202F
  CHECK(trim_invisible("\xEF\xBB\xBF"
                       "CP-01") == "CP-01");  // U+FEFF
  CHECK(trim_invisible("\xC2\xA0 \xE2\x80\x8B \xC2\xA0") == "");
  // Marks of direction, a word joiner, a soft hyphen (pasted from a web page).
  CHECK(trim_invisible("\xE2\x80\x8Etot\xE2\x80\x8F\xE2\x81\xA0\xC2\xAD") == "tot");
  CHECK(trim_invisible("t\xC2\xADot") == "t\xC2\xADot");  // inside: as written
  CHECK(trim_invisible("Chi\xC2\xA0"
                       "bộ") ==
        "Chi\xC2\xA0"
        "bộ");  // within: kept
  CHECK(trim_invisible("tốt") == "tốt");
  CHECK(trim_invisible("\xC2") == "\xC2");  // half a character: not taken for one
  // Each of them after or before a Vietnamese letter, which is looked past
  // at a glance (its lead byte is none of theirs), and a sequence cut short.
  for (const char* wide : {"\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x8B", "\xEF\xBB\xBF",
                           "\xE2\x80\x8E", "\xE2\x80\x8F", "\xE2\x81\xA0", "\xC2\xAD"}) {
    INFO(wide);
    const std::string w = wide;
    CHECK(trim_invisible("Khá" + w) == "Khá");
    CHECK(trim_invisible(w + "thường kỳ") == "thường kỳ");
    CHECK(trim_invisible(w + " Tốt " + w + w) == "Tốt");
    CHECK(trim_invisible("Khá" + w.substr(0, w.size() - 1)) == "Khá" + w.substr(0, w.size() - 1));
  }
  CHECK(trim_invisible("thường kỳ") == "thường kỳ");
  CHECK(trim_invisible("\xE2\x80") == "\xE2\x80");
}

TEST_CASE("Vietnamese alphabetical order: a ă â b c ch d đ ..., not the bytes'") {
  using chibo::vietnamese_less;
  CHECK(vietnamese_less("Chi bộ Bảo hiểm", "Chi bộ Bưu điện"));  // a before ư
  CHECK_FALSE(vietnamese_less("Chi bộ Bưu điện", "Chi bộ Bảo hiểm"));
  CHECK(vietnamese_less("Đảng bộ xã Bắc Phong", "Đảng bộ xã Bình Thanh"));  // ă before i
  CHECK(vietnamese_less("Đảng bộ xã Tây Phong", "Đảng bộ xã Thu Phong"));   // â before h
  CHECK(vietnamese_less("Chi bộ Các ban", "Chi bộ Chi cục"));
  CHECK(vietnamese_less("Doanh nghiệp", "Đơn vị sự nghiệp"));  // d before đ
  CHECK(vietnamese_less("Đơn vị sự nghiệp", "Khu dân cư"));    // đ before k, not after z
  CHECK(vietnamese_less("Công", "Cơ quan"));                   // ô before ơ
  CHECK(vietnamese_less("ca", "cà"));                          // the tone after the letters
  CHECK(vietnamese_less("xóm 2", "xóm 3"));
  CHECK_FALSE(vietnamese_less("A", "A"));
  // Text the collator finds equal still has one order: its bytes.
  CHECK(vietnamese_less("Ho\xCC\x80"
                        "a",
                        "H\xC3\xB2"
                        "a") != vietnamese_less("H\xC3\xB2"
                                                "a",
                                                "Ho\xCC\x80"
                                                "a"));
}

TEST_CASE("one_space_between_words: runs of spaces tabs line breaks and no-break spaces") {
  using chibo::one_space_between_words;
  CHECK(one_space_between_words("Số đảng viên\ncó mặt") == "Số đảng viên có mặt");
  CHECK(one_space_between_words(" Tổng  số\r\n\t đảng\xC2\xA0viên ") == "Tổng số đảng viên");
  CHECK(one_space_between_words("cell_id") == "cell_id");
  CHECK(one_space_between_words("").empty());
}

TEST_CASE("utf8_start cuts long text where a character starts") {
  CHECK(chibo::utf8_start("họp bù", 60) == "họp bù");
  CHECK(chibo::utf8_start("abcdef", 3) == "abc");
  // "hộ" is h, then ộ in three bytes: cut at 2 or 3 keeps "h".
  CHECK(chibo::utf8_start("h\xe1\xbb\x99p", 2) == "h");
  CHECK(chibo::utf8_start("h\xe1\xbb\x99p", 3) == "h");
  CHECK(chibo::utf8_start("h\xe1\xbb\x99p", 4) == "h\xe1\xbb\x99");
  CHECK(chibo::utf8_start("", 0).empty());
}
