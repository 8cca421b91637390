// FieldList: the fields of one record, one after another in a single buffer.
//
// A CSV file is split into the same buffer record after record (no string a
// field to clear and refill), and a record is handed to a worker thread with
// one copy of its text instead of one a field. Fields are read as views,
// valid until the list is next changed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace chibo {

class FieldList {
 public:
  // Where a field is in text(): [begin, end). Fields need not touch: a line
  // copied whole keeps its separators between them. 32 bits: a record is
  // at most max_record_bytes (limits.h), and the reading thread hands each
  // record's places to a worker (two size_t a field were 496 bytes a
  // national record, three times its text).
  struct Span {
    std::uint32_t begin = 0, end = 0;
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
  // Whether every field is empty or spaces and tabs: a row Excel saved of
  // separators alone (";;;;"), no record. Looks no further than the first
  // field with text (a record's first, nearly always).
  bool blank() const;

  void clear() {
    text_.clear();
    spans_.clear();
  }
  // A whole field at the end.
  void add(std::string_view field) {
    const std::uint32_t begin = place();
    text_.append(field.data(), field.size());
    spans_.push_back({begin, place()});
  }
  // Building a field piece by piece: start() opens an empty one, append()
  // and push_back() add to the last one.
  void start() { spans_.push_back({place(), place()}); }
  void append(const char* data, std::size_t size) {
    text_.append(data, size);  // (pointer, length): the fast append
    spans_.back().end = place();
  }
  void push_back(char c) {
    text_.push_back(c);
    spans_.back().end = place();
  }
  // A whole line at once: its text, then each field's place in it.
  void assign_text(const char* data, std::size_t size) { text_.assign(data, size); }
  void add_span(std::size_t begin, std::size_t end) {
    spans_.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
  }

  // The same fields (wherever they sit in the text).
  friend bool operator==(const FieldList& a, const FieldList& b);

 private:
  // The end of the text as a place (a record fits 32 bits: see Span).
  std::uint32_t place() const { return static_cast<std::uint32_t>(text_.size()); }

  std::string text_;
  std::vector<Span> spans_;
};

}  // namespace chibo
