// A map's keys as the Doc tree's builder reads them: plain names written
// once, keys that are no name refused, and YAML's merge key. (Through
// build_doc, as a file is read; then each function alone, in both
// languages.)
#include "yaml_keys.h"

#include <catch2/catch.hpp>

#include "doc_fixture.h"
#include "yaml_builder.h"

using namespace chibo;
using namespace chibo::testing;

namespace {

Lines built_errors(const std::string& text) {
  Diagnostics diags;
  build_doc(text, "f.yaml", diags, nullptr, Language::English);
  return diagnostic_lines(diags);
}

Location at(int line, int column) { return {"f.yaml", line, column}; }

// A map whose entries are key=value (each value a text).
DocNode map_of(const std::vector<std::pair<std::string, std::string>>& entries, int line) {
  DocNode map;
  map.kind = DocNode::Kind::Map;
  map.where = at(line, 1);
  for (const auto& [key, value] : entries) {
    DocNode v;
    v.kind = DocNode::Kind::Scalar;
    v.scalar = value;
    v.where = at(line, 10);
    map.entries.push_back({key, at(line, 5), v});
  }
  return map;
}

}  // namespace

TEST_CASE("'<<: *name' merges a map's keys, the map's own keys winning", "[yaml]") {
  Diagnostics diags;
  DocNode doc = build_doc(
      "base: &b {x: 1, y: 2, z: 3}\n"
      "other: &o {y: 20, w: 40}\n"
      "one: {y: 9, <<: *b}\n"
      "two:\n  <<: [*o, *b]\n  x: 7\n"
      "quoted: {'<<': 5}\n",
      "f.yaml", diags, nullptr, Language::English);
  CHECK(diags.items().empty());
  auto keys = [](const DocNode& map) {
    std::string out;
    for (const DocEntry& e : map.entries) out += e.key + "=" + e.value.scalar + " ";
    return out;
  };
  // Its own y, written before the merge, wins; merged keys keep the base's order, and are
  // placed at the '<<' (a fault in one is this map's), their values where they are written.
  CHECK(keys(*doc.find("one")) == "y=9 x=1 z=3 ");
  CHECK(doc.find("one")->entry("x")->key_where.line == 3);
  CHECK(doc.find("one")->entry("x")->value.where.line == 1);
  // A list: its first map's keys win over the next's.
  CHECK(keys(*doc.find("two")) == "x=7 y=20 w=40 z=3 ");
  // A quoted '<<' is a key like any other.
  CHECK(keys(*doc.find("quoted")) == "<<=5 ");
  // A map merged into itself is nested without end: the limit says so, once.
  CHECK(built_errors("x: &a\n  y: 1\n  z:\n    <<: *a\n") ==
        Lines{"f.yaml:1:4: error: lists and maps are nested more than 64 deep (limit "
              "max_yaml_depth)"});
  // A second '<<' in one map is a duplicate, as any key written twice.
  CHECK(built_errors("a: &a {x: 1}\nb: &b {y: 2}\nc:\n  <<: *a\n  <<: *b\n") ==
        Lines{"f.yaml:5:3: error: duplicate key '<<' (first written on line 4): merge several "
              "maps with <<: [*a, *b]"});
  CHECK(built_errors("a: {<<: 5}\n") ==
        Lines{"f.yaml:1:5: error: '<<' merges the keys of a map written elsewhere (<<: *name, "
              "after &name on that map), or of a list of them"});
}

TEST_CASE("take_key keeps a name for its value, and refuses one written twice", "[yaml]") {
  MapKeys keys;
  Diagnostics diags;
  take_key(keys, "a", at(1, 1), false, diags, Language::English);
  CHECK(keys.have_key);
  CHECK_FALSE(keys.skip_value);
  CHECK_FALSE(keys.merging);
  CHECK(keys.key == "a");
  CHECK(keys.key_where.line == 1);
  keys.have_key = false;  // its value built
  take_key(keys, "a", at(3, 1), false, diags, Language::English);
  CHECK(keys.skip_value);
  take_key(keys, "a", at(4, 1), false, diags, Language::Vietnamese);
  CHECK(diagnostic_lines(diags) ==
        Lines{"f.yaml:3:1: error: duplicate key 'a' (first written on line 1)",
              "f.yaml:4:1: error: khóa 'a' xuất hiện hai lần (lần đầu ở dòng 1)"});
  // A key taken after one refused has its value built.
  take_key(keys, "b", at(5, 1), false, diags, Language::English);
  CHECK_FALSE(keys.skip_value);
  CHECK(keys.key == "b");
}

