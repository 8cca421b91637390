#include "xml_reader.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <memory>

#include <fmt/format.h>

namespace chibo {

std::string_view local_name(const char* name) {
  std::string_view n(name);
  const std::size_t colon = n.rfind(':');
  return colon == n.npos ? n : n.substr(colon + 1);
}

const char* xml_attribute(const char** attrs, std::string_view name) {
  for (std::size_t i = 0; attrs[i]; i += 2) {
    if (local_name(attrs[i]) == name) return attrs[i + 1];
  }
  return nullptr;
}

int xml_whole_attribute(const char** attrs, std::string_view name, int otherwise) {
  const char* text = xml_attribute(attrs, name);
  if (!text) return otherwise;
  const char* end = text + std::strlen(text);
  int n = 0;
  auto [ptr, ec] = std::from_chars(text, end, n);
  return ec == std::errc() && ptr == end && n >= 0 ? n : otherwise;
}

bool XmlReader::parse(const std::string& text, const std::string& part, std::string& why) {
  std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser(XML_ParserCreate(nullptr),
                                                                      &XML_ParserFree);
  if (!parser) throw std::bad_alloc();
  parser_ = parser.get();
  stopped_.clear();  // a part before it, stopped: not this one's
  XML_SetUserData(parser_, this);
  // What a handler throws may not unwind through expat's C: it stops the
  // parser, and is said as why.
  XML_SetElementHandler(
      parser_,
      [](void* self, const char* name, const char** attrs) {
        static_cast<XmlReader*>(self)->guarded(
            [&](XmlReader& r) { r.on_start(local_name(name), attrs); });
      },
      [](void* self, const char* name) {
        static_cast<XmlReader*>(self)->guarded([&](XmlReader& r) { r.on_end(local_name(name)); });
      });
  XML_SetCharacterDataHandler(parser_, [](void* self, const char* s, int n) {
    static_cast<XmlReader*>(self)->guarded(
        [&](XmlReader& r) { r.on_text(std::string_view(s, static_cast<std::size_t>(n))); });
  });
  // In slices: a part may be longer than the int XML_Parse takes.
  constexpr std::size_t kSlice = std::size_t{1} << 20;
  for (std::size_t at = 0;;) {
    const std::size_t n = std::min(kSlice, text.size() - at);
    const bool last = at + n == text.size();
    if (XML_Parse(parser_, text.data() + at, static_cast<int>(n), last) == XML_STATUS_ERROR) {
      why = !stopped_.empty() ? fmt::format("phần '{}': {}", part, stopped_)
                              : fmt::format("phần '{}' hỏng ({}, dòng {})", part,
                                            XML_ErrorString(XML_GetErrorCode(parser_)),
                                            XML_GetCurrentLineNumber(parser_));
      return false;
    }
    at += n;
    if (last) return true;
  }
}

void XmlReader::stop(std::string why) {
  if (!stopped_.empty()) return;
  stopped_ = std::move(why);
  XML_StopParser(parser_, XML_FALSE);
}

}  // namespace chibo
