#include "chibo/huge_pages.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <string_view>

#if CHIBO_HUGE_BLOCKS_MAPPED
#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <mutex>
#include <vector>
#endif

namespace chibo {
namespace {

#if CHIBO_HUGE_BLOCKS_MAPPED
std::size_t page_bytes() {
  static const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  return page;
}

// bytes rounded up to whole pages of the system's size (what a mapping takes).
std::size_t mapped_bytes(std::size_t bytes) {
  const std::size_t page = page_bytes();
  return (bytes + page - 1) / page * page;
}

// The blocks BlockReuse keeps (a few at a time), made and freed on several
// threads (the units' halves, the roll-up's).
struct KeptBlock {
  char* at;
  std::size_t length;  // mapped
  std::size_t made;    // bytes of its pages in memory when it was freed
};
struct KeptBlocks {
  std::mutex mutex;
  int users = 0;      // BlockReuse objects alive
  int any_users = 0;  // of them, BlockReuse::Kept::Any ones
  std::vector<KeptBlock> blocks;
};
KeptBlocks& kept() {
  static KeptBlocks k;
  return k;
}

// The bytes of [at, at + length)'s pages in memory (mincore); length when
// it cannot tell, so the block is not kept.
std::size_t made_bytes(char* at, std::size_t length) {
  const std::size_t page = page_bytes();
  std::vector<unsigned char> in(length / page);
  if (::mincore(at, length, in.data()) != 0) return length;
  return page * static_cast<std::size_t>(std::count_if(
                    in.begin(), in.end(), [](unsigned char c) { return (c & 1) != 0; }));
}

// Keeps the block when BlockReuse is alive and at most half of it is made,
// or when a BlockReuse::Kept::Any is alive.
bool keep(char* at, std::size_t length) noexcept {
  KeptBlocks& k = kept();
  bool any = false;
  {
    const std::lock_guard<std::mutex> lock(k.mutex);
    if (k.users == 0) return false;
    any = k.any_users > 0;
  }
  try {
    const std::size_t made = made_bytes(at, length);
    if (made > length / 2 && !any) return false;
    const std::lock_guard<std::mutex> lock(k.mutex);
    if (k.users == 0) return false;
    k.blocks.push_back({at, length, made});
    return true;
  } catch (const std::bad_alloc&) {
    return false;
  }
}

// A kept block length fits in and whose pages made it has room for (any,
// while a BlockReuse::Kept::Any lives), carved to length (its end given
// back): the smallest such; nullptr when none is.
void* take_kept(std::size_t length) {
  KeptBlock taken{nullptr, 0, 0};
  {
    KeptBlocks& k = kept();
    const std::lock_guard<std::mutex> lock(k.mutex);
    auto best = k.blocks.end();
    for (auto it = k.blocks.begin(); it != k.blocks.end(); ++it) {
      if (it->length >= length && (it->made <= length || k.any_users > 0) &&
          (best == k.blocks.end() || it->length < best->length)) {
        best = it;
      }
    }
    if (best == k.blocks.end()) return nullptr;
    taken = *best;
    k.blocks.erase(best);
  }
  if (taken.length > length) ::munmap(taken.at + length, taken.length - length);
  return taken.at;
}
#endif

}  // namespace

bool huge_pages_asked() {
  const char* asked = std::getenv("CHIBO_HUGE_PAGES");
  return asked != nullptr && std::string_view(asked) == "1";
}

// Blocks past SIZE_MAX / 2 go to operator new, which refuses them (no
// address space has room; the length below would overflow).
void* allocate_on_huge_pages(std::size_t bytes) {
#if CHIBO_HUGE_BLOCKS_MAPPED
  if (bytes >= kHugePageBytes && bytes <= SIZE_MAX / 2) {
    // A mapping 2 MB longer than the block, then what lies before the first
    // 2 MB boundary in it and after the block given back.
    const std::size_t length = mapped_bytes(bytes);
    if (void* reused = take_kept(length)) return reused;
    void* raw = ::mmap(nullptr, length + kHugePageBytes, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) throw std::bad_alloc();
    const auto start = reinterpret_cast<std::uintptr_t>(raw);
    const std::uintptr_t at = (start + kHugePageBytes - 1) & ~(kHugePageBytes - 1);
    // NOLINTBEGIN(performance-no-int-to-ptr): aligning an mmap'd block to 2 MB
    // takes its address as a number and back; this runs a few hundred times a run.
    if (at > start) ::munmap(raw, at - start);
    const std::uintptr_t end = start + length + kHugePageBytes;
    if (end > at + length) ::munmap(reinterpret_cast<void*>(at + length), end - (at + length));
#if defined(MADV_HUGEPAGE)
    // A hint, asked for only (a refusal, no huge pages here, leaves the
    // memory as it was): looked up for each block, a few hundred a run.
    if (huge_pages_asked()) {
      (void)::madvise(reinterpret_cast<void*>(at), bytes & ~(kHugePageBytes - 1), MADV_HUGEPAGE);
    }
#endif
    return reinterpret_cast<void*>(at);
    // NOLINTEND(performance-no-int-to-ptr)
  }
#endif
  return ::operator new(bytes);
}

void free_on_huge_pages(void* at, std::size_t bytes) noexcept {
  if (at == nullptr) return;
#if CHIBO_HUGE_BLOCKS_MAPPED
  if (bytes >= kHugePageBytes && bytes <= SIZE_MAX / 2) {
    if (!keep(static_cast<char*>(at), mapped_bytes(bytes))) ::munmap(at, mapped_bytes(bytes));
    return;
  }
#else
  (void)bytes;
#endif
  ::operator delete(at);
}

BlockReuse::BlockReuse(Kept which) : any_(which == Kept::Any) {
#if CHIBO_HUGE_BLOCKS_MAPPED
  KeptBlocks& k = kept();
  const std::lock_guard<std::mutex> lock(k.mutex);
  ++k.users;
  if (any_) ++k.any_users;
#endif
}

BlockReuse::~BlockReuse() {
#if CHIBO_HUGE_BLOCKS_MAPPED
  std::vector<KeptBlock> blocks;
  {
    KeptBlocks& k = kept();
    const std::lock_guard<std::mutex> lock(k.mutex);
    --k.users;
    if (any_) --k.any_users;
    if (k.users == 0) {
      blocks.swap(k.blocks);
    } else if (any_ && k.any_users == 0) {
      // What only an Any keeps: the blocks more than half made.
      const auto mostly_made =
          std::stable_partition(k.blocks.begin(), k.blocks.end(),
                                [](const KeptBlock& b) { return b.made <= b.length / 2; });
      blocks.assign(mostly_made, k.blocks.end());
      k.blocks.erase(mostly_made, k.blocks.end());
    }
  }
  for (const KeptBlock& b : blocks) ::munmap(b.at, b.length);
#else
  (void)any_;
#endif
}

void make_written(void* at, std::size_t bytes) noexcept {
#if CHIBO_HUGE_BLOCKS_MAPPED
  if (bytes < kHugePageBytes) return;  // from operator new
  volatile char* const room = static_cast<char*>(at);
  const std::size_t page = page_bytes();
  for (std::size_t i = 0; i < bytes; i += page) room[i] = 0;
#else
  (void)at;
  (void)bytes;
#endif
}

bool make_ready(void* at, std::size_t bytes) noexcept {
#if CHIBO_HUGE_BLOCKS_MAPPED && defined(MADV_POPULATE_WRITE)
  // A kernel that does not know the request says EINVAL: not asked again.
  static std::atomic<bool> unknown{false};
  if (bytes == 0 || unknown.load(std::memory_order_relaxed)) return false;
  if (::madvise(at, bytes, MADV_POPULATE_WRITE) == 0) return true;
  if (errno == EINVAL) unknown.store(true, std::memory_order_relaxed);
  return false;
#else
  (void)at;
  (void)bytes;
  return false;
#endif
}

}  // namespace chibo
