#include "chibo/id_index.h"

#include "huge_pages.h"

namespace chibo {

void IdIndex::empty_slots(std::size_t size) { assign_on_huge_pages(slots_, size, 0u); }

}  // namespace chibo
