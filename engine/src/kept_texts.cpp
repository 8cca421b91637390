#include "chibo/kept_texts.h"

#include <cstring>
#include <new>

namespace chibo {

void KeptTexts::reserve(std::size_t bytes) {
  if (bytes == 0 || resource_) return;  // texts kept already stay where they are
  try {
    room_ = {static_cast<char*>(allocate_on_huge_pages(bytes)), FreeOnHugePages{bytes}};
  } catch (const std::bad_alloc&) {
    return;
  }
  resource_ = std::make_unique<std::pmr::monotonic_buffer_resource>(room_.get(), bytes);
}

std::string_view KeptTexts::keep(std::string_view text) {
  if (text.empty()) return {};
  // Without reserve(): blocks from the heap, 64 KB first, growing.
  if (!resource_) resource_ = std::make_unique<std::pmr::monotonic_buffer_resource>(1 << 16);
  auto* at = static_cast<char*>(resource_->allocate(text.size(), 1));
  std::memcpy(at, text.data(), text.size());
  // In reserve()'s room (the resource hands it out from its start): made
  // ready ahead of its writing.
  if (room_ && at >= room_.get() && at < room_.get() + room_.get_deleter().bytes) {
    const auto end = static_cast<std::size_t>(at - room_.get()) + text.size();
    ready_ahead(room_.get(), room_.get_deleter().bytes, end - text.size(), end);
  }
  return {at, text.size()};
}

}  // namespace chibo
