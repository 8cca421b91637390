// The note after a district run's accounting lines on the cells its records
// name that the units list does not have: each of their records was refused
// with its own line, which for a base committee left out of the list is a
// hundred lines and more; the note says at a glance which cells they are,
// which listed cell each may be (UnlistedCells::hint: known only once every
// record is read, so said here, not on the records' lines) and what to do.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "chibo/unlisted_cells.h"

namespace chibo::cli {

// Names at most this many cells, then "và N chi bộ khác".
inline constexpr std::size_t kUnlistedNamedAtMost = 10;

// Nothing when cells is empty. units_file: the list's name, as the records'
// lines say it. Named first are the cells offered a listed cell, then those
// near one, then the rest, each by id. listed_named: the listed units some
// record named; records_read: every record read. When the list looks wrong
// (units_list_looks_wrong), a warning line after the note says so.
void say_unlisted_cells(std::vector<UnlistedCells::Cell> cells, const std::string& units_file,
                        std::int64_t listed_named, std::int64_t records_read, std::ostream& err);

}  // namespace chibo::cli
