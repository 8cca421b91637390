// The ids a ruleset gives its inputs, derived values and criteria share one
// space: each is a short ASCII name (rulesets/README.md, section 3), neither
// a name every record has nor a word of expressions, and used once. Checks
// and grades have ids of their own, held to the same shape.
#pragma once

#include <map>
#include <string>

#include "chibo/diagnostic.h"

namespace chibo {

class IdClaims {
 public:
  explicit IdClaims(Diagnostics& diags) : diags_(diags) {}

  // what: "input", "derived value", "group", "criterion" (said in the message).
  void claim(const std::string& id, const Location& where, const char* what);

  // Criteria ids may repeat across forms: a form's claims are dropped after it.
  std::map<std::string, Location> saved() const { return ids_; }
  void restore(std::map<std::string, Location> ids) { ids_ = std::move(ids); }

 private:
  Diagnostics& diags_;
  std::map<std::string, Location> ids_;
};

// The shape alone, of any id: lowercase ASCII, '_', digits, not a digit first.
void check_id_shape(const std::string& id, const Location& where, const char* what,
                    Diagnostics& diags);

// "already used on line 7", naming the file when it is another one (a base
// ruleset that this one extends).
std::string used_at(const Location& first, const Location& here);

// "; write 'so_nguoi'" for an id typed with Vietnamese letters (ascii: its
// ascii_id_of), when that is one an expression can read (no digit first).
std::string write_instead(const std::string& ascii);

}  // namespace chibo
