// KeptTexts: copies of short texts kept one after another in blocks one
// owner holds, handed out as views that live as long as it (and move with it).
// What a units file's rows (units_rows.h) and a units list's names
// (Units::keep) are kept in: a heap string each was a heap piece for every
// text longer than 15 bytes (the national list: 268,851 names, 3,150 page
// faults and 13 MB).
#pragma once

#include <cstddef>
#include <memory>
#include <memory_resource>
#include <string_view>

#include "chibo/huge_pages.h"

namespace chibo {

class KeptTexts {
 public:
  // Room for this many bytes in one block (allocate_on_huge_pages: no page
  // touched until written). Only before the first keep(); nothing when
  // the system refuses it (the texts then grow as they come).
  void reserve(std::size_t bytes);
  // A copy of text, valid as long as this (or what it is moved into).
  std::string_view keep(std::string_view text);

 private:
  // The room reserve() made, before the resource that hands it out (so freed
  // after it); the resource behind a pointer, so that it moves.
  std::unique_ptr<char[], FreeOnHugePages> room_;
  std::unique_ptr<std::pmr::monotonic_buffer_resource> resource_;
};

}  // namespace chibo
