// Where a yaml-cpp mark is in the text, as people count: lines from 1, and
// columns in characters (yaml-cpp counts bytes).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/mark.h>

#include "chibo/diagnostic.h"

namespace chibo {

// Where the line holding byte pos begins.
std::size_t line_start(std::string_view text, std::size_t pos);

// The column at byte to, counting code points on from column at byte from
// (on one line, from <= to).
int column_after(std::string_view text, std::size_t from, std::size_t to, int column);

// Where byte offset of text is, text starting at start (an expression's,
// at its place in the file): from the last of pieces (text_pieces) at or
// before it, else from start; lines counted at its line breaks, columns in
// characters (a start without a column keeps none until a line break).
Location location_after(std::string_view text, std::size_t offset, Location start,
                        const std::vector<TextPiece>& pieces = {});

// Where value, the text of the scalar yaml-cpp read at mark, is in text
// (the file's), when it is no copy of the file from where it starts: a
// block (| or >), whose lines are indented; a text over lines, folded (a
// line break read as a space, the next line's indentation dropped); a
// quoted one with escapes ('' "\"). A piece from the first letter of each
// line of the value, and after each escape. Empty when value is the file's
// bytes from its start on (the text on one line, nothing escaped): nearly
// every scalar, found by one comparison.
std::vector<TextPiece> text_pieces(std::string_view text, const YAML::Mark& mark,
                                   std::string_view value);

// yaml-cpp counts columns in bytes; people (and editors) count characters:
// "label: Tốt, when: x" has 'when' at column 13, not 15. The column is
// recounted in code points from the start of the mark's line.
Location location_in(std::string_view text, const std::string& file, const YAML::Mark& mark);

// The byte at mark, or 0 when the mark is not in text.
char char_at(std::string_view text, const YAML::Mark& mark);

// The column a block scalar's text starts at (| or > at byte indicator):
// the indentation of the first line after the indicator's that holds
// something, plus 1 (YAML takes a block's indentation from that line; of an
// empty block, that line is the next key's); 0 when no line holds anything.
int block_text_column(std::string_view text, std::size_t indicator);

// An empty value ("-" alone on its line, "extends:" with nothing after it)
// is marked by yaml-cpp at the next token, a line or more on (past the
// file's end for its last item): where its own '-' or ':' is, the end of
// the nearest line above that is not blank or a comment. None for a written
// null (~, null), or a next token on the mark's line after something else.
std::optional<Location> empty_value_location(std::string_view text, const std::string& file,
                                             const YAML::Mark& mark);

}  // namespace chibo
