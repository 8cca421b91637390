// A workbook's parts unpacked one at a time, each within its bound.
#include "xlsx_archive.h"

#include <string>

#include <catch2/catch.hpp>

#include "xlsx_fixture.h"

using chibo::XlsxArchive;
using chibo::testing::zip_parts;

namespace {

// Counts the elements of a part.
struct Count : chibo::XmlReader {
  int elements = 0;
  void on_start(std::string_view, const char**) override { ++elements; }
};

}  // namespace

TEST_CASE("a part unpacked, or why not") {
  const std::string book =
      zip_parts({{"a.xml", "<a><b/><b/></a>"}, {"big.xml", std::string(5000, ' ')}});
  std::string why;
  XlsxArchive zip(book, why);
  REQUIRE(zip.ok());
  CHECK(zip.part("a.xml", 100, true, why) == "<a><b/><b/></a>");
  CHECK(zip.unpacked() == 15);
  CHECK(zip.part("none.xml", 100, false, why) == "");  // not needed: nothing
  CHECK_FALSE(zip.part("none.xml", 100, true, why));
  CHECK(why == "thiếu phần 'none.xml' của sổ tính");
  CHECK_FALSE(zip.part("big.xml", 4999, true, why));
  CHECK(why == "phần 'big.xml' giải nén ra hơn 4.999 byte (giới hạn max_file_bytes)");
  CHECK(zip.unpacked() == 15 + 5000);  // a part refused: as far as it went
  Count count;
  CHECK(zip.parse("a.xml", 100, true, count, why));
  CHECK(count.elements == 3);
  Count none;
  CHECK(zip.parse("none.xml", 100, false, none, why));  // not there, not needed: read as empty
  CHECK(none.elements == 0);
  CHECK_FALSE(zip.parse("big.xml", 1 << 20, true, none, why));
  CHECK(why == "phần 'big.xml' hỏng (no element found, dòng 1)");
}

TEST_CASE("bytes that are no zip are said to be no workbook") {
  std::string why;
  XlsxArchive zip("id;name\n", why);
  CHECK_FALSE(zip.ok());
  CHECK(why == "tệp không phải tệp nén .xlsx, hoặc đã hỏng hay bị cắt ngắn");
}
