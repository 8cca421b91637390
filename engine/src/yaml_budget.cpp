#include "yaml_budget.h"

#include <fmt/format.h>

#include "chibo/limits.h"
#include "chibo/number_format.h"

namespace chibo {

std::optional<YamlLimit> YamlBudget::value(std::size_t depth) {
  if (depth > limits().max_yaml_depth) return YamlLimit::Depth;
  if (held_ + 1 > limits().max_yaml_nodes) {
    return expanded_.values > 0 ? YamlLimit::Aliases : YamlLimit::Values;
  }
  ++held_;
  ++built_.values;
  return std::nullopt;
}

std::optional<YamlLimit> YamlBudget::copy(YamlAmount node, std::size_t height, std::size_t depth) {
  if (depth + height > limits().max_yaml_depth) return YamlLimit::Depth;
  // The copies over the whole file, and those held at once.
  const std::size_t most = limits().max_yaml_nodes;
  if (expanded_.values + node.values > most || held_ + node.values > most) {
    return YamlLimit::Aliases;
  }
  if (std::optional<YamlLimit> over = copy_key(node.bytes)) return over;
  expanded_.values += node.values;
  held_ += node.values;
  built_.values += node.values;
  return std::nullopt;
}

// Counting values alone, a 1 MB text aliased a thousand times (a small file)
// was a gigabyte of copies.
std::optional<YamlLimit> YamlBudget::copy_key(std::size_t bytes) {
  if (file_bytes_ + expanded_.bytes + bytes > limits().max_file_bytes) {
    return YamlLimit::AliasText;
  }
  expanded_.bytes += bytes;
  built_.bytes += bytes;
  return std::nullopt;
}

// Uncounted, `&a1 [&a2 [... [&a60 [a 10 MB text]]]]` (no alias at all) kept
// 60 copies of the text: 650 MB for a 10 MB file.
std::optional<YamlLimit> YamlBudget::keep_nested(YamlAmount node) {
  nested_.values += node.values;
  nested_.bytes += node.bytes;
  if (nested_.values > limits().max_yaml_nodes) return YamlLimit::NestedValues;
  if (nested_.bytes > limits().max_file_bytes) return YamlLimit::NestedText;
  return std::nullopt;
}

std::string limit_message(YamlLimit limit, Language language) {
  const bool vi = language == Language::Vietnamese;
  // Said as the file's own size is (yaml_reader.cpp: file_too_large).
  const std::size_t bytes = limits().max_file_bytes;
  const std::size_t values = limits().max_yaml_nodes;
  switch (limit) {
    case YamlLimit::Depth:
      return depth_message(language);
    case YamlLimit::Values:
      return vi ? fmt::format(
                      "tệp chứa cùng lúc hơn {} phần tử (giới hạn max_yaml_nodes; tính "
                      "cả danh sách, bảng khóa và giá trị)",
                      values)
                : fmt::format(
                      "the document holds more than {} values (lists, maps and texts) "
                      "at once (limit max_yaml_nodes)",
                      values);
    case YamlLimit::Aliases:
      return vi ? fmt::format(
                      "tệp có hơn {} giá trị khi mỗi chỗ *tên được thay bằng phần đánh "
                      "dấu &tên (giới hạn max_yaml_nodes)",
                      values)
                : fmt::format(
                      "the document has more than {} values once its aliases (*name) "
                      "are expanded (limit max_yaml_nodes)",
                      values);
    case YamlLimit::AliasText:
      return vi ? fmt::format(
                      "tệp có hơn {} byte văn bản khi mỗi chỗ *tên được thay bằng phần "
                      "đánh dấu &tên (giới hạn max_file_bytes)",
                      format_count(static_cast<std::int64_t>(bytes)))
                : fmt::format(
                      "the document holds more than {} bytes of text once its aliases "
                      "(*name) are expanded (limit max_file_bytes)",
                      bytes);
    case YamlLimit::NestedValues:
      return vi ? fmt::format(
                      "các phần đánh dấu &tên nằm trong phần đánh dấu khác được giữ "
                      "thêm một bản sao mỗi phần, và các bản sao ấy có hơn {} giá trị "
                      "(giới hạn max_yaml_nodes): bỏ các &tên không dùng đến",
                      values)
                : fmt::format(
                      "anchored values (&name) inside other anchored values are each "
                      "kept as one more copy, and those copies hold more than {} values "
                      "(limit max_yaml_nodes): remove the anchors no alias uses",
                      values);
    case YamlLimit::NestedText:
      return vi ? fmt::format(
                      "các phần đánh dấu &tên nằm trong phần đánh dấu khác được giữ "
                      "thêm một bản sao mỗi phần, và các bản sao ấy có hơn {} byte văn "
                      "bản (giới hạn max_file_bytes): bỏ các &tên không dùng đến",
                      format_count(static_cast<std::int64_t>(bytes)))
                : fmt::format(
                      "anchored values (&name) inside other anchored values are each "
                      "kept as one more copy, and those copies hold more than {} bytes "
                      "of text (limit max_file_bytes): remove the anchors no alias uses",
                      bytes);
  }
  return {};
}

std::string depth_message(Language language) {
  return fmt::format(
      fmt::runtime(language == Language::Vietnamese
                       ? "danh sách và bảng khóa lồng nhau quá {} cấp (giới hạn max_yaml_depth)"
                       : "lists and maps are nested more than {} deep (limit max_yaml_depth)"),
      limits().max_yaml_depth);
}

}  // namespace chibo
