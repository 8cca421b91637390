// write_yaml: a Doc tree written back as YAML (`chibo resolve`), keys in
// their order, a text quoted where it was, and read back as the same tree.
#include "yaml_writer.h"

#include <string>

#include <catch2/catch.hpp>

#include "doc_fixture.h"

using namespace chibo;
using namespace chibo::testing;

namespace {

// The tree as one line: kinds, keys in order, texts; places left out (a
// written file has its own), and quotes (a block comes back quoted).
std::string shape(const DocNode& n) {
  switch (n.kind) {
    case DocNode::Kind::Null:
      return "~";
    case DocNode::Kind::Scalar:
      return "'" + n.scalar + "'";
    case DocNode::Kind::Seq: {
      std::string out = "[";
      for (const DocNode& item : n.items) out += shape(item) + ",";
      return out + "]";
    }
    case DocNode::Kind::Map: {
      std::string out = "{";
      for (const DocEntry& e : n.entries) out += e.key + ":" + shape(e.value) + ",";
      return out + "}";
    }
  }
  return "?";
}

}  // namespace

TEST_CASE("write_yaml: block style, two spaces, keys in their order", "[yaml_writer]") {
  CHECK(write_yaml(parse_doc("id: x\nlabel: Tốt lắm\nlist: [a, \"b c\", {k: 1}]\nnested:\n"
                             "  m: {p: \"yes\", q: ~, r: '', s:}\nempty: []\nemap: {}\n")) ==
        "id: x\n"
        "label: Tốt lắm\n"
        "list:\n"
        "  - a\n"
        "  - \"b c\"\n"
        "  - k: 1\n"
        "nested:\n"
        "  m:\n"
        "    p: \"yes\"\n"
        "    q: ~\n"
        "    r: \"\"\n"
        "    s: ~\n"
        "empty:\n"
        "  []\n"
        "emap:\n"
        "  {}\n");
  CHECK(write_yaml(parse_doc("z: 1\na: 2\nm: 3\n")) == "z: 1\na: 2\nm: 3\n");
  CHECK(write_yaml(parse_doc("- 1\n- [2]\n")) == "- 1\n-\n  - 2\n");
}

TEST_CASE("write_yaml: a text that needs quotes gets them, a quoted one keeps them",
          "[yaml_writer]") {
  // Written quoted: quoted again, even where it would need none.
  CHECK(write_yaml(parse_doc("a: \"x\"\nb: 'y'\n")) == "a: \"x\"\nb: \"y\"\n");
  // A block's lines, a text holding ': ', a key that is no plain word.
  CHECK(write_yaml(parse_doc("a: |\n  one\n  two: x\n\"k: 1\": 2\n")) ==
        "a: \"one\\ntwo: x\\n\"\n\"k: 1\": 2\n");
}

TEST_CASE("write_yaml: read back, the same tree", "[yaml_writer]") {
  const std::string texts[] = {
      "id: x\nlabel: Tốt lắm\nlist: [a, \"b c\", {k: 1}]\nnested:\n  m: {p: \"yes\", q: ~}\n",
      "a: |\n  one\n  two: x\nb: >\n  folded\n  text\nc: \"tab\\there\"\nd: '#not a comment'\n",
      "a: \"- x\"\nb: \"*x\"\nc: \"&y\"\nd: \"[x]\"\ne: \"x # y\"\nf: \"@x\"\ng: \"%x\"\n",
      "\"k: 1\": 2\n\"- k\": 3\n\"\": 4\n",
      // U+0085, U+00A0, U+2028: no byte of them lost or changed.
      "a: \"x\\Ny\\_z\\Lw\"\nb: \"\\x85\"\n",
      "- []\n- {}\n- ~\n- [[a]]\n",
  };
  for (const std::string& text : texts) {
    INFO(text);
    const DocNode doc = parse_doc(text);
    const std::string written = write_yaml(doc);
    INFO(written);
    CHECK(shape(parse_doc(written)) == shape(doc));
  }
}
