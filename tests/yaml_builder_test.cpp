// The Doc tree built from yaml-cpp's events: anchors and aliases, a
// top-level list's items handed on as each is read. (Syntax, places and the
// reader's checks of the text: yaml_reader_test.cpp; keys and the merge key:
// yaml_keys_test.cpp.)
#include "yaml_builder.h"

#include <catch2/catch.hpp>

#include "ruleset_fixture.h"
#include "yaml_location.h"

using namespace chibo;
using namespace chibo::lint_testing;

namespace {

Lines built_errors(const std::string& text) {
  Diagnostics diags;
  build_doc(text, "f.yaml", diags, nullptr, Language::English);
  Lines out;
  for (const Diagnostic& d : diags.items()) out.push_back(format_diagnostic(d));
  return out;
}

}  // namespace

TEST_CASE("a top-level list's items are handed on as each is read, and not kept", "[yaml]") {
  Diagnostics diags;
  std::vector<DocNode> items;
  const DocItemSink keep = [&items](DocNode& item, std::vector<Diagnostic>&) {
    items.push_back(item);
  };
  DocNode doc = build_doc("- {a: 1}\n- &x {b: 2}\n- *x\n- [1, [2]]\n- ~\n", "f.yaml", diags, &keep,
                          Language::English);
  CHECK(diags.items().empty());
  // The list itself comes back empty: its items went to the sink, in order.
  CHECK(doc.is_seq());
  CHECK(doc.items.empty());
  REQUIRE(items.size() == 5);
  CHECK(items[0].find("a")->scalar == "1");
  // An alias to an item handed on is a copy of it, where it was written.
  CHECK(items[2].find("b")->scalar == "2");
  CHECK(items[2].where.line == 2);
  // Lists inside an item stay in it.
  CHECK(items[3].items.size() == 2);
  CHECK(items[3].items[1].items.size() == 1);
  CHECK(items[4].is_null());
  // A document that is no list is kept whole; nothing is handed on.
  items.clear();
  doc = build_doc("a: [1, 2]\n", "f.yaml", diags, &keep, Language::English);
  CHECK(items.empty());
  CHECK(doc.find("a")->items.size() == 2);
}

TEST_CASE("with TopMap::Item a top-level map is handed on as one item, with its faults", "[yaml]") {
  Diagnostics diags;
  std::vector<DocNode> items;
  std::vector<std::string> said;
  const DocItemSink keep = [&](DocNode& item, std::vector<Diagnostic>& faults) {
    items.push_back(item);
    for (const Diagnostic& d : faults) said.push_back(format_diagnostic(d));
  };
  DocNode doc =
      build_doc("a: 1\nb: 2\na: 3\n", "f.yaml", diags, &keep, Language::Vietnamese, TopMap::Item);
  // Its fault is the item's, taken out of the file's.
  CHECK(diags.items().empty());
  CHECK(said == std::vector<std::string>{
                    "f.yaml:3:1: error: khóa 'a' xuất hiện hai lần (lần đầu ở dòng 1)"});
  CHECK(doc.is_seq());
  CHECK(doc.items.empty());
  REQUIRE(items.size() == 1);
  CHECK(items[0].find("b")->scalar == "2");
  CHECK(items[0].where.line == 1);
  // A list's items as before; a text, or no reader, kept as the document.
  items.clear();
  doc =
      build_doc("- {a: 1}\n- {a: 2}\n", "f.yaml", diags, &keep, Language::Vietnamese, TopMap::Item);
  CHECK(items.size() == 2);
  items.clear();
  doc = build_doc("just text\n", "f.yaml", diags, &keep, Language::Vietnamese, TopMap::Item);
  CHECK(items.empty());
  CHECK(doc.scalar == "just text");
  doc = build_doc("a: 1\n", "f.yaml", diags, nullptr, Language::Vietnamese, TopMap::Item);
  CHECK(doc.find("a")->scalar == "1");
  CHECK(diags.items().empty());
}

TEST_CASE("a fault in an anchored map is said once, however often it is aliased", "[yaml]") {
  CHECK(built_errors("a: &a {x: 1, x: 2}\nb: *a\nc: *a\n") ==
        Lines{"f.yaml:1:14: error: duplicate key 'x' (first written on line 1)"});
  // A key that is a list, and the anchors inside it, are not read.
  CHECK(built_errors("? [a, &z b]\n: 1\nc: 2\n") ==
        Lines{"f.yaml:1:3: error: a key must be a plain name, not a list or map"});
  // An alias as a key is the text it names.
  Diagnostics diags;
  DocNode doc = build_doc("&k key: 1\nother: *k\n", "f.yaml", diags, nullptr, Language::English);
  CHECK(doc.find("other")->scalar == "key");
}

// yaml-cpp marks an empty value at the next token, a line or more on (past
// the file's end for a last item): it is said at its own '-' or ':', comment
// and blank lines passed over; a written null keeps its own place.
TEST_CASE("an empty value is placed at its '-' or ':', not at the next line", "[yaml]") {
  Diagnostics diags;
  std::vector<DocNode> items;
  const DocItemSink keep = [&items](DocNode& item, std::vector<Diagnostic>&) {
    items.push_back(item);
  };
  build_doc("- a: 1\n-\n\n# note\n- b: 2\n- ~\n-\n\n", "f.yaml", diags, &keep, Language::English);
  REQUIRE(items.size() == 5);
  CHECK(items[1].is_null());
  CHECK(items[1].where.line == 2);
  CHECK(items[1].where.column == 1);
  CHECK(items[3].where.line == 6);  // ~, where it is written
  CHECK(items[3].where.column == 3);
  CHECK(items[4].where.line == 7);  // the last, before the file's end
  const DocNode doc = build_doc("extends:\nid: a\n", "f.yaml", diags, nullptr, Language::English);
  REQUIRE(doc.find("extends"));
  CHECK(doc.find("extends")->where.line == 1);
  CHECK(doc.find("extends")->where.column == 8);
}

// yaml-cpp reads \N and \_ as the single bytes 0x85 and 0xA0, not UTF-8
// (jbeder/yaml-cpp#803): a label written "Tốt\_lắm" was no UTF-8, and passed
// no check of its characters (a control character, a no-break space).
TEST_CASE(
    "the next-line and no-break space escapes are their characters in UTF-8, in values and keys",
    "[yaml]") {
  Diagnostics diags;
  const DocNode doc =
      build_doc("a: \"x\\Ny\\_z\"\n\"k\\_\": \"\\_\\N\\_é\\N\"\nb: \"\\x85\\xA0\"\n", "f.yaml",
                diags, nullptr, Language::English);
  CHECK(diags.items().empty());
  REQUIRE(doc.find("a"));
  CHECK(doc.find("a")->scalar == "x\u0085y\u00A0z");
  REQUIRE(doc.find("k\u00A0"));
  CHECK(doc.find("k\u00A0")->scalar == "\u00A0\u0085\u00A0é\u0085");
  // As \x85 and \xA0 were already.
  CHECK(doc.find("b")->scalar == "\u0085\u00A0");
  // Placed in the file as the escapes they were written as: 'z' at 1:11.
  REQUIRE_FALSE(doc.find("a")->pieces.empty());
  CHECK(location_after(doc.find("a")->scalar, doc.find("a")->scalar.find('z'),
                       doc.find("a")->text_where(), doc.find("a")->pieces)
            .column == 11);
}
