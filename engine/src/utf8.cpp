#include "utf8.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace chibo {

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    // Eight ASCII bytes at a time: most of a record is digits and Latin letters.
    std::uint64_t eight;
    if (i + 8 <= n &&
        (std::memcpy(&eight, text.data() + i, 8), (eight & 0x8080808080808080u) == 0)) {
      i += 8;
      continue;
    }
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    std::uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1Fu;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0Fu;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07u;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      auto cc = static_cast<unsigned char>(text[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3Fu);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
      return i;
    }
    i += len;
  }
  return std::nullopt;
}

std::size_t find_control(std::string_view text) {
  // Every cell id of every record, every unit's name: eight bytes at a time
  // while none of them is below 0x20, 0x7F, or 0xC2 or 0xE2, the lead bytes of
  // C1 and of the line separators (Vietnamese letters are other lead bytes:
  // a unit's name no longer goes a byte at a time). Each test is exact for
  // "some byte is": hasless and haszero (Bit Twiddling Hacks). A sequence whose
  // lead byte ends one word is read by the loop below, past that word's end.
  constexpr std::uint64_t kOnes = 0x0101010101010101u, kHighs = 0x8080808080808080u;
  auto has_zero = [](std::uint64_t v) { return ((v - kOnes) & ~v & kHighs) != 0; };
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  auto clean = [&](std::size_t at) {
    std::uint64_t w;
    std::memcpy(&w, p + at, 8);
    const bool below_space = ((w - kOnes * 0x20) & ~w & kHighs) != 0;
    return !below_space && !has_zero(w ^ (kOnes * 0x7F)) && !has_zero(w ^ (kOnes * 0xC2)) &&
           !has_zero(w ^ (kOnes * 0xE2));
  };
  while (i < n) {
    if (i + 8 <= n) {
      if (clean(i)) {
        i += 8;
        continue;
      }
    } else if (n >= 8 && clean(n - 8)) {
      // The last few bytes, read as the last eight (a cell id of 12 bytes
      // went its last 4 a byte at a time: 117 instructions a record).
      break;
    }
    const unsigned c = p[i];
    if (c < 0x20 || c == 0x7F) return i;
    if (c == 0xC2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9F) return i;  // C1
    if (c == 0xE2 && i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9)) {
      return i;
    }
    ++i;
  }
  return std::string_view::npos;
}

namespace {

// Whether every byte of text is ASCII: words at a time, the last one
// overlapping the one before, and a short text as two overlapping halves
// (nearly every value of a record is ASCII and short: "93.33", "kha",
// "2024-01-05"; a byte at a time, plainly_nfc cost 300 instructions a record).
bool all_ascii(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  if (n >= 8) {
    std::uint64_t any = 0, w = 0;
    for (std::size_t i = 0; i + 8 <= n; i += 8) {
      std::memcpy(&w, p + i, 8);
      any |= w;
    }
    std::memcpy(&w, p + n - 8, 8);
    return ((any | w) & 0x8080808080808080ULL) == 0;
  }
  if (n >= 4) {
    std::uint32_t a = 0, b = 0;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    return ((a | b) & 0x80808080U) == 0;
  }
  unsigned any = 0;
  for (std::size_t i = 0; i < n; ++i) any |= p[i];
  return (any & 0x80U) == 0;
}

}  // namespace

