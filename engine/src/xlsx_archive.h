// A workbook (.xlsx) is a zip of XML parts: its parts unpacked one at a
// time with libzip, each bounded (a zip bomb unpacks a few kilobytes to
// gigabytes), and read through an XmlReader.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "xml_reader.h"

struct zip;  // libzip's zip_t, kept out of the includers

namespace chibo {

class XlsxArchive {
 public:
  // bytes: the workbook, held by the caller while the archive is used.
  // ok() false, with why, when they are no zip that can be opened.
  XlsxArchive(std::string_view bytes, std::string& why);
  ~XlsxArchive();
  XlsxArchive(const XlsxArchive&) = delete;
  XlsxArchive& operator=(const XlsxArchive&) = delete;
  bool ok() const { return zip_ != nullptr; }

  // The part named name ("" when there is none and !needed), at most
  // max_bytes unpacked; nullopt, with why, when it cannot be.
  std::optional<std::string> part(const std::string& name, std::size_t max_bytes, bool needed,
                                  std::string& why);

  // The part named name read by reader (nothing read when there is none and
  // !needed); false, with why, when it cannot be unpacked or read.
  bool parse(const std::string& name, std::size_t max_bytes, bool needed, XmlReader& reader,
             std::string& why);

  // The bytes unpacked so far, of every part (of one refused too, as far as it went).
  std::size_t unpacked() const { return unpacked_; }

 private:
  struct zip* zip_ = nullptr;
  std::size_t unpacked_ = 0;
};

}  // namespace chibo
