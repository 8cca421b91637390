#include "chibo/huge_pages.h"

#include <cstdint>
#include <cstdlib>
#include <new>
#include <string_view>

#if CHIBO_HUGE_BLOCKS_MAPPED
#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#endif

namespace chibo {
namespace {

#if CHIBO_HUGE_BLOCKS_MAPPED
// bytes rounded up to whole pages of the system's size (what a mapping takes).
std::size_t mapped_bytes(std::size_t bytes) {
  static const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  return (bytes + page - 1) / page * page;
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
    ::munmap(at, mapped_bytes(bytes));
    return;
  }
#else
  (void)bytes;
#endif
  ::operator delete(at);
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
