// DocFields: one YAML map of a known shape read key by key; every unknown
// key, missing required key and value of the wrong kind is one diagnostic at
// its line and column, with the exact words a ruleset's author reads.
#include "doc_fields.h"

#include <catch2/catch.hpp>

#include "doc_fixture.h"

using namespace chibo;
using namespace chibo::testing;

namespace {

// The diagnostics of reading text as a map with keys allowed (none for an
// unknown one) and then calling read on it.
template <typename Read>
Lines read_errors(const std::string& text, const std::vector<std::string>& allowed, Read read) {
  const DocNode doc = parse_doc(text);
  Diagnostics diags;
  DocFields f(doc, "an input", allowed, diags);
  read(f);
  return diagnostic_lines(diags);
}

Lines shape_errors(const std::string& text, const std::vector<std::string>& allowed) {
  return read_errors(text, allowed, [](const DocFields&) {});
}

}  // namespace

TEST_CASE("DocFields: a node that is no map is said once, and nothing is read from it",
          "[doc_fields]") {
  const DocNode doc = parse_doc("x:\n  - a\n  - b\n");
  Diagnostics diags;
  DocFields f(*doc.find("x"), "a band row", {"from"}, diags);
  CHECK_FALSE(f.ok());
  CHECK(diagnostic_lines(diags) ==
        Lines{"f.yaml:2:3: error: a band row must be a map of keys, but this is a list"});
  // Not again for each key asked, required or not.
  CHECK(f.text("from", true).empty());
  CHECK_FALSE(f.number("from", true));
  CHECK(f.get("from") == nullptr);
  CHECK(f.entry("from") == nullptr);
  CHECK(f.names("from").empty());
  CHECK(diags.items().size() == 1);

  Diagnostics scalar_diags;
  DocFields s(*parse_doc("x: 5\n").find("x"), "an input", {}, scalar_diags);
  CHECK_FALSE(s.ok());
  CHECK(diagnostic_lines(scalar_diags) ==
        Lines{"f.yaml:1:4: error: an input must be a map of keys, but this is a single value"});
}

TEST_CASE("DocFields: unknown keys are each said at the key, with the nearest allowed one",
          "[doc_fields]") {
  CHECK(shape_errors("label: A\nmaxx: 3\nlable: B\n", {"label", "max"}) ==
        Lines{"f.yaml:2:1: error: unknown key 'maxx' in an input; did you mean 'max'?",
              "f.yaml:3:1: error: unknown key 'lable' in an input; did you mean 'label'?"});
  // Nothing near: no guess.
  CHECK(shape_errors("colour: red\n", {"label", "max"}) ==
        Lines{"f.yaml:1:1: error: unknown key 'colour' in an input"});
  // Columns count letters, not bytes; a Vietnamese key is guessed by its
  // letters without accents.
  CHECK(shape_errors("{nhãn: A, số: 1}\n", {"nhan", "so"}) ==
        Lines{"f.yaml:1:2: error: unknown key 'nhãn' in an input; did you mean 'nhan'?",
              "f.yaml:1:11: error: unknown key 'số' in an input; did you mean 'so'?"});
  CHECK(shape_errors("label: A\nmax: 1\n", {"label", "max"}).empty());
}

TEST_CASE("DocFields: a number cut at a decimal comma inside braces is said as one",
          "[doc_fields]") {
  const std::string hint =
      "; a decimal comma? Inside {...} a comma separates keys: write points: 7.5";
  CHECK(shape_errors("{from: 1, points: 7,5}\n", {"from", "points"}) ==
        Lines{"f.yaml:1:21: error: unknown key '5' in an input" + hint});
  CHECK(shape_errors("{points: -7,25}\n", {"points"}) ==
        Lines{"f.yaml:1:13: error: unknown key '25' in an input; a decimal comma? Inside {...} a "
              "comma separates keys: write points: -7.25"});
  // Not when the number before was quoted (then '5' is a key of its own),
  // nor when the unknown key is the map's first, nor when it has a value.
  CHECK(shape_errors("{points: '7',5}\n", {"points"}) ==
        Lines{"f.yaml:1:14: error: unknown key '5' in an input"});
  CHECK(shape_errors("{5: 1}\n", {"points"}) ==
        Lines{"f.yaml:1:2: error: unknown key '5' in an input"});
  CHECK(shape_errors("{points: 7, 5: 1}\n", {"points"}) ==
        Lines{"f.yaml:1:13: error: unknown key '5' in an input"});
  // A key on the next line is not the rest of the number.
  CHECK(shape_errors("points: 7\n5:\n", {"points"}) ==
        Lines{"f.yaml:2:1: error: unknown key '5' in an input"});
}

