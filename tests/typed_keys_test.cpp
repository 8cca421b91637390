#include <catch2/catch.hpp>

#include "typed_keys.h"

#include <string>

#include "utf8.h"

using chibo::Keyboard;
using chibo::typed_with_keys;

TEST_CASE("Telex keys read back as the letters they would have made") {
  auto telex = [](const char* text) { return typed_with_keys(text, Keyboard::Telex); };
  CHECK(telex("cos") == "có");
  CHECK(telex("khoong") == "không");
  CHECK(telex("ddatj") == "đạt");
  CHECK(telex("khoong ddatj") == "không đạt");
  CHECK(telex("toots") == "tốt");
  CHECK(telex("khas") == "khá");
  CHECK(telex("trung binhf") == "trung bình");
  CHECK(telex("kems") == "kém");
  CHECK(telex("chuyeen ddeef") == "chuyên đề");
  CHECK(telex("thuwowngf kyf") == "thường kỳ");
  CHECK(telex("nguwowif") == "người");   // ươ: a horn on o marks the u before it
  CHECK(telex("tw") == "tư");            // w alone is ư
  CHECK(telex("truongwf") == "trường");  // w later in the word, as Unikey takes it
  CHECK(telex("thuwongf") == "thường");
  CHECK(telex("quow") == "quơ");  // not the u of qu
  CHECK(telex("ddinhj kyf") == "định kỳ");
  CHECK(telex("CDD") == "CĐ");
  CHECK(telex("awn") == "ăn");
  CHECK(telex("hoaf") == "hòa");  // two vowels at the end: the first takes the tone
  CHECK(telex("gias") == "giá");  // the i of gi, the u of qu: the consonant's
  CHECK(telex("quas") == "quá");
  CHECK(telex("ngoaif") == "ngoài");  // three: the middle one
  CHECK(telex("Toots") == "Tốt");     // capitals kept
  CHECK(telex("KHOONG DDATJ") == "KHÔNG ĐẠT");
  CHECK(telex("W") == "Ư");
  // No key changed a letter: a word without accents is no Telex.
  CHECK(telex("khong") == std::nullopt);
  CHECK(telex("trung binh") == std::nullopt);
  CHECK(telex("") == std::nullopt);
  // Not letters, or a tone with no vowel before it.
  CHECK(telex("co1") == std::nullopt);
  CHECK(telex("có") == std::nullopt);
  CHECK(telex("93,5") == std::nullopt);
  CHECK(telex("x") == std::nullopt);
  CHECK(telex("s") == std::nullopt);
}

TEST_CASE("VNI keys read back as the letters they would have made") {
  auto vni = [](const char* text) { return typed_with_keys(text, Keyboard::VNI); };
  CHECK(vni("co1") == "có");
  CHECK(vni("kho6ng") == "không");
  CHECK(vni("d9at5") == "đạt");
  CHECK(vni("d9a5t") == "đạt");  // a key after its letter or at the word's end
  CHECK(vni("kho6ng d9at5") == "không đạt");
  CHECK(vni("tru7o7ng2") == "trường");
  CHECK(vni("truo7ng2") == "trường");  // 7 on the o of uo marks the u too
  CHECK(vni("thu7ong2") == "thường");  // and on the u, the o
  CHECK(vni("a8n") == "ăn");
  CHECK(vni("Kha1") == "Khá");
  // A number, or no key.
  CHECK(vni("10") == std::nullopt);
  CHECK(vni("khong") == std::nullopt);
  CHECK(vni("93,5") == std::nullopt);
  CHECK(vni("b6") == std::nullopt);  // no a, e or o for its hat
  CHECK(vni("c1") == std::nullopt);  // no vowel for its tone
  CHECK(vni("co0") == std::nullopt);
}

TEST_CASE("keyboard_name names the way of typing as a message does") {
  CHECK(std::string(chibo::keyboard_name(Keyboard::Telex)) == "Telex");
  CHECK(std::string(chibo::keyboard_name(Keyboard::VNI)) == "VNI");
}

TEST_CASE("any short run of keys is read without fault, to valid UTF-8 in NFC") {
  // Every string of up to four of these: the keys, the letters they mark,
  // the vowels and the consonants of gi, qu and finals, a capital, a digit
  // of no key, a space and a byte of no ASCII.
  const std::string keys = "adeiouywqghnsfrxj16789DW0 \xC3";
  std::size_t read = 0;
  std::string text;
  auto check = [&](const std::string& t) {
    for (const Keyboard k : {Keyboard::Telex, Keyboard::VNI}) {
      const std::optional<std::string> letters = typed_with_keys(t, k);
      if (!letters) continue;
      ++read;
      // Said only when it fails: a check each would be a million.
      if (chibo::find_invalid_utf8(*letters) || chibo::to_nfc(*letters) != *letters) {
        FAIL_CHECK("'" << t << "' read as '" << *letters << "'");
      }
    }
  };
  for (const char a : keys) {
    for (const char b : keys) {
      for (const char c : keys) {
        for (const char d : keys) {
          check(std::string{a, b, c, d});
        }
        check(std::string{a, b, c});
      }
      check(std::string{a, b});
    }
  }
  CHECK(read > 10000);  // the keys made letters, not only nullopt
}
