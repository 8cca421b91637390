// Doc: the plain tree a YAML document is read into; finding, setting and
// erasing keys in file order, where a scalar's text starts, the kinds'
// names for messages, and a number cut at a decimal comma told apart.
#include "doc.h"

#include <string>

#include <catch2/catch.hpp>

using namespace chibo;

namespace {

DocNode scalar(std::string text, Location where) {
  DocNode n;
  n.kind = DocNode::Kind::Scalar;
  n.scalar = std::move(text);
  n.where = std::move(where);
  return n;
}

DocNode map_of(std::initializer_list<std::pair<const char*, DocNode>> entries) {
  DocNode m;
  m.kind = DocNode::Kind::Map;
  int line = 1;
  for (const auto& [key, value] : entries) m.set(key, {"f.yaml", line++, 1}, value);
  return m;
}

std::string keys(const DocNode& map) {
  std::string out;
  for (const DocEntry& e : map.entries) {
    if (!out.empty()) out += ',';
    out += e.key;
  }
  return out;
}

}  // namespace

TEST_CASE("DocNode: find and entry by key, nullptr when absent or not a map", "[doc]") {
  DocNode m = map_of({{"a", scalar("1", {"f.yaml", 1, 4})}, {"b", scalar("2", {"f.yaml", 2, 4})}});
  const DocNode& cm = m;
  REQUIRE(cm.find("b") != nullptr);
  CHECK(cm.find("b")->scalar == "2");
  CHECK(cm.find("c") == nullptr);
  CHECK(cm.find("") == nullptr);
  REQUIRE(cm.entry("a") != nullptr);
  CHECK(cm.entry("a")->key_where.line == 1);
  CHECK(&cm.entry("a")->value == cm.find("a"));
  // The non-const find gives the same node, to change it in place.
  m.find("a")->kind = DocNode::Kind::Null;
  CHECK(cm.find("a")->is_null());
  CHECK(m.find("nope") == nullptr);
  // A scalar or a list has no keys.
  const DocNode s = scalar("a", {});
  CHECK(s.find("a") == nullptr);
  CHECK(s.entry("a") == nullptr);
}

TEST_CASE("DocNode::set replaces a key in place, keeping its place, or appends it", "[doc]") {
  DocNode m = map_of({{"a", scalar("1", {})}, {"b", scalar("2", {})}, {"c", scalar("3", {})}});
  m.set("b", {"child.yaml", 9, 1}, scalar("20", {"child.yaml", 9, 4}));
  CHECK(keys(m) == "a,b,c");
  CHECK(m.find("b")->scalar == "20");
  CHECK(m.find("b")->where.file == "child.yaml");
  // The key stays where the base wrote it.
  CHECK(m.entry("b")->key_where.file == "f.yaml");
  CHECK(m.entry("b")->key_where.line == 2);
  m.set("d", {"child.yaml", 10, 1}, scalar("4", {}));
  CHECK(keys(m) == "a,b,c,d");
  CHECK(m.entry("d")->key_where.line == 10);
}

TEST_CASE("DocNode::erase takes a key out, and is nothing for an absent one", "[doc]") {
  DocNode m = map_of({{"a", scalar("1", {})}, {"b", scalar("2", {})}, {"c", scalar("3", {})}});
  m.erase("b");
  CHECK(keys(m) == "a,c");
  m.erase("b");
  m.erase("zz");
  CHECK(keys(m) == "a,c");
  m.erase("a");
  m.erase("c");
  CHECK(m.entries.empty());
  CHECK(m.is_map());
}

