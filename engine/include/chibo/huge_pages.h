// Large tables that are filled once and then read all over (the store's
// meetings, the ranked cells, the units and their indexes) are blocks of
// their own, on a 2 MB boundary; on 2 MB pages only when asked for
// (CHIBO_HUGE_PAGES=1 in the environment).
#pragma once

#include <algorithm>
#include <cstddef>
#include <new>
#include <utility>
#include <vector>

namespace chibo {

// Blocks of at least this many bytes are made on 2 MB pages.
inline constexpr std::size_t kHugePageBytes = std::size_t{1} << 21;

// Whether such blocks are mappings of their own, on a 2 MB boundary: on
// Linux, except under AddressSanitizer, which finds overruns only in memory
// from its own allocator (operator new makes them then).
#if defined(__SANITIZE_ADDRESS__)
#define CHIBO_HUGE_BLOCKS_MAPPED 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CHIBO_HUGE_BLOCKS_MAPPED 0
#endif
#endif
#if !defined(CHIBO_HUGE_BLOCKS_MAPPED)
#if defined(__linux__)
#define CHIBO_HUGE_BLOCKS_MAPPED 1
#else
#define CHIBO_HUGE_BLOCKS_MAPPED 0
#endif
#endif
inline constexpr bool kHugeBlocksMapped = CHIBO_HUGE_BLOCKS_MAPPED;

// bytes of memory, never null (std::bad_alloc when there is none). A block of
// kHugePageBytes or more starts on a 2 MB boundary (kHugeBlocksMapped),
// and, when huge_pages_asked(), its whole 2 MB pages are advised onto huge
// pages (madvise MADV_HUGEPAGE, honoured when transparent huge pages are
// "always" or "madvise"); its last part, less than 2 MB, stays on 4 KB
// pages, so no page is made beyond what is written. Smaller blocks come
// from operator new, as do all when !kHugeBlocksMapped.
// Not asked for by default: on this kind of virtual machine a 2 MB page is
// most often one the host took back (the guest's balloon driver hands free
// memory back to it), and zeroing it cost more than 512 small pages taken from memory
// the guest kept: the national rank by year, started after a few idle
// seconds, 4.69-5.08 s with the advice and 3.35-3.65 s without (alternated,
// 4 December 22:55; README "Performance" has the history both ways).
void* allocate_on_huge_pages(std::size_t bytes);
// Whether CHIBO_HUGE_PAGES is "1": large blocks are advised onto 2 MB pages.
bool huge_pages_asked();
// Frees a block allocate_on_huge_pages made with the same bytes (or, while
// a BlockReuse lives, may keep it for another).
void free_on_huge_pages(void* at, std::size_t bytes) noexcept;

// While one lives, a mapped block (kHugeBlocksMapped, 2 MB or more) that is
// freed with no more than half its pages made (a table's room reserved
// larger than its use: the units' rows) is kept, and a later block asked for
// that fits in it and has room for at least its pages made is carved from
// it, at the same addresses (the rest given back), its pages made already.
// On this kind of virtual machine the first write to a fresh 4 KB page costs
// 6-12 µs even once made ready (the host maps it for the process then; no
// fault counted in the guest); a page written before costs nothing more.
// The pages made bound what a carved block can hold that its new use would
// not have made, and a block mostly made (a table filled whole) is given
// back at once: the peak stays. The last to end gives back every block
// still kept. Kept blocks are not zeroed: a HugeVector writes every element
// it makes. `rank` keeps them from the units list to the end of the roll-up
// (the rows' room: the store's values, the ranked cells).
// Kept::Any keeps every freed block, made or not, and carves from any that
// fits: for a short span in which each block asked for is written whole
// (`rank`'s sorts' entries and ids, carved from the store just freed: 21 MB
// of fresh pages at national scale, whose first writes took 30 ms of the
// one thread then busy). The blocks kept more than half made are given
// back when the last Any ends.
class BlockReuse {
 public:
  enum class Kept { HalfMade, Any };
  explicit BlockReuse(Kept which = Kept::HalfMade);
  ~BlockReuse();
  BlockReuse(const BlockReuse&) = delete;
  BlockReuse& operator=(const BlockReuse&) = delete;

