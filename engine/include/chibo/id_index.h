// IdIndex: the positions of a list's ids, by id. Open addressing over slots
// of a position and a tag (32 more bits of the id's hash), the ids read from
// the list itself through id_at(i) (a string_view): no id is copied, and an id
// is compared only where the tags agree. Hand-written because
// std::unordered_map keeps every entry in a node of its own (20 MB and a cache
// miss more a look-up for the national list of 281,000 units).
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
  // Indexes the ids id_at(0 .. n-1); empty ids are left out, and of equal ids
  // the first only. seen(i, first) is called for each i with an id, first
  // the first position with that id (i itself when it is new): the units
  // checker's repeated ids, found in the same pass (a second pass of look-ups
  // took as long as the building, 45 ms for the national list).
  template <typename IdAt, typename Seen>
  void build(std::size_t n, IdAt id_at, Seen seen) {
    // At most two thirds full: a look-up probes one or two slots.
    std::size_t size = 16;
    while (size < n + n / 2) size *= 2;
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (std::size_t i = 0; i < n; ++i) {
      const std::string_view id = id_at(i);
      if (id.empty()) continue;
      const std::size_t hash = std::hash<std::string_view>()(id);
      const std::uint32_t tag = tag_of(hash);
      std::size_t at = hash & mask_;
      for (; slots_[at].position != 0; at = (at + 1) & mask_) {
        if (slots_[at].tag == tag && id_at(slots_[at].position - 1) == id) break;
      }
      if (slots_[at].position == 0) {
        slots_[at] = {static_cast<std::uint32_t>(i + 1), tag};
        seen(i, i);
      } else {
        seen(i, std::size_t{slots_[at].position} - 1);
      }
    }
  }
  template <typename IdAt>
  void build(std::size_t n, IdAt id_at) {
    build(n, id_at, [](std::size_t, std::size_t) {});
  }

  // The first position whose id is id, among the n given to build (id_at
  // reads the same list); nullopt when there is none.
  template <typename IdAt>
  std::optional<std::size_t> find(std::string_view id, std::size_t n, IdAt id_at) const {
    if (slots_.empty()) return std::nullopt;
    const std::size_t hash = std::hash<std::string_view>()(id);
    const std::uint32_t tag = tag_of(hash);
    for (std::size_t at = hash & mask_; slots_[at].position != 0; at = (at + 1) & mask_) {
      if (slots_[at].tag != tag) continue;
      const std::size_t position = slots_[at].position - 1;
      if (position < n && id_at(position) == id) return position;
    }
    return std::nullopt;
  }

 private:
  struct Slot {
    std::uint32_t position = 0;  // + 1; 0: empty
    std::uint32_t tag = 0;
  };
  // The hash's high bits: its low ones choose the slot.
  static std::uint32_t tag_of(std::size_t hash) {
    return static_cast<std::uint32_t>(static_cast<std::uint64_t>(hash) >> 32);
  }

  // A block of its own (on 2 MB pages when asked for: huge_pages.h).
  HugeVector<Slot> slots_;
  std::size_t mask_ = 0;  // slots_.size() - 1 (a power of two)
};

}  // namespace chibo