TEST_CASE("DocFields: a required key left out is said at the map, one written empty at itself",
          "[doc_fields]") {
  CHECK(read_errors("label: A\n", {"label", "title"}, [](const DocFields& f) {
          CHECK(f.text("title", true).empty());
        }) == Lines{"f.yaml:1:1: error: an input needs 'title' (a text)"});
  CHECK(read_errors("label: A\nmax:\n", {"label", "max"}, [](const DocFields& f) {
          CHECK_FALSE(f.number("max", true));
        }) == Lines{"f.yaml:2:4: error: 'max' has no value: an input needs 'max' (a number)"});
  CHECK(read_errors("label: A\n", {"label", "when"}, [](const DocFields& f) {
          CHECK(f.expr("when", true).empty());
        }) == Lines{"f.yaml:1:1: error: an input needs 'when' (an expression)"});
  // Not required: nothing said.
  CHECK(read_errors("label: A\nmax:\n", {"label", "max"}, [](const DocFields& f) {
          CHECK(f.text("title").empty());
          CHECK_FALSE(f.number("max"));
          CHECK_FALSE(f.integer("min"));
          CHECK_FALSE(f.yes_no("shown"));
          CHECK_FALSE(f.one_of("rounding", {"half_up"}));
          CHECK(f.expr("when").empty());
        }).empty());
}

TEST_CASE("DocFields: a required key with no value and no place of its own is said at the key",
          "[doc_fields]") {
  // A tailoring's key replacing the base's in place keeps the base's
  // key_where; a value built with no place (line 0) is said there.
  DocNode map;
  map.kind = DocNode::Kind::Map;
  map.where = {"child.yaml", 1, 1};
  map.set("title", {"base.yaml", 3, 1}, DocNode{});
  Diagnostics diags;
  DocFields f(map, "a ruleset", {"title"}, diags);
  CHECK(f.text("title", true).empty());
  CHECK(diagnostic_lines(diags) ==
        Lines{"base.yaml:3:1: error: 'title' has no value: a ruleset needs 'title' (a text)"});
}

TEST_CASE("DocFields: a key written with no value is no value, but still an entry",
          "[doc_fields]") {
  const DocNode doc = parse_doc("label: A\nmax:\n");
  Diagnostics diags;
  DocFields f(doc, "an input", {"label", "max"}, diags);
  CHECK(f.get("max") == nullptr);
  REQUIRE(f.entry("max") != nullptr);
  CHECK(f.entry("max")->key_where.line == 2);
  CHECK(f.get("label") != nullptr);
  // where(key): the value's place, or the map's when there is no value.
  CHECK(f.where("label").line == 1);
  CHECK(f.where("label").column == 8);
  CHECK(f.where("max").line == 1);
  CHECK(f.where("max").column == 1);
  CHECK(f.where().file == "f.yaml");
  CHECK(diags.items().empty());
}

