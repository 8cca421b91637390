#include "chibo/huge_pages.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include <sys/mman.h>

#include <catch2/catch.hpp>

using chibo::HugeVector;
using chibo::kHugePageBytes;

namespace {

bool on_boundary(const void* at) {
  return reinterpret_cast<std::uintptr_t>(at) % kHugePageBytes == 0;
}

// The flags of the mapping that holds at, from /proc/self/smaps ("rd wr mr
// mw me ac hg": hg is MADV_HUGEPAGE); "" when none is found.
std::string mapping_flags(const void* at) {
  std::ifstream smaps("/proc/self/smaps");
  const auto address = reinterpret_cast<std::uintptr_t>(at);
  std::string line;
  bool inside = false;
  while (std::getline(smaps, line)) {
    std::uintptr_t from = 0, to = 0;
    char dash = 0;
    std::istringstream head(line);
    if (head >> std::hex >> from >> dash >> to && dash == '-') {
      inside = from <= address && address < to;
    } else if (inside && line.rfind("VmFlags:", 0) == 0) {
      return line.substr(8) + " ";
    }
  }
  return "";
}

}  // namespace

TEST_CASE("a large block is advised onto 2 MB pages only when asked for") {
  if (!chibo::kHugeBlocksMapped) return;
  const std::size_t bytes = std::size_t{4} << 20;
  for (const char* asked : {"", "0", "1"}) {
    INFO("CHIBO_HUGE_PAGES=" << asked);
    REQUIRE(::setenv("CHIBO_HUGE_PAGES", asked, 1) == 0);
    CHECK(chibo::huge_pages_asked() == (std::string(asked) == "1"));
    void* at = chibo::allocate_on_huge_pages(bytes);
    const std::string flags = mapping_flags(at);
    CHECK(flags.find(" rd ") != std::string::npos);  // the mapping was found
    CHECK((flags.find(" hg ") != std::string::npos) == (std::string(asked) == "1"));
    chibo::free_on_huge_pages(at, bytes);
  }
  REQUIRE(::unsetenv("CHIBO_HUGE_PAGES") == 0);
  CHECK_FALSE(chibo::huge_pages_asked());
}

TEST_CASE("a large block starts on a 2 MB boundary and keeps what is written") {
  // 2 MB, and sizes past it that are not a multiple of it: their last part
  // (less than 2 MB, on 4 KB pages) is memory too.
  for (std::size_t bytes : {kHugePageBytes, kHugePageBytes + 1, (std::size_t{8} << 20) + 12345}) {
    INFO(bytes);
    auto* at = static_cast<unsigned char*>(chibo::allocate_on_huge_pages(bytes));
    REQUIRE(at != nullptr);
    if (chibo::kHugeBlocksMapped) CHECK(on_boundary(at));
    for (std::size_t i = 0; i < bytes; ++i) at[i] = static_cast<unsigned char>(i * 7 + 1);
    std::size_t wrong = 0;
    for (std::size_t i = 0; i < bytes; ++i) {
      wrong += at[i] == static_cast<unsigned char>(i * 7 + 1) ? 0 : 1;
    }
    CHECK(wrong == 0);
    chibo::free_on_huge_pages(at, bytes);
  }
}

TEST_CASE("a small block is an ordinary one, and freeing nothing does nothing") {
  auto* at = static_cast<char*>(chibo::allocate_on_huge_pages(100));
  REQUIRE(at != nullptr);
  std::fill(at, at + 100, 'x');
  CHECK(at[99] == 'x');
  chibo::free_on_huge_pages(at, 100);
  chibo::free_on_huge_pages(nullptr, 0);
  chibo::free_on_huge_pages(nullptr, std::size_t{1} << 22);
}

