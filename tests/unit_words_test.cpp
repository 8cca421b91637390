// The words of a units list (unit_words.cpp): levels and types found as a
// list kept in Vietnamese writes them, typed without accents too, and what
// is suggested for the words that are none.
#include <optional>
#include <string>

#include <catch2/catch.hpp>

#include "unit_words.h"

using chibo::level_words;
using chibo::loose_word;
using chibo::type_words;
using chibo::UnitKey;

TEST_CASE("loose_word: folded, without accents, spaces and '-' as one '_'") {
  CHECK(loose_word("Khu dân cư") == "khu_dan_cu");
  CHECK(loose_word("KHU  DÂN  CƯ") == "khu_dan_cu");
  CHECK(loose_word("khu dan cu") == "khu_dan_cu");
  CHECK(loose_word("Đảng bộ cơ sở") == "dang_bo_co_so");
  CHECK(loose_word("chi-bo") == "chi_bo");
  CHECK(loose_word("school_") == "school_");
}

TEST_CASE("levels and types are found by id, words, without accents, and other words") {
  struct Case {
    const char* text;
    std::optional<std::size_t> level, type;
  } cases[] = {
      {"chi_bo", 2, std::nullopt},
      {"Chi bộ", 2, std::nullopt},
      {"CHI BỘ", 2, std::nullopt},
      {"Chi bo", 2, std::nullopt},
      {"Chi  bộ", 2, std::nullopt},
      {"Chi bộ trực thuộc", 2, std::nullopt},
      {"chi bo truc thuoc", 2, std::nullopt},
      {"Dang bo co so", 0, std::nullopt},
      {"chi bo co so", 1, std::nullopt},
      {"Đảng bộ", std::nullopt, std::nullopt},
      {"Chi bộ xã", std::nullopt, std::nullopt},
      {"Khu dan cu", std::nullopt, 0},
      {"Thôn", std::nullopt, 0},
      {"xóm", std::nullopt, 0},
      {"To dan pho", std::nullopt, 0},
      {"armed forces", std::nullopt, 5},
      {"Luc luong vu trang", std::nullopt, 5},
      {"Trường  học", std::nullopt, 3},
      {"Cơ quan", std::nullopt, std::nullopt},
      {"school_", std::nullopt, std::nullopt},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(level_words().find(c.text) == c.level);
    CHECK(type_words().find(c.text) == c.type);
  }
}

TEST_CASE("a level or type that is none is offered the word it begins, or the nearest id") {
  CHECK(level_words().suggestion("Đảng bộ") == "; có phải là 'Đảng bộ cơ sở'?");
  CHECK(level_words().suggestion("dang bo") == "; có phải là 'Đảng bộ cơ sở'?");
  CHECK(type_words().suggestion("Cơ quan") == "; có phải là 'Cơ quan hành chính'?");
  CHECK(type_words().suggestion("Đơn vị") == "; có phải là 'Đơn vị sự nghiệp'?");
  CHECK(level_words().suggestion("chibo") == "; có phải là 'chi_bo'?");
  CHECK(type_words().suggestion("residental") == "; có phải là 'residential'?");
  // Typed with the Vietnamese keyboard off: the word its keys make.
  CHECK(type_words().suggestion("Khu daan cuw") ==
        "; có phải là 'Khu dân cư'? ('Khu daan cuw' là 'Khu dân cư' gõ kiểu Telex khi chưa bật bộ "
        "gõ tiếng Việt)");
  CHECK(level_words().suggestion("Chi bo65 co7 so73") ==
        "; có phải là 'Chi bộ cơ sở'? ('Chi bo65 co7 so73' là 'Chi bộ cơ sở' gõ kiểu VNI khi "
        "chưa bật bộ gõ tiếng Việt)");
  // A slip in a word without accents is no Telex: its keys make no word
  // with the list's accents.
  CHECK(type_words().suggestion("Khu dan cur").empty());
  CHECK(level_words().suggestion("Chi bộ xã").empty());
  CHECK(level_words().suggestion("CB").empty());
}

