#include "huge_pages.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include <catch2/catch.hpp>

using chibo::prefer_huge_pages;

TEST_CASE("asking for huge pages keeps what is written, before and after") {
  // 8 MB and a bit, not 2 MB-aligned: the hint covers the whole 2 MB pages
  // inside. A wrong advice (one that frees the pages) would zero the data.
  const std::size_t n = (std::size_t{8} << 20) + 12345;
  std::vector<std::uint32_t> before(n / sizeof(std::uint32_t));
  for (std::size_t i = 0; i < before.size(); ++i) before[i] = static_cast<std::uint32_t>(i * 7 + 1);
  prefer_huge_pages(before.data(), before.size() * sizeof(std::uint32_t));
  std::size_t wrong = 0;
  for (std::size_t i = 0; i < before.size(); ++i) {
    wrong += before[i] == static_cast<std::uint32_t>(i * 7 + 1) ? 0 : 1;
  }
  CHECK(wrong == 0);

  // As the store and the ranking use it: room made, the hint, then filled.
  std::vector<std::uint64_t> after;
  after.reserve(n / sizeof(std::uint64_t));
  prefer_huge_pages(after.data(), after.capacity() * sizeof(std::uint64_t));
  for (std::size_t i = 0; i < after.capacity(); ++i) after.push_back(i ^ 0x5555);
  wrong = 0;
  for (std::size_t i = 0; i < after.size(); ++i) wrong += after[i] == (i ^ 0x5555) ? 0 : 1;
  CHECK(wrong == 0);
  CHECK(after.size() == n / sizeof(std::uint64_t));
}

TEST_CASE("asking for huge pages over nothing, or less than one, does nothing") {
  prefer_huge_pages(nullptr, 0);
  prefer_huge_pages(nullptr, std::size_t{1} << 22);
  std::vector<char> small(4096, 'x');
  prefer_huge_pages(small.data(), small.size());
  prefer_huge_pages(small.data() + 1, 0);
  CHECK(small[0] == 'x');
  CHECK(small[4095] == 'x');
  // A range that would wrap around the address space is refused, not computed.
  prefer_huge_pages(reinterpret_cast<void*>(UINTPTR_MAX - 100), std::size_t{1} << 22);
}

// assign_on_huge_pages is assign: n copies of the value, whatever the vector
// held before (more, fewer, none), large or small.
TEST_CASE("a table assigned on huge pages holds n copies of the value") {
  for (std::size_t n : {std::size_t{0}, std::size_t{3}, (std::size_t{5} << 20) + 7}) {
    for (std::size_t before : {std::size_t{0}, std::size_t{10}, std::size_t{6} << 20}) {
      INFO(n << " after " << before);
      std::vector<std::uint64_t> v(before, 42);
      chibo::assign_on_huge_pages(v, n, std::uint64_t{0x5555});
      REQUIRE(v.size() == n);
      CHECK(std::count(v.begin(), v.end(), std::uint64_t{0x5555}) ==
            static_cast<std::ptrdiff_t>(n));
    }
  }
}
