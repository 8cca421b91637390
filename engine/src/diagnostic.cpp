#include "chibo/diagnostic.h"

#include <algorithm>

#include <fmt/format.h>

namespace chibo {

std::string format_diagnostic(const Diagnostic& d) {
  std::string out;
  if (!d.where.file.empty()) {
    out += d.where.file;
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
  constexpr std::size_t kMostShown = 8192;
  const std::size_t start = out.size();
  std::size_t i = 0;
  for (; i < d.message.size() && out.size() - start < kMostShown; ++i) {
    const char c = d.message[i];
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte != 0x7F) {
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      out += fmt::format("\\x{:02X}", byte);
    }
  }
  if (i < d.message.size()) {
    // Not in the middle of a letter: back to the start of the last one.
    while (i > 0 && (static_cast<unsigned char>(d.message[i]) & 0xC0) == 0x80) {
      --i;
      out.pop_back();
    }
    out += fmt::format(" … [+{} byte]", d.message.size() - i);
  }
  return out;
}

bool Diagnostics::has_errors() const {
  return std::any_of(items_.begin(), items_.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

}  // namespace chibo
