#include "chibo/did_you_mean.h"

#include <algorithm>
#include <cstdint>

#include <catch2/catch.hpp>

#include "utf8.h"

using chibo::closest_name;
using chibo::co_phai_la;
using chibo::did_you_mean;
using chibo::edit_distance;

TEST_CASE("edit_distance counts inserts, deletes, substitutions and swaps of neighbours") {
  struct Case {
    const char* a;
    const char* b;
    std::size_t distance;
  };
  const Case cases[] = {
      {"", "", 0},
      {"abc", "abc", 0},
      {"", "abc", 3},
      {"abc", "", 3},
      {"presnt", "present", 1},
      {"present", "presnt", 1},
      {"kitten", "sitting", 3},
      {"flaw", "lawn", 2},
      {"abc", "acb", 1},          // a swap of neighbours
      {"presnet", "present", 1},  // the commonest slip
      {"ca", "abc", 3},           // optimal string alignment: no edit of a swapped pair
      {"members", "member", 1},
      {"\xC4\x91", "d", 2},  // "đ" is two bytes
  };
  for (const Case& c : cases) {
    INFO(c.a << " vs " << c.b);
    CHECK(edit_distance(c.a, c.b) == c.distance);
    CHECK(edit_distance(c.b, c.a) == c.distance);
  }
}

TEST_CASE("closest_name respects the max(1, size/3) limit") {
  const std::vector<std::string> names = {"present", "members", "exempt", "level"};
  CHECK(closest_name("presnt", names) == "present");  // 6/3 = 2 allowed, 1 used
  CHECK(closest_name("membrs", names) == "members");
  CHECK(closest_name("lvl", names) == std::nullopt);  // 3/3 = 1 allowed, 2 needed
  CHECK(closest_name("levl", names) == "level");      // 4/3 = 1 allowed, 1 used
  CHECK(closest_name("x", names) == std::nullopt);
  CHECK(closest_name("exempt", names) == "exempt");  // exact match is distance 0
  CHECK(closest_name("anything", {}) == std::nullopt);
  // Short names still get one edit.
  CHECK(closest_name("b", {"a"}) == "a");
  CHECK(closest_name("ab", {"abc"}) == "abc");
  CHECK(closest_name("ab", {"abcd"}) == std::nullopt);
}

TEST_CASE("closest_name ties go to the earliest candidate") {
  CHECK(closest_name("cat", {"bat", "cap", "cut"}) == "bat");
  CHECK(closest_name("cat", {"cap", "bat"}) == "cap");
  // A later, strictly closer candidate still wins.
  CHECK(closest_name("abcdef", {"abcxyf", "abcdex"}) == "abcdex");
}

TEST_CASE("did_you_mean formats the suggestion or nothing") {
  const std::vector<std::string> names = {"present", "members"};
  CHECK(did_you_mean("presnt", names) == "; did you mean 'present'?");
  CHECK(did_you_mean("zzz", names).empty());
}

TEST_CASE("record messages suggest in Vietnamese") {
  CHECK(co_phai_la("CP-TT-90", {"CP-TT-09", "CP-TN-01"}) == "; có phải là 'CP-TT-09'?");
  CHECK(co_phai_la("xyz", {"CP-TT-09"}) == "");
}

TEST_CASE("closest_name compares ASCII letters without their case") {
  // Caps Lock, or a name typed in lower case: the same name is the nearest.
  CHECK(closest_name("MEMBERS", {"present", "members"}) == "members");
  CHECK(closest_name("cp-tt-01", {"CP-TN-01", "CP-TT-01"}) == "CP-TT-01");
  CHECK(closest_name("PRESNT", {"present"}) == "present");  // and a slip besides
  // Only ASCII letters: other bytes (a Vietnamese letter's) compare as they are.
  CHECK(closest_name("\xC4\x90", {"\xC4\x91"}) == "\xC4\x91");  // "Đ" one edit from "đ"
  CHECK(closest_name("ab\xC4\x90", {"ab\xC4\x91xy"}) == std::nullopt);
  // edit_distance itself is exact.
  CHECK(edit_distance("MEMBERS", "members") == 7);
}

// A Vietnamese letter with another accent is one slip, whatever its bytes
// (à is two, ả three); a byte that is no UTF-8 is one letter too.
TEST_CASE("letter_distance counts letters, not bytes") {
  using chibo::letter_distance;
  CHECK(edit_distance("thào", "thảo") == 3);
  CHECK(letter_distance("thào", "thảo") == 1);
  CHECK(letter_distance("tu cham", "tự chấm") == 2);
  CHECK(letter_distance("tự  chấm", "tự chấm") == 1);
  CHECK(letter_distance("chấm", "cấhm") == 1);  // two letters swapped
  CHECK(letter_distance("ab", "ba") == 1);
  CHECK(letter_distance("a\xFF", "ab") == 1);
  CHECK(letter_distance("", "tự") == 2);
}

TEST_CASE("ascii_id_of gives the id a name typed with Vietnamese letters was meant as") {
  CHECK(chibo::ascii_id_of("Số người", false) == "so_nguoi");
  CHECK(chibo::ascii_id_of("thời_lượng", false) == "thoi_luong");
  CHECK(chibo::ascii_id_of("hòa-bình-qd31", true) == "hoa-binh-qd31");
  CHECK(chibo::ascii_id_of("hòa-bình-qd31", false) == "hoa_binh_qd31");
  CHECK(chibo::ascii_id_of("Đạt", false) == "dat");
  CHECK(chibo::ascii_id_of("kha", false).empty());    // ASCII already
  CHECK(chibo::ascii_id_of("≥ 90%", false).empty());  // no id
}