// As the store, the units and the ranking use it: room made, then filled;
// grown past it (moved from one mapping to another); assigned; copied.
TEST_CASE("a vector on huge pages behaves as a vector") {
  const std::size_t n = ((std::size_t{5} << 20) + 7) / sizeof(std::uint64_t);
  HugeVector<std::uint64_t> v;
  v.reserve(n);
  if (chibo::kHugeBlocksMapped) CHECK(on_boundary(v.data()));
  for (std::size_t i = 0; i < n; ++i) v.push_back(i ^ 0x5555);
  for (std::size_t i = 0; i < n; ++i) v.push_back(i);  // past the room: moved
  REQUIRE(v.size() == 2 * n);
  if (chibo::kHugeBlocksMapped) CHECK(on_boundary(v.data()));
  std::size_t wrong = 0;
  for (std::size_t i = 0; i < n; ++i) wrong += v[i] == (i ^ 0x5555) && v[n + i] == i ? 0 : 1;
  CHECK(wrong == 0);

  const HugeVector<std::uint64_t> copy = v;
  CHECK(copy == v);
  for (std::size_t count : {std::size_t{0}, std::size_t{3}, n}) {
    INFO(count);
    v.assign(count, 42);
    REQUIRE(v.size() == count);
    CHECK(std::count(v.begin(), v.end(), std::uint64_t{42}) == static_cast<std::ptrdiff_t>(count));
  }
  v.shrink_to_fit();
  CHECK(std::accumulate(copy.begin(), copy.begin() + 4, std::uint64_t{0}) ==
        (0 ^ 0x5555) + (1 ^ 0x5555) + (2 ^ 0x5555) + (3 ^ 0x5555));
}

// Only where blocks are mappings: AddressSanitizer stops the program on such
// a request instead of throwing.
TEST_CASE("a block too large for the address space is refused, not made") {
  if (!chibo::kHugeBlocksMapped) return;
  HugeVector<std::uint64_t> v;
  CHECK_THROWS_AS(v.reserve(v.max_size()), std::bad_alloc);
}

namespace {

// How many of the 4 KB pages of [at, at + bytes) (at on a page boundary) are in memory.
std::size_t pages_in_memory(const unsigned char* at, std::size_t bytes) {
  std::vector<unsigned char> in((bytes + 4095) / 4096);
  if (::mincore(const_cast<unsigned char*>(at), bytes, in.data()) != 0) return SIZE_MAX;
  return static_cast<std::size_t>(
      std::count_if(in.begin(), in.end(), [](unsigned char c) { return c & 1; }));
}

// A block of bytes from allocate_on_huge_pages, its first write bytes written 0xAB.
unsigned char* written(std::size_t bytes, std::size_t write) {
  auto* at = static_cast<unsigned char*>(chibo::allocate_on_huge_pages(bytes));
  std::fill(at, at + write, static_cast<unsigned char>(0xAB));
  return at;
}

// Whether [at, at + bytes) reads as zeros (fresh memory).
bool zeroed(const unsigned char* at, std::size_t bytes) {
  return std::count(at, at + bytes, 0) == static_cast<std::ptrdiff_t>(bytes);
}
}  // namespace

TEST_CASE("a vector filled a step at a time has its next part made ready, and no more") {
  if (!chibo::kHugeBlocksMapped) return;
  constexpr std::size_t kPart = chibo::kReadyAheadBytes;
  constexpr std::size_t kPages = kPart / 4096;
  HugeVector<unsigned char> v;
  v.reserve(8 * kPart);
  const auto* at = v.data();
  REQUIRE(pages_in_memory(at, 8 * kPart) == 0);  // room, not memory, until written
  // Probed on memory of its own: a kernel before Linux 5.14 makes nothing.
  auto* probe = static_cast<unsigned char*>(chibo::allocate_on_huge_pages(kHugePageBytes));
  const bool made = chibo::make_ready(probe, 4096);
  CHECK(pages_in_memory(probe, kHugePageBytes) == (made ? 1 : 0));
  chibo::free_on_huge_pages(probe, kHugePageBytes);
  if (!made) {
    WARN("this kernel cannot make memory ready (MADV_POPULATE_WRITE): nothing to see");
    return;
  }
  for (std::size_t i = 0; i < kPart; ++i) {
    v.push_back(static_cast<unsigned char>(i));
    chibo::ready_ahead(v);
  }
  // The first part written; the second made ready by the first byte written.
  CHECK(pages_in_memory(at, 2 * kPart) == 2 * kPages);
  CHECK(pages_in_memory(at + 2 * kPart, 6 * kPart) == 0);
  v.push_back(1);  // into the second part: the third is made ready
  chibo::ready_ahead(v);
  CHECK(pages_in_memory(at + 2 * kPart, kPart) == kPages);
  CHECK(pages_in_memory(at + 3 * kPart, 5 * kPart) == 0);
  REQUIRE(v.data() == at);
  // Made ready is not written: what was written reads back, the rest is zero.
  std::size_t wrong = 0;
  for (std::size_t i = 0; i < kPart; ++i) wrong += v[i] == static_cast<unsigned char>(i) ? 0 : 1;
  CHECK(wrong == 0);
  CHECK(std::count(at + 2 * kPart, at + 3 * kPart, 0) == static_cast<std::ptrdiff_t>(kPart));
  // Filled to its room: nothing is made past it.
  while (v.size() < v.capacity()) {
    v.push_back(2);
    chibo::ready_ahead(v);
  }
  CHECK(v.data() == at);
  CHECK(pages_in_memory(at, 8 * kPart) == 8 * kPages);
}

