// Hand-written: neither ICU nor a Debian package reads Telex or VNI back;
// what is read here is the few keys of each, on ASCII.
#include "typed_keys.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "utf8.h"

namespace chibo {
namespace {

enum class Mark { None, Hat, Breve, Horn, Stroke };  // â ê ô, ă, ơ ư, đ

struct Letter {
  char key;  // as typed, capital or not
  Mark mark = Mark::None;
};

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_letter(char c) { return lower(c) >= 'a' && lower(c) <= 'z'; }
bool is_vowel(const Letter& l) {
  const char c = lower(l.key);
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// A word's letters and its tone (0 none; 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng).
struct Word {
  std::vector<Letter> letters;
  int tone = 0;
  bool changed = false;  // a key made a mark or a tone

  bool has_vowel() const {
    for (const Letter& l : letters) {
      if (is_vowel(l)) return true;
    }
    return false;
  }
  // The last letter (from the end) that is one of bases and unmarked, or nullptr.
  Letter* last_of(std::string_view bases) {
    for (auto l = letters.rbegin(); l != letters.rend(); ++l) {
      if (l->mark == Mark::None && bases.find(lower(l->key)) != bases.npos) return &*l;
    }
    return nullptr;
  }
  bool mark(std::string_view bases, Mark m) {
    Letter* l = last_of(bases);
    if (l == nullptr) return false;
    l->mark = m;
    changed = true;
    return true;
  }
  bool set_tone(int t) {
    if (!has_vowel()) return false;
    tone = t;
    changed = true;
    return true;
  }
  // "ươ": a horn on either of u and o marks the other, as both keyboards
  // do: on o, the u before it (not the u of qu: "quơ"); on u, the o after
  // it when a letter follows ("thuwongf", "thu7ong2": "thường").
  void horns_of_uo() {
    for (std::size_t i = 1; i < letters.size(); ++i) {
      Letter& u = letters[i - 1];
      Letter& o = letters[i];
      if (lower(u.key) != 'u' || lower(o.key) != 'o') continue;
      if (o.mark == Mark::Horn && u.mark == Mark::None &&
          !(i >= 2 && lower(letters[i - 2].key) == 'q')) {
        u.mark = Mark::Horn;
      } else if (u.mark == Mark::Horn && o.mark == Mark::None && i + 1 < letters.size()) {
        o.mark = Mark::Horn;
      }
    }
  }
};

int tone_of_telex(char c) {
  switch (lower(c)) {
    case 's':
      return 1;
    case 'f':
      return 2;
    case 'r':
      return 3;
    case 'x':
      return 4;
    case 'j':
      return 5;
    default:
      return 0;
  }
}

// One Telex key on word: dd, aa, ee, oo, w after a, o or u, and a
// tone after a vowel (s, f, r, x, j: no Vietnamese word ends in one of them).
bool telex_key(Word& w, char c) {
  if (!is_letter(c)) return false;
  const char k = lower(c);
  const Letter* last = w.letters.empty() ? nullptr : &w.letters.back();
  const bool after = last != nullptr && last->mark == Mark::None;
  if (k == 'd' && after && lower(last->key) == 'd') return w.mark("d", Mark::Stroke);
  if ((k == 'a' || k == 'e' || k == 'o') && after && lower(last->key) == k) {
    return w.mark(std::string_view(&k, 1), Mark::Hat);
  }
  if (k == 'w') {
    // On the a, o or u before it, typed at once or later in the word
    // ("truongw", as Unikey takes it): the last of them; alone, ư.
    const Letter* vowel = w.last_of("aou");
    if (vowel != nullptr) return w.mark("aou", lower(vowel->key) == 'a' ? Mark::Breve : Mark::Horn);
    w.letters.push_back({c == 'W' ? 'U' : 'u', Mark::Horn});
    w.changed = true;
    return true;
  }
  if (const int tone = tone_of_telex(c); tone > 0 && w.has_vowel()) return w.set_tone(tone);
  w.letters.push_back({c});
  return true;
}

// One VNI key on word: a tone 1-5 after a vowel, 6 (â ê ô), 7 (ơ ư), 8
// (ă), 9 (đ) on the last such letter before it.
bool vni_key(Word& w, char c) {
  if (is_letter(c)) {
    w.letters.push_back({c});
    return true;
  }
  if (w.letters.empty()) return false;  // a number, not a key
  switch (c) {
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
      return w.set_tone(c - '0');
    case '6':
      return w.mark("aeo", Mark::Hat);
    case '7':
      return w.mark("ou", Mark::Horn);
    case '8':
      return w.mark("a", Mark::Breve);
    case '9':
      return w.mark("d", Mark::Stroke);
    default:
      return false;
  }
}

// Which letter takes the tone: the marked vowel (ơ of ươ), else the one
// vowel, else the last before a final consonant, else the first of two
// ("hòa", as the Party's documents write it) or the middle of three. The
// u of qu and the i of gi before a vowel are the consonant's.
std::optional<std::size_t> tone_letter(const std::vector<Letter>& letters) {
  std::size_t start = 0;
  while (start < letters.size() && !is_vowel(letters[start])) ++start;
  if (start == letters.size()) return std::nullopt;
  const bool glide = start > 0 && start + 1 < letters.size() && is_vowel(letters[start + 1]) &&
                     ((lower(letters[start - 1].key) == 'q' && lower(letters[start].key) == 'u') ||
                      (lower(letters[start - 1].key) == 'g' && lower(letters[start].key) == 'i'));
  if (glide) ++start;
  std::size_t end = start;
  while (end < letters.size() && is_vowel(letters[end])) ++end;
  std::optional<std::size_t> marked;
  for (std::size_t i = start; i < end; ++i) {
    if (letters[i].mark != Mark::None) marked = i;
  }
  if (marked) return marked;
  if (end - start == 1 || end < letters.size()) return end - 1;
  return end - start == 2 ? start : start + 1;
}

const char* marked_letter(const Letter& l) {
  const bool capital = l.key >= 'A' && l.key <= 'Z';
  switch (l.mark) {
    case Mark::Hat:
      switch (lower(l.key)) {
        case 'a':
          return capital ? "Â" : "â";
        case 'e':
          return capital ? "Ê" : "ê";
        default:
          return capital ? "Ô" : "ô";
      }
    case Mark::Breve:
      return capital ? "Ă" : "ă";
    case Mark::Horn:
      return lower(l.key) == 'o' ? (capital ? "Ơ" : "ơ") : (capital ? "Ư" : "ư");
    case Mark::Stroke:
      return capital ? "Đ" : "đ";
    case Mark::None:
      break;
  }
  return nullptr;
}

// word's letters with their marks, its tone as a combining mark after its
// letter (NFC joins them).
std::optional<std::string> spelt(Word& w) {
  static constexpr const char* kTones[] = {"",         "\xCC\x81", "\xCC\x80",
                                           "\xCC\x89", "\xCC\x83", "\xCC\xA3"};
  w.horns_of_uo();
  std::optional<std::size_t> toned;
  if (w.tone > 0) {
    toned = tone_letter(w.letters);
    if (!toned) return std::nullopt;
  }
  std::string out;
  for (std::size_t i = 0; i < w.letters.size(); ++i) {
    const Letter& l = w.letters[i];
    if (const char* m = marked_letter(l)) {
      out += m;
    } else {
      out += l.key;
    }
    if (toned == i) out += kTones[w.tone];
  }
  return out;
}

}  // namespace

const char* keyboard_name(Keyboard k) { return k == Keyboard::Telex ? "Telex" : "VNI"; }

std::optional<std::string> typed_with_keys(std::string_view text, Keyboard keyboard) {
  std::string out;
  bool changed = false;
  std::size_t at = 0;
  while (at <= text.size()) {
    const std::size_t space = std::min(text.find(' ', at), text.size());
    Word w;
    for (const char c : text.substr(at, space - at)) {
      if (!(keyboard == Keyboard::Telex ? telex_key(w, c) : vni_key(w, c))) return std::nullopt;
    }
    const std::optional<std::string> word = spelt(w);
    if (!word) return std::nullopt;
    if (at > 0) out += ' ';
    out += *word;
    changed = changed || w.changed;
    at = space + 1;
  }
  if (!changed) return std::nullopt;
  return to_nfc(out);
}

std::string typed_keys_hint(
    std::string_view text,
    const std::function<std::optional<std::string>(const std::string& letters)>& fits) {
  for (const Keyboard k : {Keyboard::Telex, Keyboard::VNI}) {
    const std::optional<std::string> letters = typed_with_keys(text, k);
    if (!letters) continue;
    if (const std::optional<std::string> meant = fits(*letters)) {
      return fmt::format(
          "; có phải là '{}'? ('{}' là '{}' gõ kiểu {} khi chưa bật bộ gõ tiếng Việt)", *meant,
          text, *letters, keyboard_name(k));
    }
  }
  return "";
}

}  // namespace chibo
