#include "chibo/field_list.h"

namespace chibo {

std::vector<std::string> FieldList::strings() const {
  std::vector<std::string> out;
  out.reserve(size());
  for (std::size_t i = 0; i < size(); ++i) out.emplace_back((*this)[i]);
  return out;
}

bool FieldList::blank() const {
  for (std::size_t i = 0; i < size(); ++i) {
    for (const char c : (*this)[i]) {
      if (c != ' ' && c != '\t') return false;
    }
  }
  return true;
}

bool operator==(const FieldList& a, const FieldList& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

}  // namespace chibo
