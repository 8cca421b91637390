#include "yaml_budget.h"

#include <optional>
#include <string>

#include <catch2/catch.hpp>

#include "chibo/limits.h"

using namespace chibo;

namespace {

// Sets the limits for the life of the guard.
struct WithLimits {
  WithLimits(std::size_t values, std::size_t bytes, std::size_t depth) {
    Limits l;
    l.max_yaml_nodes = values;
    l.max_file_bytes = bytes;
    l.max_yaml_depth = depth;
    set_limits(l);
  }
  ~WithLimits() { set_limits(Limits{}); }
};

using Over = std::optional<YamlLimit>;

}  // namespace

TEST_CASE("budget: values are held up to max_yaml_nodes, nested to max_yaml_depth") {
  WithLimits w(3, 100, 2);
  YamlBudget budget(10);
  CHECK(budget.value(3) == Over(YamlLimit::Depth));
  CHECK(budget.value(0) == std::nullopt);
  CHECK(budget.value(2) == std::nullopt);
  budget.text(7);
  CHECK(budget.value(1) == std::nullopt);
  CHECK(budget.value(1) == Over(YamlLimit::Values));
  CHECK(budget.built().values == 3);
  CHECK(budget.built().bytes == 7);
  // Handed on, a value is no longer held: another fits.
  budget.handed_on(1);
  CHECK(budget.value(1) == std::nullopt);
  CHECK(budget.built().values == 4);
}

TEST_CASE("budget: aliases copy up to max_yaml_nodes values and max_file_bytes with the file") {
  WithLimits w(10, 100, 5);
  YamlBudget budget(60);
  CHECK(budget.value(0) == std::nullopt);
  // Placed at depth 2, a copy reaching 4 below passes the depth of 5.
  CHECK(budget.copy({1, 0}, 4, 2) == Over(YamlLimit::Depth));
  CHECK(budget.copy({4, 20}, 3, 2) == std::nullopt);
  CHECK(budget.built().values == 5);
  CHECK(budget.built().bytes == 20);
  // 60 bytes of file and 20 copied: 20 more fit, 21 do not.
  CHECK(budget.copy_key(21) == Over(YamlLimit::AliasText));
  CHECK(budget.copy_key(20) == std::nullopt);
  CHECK(budget.copy({1, 1}, 0, 1) == Over(YamlLimit::AliasText));
  CHECK(budget.built().bytes == 40);
  // Once a copy was made, the values held past the limit are said as the aliases'.
  CHECK(budget.copy({5, 0}, 0, 1) == std::nullopt);
  CHECK(budget.copy({1, 0}, 0, 1) == Over(YamlLimit::Aliases));
  CHECK(budget.value(1) == Over(YamlLimit::Aliases));
}

TEST_CASE("budget: aliases' copies count over the whole file, handed on or not") {
  WithLimits w(10, 1000, 5);
  YamlBudget budget(0);
  CHECK(budget.copy({6, 0}, 0, 1) == std::nullopt);
  budget.handed_on(6);
  CHECK(budget.copy({4, 0}, 0, 1) == std::nullopt);
  budget.handed_on(4);
  CHECK(budget.copy({1, 0}, 0, 1) == Over(YamlLimit::Aliases));
}

TEST_CASE("budget: the copies kept of nested anchored values are bounded") {
  WithLimits w(10, 100, 5);
  YamlBudget budget(0);
  CHECK(budget.keep_nested({6, 50}) == std::nullopt);
  CHECK(budget.keep_nested({4, 50}) == std::nullopt);
  CHECK(budget.keep_nested({0, 1}) == Over(YamlLimit::NestedText));
  YamlBudget values(0);
  CHECK(values.keep_nested({10, 0}) == std::nullopt);
  CHECK(values.keep_nested({1, 0}) == Over(YamlLimit::NestedValues));
  // Not what is built or held.
  CHECK(values.built().values == 0);
  CHECK(values.value(0) == std::nullopt);
}

TEST_CASE("budget: each limit's message") {
  WithLimits w(1000, 2048, 8);
  CHECK(limit_message(YamlLimit::Depth, Language::English) ==
        "lists and maps are nested more than 8 deep (limit max_yaml_depth)");
  CHECK(limit_message(YamlLimit::Depth, Language::Vietnamese) ==
        "danh sách và bảng khóa lồng nhau quá 8 cấp (giới hạn max_yaml_depth)");
  CHECK(limit_message(YamlLimit::Values, Language::English) ==
        "the document holds more than 1000 values (lists, maps and texts) at once (limit "
        "max_yaml_nodes)");
  CHECK(limit_message(YamlLimit::Aliases, Language::Vietnamese) ==
        "tệp có hơn 1000 giá trị khi mỗi chỗ *tên được thay bằng phần đánh dấu &tên (giới hạn "
        "max_yaml_nodes)");
  CHECK(limit_message(YamlLimit::AliasText, Language::Vietnamese) ==
        "tệp có hơn 2.048 byte văn bản khi mỗi chỗ *tên được thay bằng phần đánh dấu &tên (giới "
        "hạn max_file_bytes)");
  CHECK(limit_message(YamlLimit::NestedValues, Language::English) ==
        "anchored values (&name) inside other anchored values are each kept as one more copy, "
        "and those copies hold more than 1000 values (limit max_yaml_nodes): remove the anchors "
        "no alias uses");
  CHECK(limit_message(YamlLimit::NestedText, Language::Vietnamese) ==
        "các phần đánh dấu &tên nằm trong phần đánh dấu khác được giữ thêm một bản sao mỗi "
        "phần, và các bản sao ấy có hơn 2.048 byte văn bản (giới hạn max_file_bytes): bỏ các "
        "&tên không dùng đến");
}
