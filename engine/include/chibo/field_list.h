// FieldList: the fields of one record, one after another in a single buffer.
//
// A CSV file is split into the same buffer record after record (no string a
// field to clear and refill), and a record is handed to a worker thread with
// one copy of its text instead of one a field. Fields are read as views,
// valid until the list is next changed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chibo {

class FieldList {
 public:
  FieldList() = default;
  FieldList(std::initializer_list<std::string_view> fields) {
    for (std::string_view f : fields) add(f);
  }

  std::size_t size() const { return ends_.size(); }
  bool empty() const { return ends_.empty(); }
  std::string_view operator[](std::size_t i) const {
    const std::size_t start = i == 0 ? 0 : ends_[i - 1];
    return {text_.data() + start, ends_[i] - start};
  }
  // Every field's text, one after another, and where each ends in it.
  const std::string& text() const { return text_; }
  const std::vector<std::size_t>& ends() const { return ends_; }
  // Copies, for callers that keep the fields (a header's column names).
  std::vector<std::string> strings() const;

  void clear() {
    text_.clear();
    ends_.clear();
  }
  // A whole field at the end.
  void add(std::string_view field) {
    text_.append(field.data(), field.size());
    ends_.push_back(text_.size());
  }
  // Building a field piece by piece: start() opens an empty one, append()
  // and push_back() add to the last one.
  void start() { ends_.push_back(text_.size()); }
  void append(const char* data, std::size_t size) {
    text_.append(data, size);  // (pointer, length): the fast append
    ends_.back() = text_.size();
  }
  void push_back(char c) {
    text_.push_back(c);
    ends_.back() = text_.size();
  }

  friend bool operator==(const FieldList& a, const FieldList& b) {
    return a.ends_ == b.ends_ && a.text_ == b.text_;
  }

 private:
  std::string text_;
  std::vector<std::size_t> ends_;
};

}  // namespace chibo