TEST_CASE("DocFields: a value of the wrong kind names what it must be and what it is",
          "[doc_fields]") {
  CHECK(read_errors("title: [a, b]\nmax: {a: 1}\nshown: [yes]\nwhen: [x]\nrounding: {a: b}\n",
                    {"title", "max", "shown", "when", "rounding"},
                    [](const DocFields& f) {
                      f.text("title");
                      f.number("max");
                      f.yes_no("shown");
                      f.expr("when");
                      f.one_of("rounding", {"half_up", "truncate"});
                    }) ==
        Lines{"f.yaml:1:8: error: 'title' must be a text, but this is a list",
              "f.yaml:2:6: error: 'max' must be a number, but this is a map of keys",
              "f.yaml:3:8: error: 'shown' must be yes or no, but this is a list",
              "f.yaml:4:7: error: 'when' must be an expression, but this is a list",
              "f.yaml:5:11: error: 'rounding' must be a name, but this is a map of keys"});
}

TEST_CASE("DocFields::text: one line, a block's final line break dropped", "[doc_fields]") {
  const DocNode doc = parse_doc("a: |\n  Tốt lắm\nb: >\n  x\n  y\nnote: |\n  one\n  two\n");
  Diagnostics diags;
  DocFields f(doc, "a grade", {"a", "b", "note"}, diags);
  CHECK(f.text("a") == "Tốt lắm");
  CHECK(f.text("b") == "x y");
  // A note is never shown on one line: it keeps its lines.
  CHECK(f.text("note") == "one\ntwo\n");
  CHECK(diags.items().empty());

  CHECK(read_errors("label: \"a\\nb\"\n", {"label"},
                    [](const DocFields& f2) { CHECK(f2.text("label") == "a\nb"); }) ==
        Lines{"f.yaml:1:9: error: 'label' holds a line break or control character (byte 2 of the "
              "text): write it on one line"});
  // A | block's lines: said where its text starts, on the next line.
  CHECK(read_errors("label: |\n  Tốt\n  lắm\n", {"label"}, [](const DocFields&) {}).empty());
  CHECK(read_errors("label: |\n  Tốt\n  lắm\n", {"label"},
                    [](const DocFields& f2) { f2.text("label"); }) ==
        Lines{"f.yaml:2:3: error: 'label' holds a line break or control character (byte 6 of the "
              "text): write it on one line"});
  // A tab, and a C1 control (U+0085, a line break to some readers).
  CHECK(
      read_errors("label: \"a\\tb\"\n", {"label"}, [](const DocFields& f2) { f2.text("label"); }) ==
      Lines{"f.yaml:1:9: error: 'label' holds a line break or control character (byte 2 of the "
            "text): write it on one line"});
  CHECK(read_errors("label: \"ab\\x85c\"\n", {"label"},
                    [](const DocFields& f2) { f2.text("label"); }) ==
        Lines{"f.yaml:1:9: error: 'label' holds a line break or control character (byte 3 of the "
              "text): write it on one line"});
}

TEST_CASE("DocFields::number: decimals, and the fix for a number written with its unit",
          "[doc_fields]") {
  const DocNode doc = parse_doc("a: 12.5\nb: -3\nc: '7,5'\n");
  Diagnostics diags;
  DocFields f(doc, "an item", {"a", "b", "c"}, diags);
  CHECK(f.number("a").value().to_string() == "12.5");
  CHECK(f.number("b").value().to_string() == "-3");
  CHECK(f.number("c").value().to_string() == "7.5");
  CHECK(diags.items().empty());

  const auto max_error = [](const std::string& value) {
    Lines out = read_errors("max: " + value + "\n", {"max"},
                            [](const DocFields& f2) { CHECK_FALSE(f2.number("max")); });
    REQUIRE(out.size() == 1);
    return out[0];
  };
  const std::string start = "f.yaml:1:6: error: 'max' must be a number such as 15 or 12.5, not ";
  CHECK(max_error("90%") == start + "'90%'; write a percentage as its number: 90, not 90%");
  CHECK(max_error("90 %") == start + "'90 %'; write a percentage as its number: 90, not 90 %");
  CHECK(max_error("12,5%") == start + "'12,5%'; write a percentage as its number: 12.5, not 12,5%");
  CHECK(max_error("20 điểm") == start + "'20 điểm'; write the number alone: 20");
  CHECK(max_error("-2 Points") == start + "'-2 Points'; write the number alone: -2");
  // A letter typed for a digit, or two numbers: no number with a unit.
  CHECK(max_error("9O") == start + "'9O'");
  CHECK(max_error("90 5") == start + "'90 5'");
  CHECK(max_error("'- 5'") ==
        "f.yaml:1:6: error: 'max' must be a number such as 15 or 12.5, "
        "not '- 5'");
  CHECK(max_error("abc") == start + "'abc'");
  CHECK(max_error("1e3") == start + "'1e3'");
  // More than 18 significant digits is no number chibo holds exactly: said so
  // (it was "must be a number such as 15", of a number).
  CHECK(max_error("1234567890123456789") ==
        "f.yaml:1:6: error: 'max' has too many digits to hold exactly: '1234567890123456789' (at "
        "most 18)");
  CHECK(max_error("-1,2345678901234567890") ==
        "f.yaml:1:6: error: 'max' has too many digits to hold exactly: '-1,2345678901234567890' "
        "(at most 18)");
  CHECK(max_error("1234567890123456789x") == start + "'1234567890123456789x'");
}