TEST_CASE("a vector's whole room is made ready at once, for a fill that follows") {
  if (!chibo::kHugeBlocksMapped) return;
  HugeVector<std::uint64_t> v;
  v.reserve((std::size_t{3} << 20) / sizeof(std::uint64_t));
  chibo::ready_all(v);
  const auto* at = reinterpret_cast<const unsigned char*>(v.data());
  const std::size_t in_memory = pages_in_memory(at, std::size_t{3} << 20);
  CHECK((in_memory == 0 || in_memory == (std::size_t{3} << 20) / 4096));
  v.resize(v.capacity(), 7);
  CHECK(std::count(v.begin(), v.end(), std::uint64_t{7}) == static_cast<std::ptrdiff_t>(v.size()));
  // A small block (from the heap, on no boundary of its own) is left alone.
  HugeVector<std::uint64_t> small;
  small.reserve(100);
  chibo::ready_all(small);
  small.assign(100, 1);
  CHECK(small.size() == 100);
}

// While a BlockReuse lives, a block freed with at most half its pages made
// is carved for a later one that has room for them: the same addresses,
// what was written still there (kept blocks are not zeroed), its pages in
// memory. A block mostly made, or one asked for with less room than the
// pages made, is not: fresh memory, zeroed. Once the last BlockReuse ends,
// nothing is kept.
TEST_CASE("a block freed while blocks are reused is carved for a later one that fits") {
  if (!chibo::kHugeBlocksMapped) return;
  constexpr std::size_t kMiB = std::size_t{1} << 20;
  {
    const chibo::BlockReuse reuse;
    unsigned char* first = written(8 * kMiB, kMiB);  // an eighth made: kept
    chibo::free_on_huge_pages(first, 8 * kMiB);
    auto* again = static_cast<unsigned char*>(chibo::allocate_on_huge_pages(4 * kMiB));
    CHECK(again == first);
    CHECK(std::count(again, again + kMiB, 0xAB) == static_cast<std::ptrdiff_t>(kMiB));
    CHECK(pages_in_memory(again, kMiB) == kMiB / 4096);
    chibo::free_on_huge_pages(again, 4 * kMiB);
  }
  {
    const chibo::BlockReuse reuse;
    unsigned char* most = written(4 * kMiB, 3 * kMiB);  // mostly made: given back
    chibo::free_on_huge_pages(most, 4 * kMiB);
    auto* next = static_cast<unsigned char*>(chibo::allocate_on_huge_pages(4 * kMiB));
    CHECK(zeroed(next, 4 * kMiB));
    chibo::free_on_huge_pages(next, 4 * kMiB);
  }
  {
    const chibo::BlockReuse reuse;
    unsigned char* large = written(8 * kMiB, 3 * kMiB);  // kept, 3 MB made
    chibo::free_on_huge_pages(large, 8 * kMiB);
    auto* small = static_cast<unsigned char*>(chibo::allocate_on_huge_pages(2 * kMiB));
    CHECK(zeroed(small, 2 * kMiB));  // no room for the 3 MB made: fresh
    chibo::free_on_huge_pages(small, 2 * kMiB);
  }
  {
    const chibo::BlockReuse reuse;
    unsigned char* eight = written(8 * kMiB, kMiB);
    unsigned char* four = written(4 * kMiB, kMiB);
    chibo::free_on_huge_pages(eight, 8 * kMiB);
    chibo::free_on_huge_pages(four, 4 * kMiB);
    auto* fits = static_cast<unsigned char*>(chibo::allocate_on_huge_pages(3 * kMiB));
    CHECK(fits == four);  // the smallest that fits
    chibo::free_on_huge_pages(fits, 3 * kMiB);
    unsigned char* last = written(8 * kMiB, kMiB);
    CHECK(last == eight);
    chibo::free_on_huge_pages(last, 8 * kMiB);
  }
  // Given back when the last BlockReuse ended: a block now is fresh.
  auto* after = static_cast<unsigned char*>(chibo::allocate_on_huge_pages(8 * kMiB));
  CHECK(zeroed(after, 8 * kMiB));
  chibo::free_on_huge_pages(after, 8 * kMiB);
}

