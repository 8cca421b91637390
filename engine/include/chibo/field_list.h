// FieldList: the fields of one record, one after another in a single buffer.
//
// A CSV file is split into the same buffer record after record (no string a
// field to clear and refill), and a record is handed to a worker thread with
// one copy of its text instead of one a field. Fields are read as views,
// valid until the list is next changed.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace chibo {

class FieldList {
 public:
  // Where a field is in text(): [begin, end). Fields need not touch: a line
  // copied whole keeps its separators between them.
  struct Span {
    std::size_t begin = 0, end = 0;
  };

  FieldList() = default;
  FieldList(std::initializer_list<std::string_view> fields) {
    for (std::string_view f : fields) add(f);
  }

  std::size_t size() const { return spans_.size(); }
  bool empty() const { return spans_.empty(); }
  std::string_view operator[](std::size_t i) const {
    return {text_.data() + spans_[i].begin, spans_[i].end - spans_[i].begin};
  }
  const std::string& text() const { return text_; }
  const std::vector<Span>& spans() const { return spans_; }
  // Copies, for callers that keep the fields (a header's column names).
  std::vector<std::string> strings() const;

  void clear() {
    text_.clear();
    spans_.clear();
  }
  // A whole field at the end.
  void add(std::string_view field) {
    const std::size_t begin = text_.size();
    text_.append(field.data(), field.size());
    spans_.push_back({begin, text_.size()});
  }
  // Building a field piece by piece: start() opens an empty one, append()
  // and push_back() add to the last one.
  void start() { spans_.push_back({text_.size(), text_.size()}); }
  void append(const char* data, std::size_t size) {
    text_.append(data, size);  // (pointer, length): the fast append
    spans_.back().end = text_.size();
  }
  void push_back(char c) {
    text_.push_back(c);
    spans_.back().end = text_.size();
  }
  // A whole line at once: its text, then each field's place in it.
  void assign_text(const char* data, std::size_t size) { text_.assign(data, size); }
  void add_span(std::size_t begin, std::size_t end) { spans_.push_back({begin, end}); }

  // The same fields (wherever they sit in the text).
  friend bool operator==(const FieldList& a, const FieldList& b);

 private:
  std::string text_;
  std::vector<Span> spans_;
};

}  // namespace chibo
