#include "huge_pages.h"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace chibo {

void prefer_huge_pages(void* at, std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t kHuge = std::uintptr_t(1) << 21;
  const auto start = reinterpret_cast<std::uintptr_t>(at);
  if (at == nullptr || bytes < kHuge || start > UINTPTR_MAX - bytes) return;
  const std::uintptr_t begin = (start + kHuge - 1) & ~(kHuge - 1);
  const std::uintptr_t end = (start + bytes) & ~(kHuge - 1);
  if (end > begin) {
    // A hint: an error (no huge pages here) leaves the memory as it was.
    (void)::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
  }
#else
  (void)at;
  (void)bytes;
#endif
}

}  // namespace chibo
