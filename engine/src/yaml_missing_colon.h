// A key's ':' left out ("date 2018-12-14"). yaml-cpp reads that line and the
// next as one text and stops at the next line's ':', saying "illegal map
// value" there: the line to mend is the one above. Hand-written: a look at
// the lines above yaml-cpp's mark, which yaml-cpp does not take.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace chibo {

struct MissingColon {
  int line = 0;     // from 1: the line without its ':'
  int column = 0;   // from 1: where its key starts
  std::string key;  // its first word
  std::string fix;  // the line as it should be: "date: 2018-12-14" (long ones "key: ...")
  // The line above is a key with its text on it: this line may go on with
  // that text instead (then it wants indenting).
  bool may_go_on = false;
  // The ':' is there but no space after it ("members:27"): one text to YAML.
  bool no_space = false;
  // The text's last line (but for blank and comment lines): no line after it
  // was read as part of it (missing_colon_at_end).
  bool at_end = false;
};

// When yaml-cpp's "illegal map value" at byte pos of text is the next line
// of a key's line without ':': that line. It is taken to be a key's line
// when it is plain text (no quote or bracket; a list item's "- " before it
// is passed over) starting with an id, has the error line's indentation
// (or is that id alone over a deeper line), and the line above it lets a
// key stand there (opens a map with "key:" or "- ", is a key of the same
// map, ends a deeper block, or is none at column 1); blank and comment
// lines are passed over. Else none (the message stays yaml-cpp's, in
// plainer words). So is a key's line whose ':' has no space after it
// ("members:27", no_space), with plain text after it.
std::optional<MissingColon> missing_colon(std::string_view text, std::size_t pos);

// The text's last line (but for blank and comment lines), when it is a
// key's line without its ':' as above, under a key of its map: yaml-cpp
// takes it for a key with no value ("members 12" is a key 'members 12'),
// or, with a comment after it, says the map has no end. Never a list's
// item ("- b", a list of texts) or a line of a block text ("note: |").
std::optional<MissingColon> missing_colon_at_end(std::string_view text);

}  // namespace chibo