TEST_CASE("DocNode::text_where: after an opening quote, a block's on the next line", "[doc]") {
  DocNode plain = scalar("x", {"f.yaml", 3, 7});
  CHECK(plain.text_where().line == 3);
  CHECK(plain.text_where().column == 7);
  DocNode quoted = plain;
  quoted.quoted = true;
  CHECK(quoted.text_where().line == 3);
  CHECK(quoted.text_where().column == 8);
  CHECK(quoted.text_where().file == "f.yaml");
  // A place with no column stays without one: not column 1.
  DocNode unknown = scalar("x", {"f.yaml", 3, 0});
  unknown.quoted = true;
  CHECK(unknown.text_where().column == 0);
  DocNode block = plain;
  block.block = true;
  block.block_column = 3;
  CHECK(block.text_where().line == 4);
  CHECK(block.text_where().column == 3);
  // A block is never also quoted, but if so the block's rule holds.
  block.quoted = true;
  CHECK(block.text_where().column == 3);
}

TEST_CASE("doc_kind_name: each kind in English and in Vietnamese", "[doc]") {
  using K = DocNode::Kind;
  CHECK(std::string(doc_kind_name(K::Null)) == "nothing");
  CHECK(std::string(doc_kind_name(K::Scalar)) == "a single value");
  CHECK(std::string(doc_kind_name(K::Map)) == "a map of keys");
  CHECK(std::string(doc_kind_name(K::Seq, Language::English)) == "a list");
  CHECK(std::string(doc_kind_name(K::Null, Language::Vietnamese)) == "một mục trống");
  CHECK(std::string(doc_kind_name(K::Scalar, Language::Vietnamese)) == "một giá trị đơn");
  CHECK(std::string(doc_kind_name(K::Map, Language::Vietnamese)) == "một bảng khóa: giá trị");
  CHECK(std::string(doc_kind_name(K::Seq, Language::Vietnamese)) == "một danh sách");
}

TEST_CASE("split_at_decimal_comma: digits with no value right after a whole number", "[doc]") {
  // {points: 7,5}: points is 7 at 1:10, key 5 with no value at 1:12.
  const auto entry = [](const std::string& key, int column, DocNode value) {
    return DocEntry{key, {"f.yaml", 1, column}, std::move(value)};
  };
  const DocEntry points = entry("points", 2, scalar("7", {"f.yaml", 1, 10}));
  const DocEntry five = entry("5", 12, DocNode{});
  CHECK(split_at_decimal_comma(points, five));
  CHECK(split_at_decimal_comma(entry("points", 2, scalar("-12", {"f.yaml", 1, 10})), five));
  CHECK(split_at_decimal_comma(points, entry("05", 12, DocNode{})));

  // The key has a value, or is no digits.
  CHECK_FALSE(split_at_decimal_comma(points, entry("5", 12, scalar("1", {"f.yaml", 1, 15}))));
  CHECK_FALSE(split_at_decimal_comma(points, entry("5a", 12, DocNode{})));
  CHECK_FALSE(split_at_decimal_comma(points, entry("", 12, DocNode{})));
  // The key is on another line than the number.
  CHECK_FALSE(split_at_decimal_comma(points, DocEntry{"5", {"f.yaml", 2, 1}, DocNode{}}));
  // The value before is no whole number written plainly.
  CHECK_FALSE(split_at_decimal_comma(entry("points", 2, scalar("7.5", {"f.yaml", 1, 10})), five));
  CHECK_FALSE(split_at_decimal_comma(entry("points", 2, scalar("-", {"f.yaml", 1, 10})), five));
  CHECK_FALSE(split_at_decimal_comma(entry("points", 2, scalar("", {"f.yaml", 1, 10})), five));
  CHECK_FALSE(split_at_decimal_comma(entry("points", 2, scalar("x", {"f.yaml", 1, 10})), five));
  DocNode quoted = scalar("7", {"f.yaml", 1, 10});
  quoted.quoted = true;
  CHECK_FALSE(split_at_decimal_comma(entry("points", 2, quoted), five));
  DocNode block = scalar("7", {"f.yaml", 1, 10});
  block.block = true;
  CHECK_FALSE(split_at_decimal_comma(entry("points", 2, block), five));
  CHECK_FALSE(split_at_decimal_comma(entry("points", 2, DocNode{}), five));
}
