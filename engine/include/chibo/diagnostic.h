// Diagnostic: one problem found in a user's file, with where it is.
//
// Loaders and validators never throw or print on bad input: they append
// Diagnostics to a list and carry on, so that one run reports every problem.
// The command-line tool formats them as "FILE:LINE:COL: error: MESSAGE".
// Lines and columns are 1-based; 0 means "unknown" and is left out.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chibo {

struct Location {
  std::string file;
  int line = 0;
  int column = 0;
};

// Where a text read from a file continues in it: from byte offset of the
// text on, the text reads as the file does from line:column (1-based,
// columns in characters). A text written over lines (a YAML block, or a
// plain or quoted text folded over lines) has one for each of its lines, so
// a place in it (an expression's error) is found in the file.
struct TextPiece {
  std::size_t offset = 0;
  int line = 0;
  int column = 0;
};

enum class Severity { Error, Warning };

struct Diagnostic {
  Location where;
  Severity severity = Severity::Error;
  std::string message;
};

// "FILE:LINE:COL: error: MESSAGE" (parts that are unknown are left out), on
// one line: control characters (C0, C1, U+2028/9) and bytes that are not
// UTF-8 escaped (\n, \x00, \u0085), a message past 8,192 bytes cut there.
std::string format_diagnostic(const Diagnostic& d);
// text with those escapes, whole: a file name put on a line of output.
std::string one_line(std::string_view text);

class Diagnostics {
 public:
  void error(Location where, std::string message) {
    items_.push_back({std::move(where), Severity::Error, std::move(message)});
  }
  void warning(Location where, std::string message) {
    items_.push_back({std::move(where), Severity::Warning, std::move(message)});
  }
  bool has_errors() const;
  const std::vector<Diagnostic>& items() const { return items_; }
  void append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
  }
  // The items after the first n, taken out (none when there are no more).
  std::vector<Diagnostic> take_after(std::size_t n) {
    if (n >= items_.size()) return {};
    std::vector<Diagnostic> out(
        std::make_move_iterator(items_.begin() + static_cast<std::ptrdiff_t>(n)),
        std::make_move_iterator(items_.end()));
    items_.resize(n);
    return out;
  }

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace chibo
