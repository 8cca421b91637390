#include "file_start.h"

#include "utf16.h"

namespace chibo {

FileStart file_start(std::istream& in) {
  if (in.tellg() != std::streampos(0)) return FileStart::Other;
  char head[8] = {};
  in.read(head, sizeof head);
  const std::string_view start(head, static_cast<std::size_t>(in.gcount()));
  in.clear();
  in.seekg(0);
  return file_start_of(start);
}

FileStart file_start_of(std::string_view text) {
  if (text.substr(0, 4) == "PK\x03\x04") return FileStart::Zip;
  if (text.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
    return FileStart::Xls;
  }
  return FileStart::Other;
}

bool looks_like_text(std::string_view bytes) {
  if (utf16_start(bytes.substr(0, kUtf16StartBytes)).order != Utf16::No) return true;
  constexpr std::size_t kLooked = 4096;
  for (const char c : bytes.substr(0, kLooked)) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\x1A') {
      return false;
    }
  }
  return !bytes.empty();
}

}  // namespace chibo