// While a BlockReuse::Kept::Any lives, a block freed whole made is kept
// too, and carved for any later one that fits (the sorts' entries from the
// store); when it ends, with a BlockReuse of the other kind still alive,
// the mostly made blocks it kept are given back and the others stay.
TEST_CASE("a block freed made while any block is reused is carved for a smaller one") {
  if (!chibo::kHugeBlocksMapped) return;
  constexpr std::size_t kMiB = std::size_t{1} << 20;
  {
    const chibo::BlockReuse any(chibo::BlockReuse::Kept::Any);
    unsigned char* made = written(8 * kMiB, 8 * kMiB);  // all made: kept all the same
    chibo::free_on_huge_pages(made, 8 * kMiB);
    auto* carved = static_cast<unsigned char*>(chibo::allocate_on_huge_pages(3 * kMiB));
    CHECK(carved == made);
    CHECK(pages_in_memory(carved, 3 * kMiB) == 3 * kMiB / 4096);
    CHECK(std::count(carved, carved + 3 * kMiB, 0xAB) == static_cast<std::ptrdiff_t>(3 * kMiB));
    chibo::free_on_huge_pages(carved, 3 * kMiB);
  }
  {
    const chibo::BlockReuse rows;  // the units' rows', alive across the Any
    unsigned char* half = nullptr;
    {
      const chibo::BlockReuse any(chibo::BlockReuse::Kept::Any);
      unsigned char* made = written(4 * kMiB, 4 * kMiB);
      half = written(8 * kMiB, kMiB);
      chibo::free_on_huge_pages(made, 4 * kMiB);
      chibo::free_on_huge_pages(half, 8 * kMiB);
    }
    // The half-made one stays, carved for a block of 4 MB; the made one,
    // which has room for just that, was given back: a second is fresh.
    auto* next = static_cast<unsigned char*>(chibo::allocate_on_huge_pages(4 * kMiB));
    CHECK(next == half);
    auto* fresh = static_cast<unsigned char*>(chibo::allocate_on_huge_pages(4 * kMiB));
    CHECK(zeroed(fresh, 4 * kMiB));
    chibo::free_on_huge_pages(next, 4 * kMiB);
    chibo::free_on_huge_pages(fresh, 4 * kMiB);
  }
}

// make_written writes a byte in each page of a block's room: every page is
// then in memory, and reads as zeros (a fresh block's). A heap block (under
// 2 MB) is left alone.
TEST_CASE("a block's room written ahead has every page in memory, and reads as zeros") {
  if (!chibo::kHugeBlocksMapped) return;
  constexpr std::size_t kBytes = std::size_t{3} << 20;
  auto* at = static_cast<unsigned char*>(chibo::allocate_on_huge_pages(kBytes));
  REQUIRE(pages_in_memory(at, kBytes) == 0);
  chibo::make_written(at, kBytes);
  CHECK(pages_in_memory(at, kBytes) == kBytes / 4096);
  CHECK(std::count(at, at + kBytes, 0) == static_cast<std::ptrdiff_t>(kBytes));
  chibo::free_on_huge_pages(at, kBytes);
  std::vector<unsigned char> small(4096, 7);
  chibo::make_written(small.data(), small.size());
  CHECK(std::count(small.begin(), small.end(), 7) == 4096);
}
