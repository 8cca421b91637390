#include "id_claims.h"

#include <algorithm>

#include <fmt/format.h>

#include "chibo/did_you_mean.h"
#include "chibo/ruleset_validator.h"
#include "expression.h"

namespace chibo {

// Ids are short ASCII names (rulesets/README.md, section 3): an id with a
// capital or a Vietnamese letter passed, then failed in every expression
// that named it ("unknown character 'ố'"), or stood as a CSV column beside
// one differing only by case.
void check_id_shape(const std::string& id, const Location& where, const char* what,
                    Diagnostics& diags) {
  // An expression reads a name from a letter or '_' on (a digit starts a number).
  if (id.empty() || ((id[0] < '0' || id[0] > '9') && std::all_of(id.begin(), id.end(), [](char c) {
                       return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
                     }))) {
    return;
  }
  diags.error(where, fmt::format("{} id '{}' may use only a-z, 0-9 and '_', and not start "
                                 "with a digit (lowercase ASCII: the label says it in "
                                 "Vietnamese){}",
                                 what, id, write_instead(ascii_id_of(id, false))));
}

void IdClaims::claim(const std::string& id, const Location& where, const char* what) {
  if (id.empty()) return;
  check_id_shape(id, where, what, diags_);
  // A name every record has, or a word an expression reads as itself.
  const char* taken = is_reserved_name(id)
                          ? "is a reserved name (every record has kind, date, year, month and "
                            "quarter; total is the score)"
                      : is_expression_word(id)
                          ? "is a word of the expression language (and, or, not, if, then, "
                            "else, yes, no, true, false): an expression naming it reads the word"
                          : nullptr;
  if (taken) {
    diags_.error(where, fmt::format("'{}' {}; choose another id for this {}", id, taken, what));
    return;
  }
  auto [it, fresh] = ids_.emplace(id, where);
  if (!fresh) {
    diags_.error(where, fmt::format("duplicate id '{}' ({})", id, used_at(it->second, where)));
  }
}

std::string used_at(const Location& first, const Location& here) {
  if (first.file == here.file) return fmt::format("already used on line {}", first.line);
  return fmt::format("already used on line {} of {}", first.line, first.file);
}

std::string write_instead(const std::string& ascii) {
  if (ascii.empty() || (ascii[0] >= '0' && ascii[0] <= '9')) return "";
  return fmt::format("; write '{}'", ascii);
}

bool is_reserved_name(const std::string& name) {
  static const char* const kReserved[] = {"kind",    "date",  "year",   "month",
                                          "quarter", "total", "cell_id"};
  return std::find(std::begin(kReserved), std::end(kReserved), name) != std::end(kReserved);
}

}  // namespace chibo
