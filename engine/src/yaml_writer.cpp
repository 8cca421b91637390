#include "yaml_writer.h"

#include <yaml-cpp/yaml.h>

namespace chibo {
namespace {

void emit(YAML::Emitter& out, const DocNode& node) {
  switch (node.kind) {
    case DocNode::Kind::Null:
      out << YAML::Null;
      break;
    case DocNode::Kind::Scalar:
      if (node.quoted) out << YAML::DoubleQuoted;
      out << node.scalar;
      break;
    case DocNode::Kind::Seq:
      out << YAML::BeginSeq;
      for (const DocNode& item : node.items) emit(out, item);
      out << YAML::EndSeq;
      break;
    case DocNode::Kind::Map:
      out << YAML::BeginMap;
      for (const DocEntry& e : node.entries) {
        out << YAML::Key << e.key << YAML::Value;
        emit(out, e.value);
      }
      out << YAML::EndMap;
      break;
  }
}

}  // namespace

std::string write_yaml(const DocNode& doc) {
  YAML::Emitter out;
  out.SetIndent(2);
  emit(out, doc);
  std::string text = out.c_str();
  text += '\n';
  return text;
}

}  // namespace chibo
