#include "chibo/kept_texts.h"

#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

using chibo::KeptTexts;

TEST_CASE("kept texts are copies, one after another in the room reserved") {
  KeptTexts texts;
  texts.reserve(13);
  std::string made = "Chi bộ 1";  // 10 bytes ("ộ" is 3)
  const std::string_view first = texts.keep(made);
  made = "something else, long enough to leave the string's own room";
  const std::string_view second = texts.keep("abc");
  CHECK(first == "Chi bộ 1");
  CHECK(second == "abc");
  // Together they fill the 13 bytes reserved, in order.
  CHECK(second.data() == first.data() + first.size());
  CHECK(texts.keep("").empty());
}

TEST_CASE("kept texts grow past the room reserved, or without one, and move with their owner") {
  for (std::size_t room : {std::size_t{0}, std::size_t{5}, std::size_t{3} << 20}) {
    INFO(room);
    KeptTexts texts;
    texts.reserve(room);
    std::vector<std::string_view> kept;
    for (int i = 0; i < 20000; ++i) kept.push_back(texts.keep("Chi bộ số " + std::to_string(i)));
    KeptTexts moved = std::move(texts);
    kept.push_back(moved.keep("sau khi chuyển"));
    CHECK(kept[0] == "Chi bộ số 0");
    CHECK(kept[19999] == "Chi bộ số 19999");
    CHECK(kept[20000] == "sau khi chuyển");
  }
}

TEST_CASE("a reserve after texts were kept leaves them where they are") {
  KeptTexts texts;
  const std::string_view first = texts.keep("Đảng bộ xã");
  texts.reserve(1 << 20);
  CHECK(texts.keep("Chi bộ xóm 1") == "Chi bộ xóm 1");
  CHECK(first == "Đảng bộ xã");
}
