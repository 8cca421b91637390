// XmlReader: one XML part read through expat, its elements handed on
// without their namespace prefix; a part that is no well-formed XML, or one
// a handler stops, refused with why (in Vietnamese, naming the part).
#include "xml_reader.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

using namespace chibo;

namespace {

using Lines = std::vector<std::string>;

// Writes down what it is told: "<name a=v>", "</name>", "text".
struct Recorder : XmlReader {
  Lines events;
  std::string stop_at;   // stops at the start of this element
  std::string throw_at;  // throws bad_alloc at the start of this element

  void on_start(std::string_view name, const char** attrs) override {
    std::string e = "<" + std::string(name);
    for (std::size_t i = 0; attrs[i]; i += 2) e += fmt_attr(attrs[i], attrs[i + 1]);
    events.push_back(e + ">");
    if (name == stop_at) stop("dừng ở " + std::string(name));
    if (name == stop_at) stop("lần hai");  // only the first why is kept
    if (name == throw_at) throw std::bad_alloc();
  }
  void on_end(std::string_view name) override { events.push_back("</" + std::string(name) + ">"); }
  void on_text(std::string_view text) override {
    if (!events.empty() && events.back().front() != '<') {
      events.back() += text;  // expat may hand one text on in pieces
    } else {
      events.emplace_back(text);
    }
  }
  static std::string fmt_attr(const char* name, const char* value) {
    return " " + std::string(name) + "=" + value;
  }
};

// Attributes as expat hands them: name, value, ..., nullptr.
struct Attrs {
  std::vector<const char*> list;
  explicit Attrs(std::initializer_list<const char*> items) : list(items) {
    list.push_back(nullptr);
  }
  const char** get() { return list.data(); }
};

}  // namespace

TEST_CASE("local_name: a name without its namespace prefix", "[xml_reader]") {
  CHECK(local_name("row") == "row");
  CHECK(local_name("x:row") == "row");
  CHECK(local_name("a:b:c") == "c");
  CHECK(local_name("x:") == "");
  CHECK(local_name("") == "");
}

TEST_CASE("xml_attribute: found by its name without prefix", "[xml_reader]") {
  Attrs attrs{"r", "A1", "r:id", "rId3", "s", "2"};
  CHECK(std::string(xml_attribute(attrs.get(), "r")) == "A1");
  CHECK(std::string(xml_attribute(attrs.get(), "id")) == "rId3");
  CHECK(xml_attribute(attrs.get(), "t") == nullptr);
  Attrs none{};
  CHECK(xml_attribute(none.get(), "r") == nullptr);
}

TEST_CASE("xml_whole_attribute: a whole number from 0, else otherwise", "[xml_reader]") {
  const auto whole = [](const char* value) {
    Attrs attrs{"s", value};
    return xml_whole_attribute(attrs.get(), "s", -7);
  };
  CHECK(whole("0") == 0);
  CHECK(whole("12") == 12);
  CHECK(whole("2147483647") == 2147483647);
  // Not whole numbers from 0: each gives otherwise.
  CHECK(whole("-1") == -7);
  CHECK(whole("+3") == -7);
  CHECK(whole("1.5") == -7);
  CHECK(whole("3 ") == -7);
  CHECK(whole(" 3") == -7);
  CHECK(whole("") == -7);
  CHECK(whole("x") == -7);
  CHECK(whole("2147483648") == -7);  // past int
  Attrs attrs{"t", "5"};
  CHECK(xml_whole_attribute(attrs.get(), "s", 4) == 4);
}

TEST_CASE("XmlReader: elements, prefixes dropped, attributes and text in order", "[xml_reader]") {
  Recorder r;
  std::string why;
  REQUIRE(
      r.parse("<?xml version=\"1.0\"?>\n<x:sheet xmlns:x=\"u\"><x:c r=\"A1\">Tốt &amp; "
              "khá</x:c><e/></x:sheet>",
              "xl/a.xml", why));
  CHECK(why.empty());
  // expat hands the prefixed attribute names on as written: xml_attribute
  // drops them.
  CHECK(r.events ==
        Lines{"<sheet xmlns:x=u>", "<c r=A1>", "Tốt & khá", "</c>", "<e>", "</e>", "</sheet>"});
}

TEST_CASE("XmlReader: a part that is no well-formed XML is refused, with expat's words and line",
          "[xml_reader]") {
  const auto refused = [](const std::string& text) {
    Recorder r;
    std::string why;
    CHECK_FALSE(r.parse(text, "xl/worksheets/sheet1.xml", why));
    return why;
  };
  CHECK(refused("<a>\n<b>\n</a>") ==
        "phần 'xl/worksheets/sheet1.xml' hỏng (mismatched tag, dòng 3)");
  CHECK(refused("") == "phần 'xl/worksheets/sheet1.xml' hỏng (no element found, dòng 1)");
  CHECK(refused("<a>") == "phần 'xl/worksheets/sheet1.xml' hỏng (no element found, dòng 1)");
  CHECK(refused("<a>\xff</a>") ==
        "phần 'xl/worksheets/sheet1.xml' hỏng (not well-formed "
        "(invalid token), dòng 1)");
  CHECK(refused("<a/><b/>") ==
        "phần 'xl/worksheets/sheet1.xml' hỏng (junk after document element, dòng 1)");
}

TEST_CASE("XmlReader: a handler's stop ends the reading, its first why said", "[xml_reader]") {
  Recorder r;
  r.stop_at = "b";
  std::string why;
  CHECK_FALSE(r.parse("<a><b/><c/></a>", "xl/styles.xml", why));
  CHECK(why == "phần 'xl/styles.xml': dừng ở b");
  // Nothing after the stop is handed on.
  CHECK(r.events == Lines{"<a>", "<b>"});
}

// A reader used for a second part after a stop reads it whole: the first
// part's why was kept, and every element of the next skipped, read as good.
TEST_CASE("XmlReader: a reader stopped in one part reads the next", "[xml_reader]") {
  Recorder r;
  r.stop_at = "b";
  std::string why;
  CHECK_FALSE(r.parse("<a><b/></a>", "xl/styles.xml", why));
  r.events.clear();
  r.stop_at.clear();
  why.clear();
  CHECK(r.parse("<c><d/></c>", "xl/workbook.xml", why));
  CHECK(why == "");
  CHECK(r.events == Lines{"<c>", "<d>", "</d>", "</c>"});
}

TEST_CASE("XmlReader: out of memory in a handler stops the reading, said", "[xml_reader]") {
  Recorder r;
  r.throw_at = "b";
  std::string why;
  CHECK_FALSE(r.parse("<a><b/><c/></a>", "xl/sharedStrings.xml", why));
  CHECK(why == "phần 'xl/sharedStrings.xml': không đủ bộ nhớ để đọc");
  CHECK(r.events == Lines{"<a>", "<b>"});
}

TEST_CASE("XmlReader: a part longer than one slice is read whole", "[xml_reader]") {
  // Past 1 MiB, XML_Parse's slice: an element name and a text cut between
  // two slices come out whole.
  const std::string text(3u << 20, 'x');
  const std::string part = std::string((1u << 20) - 1, ' ') + "<a>" + text + "</a>";
  Recorder r;
  std::string why;
  REQUIRE(r.parse(part, "xl/big.xml", why));
  REQUIRE(r.events.size() == 3);
  CHECK(r.events[0] == "<a>");
  CHECK(r.events[1] == text);
  CHECK(r.events[2] == "</a>");
}
