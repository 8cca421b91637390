#include "chibo/did_you_mean.h"

#include <algorithm>
#include <numeric>

#include <unicode/unistr.h>

#include "utf8.h"

namespace chibo {

namespace {

// Optimal string alignment: Levenshtein plus swapping two neighbours, the
// commonest typing slip ("presnet"). Three rows; names are short.
template <typename Text, typename Same>
std::size_t distance(Text a, Text b, Same same) {
  std::vector<std::size_t> before(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  std::iota(prev.begin(), prev.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t substitute = prev[j - 1] + (same(a[i - 1], b[j - 1]) ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, substitute});
      if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1])) {
        cur[j] = std::min(cur[j], before[j - 2] + 1);
      }
    }
    std::swap(before, prev);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// ASCII letters compared without their case: "MEMBERS" is members, and
// "cp-tt-01" the cell CP-TT-01 (a word typed with Caps Lock on). Other bytes
// as they are (a Vietnamese letter's case is not a byte's).
bool same_folded(char x, char y) {
  auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return fold(x) == fold(y);
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  return distance(a, b, [](char x, char y) { return x == y; });
}

std::size_t letter_distance(std::string_view a, std::string_view b) {
  auto letters = [](std::string_view s) {
    // A byte that is no UTF-8 reads as U+FFFD (ICU), one letter.
    const icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    std::u32string out;
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
      out.push_back(static_cast<char32_t>(u.char32At(i)));
    }
    return out;
  };
  const std::u32string x = letters(a), y = letters(b);
  return distance(std::u32string_view(x), std::u32string_view(y),
                  [](char32_t p, char32_t q) { return p == q; });
}

std::string ascii_id_of(std::string_view name, bool keep_dashes) {
  if (std::all_of(name.begin(), name.end(), [](char c) { return (c & 0x80) == 0; })) return "";
  // bare_id writes a '-' as '_': a ruleset id keeps its dashes, so each
  // part between them is made bare alone.
  std::string out;
  std::size_t start = 0;
  while (true) {
    const std::size_t dash = keep_dashes ? name.find('-', start) : std::string_view::npos;
    out += bare_id(fold_case(to_nfc(name.substr(start, dash - start))));
    if (dash == std::string_view::npos) break;
    out += '-';
    start = dash + 1;
  }
  const bool plain = !out.empty() && std::all_of(out.begin(), out.end(), [&](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           (keep_dashes && c == '-');
  });
  return plain ? out : "";
}

std::optional<std::string> closest_name(std::string_view name,
                                        const std::vector<std::string>& candidates) {
  // An id typed with its Vietnamese letters ('khá', 'thời_lượng'): each
  // accent is two or three bytes from its letter, past the third of the
  // length a slip is allowed.
  for (const bool keep_dashes : {false, true}) {
    const std::string ascii = ascii_id_of(name, keep_dashes);
    if (ascii.empty()) continue;
    for (const std::string& candidate : candidates) {
      if (candidate == ascii) return candidate;
    }
  }
  // A third of the length keeps suggestions plausible: "presnt" -> "present",
  // but "x" never suggests "members".
  const std::size_t limit = std::max<std::size_t>(1, name.size() / 3);
  const std::string* best = nullptr;
  std::size_t best_distance = limit + 1;
  for (const std::string& candidate : candidates) {
    // Cheap pre-check: the length difference alone is a lower bound.
    std::size_t gap = candidate.size() > name.size() ? candidate.size() - name.size()
                                                     : name.size() - candidate.size();
    if (gap >= best_distance) continue;
    std::size_t d = distance(name, std::string_view(candidate), same_folded);
    if (d < best_distance) {  // strict: ties keep the earliest candidate
      best_distance = d;
      best = &candidate;
    }
  }
  if (best == nullptr) return std::nullopt;
  return *best;
}

std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates) {
  auto best = closest_name(name, candidates);
  if (!best) return "";
  return "; did you mean '" + *best + "'?";
}

std::string co_phai_la(std::string_view name, const std::vector<std::string>& candidates) {
  auto best = closest_name(name, candidates);
  if (!best) return "";
  return "; có phải là '" + *best + "'?";
}

}  // namespace chibo
