#include "utf16.h"

namespace chibo {
namespace {

void append_code_point(char32_t c, std::string& out) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

constexpr char kNotUtf8 = '\xFF';

}  // namespace

Utf16 utf16_order(std::string_view start) {
  if (start.size() < 2) return Utf16::No;
  if (start[0] == '\xFF' && start[1] == '\xFE') return Utf16::LittleEndian;
  if (start[0] == '\xFE' && start[1] == '\xFF') return Utf16::BigEndian;
  return Utf16::No;
}

Utf16Start utf16_start(std::string_view start) {
  if (const Utf16 marked = utf16_order(start); marked != Utf16::No) return {marked, 2};
  // Unmarked UTF-16: first 4 units all U+0001-U+00FF (NUL every other byte; no UTF-8 CSV has one).
  if (start.size() < kUtf16StartBytes) return {};
  auto units_with_nul_at = [&](std::size_t nul) {
    for (std::size_t i = 0; i < kUtf16StartBytes; i += 2) {
      if (start[i + nul] != '\0' || start[i + 1 - nul] == '\0') return false;
    }
    return true;
  };
  if (units_with_nul_at(1)) return {Utf16::LittleEndian, 0};
  if (units_with_nul_at(0)) return {Utf16::BigEndian, 0};
  return {};
}

std::size_t append_utf16_as_utf8(std::string_view in, Utf16 order, bool at_end, std::string& out) {
  const bool little = order == Utf16::LittleEndian;
  auto unit = [&](std::size_t i) -> char32_t {
    const auto a = static_cast<unsigned char>(in[i]), b = static_cast<unsigned char>(in[i + 1]);
    return little ? static_cast<char32_t>(a | (b << 8)) : static_cast<char32_t>((a << 8) | b);
  };
  std::size_t i = 0;
  while (i + 2 <= in.size()) {
    const char32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF) {  // the first half of a pair
      if (i + 4 > in.size() && !at_end) break;
      const char32_t low = i + 4 <= in.size() ? unit(i + 2) : 0;
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_code_point(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), out);
        i += 4;
        continue;
      }
      out += kNotUtf8;
    } else if (u >= 0xDC00 && u <= 0xDFFF) {  // a second half alone
      out += kNotUtf8;
    } else {
      append_code_point(u, out);
    }
    i += 2;
  }
  if (at_end && i < in.size()) {
    out += kNotUtf8;
    i = in.size();
  }
  return i;
}

void utf16_file_to_utf8(std::string& text) {
  const Utf16Start start = utf16_start(text);
  if (start.order == Utf16::No) return;
  std::string utf8;
  utf8.reserve(text.size() / 2 * 3);
  append_utf16_as_utf8(std::string_view(text).substr(start.mark), start.order, true, utf8);
  text = std::move(utf8);
}

}  // namespace chibo