TEST_CASE("a Vietnamese header is read in any capitals, without accents, with two spaces") {
  CHECK(chibo::unit_key_of_words("Mã") == UnitKey::Id);
  CHECK(chibo::unit_key_of_words("ma") == UnitKey::Id);
  CHECK(chibo::unit_key_of_words("MA DON VI") == UnitKey::Id);
  CHECK(chibo::unit_key_of_words("Ten") == UnitKey::Name);
  CHECK(chibo::unit_key_of_words("loại  hình") == UnitKey::Type);
  CHECK(chibo::unit_key_of_words("Truc thuoc") == UnitKey::Parent);
  CHECK(chibo::unit_key_of_words("So dang vien") == UnitKey::Members);
  CHECK(chibo::unit_key_of_words("Tên chi bộ") == std::nullopt);
  CHECK(chibo::unit_key_of_words("STT") == std::nullopt);
  // Written with accents, they are meant: the party book's column is not the members'.
  CHECK(chibo::unit_key_of_words("Sổ đảng viên") == std::nullopt);
  CHECK(chibo::unit_key_of_words("Số  đảng-viên") == UnitKey::Members);
  CHECK(chibo::unit_key_of_words("Ma") == UnitKey::Id);
  CHECK(chibo::unit_key_of_words("Má") == std::nullopt);
  // Wrapped in its cell (Alt+Enter), or with a no-break space.
  CHECK(chibo::unit_key_of_words("Mã\r\nđơn vị") == UnitKey::Id);
  CHECK(chibo::unit_key_of_words("Số đảng\nviên") == UnitKey::Members);
  CHECK(chibo::unit_key_of_words("Trực\xC2\xA0thuộc") == UnitKey::Parent);
}

TEST_CASE("a header in other words is near a column, to be suggested, not read") {
  struct Case {
    const char* header;
    std::optional<UnitKey> near;
  } cases[] = {
      {"Tên chi bộ", UnitKey::Name},
      {"Mã ĐV", UnitKey::Id},
      {"Cấp tổ chức", UnitKey::Level},
      {"Loại hình chi bộ", UnitKey::Type},
      {"Đơn vị cấp trên", UnitKey::Parent},
      {"Cấp trên", UnitKey::Parent},
      {"Số lượng đảng viên", UnitKey::Members},
      {"Tổng số đảng viên", UnitKey::Members},
      {"Đảng viên", UnitKey::Members},
      {"STT", std::nullopt},
      {"Ghi chú", std::nullopt},
      {"Tên", std::nullopt},  // the column itself: read, not near
      {"Mãi", std::nullopt},
  };
  for (const Case& c : cases) {
    INFO(c.header);
    CHECK(chibo::unit_key_near_words(c.header) == c.near);
  }
}

TEST_CASE("a sheet's totals row is told by its words, whole, and its empty level and type") {
  struct Case {
    const char* id;
    const char* name;
    const char* level;
    const char* type;
    const char* parent;
    bool totals;
  } cases[] = {
      {"", "", "", "", "", true},
      {"Tổng cộng", "", "", "", "", true},
      {"", "Cộng:", "", "", "", true},
      {"", "TONG  CONG", "", "", "", true},
      {"Tổng số", "", "", "", "", true},
      {"", "Tổng công ty Sông Đà", "", "", "", false},
      {"CT", "Công ty", "", "", "", false},
      {"X", "", "", "", "", false},
      {"Tổng cộng", "", "Chi bộ", "", "", false},
      {"", "", "", "Khu dân cư", "", false},
      {"", "", "", "", "CP-TT", false},  // a unit half typed, not a sum
  };
  for (const Case& c : cases) {
    INFO(c.id << " | " << c.name);
    CHECK(chibo::is_totals_row(c.id, c.name, c.level, c.type, c.parent) == c.totals);
  }
}
