// Near ids: which listed cells the ids of a district's records that the
// units list lacks may have been typed for (UnlistedCells' hints).
//
// Rule: an id is near a listed one written the same but for capitals,
// dashes, dots, spaces and O for 0 ("cp-tt-01", "CPTT01", "CP-TT-O1 "); else,
// at 4 such characters or more, one slip away (a character dropped, added,
// changed, or two swapped), and within its own base committee (the segments
// before the last: "CP-TN" of "CP-TN-01") when that committee is one the list
// or another unlisted cell has. Two slips in an 8-character id reached other
// units' cells (CP-BP-01 for CP-TN-01); a committee the records name for
// several cells is one the list lacks, not a slip.
//
// The ids given are looked for in one pass over the list (find_near_ids):
// each id's forms with one character deleted are hashed, and a listed id
// shares one of them with every id one slip from it. The work is (listed +
// looked for) × id length, where comparing each with each was their
// product: a province's records against another province's list, 4,000 ×
// 4,000 cells, took 3.5 s of CPU, the nation's against it about 4 minutes.
// Memory is the ids looked for × their length (8 bytes a form): callers give
// them a block at a time.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "chibo/units.h"

namespace chibo {

// The id as compared: ASCII letters in capitals, O read as 0, without
// spaces, tabs, '-', '_', '.' and '/' (and the look-alikes below).
std::string id_key(std::string_view id);
// Whether id holds a dash or space that only looks like '-' or ' ' (an en
// dash or hyphen U+2010-2015, a minus U+2212, a no-break space: what Word
// and Excel put for them as one types), which id_key drops as it drops those.
bool has_typed_separator(std::string_view id);
// id_key of the segments before the last ("CPTN" of "CP-TN-01"); "" for an
// id of one segment. Segments are split at those separators, the id trimmed.
std::string id_committee_key(std::string_view id);
// At most one slip apart (as above), on bytes.
bool within_one_slip(std::string_view a, std::string_view b);

struct NearQuery {
  std::string_view id;  // the caller's, alive through find_near_ids
  // Look only among the listed cells of its own committee (when a slip
  // across committees is no slip: the committee is one the list, or
  // another unlisted cell, has).
  bool own_committee_only = false;
};

// For each query, the positions (in units.units, ascending) of the listed
// cells that hold meetings nearest to it by the rule above: those written
// the same if any, else those one slip away; empty when none is.
std::vector<std::vector<std::size_t>> find_near_ids(const Units& units,
                                                    const std::vector<NearQuery>& queries);

}  // namespace chibo
