#include "chibo/did_you_mean.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "utf8.h"

namespace chibo {

namespace {

// Optimal string alignment: Levenshtein plus swapping two neighbours, the
// commonest typing slip ("presnet"). Three rows, kept between calls (a
// units list's 18,000 committees compared with a misspelt parent made as
// many allocations of three). Past bound (when given) it stops early and
// says bound + 1: once a row is all past it, as no row's least is below the
// least of the row before (a cell comes from that row at no less, from its
// left in its own row, or by a swap from two rows up, which the cell
// diagonally before it reaches at no more).
class Distance {
 public:
  template <typename TextA, typename TextB, typename Same>
  std::size_t operator()(TextA a, TextB b, Same same,
                         std::size_t bound = static_cast<std::size_t>(-1)) {
    before_.assign(b.size() + 1, 0);
    prev_.resize(b.size() + 1);
    cur_.resize(b.size() + 1);
    std::iota(prev_.begin(), prev_.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
      cur_[0] = i;
      std::size_t least = i;
      for (std::size_t j = 1; j <= b.size(); ++j) {
        std::size_t substitute = prev_[j - 1] + (same(a[i - 1], b[j - 1]) ? 0 : 1);
        cur_[j] = std::min({prev_[j] + 1, cur_[j - 1] + 1, substitute});
        if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1])) {
          cur_[j] = std::min(cur_[j], before_[j - 2] + 1);
        }
        least = std::min(least, cur_[j]);
      }
      std::swap(before_, prev_);
      std::swap(prev_, cur_);
      if (least > bound) return bound + 1;
    }
    return prev_[b.size()];
  }

 private:
  std::vector<std::size_t> before_, prev_, cur_;
};

// An ASCII candidate's letter as the name's folded letters are compared
// with: its capital lowered ("MEMBERS" is members, "cp-tt-01" the cell
// CP-TT-01: a word typed with Caps Lock on).
char32_t fold_ascii(char c) {
  return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return (c & 0x80) == 0; });
}

// The letters (code points) of text into out, each folded when fold
// ('Đ' as 'đ', 'M' as 'm'); a sequence that is no UTF-8 is one letter,
// U+FFFD, as ICU reads it.
void letters_of(std::string_view s, bool fold, std::u32string& out) {
  out.clear();
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto length = static_cast<std::int32_t>(s.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) c = 0xFFFD;
    out.push_back(static_cast<char32_t>(fold ? u_foldCase(c, U_FOLD_CASE_DEFAULT) : c));
  }
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  return Distance()(a, b, [](char x, char y) { return x == y; });
}

std::size_t letter_distance(std::string_view a, std::string_view b) {
  std::u32string x, y;
  letters_of(a, false, x);
  letters_of(b, false, y);
  return Distance()(std::u32string_view(x), std::u32string_view(y),
                    [](char32_t p, char32_t q) { return p == q; });
}

std::string ascii_id_of(std::string_view name, bool keep_dashes) {
  if (is_ascii(name)) return "";
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
                                        const std::vector<std::string>& candidates,
                                        std::size_t most) {
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
  // A third of the letters keeps suggestions plausible: "presnt" -> "present",
  // but "x" never suggests "members". Letters, not bytes: 'thào' is one slip
  // from 'thảo', whatever bytes its accent takes.
  std::u32string letters, other;
  letters_of(name, true, letters);
  Distance distance;
  const std::size_t limit = std::min(most, std::max<std::size_t>(1, letters.size() / 3));
  const std::string* best = nullptr;
  std::size_t best_distance = limit + 1;
  const std::u32string_view mine(letters);
  for (const std::string& candidate : candidates) {
    // An ASCII candidate (most: ids) is compared as it is, its letters its
    // bytes; the difference in letters alone is a lower bound.
    const bool ascii = is_ascii(candidate);
    if (!ascii) letters_of(candidate, true, other);
    const std::size_t size = ascii ? candidate.size() : other.size();
    const std::size_t gap = size > letters.size() ? size - letters.size() : letters.size() - size;
    if (gap >= best_distance) continue;
    // Past the best so far is as good as any farther: cut short there.
    const std::size_t bound = best_distance - 1;
    const std::size_t d = ascii ? distance(
                                      mine, std::string_view(candidate),
                                      [](char32_t x, char y) { return x == fold_ascii(y); }, bound)
                                : distance(
                                      mine, std::u32string_view(other),
                                      [](char32_t x, char32_t y) { return x == y; }, bound);
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

std::string co_phai_la(std::string_view name, const std::vector<std::string>& candidates,
                       std::size_t most) {
  auto best = closest_name(name, candidates, most);
  if (!best) return "";
  return "; có phải là '" + *best + "'?";
}

}  // namespace chibo
