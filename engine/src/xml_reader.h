// One XML part (of a workbook) read through expat, its elements handed to
// a reader's on_start, on_end and on_text as they come; the attribute
// helpers the readers share.
#pragma once

#include <new>
#include <string>
#include <string_view>

#include <expat.h>

namespace chibo {

// Element and attribute names without their namespace prefix ("x:row" is a
// row): some writers prefix SpreadsheetML's names.
std::string_view local_name(const char* name);

// The attribute called name (without its prefix), or nullptr.
const char* xml_attribute(const char** attrs, std::string_view name);

// An attribute that is a whole number from 0 (a row's, a style's, a number
// format's), or otherwise when it is missing or no such number.
int xml_whole_attribute(const char** attrs, std::string_view name, int otherwise);

// on_start, on_end and on_text are told what the part holds. parse: false,
// with why, when it is no well-formed XML or a handler stopped it.
class XmlReader {
 public:
  virtual ~XmlReader() = default;
  bool parse(const std::string& text, const std::string& part, std::string& why);

 protected:
  virtual void on_start(std::string_view name, const char** attrs) = 0;
  virtual void on_end(std::string_view) {}
  virtual void on_text(std::string_view) {}
  // Ends the reading: the part is refused, why said.
  void stop(std::string why);

 private:
  // What a handler throws may not unwind through expat's C: it stops the
  // parser (out of memory, said).
  template <class F>
  void guarded(F handle) {
    if (!stopped_.empty()) return;
    try {
      handle(*this);
    } catch (const std::bad_alloc&) {
      stop("không đủ bộ nhớ để đọc");
    }
  }
  XML_Parser parser_ = nullptr;
  std::string stopped_;
};

}  // namespace chibo
