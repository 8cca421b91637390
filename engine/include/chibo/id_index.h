// IdIndex: the positions of a list's ids, by id. Open addressing over 4-byte
// positions, the ids read from the list itself through id_at(i) (a
// string_view): no id is copied. Hand-written because std::unordered_map keeps
// every entry in a node of its own (20 MB and a cache miss more a look-up for
// the national list of 281,000 units).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

#include "chibo/huge_pages.h"

namespace chibo {

class IdIndex {
 public:
  // Indexes the ids id_at(0 .. n-1); empty ids are left out. Of equal ids,
  // find() gives the first (linear probing: it sits earlier on the path).
  template <typename IdAt>
  void build(std::size_t n, IdAt id_at) {
    // At most half full: a look-up probes one or two slots.
    std::size_t size = 16;
    while (size < 2 * n) size *= 2;
    slots_.assign(size, 0u);
    mask_ = size - 1;
    for (std::size_t i = 0; i < n; ++i) {
      const std::string_view id = id_at(i);
      if (id.empty()) continue;
      std::size_t at = std::hash<std::string_view>()(id) & mask_;
      while (slots_[at] != 0) at = (at + 1) & mask_;
      slots_[at] = static_cast<std::uint32_t>(i + 1);
    }
  }

  // The first position whose id is id, among the n given to build (id_at
  // reads the same list); nullopt when there is none.
  template <typename IdAt>
  std::optional<std::size_t> find(std::string_view id, std::size_t n, IdAt id_at) const {
    if (slots_.empty()) return std::nullopt;
    for (std::size_t at = std::hash<std::string_view>()(id) & mask_; slots_[at] != 0;
         at = (at + 1) & mask_) {
      const std::size_t position = slots_[at] - 1;
      if (position < n && id_at(position) == id) return position;
    }
    return std::nullopt;
  }

 private:
  // A position + 1; 0: empty. A block of its own (on 2 MB pages when asked
  // for: huge_pages.h).
  HugeVector<std::uint32_t> slots_;
  std::size_t mask_ = 0;  // slots_.size() - 1 (a power of two)
};

}  // namespace chibo