bool plainly_nfc(std::string_view text) {
  if (all_ascii(text)) return true;
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    // Eight ASCII bytes at a time (a unit's name is mostly ASCII letters
    // between the Vietnamese ones): one test of their high bits, which also
    // says where the first other byte is (in the lowest bits: little-endian).
    if (std::endian::native == std::endian::little && i + 8 <= n) {
      std::uint64_t eight = 0;
      std::memcpy(&eight, text.data() + i, 8);
      const std::uint64_t high = eight & 0x8080808080808080ULL;
      if (high == 0) {
        i += 8;
        continue;
      }
      i += static_cast<std::size_t>(__builtin_ctzll(high)) / 8;
    }
    const auto c = static_cast<unsigned char>(text[i]);
    const auto next = [&](std::size_t k) {
      return i + k < n ? static_cast<unsigned char>(text[i + k]) : 0;
    };
    if (c < 0x80) {
      i += 1;
    } else if (c >= 0xC2 && c <= 0xCB && (next(1) & 0xC0) == 0x80) {  // U+0080..U+02FF
      i += 2;
    } else if (c == 0xE1 && next(1) >= 0xB8 && next(1) <= 0xBB &&  // U+1E00..U+1EFF
               (next(2) & 0xC0) == 0x80) {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

std::string to_nfc(std::string_view text) {
  if (plainly_nfc(text)) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (nfc->isNormalized(source, status) && U_SUCCESS(status)) return std::string(text);
  status = U_ZERO_ERROR;
  icu::UnicodeString normal = nfc->normalize(source, status);
  if (U_FAILURE(status)) return std::string(text);
  std::string out;
  normal.toUTF8String(out);
  return out;
}

std::string_view trim_invisible(std::string_view text, bool line_breaks) {
  // Hand-written: a few fixed sequences, at the ends only.
  // U+00A0, U+202F, U+200B, U+FEFF; the marks of direction left and right
  // (U+200E, U+200F), the word joiner (U+2060) and the soft hyphen (U+00AD):
  // 'tot' with an LRM after it was no choice, and hinted none.
  static constexpr std::string_view kWide[] = {"\xC2\xA0",     "\xE2\x80\xAF", "\xE2\x80\x8B",
                                               "\xEF\xBB\xBF", "\xE2\x80\x8E", "\xE2\x80\x8F",
                                               "\xE2\x81\xA0", "\xC2\xAD"};
  auto ascii = [line_breaks](char c) {
    return c == ' ' || c == '\t' || (line_breaks && (c == '\r' || c == '\n'));
  };
  // Each of them starts with 0xC2, 0xE2 or 0xEF, and is 2 bytes long for
  // 0xC2, 3 for the others: a look at three bytes says whether an end may be
  // one (a value with a Vietnamese letter at an end, "Khá", "thường kỳ", was
  // 16 comparisons).
  auto may_be_wide = [&text] {
    auto byte = [&text](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const std::size_t n = text.size();
    return byte(0) == 0xC2 || byte(0) == 0xE2 || byte(0) == 0xEF ||
           (n >= 2 && byte(n - 2) == 0xC2) ||
           (n >= 3 && (byte(n - 3) == 0xE2 || byte(n - 3) == 0xEF));
  };
  for (bool trimmed = true; trimmed && !text.empty();) {
    trimmed = false;
    if (ascii(text.front())) {
      text.remove_prefix(1);
      trimmed = true;
    } else if (ascii(text.back())) {
      text.remove_suffix(1);
      trimmed = true;
    }
    if (text.empty() || !may_be_wide()) continue;
    for (std::string_view w : kWide) {
      if (text.substr(0, w.size()) == w) {
        text.remove_prefix(w.size());
        trimmed = true;
      }
      if (text.size() >= w.size() && text.substr(text.size() - w.size()) == w) {
        text.remove_suffix(w.size());
        trimmed = true;
      }
    }
  }
  return text;
}

std::string bare_id(std::string_view folded) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::string(folded);
  const icu::UnicodeString decomposed =
      nfd->normalize(icu::UnicodeString::fromUTF8(
                         icu::StringPiece(folded.data(), static_cast<int32_t>(folded.size()))),
                     status);
  if (U_FAILURE(status)) return std::string(folded);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length(); ++i) {
    const char16_t c = decomposed[i];
    if (u_getCombiningClass(c) != 0 || (c >= 0x0300 && c <= 0x036F)) continue;  // an accent
    if (c == u'đ' || c == u'Đ') {
      kept.append(c == u'đ' ? u'd' : u'D');
    } else if (c == u' ' || c == u'-') {
      kept.append(u'_');
    } else {
      kept.append(c);
    }
  }
  std::string out;
  kept.toUTF8String(out);
  return out;
}

std::string_view utf8_start(std::string_view text, std::size_t most) {
  if (text.size() <= most) return text;
  std::size_t cut = most;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut);
}

std::string lower_ascii(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

std::string one_space_between_words(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;  // a run of spaces is being passed
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool no_break = c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || no_break) {
      i += no_break ? 1 : 0;
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string fold_case(std::string_view text) {
  // ASCII (most ids, and "TOT"): its letters lowered here, without ICU.
  if (std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; })) {
    return lower_ascii(std::string(text));
  }
  icu::UnicodeString folded = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  folded.foldCase();
  std::string out;
  folded.toUTF8String(out);
  return out;
}

bool starts_with_non_ascii_letter(std::string_view text) {
  if (text.empty() || (static_cast<unsigned char>(text[0]) & 0x80) == 0) return false;
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  return c >= 0 && (u_isalpha(c) || u_getCombiningClass(c) > 0);
}

std::string lower_first_letter(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto size = static_cast<int32_t>(text.size());
  UChar32 first = 0;
  int32_t i = 0;
  U8_NEXT(bytes, i, size, first);
  const int32_t rest = i;
  if (first < 0 || !u_isupper(first)) return std::string(text);
  // An abbreviation (a first word of two capitals or more: "BCH", "HD 12")
  // stays; "Ý kiến", a word of one letter, does not.
  while (i < size) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, size, c);
    if (c < 0 || !u_isalpha(c)) {
      // A name of several capitalised words ("Hồ Chí Minh", "Ban Thường
      // vụ") stays: the word after the first spaces starts with a capital.
      while (c == ' ' && i < size) U8_NEXT(bytes, i, size, c);
      if (c >= 0 && u_isupper(c)) return std::string(text);
      break;
    }
    if (u_isupper(c)) return std::string(text);
  }
  std::string out;
  icu::UnicodeString(u_tolower(first)).toUTF8String(out);
  out.append(text.substr(static_cast<std::size_t>(rest)));
  return out;
}

bool vietnamese_less(std::string_view a, std::string_view b) {
  // One collator for the program (made once; comparing does not change it).
  static const std::unique_ptr<icu::Collator> collator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("vi"), status));
    return U_FAILURE(status) ? nullptr : std::move(c);
  }();
  if (collator) {
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult order =
        collator->compareUTF8(icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
                              icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status);
    if (U_SUCCESS(status) && order != UCOL_EQUAL) return order == UCOL_LESS;
  }
  return a < b;  // equal to the collator (or none): by their bytes, for one order
}

}  // namespace chibo