TEST_CASE("number_of: a value that is no scalar", "[doc_fields]") {
  const DocNode doc = parse_doc("a: [1]\nb: {x: 1}\n");
  Diagnostics diags;
  CHECK_FALSE(number_of(*doc.find("a"), "from", diags));
  CHECK_FALSE(number_of(*doc.find("b"), "to", diags));
  CHECK(diagnostic_lines(diags) ==
        Lines{"f.yaml:1:4: error: 'from' must be a number such as 15 or 12.5, but this is a list",
              "f.yaml:2:4: error: 'to' must be a number such as 15 or 12.5, but this is a map of "
              "keys"});
}

TEST_CASE("DocFields::integer: a whole number, or said at its value", "[doc_fields]") {
  CHECK(read_errors("min: 3\n", {"min"}, [](const DocFields& f) {
          CHECK(f.integer("min") == 3);
        }).empty());
  CHECK(read_errors("min: 2.50\n", {"min"}, [](const DocFields& f) {
          CHECK_FALSE(f.integer("min"));
        }) == Lines{"f.yaml:1:6: error: 'min' must be a whole number, not 2.5"});
  CHECK(read_errors("min: x\n", {"min"}, [](const DocFields& f) {
          CHECK_FALSE(f.integer("min"));
        }) == Lines{"f.yaml:1:6: error: 'min' must be a number such as 15 or 12.5, not 'x'"});
}

TEST_CASE("DocFields::yes_no: yes, true, no, false and nothing else", "[doc_fields]") {
  const DocNode doc = parse_doc("a: yes\nb: true\nc: no\nd: false\n");
  Diagnostics diags;
  DocFields f(doc, "an input", {"a", "b", "c", "d"}, diags);
  CHECK(f.yes_no("a") == true);
  CHECK(f.yes_no("b") == true);
  CHECK(f.yes_no("c") == false);
  CHECK(f.yes_no("d") == false);
  CHECK(diags.items().empty());
  CHECK(read_errors("a: có\nb: 1\n", {"a", "b"},
                    [](const DocFields& f2) {
                      CHECK_FALSE(f2.yes_no("a"));
                      CHECK_FALSE(f2.yes_no("b"));
                    }) == Lines{"f.yaml:1:4: error: 'a' must be yes or no, not 'có'",
                                "f.yaml:2:4: error: 'b' must be yes or no, not '1'"});
}