 private:
  bool any_ = false;
};

// Makes the memory of [at, at + bytes), part of a block allocate_on_huge_pages
// mapped (at on a 4 KB page boundary), ready to be written, in one call
// (madvise MADV_POPULATE_WRITE, Linux 5.14 and later): what writing it would
// have done a page at a time, each page a fault. On this kind of virtual
// machine a fault costs about 10 µs, half of it the fault itself (200 MB
// written page by page 0.53 s, made ready 2 MB at a time 0.28 s). A kernel
// without it, or a refusal, leaves the pages to be made as they are
// written. Changes nothing that is read. Returns whether the memory was made.
bool make_ready(void* at, std::size_t bytes) noexcept;

// Writes a byte in each page of [at, at + bytes), room of a mapped block
// (kHugeBlocksMapped, bytes >= kHugePageBytes; else nothing) that holds no
// object yet: the first write's cost (BlockReuse above) paid by a thread
// with nothing else to do, before the one that fills the room (the units'
// 27 MB for the national list: 76-82 ms of a 100 ms loop).
void make_written(void* at, std::size_t bytes) noexcept;

// Frees a block of allocate_on_huge_pages: the deleter of a std::unique_ptr
// that owns one.
struct FreeOnHugePages {
  std::size_t bytes = 0;  // the block's, as made
  void operator()(void* at) const noexcept { free_on_huge_pages(at, bytes); }
};

// An allocator for containers of such tables: HugeVector below.
template <typename T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) noexcept {}  // NOLINT: rebinding is implicit
  T* allocate(std::size_t n) {
    if (n > static_cast<std::size_t>(-1) / sizeof(T)) throw std::bad_array_new_length();
    return static_cast<T*>(allocate_on_huge_pages(n * sizeof(T)));
  }
  void deallocate(T* at, std::size_t n) noexcept { free_on_huge_pages(at, n * sizeof(T)); }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const noexcept {
    return true;
  }
};

// A vector whose storage, once 2 MB or more, is on 2 MB pages.
template <typename T>
using HugeVector = std::vector<T, HugePageAllocator<T>>;

// How far ahead of what is written ready_ahead makes memory ready: far
// enough that one call makes 128 pages, near enough that the national rank's
// peak grows by 2 MB (its five tables filled this way, readied 2 MB ahead,
// grew it by 7 MB, to 246 of its 256).
inline constexpr std::size_t kReadyAheadBytes = std::size_t{1} << 19;

// Called as a block of allocate_on_huge_pages of room bytes, at block, is
// filled from its start a step at a time, after the step that took its
// written bytes from before to after: when that wrote into a new part of
// kReadyAheadBytes, the next part is made ready (make_ready). The memory
// made is at most kReadyAheadBytes beyond what is written, and none beyond
// room.
inline void ready_ahead(void* block, std::size_t room, std::size_t before, std::size_t after) {
  if constexpr (kHugeBlocksMapped) {
    // Most steps: within the part the last one wrote in (the first step
    // writes into part 0 and makes part 1 ready).
    if (after == 0 ||
        (before > 0 && (before - 1) / kReadyAheadBytes == (after - 1) / kReadyAheadBytes)) {
      return;
    }
    const std::size_t next = ((after - 1) / kReadyAheadBytes + 1) * kReadyAheadBytes;
    // A smaller block is not a mapping of its own, nor on a page boundary.
    if (room < kHugePageBytes || next >= room) return;
    make_ready(static_cast<char*>(block) + next, std::min(kReadyAheadBytes, room - next));
  }
}

// The same for a vector filled a step at a time, called after each
// v.push_back.
template <typename T>
void ready_ahead(HugeVector<T>& v) {
  const std::size_t end = v.size() * sizeof(T);
  ready_ahead(v.data(), v.capacity() * sizeof(T), end - sizeof(T), end);
}

// v.push_back(value), then ready_ahead: how the store's meetings and values,
// the units' rows and the key tables are filled.
template <typename T, typename U>
void push_back_ready(HugeVector<T>& v, U&& value) {
  v.push_back(std::forward<U>(value));
  ready_ahead(v);
}

// Makes the whole of v's room ready, for a fill that follows at once.
template <typename T>
void ready_all(HugeVector<T>& v) {
  if constexpr (kHugeBlocksMapped) {
    const std::size_t room = v.capacity() * sizeof(T);
    if (room >= kHugePageBytes) make_ready(v.data(), room);
  }
}

// v.resize(n) of an empty v, its room made ready first (ready_all): a table
// filled at once (the ranked cells, the sorts' entries).
template <typename T>
void resize_ready(HugeVector<T>& v, std::size_t n) {
  v.reserve(n);
  ready_all(v);
  v.resize(n);
}

// The same as v.assign(n, value) of an empty v (the store's chains).
template <typename T>
void assign_ready(HugeVector<T>& v, std::size_t n, const T& value) {
  v.reserve(n);
  ready_all(v);
  v.assign(n, value);
}

}  // namespace chibo
