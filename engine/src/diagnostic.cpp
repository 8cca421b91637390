#include "chibo/diagnostic.h"

#include <algorithm>

#include <fmt/format.h>

#include "utf8.h"

namespace chibo {
namespace {

// How many bytes the letter at the start of text takes: 2 to 4 for a
// well-formed UTF-8 sequence (no overlong form, surrogate or code past
// U+10FFFF: the second byte's range depends on the lead, RFC 3629), else 1
// (a stray byte, shown escaped).
std::size_t utf8_letter_bytes(std::string_view text) {
  const auto lead = static_cast<unsigned char>(text[0]);
  const std::size_t n = lead >= 0xC2 && lead <= 0xDF   ? 2
                        : lead >= 0xE0 && lead <= 0xEF ? 3
                        : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                       : 1;
  if (n == 1 || n > text.size()) return 1;
  const auto second = static_cast<unsigned char>(text[1]);
  const unsigned char low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
  const unsigned char high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
  if (second < low || second > high) return 1;
  for (std::size_t k = 2; k < n; ++k) {
    if ((static_cast<unsigned char>(text[k]) & 0xC0) != 0x80) return 1;
  }
  return n;
}

// The piece of text at i as a line shows it (an escape, a letter of valid
// UTF-8, any other byte) into piece; returns how many bytes of text it took.
std::size_t next_piece(std::string_view text, std::size_t i, std::string& piece) {
  const auto byte = static_cast<unsigned char>(text[i]);
  piece.clear();
  if (byte >= 0x80) {
    const std::size_t bytes = utf8_letter_bytes(text.substr(i));
    const std::string_view letter = text.substr(i, bytes);
    if (bytes == 1) {
      // Not UTF-8 (a file in another encoding, quoted): escaped, so the
      // message stays text a terminal or a log can show.
      piece = fmt::format("\\x{:02X}", byte);
    } else if ((bytes == 2 && byte == 0xC2 && static_cast<unsigned char>(letter[1]) < 0xA0) ||
               letter == "\u2028" || letter == "\u2029" || letter == "\uFFFE" ||
               letter == "\uFFFF") {
      // C1 controls (U+0085 ends a line to some readers), line and
      // paragraph separators: escaped as the ASCII controls are; so are the
      // noncharacters U+FFFE and U+FFFF (no XML may hold them: a workbook's).
      const auto code = bytes == 2     ? static_cast<unsigned>(letter[1] & 0x3F) | 0x80u
                        : byte == 0xE2 ? 0x2000u | static_cast<unsigned>(letter[2] & 0x3F)
                                       : 0xFFC0u | static_cast<unsigned>(letter[2] & 0x3F);
      piece = fmt::format("\\u{:04X}", code);
    } else {
      piece.assign(letter);
    }
    return bytes;
  }
  if (byte >= 0x20 && byte != 0x7F) {
    piece = static_cast<char>(byte);
  } else if (byte == '\n') {
    piece = "\\n";
  } else if (byte == '\r') {
    piece = "\\r";
  } else if (byte == '\t') {
    piece = "\\t";
  } else {
    piece = fmt::format("\\x{:02X}", byte);
  }
  return 1;
}

}  // namespace

std::string one_line(std::string_view text) {
  // Nearly every text (a workbook's every cell) has nothing to escape: two
  // quick scans, then a copy.
  if (find_control(text) == std::string_view::npos && !find_invalid_utf8(text) &&
      text.find("\uFFFE") == std::string_view::npos &&
      text.find("\uFFFF") == std::string_view::npos) {
    return std::string(text);
  }
  std::string out, piece;
  for (std::size_t i = 0; i < text.size();) {
    i += next_piece(text, i, piece);
    out += piece;
  }
  return out;
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out;
  if (!d.where.file.empty()) {
    out += one_line(d.where.file);
    if (d.where.line > 0) {
      out += fmt::format(":{}", d.where.line);
      if (d.where.column > 0) out += fmt::format(":{}", d.where.column);
    }
    out += ": ";
  }
  out += d.severity == Severity::Error ? "error: " : "warning: ";
  // A message quotes values as they were written: a line break or a NUL in
  // one split the FILE:LINE: line in two, or cut it short on a terminal.
  // A value megabytes long (a header of NUL bytes) is shown to kMostShown
  // bytes, then how much more there was: the line names where the rest is.
  // Taken a whole piece at a time, so the cut never splits one.
  constexpr std::size_t kMostShown = 8192;
  std::string piece;
  std::size_t shown = 0, i = 0;
  while (i < d.message.size()) {
    const std::size_t bytes = next_piece(d.message, i, piece);
    if (shown + piece.size() > kMostShown) break;
    out += piece;
    shown += piece.size();
    i += bytes;
  }
  if (i < d.message.size()) out += fmt::format(" … [+{} byte]", d.message.size() - i);
  return out;
}

bool Diagnostics::has_errors() const {
  return std::any_of(items_.begin(), items_.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

}  // namespace chibo