TEST_CASE("DocFields::expr: located at its first character, and never empty", "[doc_fields]") {
  const DocNode doc = parse_doc("a: x > 1\nb: \"y < 2\"\nc: |\n  z\n");
  Diagnostics diags;
  DocFields f(doc, "a check", {"a", "b", "c"}, diags);
  const ExprText a = f.expr("a");
  CHECK(a.text == "x > 1");
  CHECK(a.where.line == 1);
  CHECK(a.where.column == 4);
  const ExprText b = f.expr("b");
  CHECK(b.text == "y < 2");
  CHECK(b.where.column == 5);  // after the quote
  const ExprText c = f.expr("c");
  CHECK(c.text == "z\n");
  CHECK(c.where.line == 4);
  CHECK(c.where.column == 3);
  CHECK(diags.items().empty());

  CHECK(read_errors("require: ''\n", {"require"}, [](const DocFields& f2) {
          CHECK(f2.expr("require").empty());
        }) == Lines{"f.yaml:1:10: error: 'require' is empty: write an expression there"});
}

TEST_CASE("DocFields::names: a list of names, or one name as a list of one", "[doc_fields]") {
  const DocNode doc = parse_doc("a: x\nb: [x, y]\nc:\n  - p\n  - [q]\n  - r\nd: []\n");
  Diagnostics diags;
  DocFields f(doc, "a rollup", {"a", "b", "c", "d"}, diags);
  CHECK(f.names("a") == Lines{"x"});
  CHECK(f.names("b") == Lines{"x", "y"});
  CHECK(f.names("d").empty());
  CHECK(f.names("none").empty());
  CHECK(diags.items().empty());
  // A list item that is no name is said, the others kept; name_wheres keeps
  // step with names.
  CHECK(f.names("c") == Lines{"p", "r"});
  CHECK(diagnostic_lines(diags) ==
        Lines{"f.yaml:5:5: error: each element of 'c' must be a single name"});
  const std::vector<Location> at = f.name_wheres("c");
  REQUIRE(at.size() == 2);
  CHECK(at[0].line == 4);
  CHECK(at[1].line == 6);
  CHECK(at[1].column == 5);
  REQUIRE(f.name_wheres("a").size() == 1);
  CHECK(f.name_wheres("a")[0].column == 4);
  CHECK(f.name_wheres("none").empty());

  CHECK(read_errors("of: {a: 1}\n", {"of"}, [](const DocFields& f2) {
          CHECK(f2.names("of").empty());
        }) == Lines{"f.yaml:1:5: error: 'of' must be a list such as [a, b]"});
}

TEST_CASE("DocFields::one_of: a value from a fixed set, or the set and the nearest",
          "[doc_fields]") {
  const std::vector<std::string> choices{"half_up", "truncate"};
  CHECK(read_errors("rounding: truncate\n", {"rounding"}, [&](const DocFields& f) {
          CHECK(f.one_of("rounding", choices) == std::string("truncate"));
        }).empty());
  CHECK(read_errors("rounding: half-up\n", {"rounding"},
                    [&](const DocFields& f) { CHECK_FALSE(f.one_of("rounding", choices)); }) ==
        Lines{"f.yaml:1:11: error: 'rounding' must be one of half_up, truncate, not 'half-up'; did "
              "you mean 'half_up'?"});
  CHECK(read_errors("rounding: up\n", {"rounding"}, [&](const DocFields& f) {
          CHECK_FALSE(f.one_of("rounding", choices));
        }) == Lines{"f.yaml:1:11: error: 'rounding' must be one of half_up, truncate, not 'up'"});
}

TEST_CASE("each_map_in: each item of a list, or that it must be one", "[doc_fields]") {
  const DocNode doc = parse_doc("a:\n  - {x: 1}\n  - {x: 2}\nb: {x: 1}\n");
  Diagnostics diags;
  int seen = 0;
  each_map_in(*doc.find("a"), "criteria", diags, [&](const DocNode& item) {
    ++seen;
    CHECK(item.is_map());
  });
  CHECK(seen == 2);
  CHECK(diags.items().empty());
  each_map_in(*doc.find("b"), "grades", diags, [&](const DocNode&) { ++seen; });
  CHECK(seen == 2);
  CHECK(diagnostic_lines(diags) == Lines{"f.yaml:4:4: error: 'grades' must be a list"});
}
