// Reads YAML text into a Doc tree (doc.h): checks the text, has yaml_builder.h
// build the tree, and words yaml-cpp's syntax errors.
#pragma once

#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

#include "chibo/diagnostic.h"
#include "doc.h"

namespace chibo {

// Called with each item of a document's top-level list as it is read, and
// the item's own faults (a key written twice in it, a key that is a list):
// taken out of the file's, so that the item alone is refused for them, not
// the file with its thousands of other items.
using DocItemSink = std::function<void(DocNode& item, std::vector<Diagnostic>& faults)>;

// What a top-level map is, read with a DocItemSink: the document (a units
// list's, which must be a list: said by its reader), or an item handed on
// as a list's are (one meeting written without '- ': a key twice in it
// refuses the meeting, read and counted, not the file).
enum class TopMap { Document, Item };

// Syntax errors, duplicate keys and invalid UTF-8 become diagnostics at
// file:line:col; nullopt if the text is not usable YAML. Scalars are
// normalised to Unicode NFC. With each_item, a top-level list's items are
// handed to it as each is read, and not kept: the list comes back empty, and
// memory holds one item at a time, not the file's (a records file of
// thousands of meetings). Handed on before the whole file is read: the
// caller keeps what it needs of each until this returns a document.
// Messages are in language: English for rulesets, Vietnamese for the records
// and units lists office staff write (yaml-cpp's rarer syntax messages stay
// in its English words).
std::optional<DocNode> read_yaml(std::string_view text, const std::string& file, Diagnostics& diags,
                                 const DocItemSink* each_item = nullptr,
                                 Language language = Language::English,
                                 TopMap top_map = TopMap::Document);

// Reads a whole file; a missing or unreadable file is one diagnostic.
std::optional<DocNode> read_yaml_file(const std::string& path, Diagnostics& diags);

// Reads a whole stream into out, up to limits().max_file_bytes; false (with
// file_too_large's error) when it is larger. A text in UTF-16 (with its
// byte-order mark) is given as UTF-8 (utf16.h).
bool read_limited(std::istream& in, const std::string& name, std::string& out, Diagnostics& diags,
                  Language language = Language::English);
// The same without the message.
bool read_at_most(std::istream& in, std::size_t limit, std::string& out);
// The error for file name, larger than limits().max_file_bytes.
void file_too_large(const std::string& name, Diagnostics& diags, Language language);

}  // namespace chibo