TEST_CASE("take_key: '<<' written as the merge key once, and quoted as a key like any other",
          "[yaml]") {
  MapKeys keys;
  Diagnostics diags;
  take_key(keys, "<<", at(2, 3), false, diags, Language::English);
  CHECK_FALSE(keys.merging);
  CHECK(keys.key == "<<");
  take_key(keys, "<<", at(4, 3), true, diags, Language::English);
  CHECK(keys.merging);
  CHECK(keys.merge_line == 4);
  CHECK(keys.key_where.line == 4);
  CHECK(diags.items().empty());
  take_key(keys, "<<", at(5, 3), true, diags, Language::English);
  CHECK(keys.skip_value);
  CHECK_FALSE(keys.merging);
  take_key(keys, "<<", at(6, 3), true, diags, Language::Vietnamese);
  CHECK(diagnostic_lines(diags) ==
        Lines{"f.yaml:5:3: error: duplicate key '<<' (first written on line 4): merge several "
              "maps with <<: [*a, *b]",
              "f.yaml:6:3: error: khóa '<<' xuất hiện hai lần (lần đầu ở dòng 4): muốn gộp "
              "nhiều bảng khóa, hãy ghi một lần: <<: [*a, *b]"});
}

TEST_CASE("refuse_key: a key that is no name is an error, its value not built", "[yaml]") {
  MapKeys keys;
  Diagnostics diags;
  refuse_key(keys, at(1, 3), diags, Language::English);
  CHECK(keys.have_key);
  CHECK(keys.skip_value);
  refuse_key(keys, at(2, 3), diags, Language::Vietnamese);
  CHECK(diagnostic_lines(diags) ==
        Lines{"f.yaml:1:3: error: a key must be a plain name, not a list or map",
              "f.yaml:2:3: error: khóa phải là một tên, không phải danh sách hay bảng khóa"});
}

TEST_CASE("merge: a map's keys, or a list of maps' (the first's first), at the '<<'", "[yaml]") {
  std::vector<DocEntry> merged;
  std::unordered_set<std::string> keys;
  Diagnostics diags;
  DocNode list;
  list.kind = DocNode::Kind::Seq;
  list.items = {map_of({{"y", "20"}, {"w", "40"}}, 2), map_of({{"x", "1"}, {"y", "2"}}, 1)};
  merge(list, at(7, 3), merged, keys, diags, Language::English);
  CHECK(diags.items().empty());
  REQUIRE(merged.size() == 3);
  CHECK(merged[0].key == "y");
  CHECK(merged[0].value.scalar == "20");
  CHECK(merged[1].key == "w");
  CHECK(merged[2].key == "x");
  // Each key at the '<<', its value where it is written.
  CHECK(merged[2].key_where.line == 7);
  CHECK(merged[2].value.where.line == 1);
  // What is neither a map nor a list of maps.
  DocNode text;
  text.kind = DocNode::Kind::Scalar;
  text.scalar = "5";
  merge(text, at(9, 3), merged, keys, diags, Language::English);
  DocNode mixed;
  mixed.kind = DocNode::Kind::Seq;
  mixed.items = {map_of({{"z", "3"}}, 1), text};
  merge(mixed, at(10, 3), merged, keys, diags, Language::Vietnamese);
  CHECK(merged.size() == 3);
  CHECK(diagnostic_lines(diags) ==
        Lines{"f.yaml:9:3: error: '<<' merges the keys of a map written elsewhere (<<: *name, "
              "after &name on that map), or of a list of them",
              "f.yaml:10:3: error: sau '<<' phải là tên một bảng khóa đã đánh dấu ở chỗ khác (<<: "
              "*tên, với &tên ở bảng khóa đó) hoặc một danh sách các tên như thế (<<: [*a, *b])"});
}