TEST_CASE("closest_name finds an id typed with its accents however many bytes they take") {
  // 'khá' is 4 bytes, 2 from 'kha': past a third of its length.
  const std::vector<std::string> grades = {"tot", "kha", "trung_binh", "kem"};
  CHECK(closest_name("khá", grades) == "kha");
  CHECK(closest_name("trung bình", grades) == "trung_binh");
  CHECK(closest_name("trung-bình", grades) == "trung_binh");
  CHECK(closest_name("Tốt", grades) == "tot");
  CHECK(closest_name("kém", {"kha"}) == std::nullopt);
}

// Letters, not bytes, both for the distance and for the third allowed: an
// accent is one slip whatever bytes it takes, and two letters of two amiss
// are not a slip though only two bytes differ.
TEST_CASE("closest_name counts letters, each compared without its case") {
  CHECK(edit_distance("thào", "thảo") == 3);  // five bytes: one edit allowed
  CHECK(closest_name("thào", {"thảo"}) == "thảo");
  CHECK(closest_name("Thủ tuc", {"Thủ tục", "Thư ký"}) == "Thủ tục");
  CHECK(edit_distance("ờờ", "ởở") == 2);  // six bytes: two allowed
  CHECK(closest_name("ờờ", {"ởở"}) == std::nullopt);
  // Capitals beyond ASCII fold too: Caps Lock on a Vietnamese word.
  CHECK(closest_name("ĐẠT", {"kém", "đạt"}) == "đạt");
  CHECK(closest_name("KHÔG", {"có", "không"}) == "không");
  // An ASCII candidate is compared as it is, folded.
  CHECK(closest_name("MEMBRS", {"present", "members"}) == "members");
  // A byte that is no UTF-8 is one letter.
  CHECK(closest_name("kh\xFFng", {"có", "không"}) == "không");
  CHECK(co_phai_la("cò", {"có", "không"}) == "; có phải là 'có'?");
}

// closest_name cuts each comparison short once it is past the best so far:
// it must still find what comparing each in full finds. Random names of
// three letters (so that many are near), against a search without the cut.
TEST_CASE("closest_name finds what comparing every candidate in full finds") {
  std::uint32_t seed = 12345;
  auto next = [&seed](std::uint32_t below) {
    seed = seed * 1103515245U + 12345U;
    return (seed >> 16) % below;
  };
  auto word = [&] {
    std::string w(next(10), 'a');
    for (char& c : w) c = static_cast<char>('a' + next(3));
    return w;
  };
  for (int round = 0; round < 2000; ++round) {
    const std::string name = word();
    std::vector<std::string> candidates(next(12));
    for (std::string& c : candidates) c = word();
    const std::size_t limit = std::max<std::size_t>(1, name.size() / 3);
    std::optional<std::string> expected;
    std::size_t best = limit + 1;
    for (const std::string& c : candidates) {
      if (const std::size_t d = edit_distance(name, c); d < best) best = d, expected = c;
    }
    INFO(name);
    CHECK(closest_name(name, candidates) == expected);
  }
}

// The same with Vietnamese letters and capitals, against letter_distance of
// the names folded (a table worked out in full): the cut and the folding of
// each letter as it is compared find what folding the whole names finds.
TEST_CASE("closest_name on Vietnamese letters finds what folded names compared in full find") {
  const char* const letters[] = {"a", "á", "Á", "ạ", "b", "B", "đ", "Đ"};
  std::uint32_t seed = 777;
  auto next = [&seed](std::uint32_t below) {
    seed = seed * 1103515245U + 12345U;
    return (seed >> 16) % below;
  };
  auto word = [&] {
    std::string w;
    for (std::uint32_t n = next(9); n > 0; --n) w += letters[next(8)];
    return w;
  };
  for (int round = 0; round < 2000; ++round) {
    const std::string name = word();
    std::vector<std::string> candidates(next(12));
    for (std::string& c : candidates) c = word();
    std::optional<std::string> expected;
    for (const bool dashes : {false, true}) {
      const std::string ascii = chibo::ascii_id_of(name, dashes);
      if (!expected && !ascii.empty() &&
          std::find(candidates.begin(), candidates.end(), ascii) != candidates.end()) {
        expected = ascii;
      }
    }
    if (!expected) {
      const std::string folded = chibo::fold_case(name);
      std::size_t best = std::max<std::size_t>(1, chibo::letter_distance(name, "") / 3) + 1;
      for (const std::string& c : candidates) {
        const std::size_t d = chibo::letter_distance(folded, chibo::fold_case(c));
        if (d < best) best = d, expected = c;
      }
    }
    INFO(name);
    CHECK(closest_name(name, candidates) == expected);
  }
}

TEST_CASE("closest_name's most caps the edits a third of the letters allows") {
  CHECK(closest_name("không k", {"có", "không"}) == "không");  // 7 letters: two allowed
  CHECK(closest_name("không k", {"có", "không"}, 1) == std::nullopt);
  CHECK(closest_name("khôg", {"có", "không"}, 1) == "không");
  CHECK(co_phai_la("không k", {"có", "không"}, 1).empty());
}
