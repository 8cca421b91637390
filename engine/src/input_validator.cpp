#include "input_validator.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "input_value.h"
#include "utf8.h"

namespace chibo {
namespace {

std::string num(Rational r) { return r.to_string(); }

// The option of the two whose label a record's value reads as the other's
// id too, in any capitals, with its word's accents or a space for '_'
// (choice_in_any_case), or null.
const ChoiceOption* label_reads_as_id(const ChoiceOption& x, const ChoiceOption& y) {
  if (!x.label.empty() && bare_id(x.folded_label) == bare_id(y.folded_id)) return &x;
  if (!y.label.empty() && bare_id(y.folded_label) == bare_id(x.folded_id)) return &y;
  return nullptr;
}

// A record names an option by its id or its label: each text must name
// one (the first listed took it, without a word).
void check_options(const Input& in, Diagnostics& diags) {
  std::map<std::string, int> seen;
  for (const ChoiceOption& o : in.options) {
    if (seen[o.id]++ == 1) {
      diags.error(in.where, fmt::format("input '{}': option '{}' is listed twice", in.id, o.id));
    }
  }
  for (std::size_t a = 0; a < in.options.size(); ++a) {
    for (std::size_t b = a + 1; b < in.options.size(); ++b) {
      const ChoiceOption& x = in.options[a];
      const ChoiceOption& y = in.options[b];
      if (x.id == y.id) continue;  // listed twice, above
      std::string text, ambiguous;
      if (x.label == y.label) {
        text = fmt::format("options '{}' and '{}' have the same label", x.id, y.id);
        ambiguous = x.label;
      } else if (x.label == y.id || y.label == x.id) {
        const ChoiceOption& labelled = x.label == y.id ? x : y;
        text = fmt::format("the label of option '{}' is another option's id", labelled.id);
        ambiguous = labelled.label;
      } else if (x.folded_label == y.folded_label && !x.label.empty()) {
        // A record's value is matched in any capitals (choice_in_any_case).
        text =
            fmt::format("options '{}' and '{}' have the same label but for capitals", x.id, y.id);
        ambiguous = x.folded_label;
      } else if (bare_id(x.folded_id) == bare_id(y.folded_id)) {
        // And an id with its word's accents, a space or '-' for '_'.
        text = fmt::format("options '{}' and '{}' differ only in capitals, accents or '-' for '_'",
                           x.id, y.id);
        ambiguous = bare_id(x.folded_id);
        std::replace(ambiguous.begin(), ambiguous.end(), '_', ' ');
      } else if (const ChoiceOption* labelled = label_reads_as_id(x, y)) {
        // A record's 'Tot' or 'Trung bình': the label, exactly, took it
        // (full_input_value), where the README reads another option's id.
        const ChoiceOption& other = labelled == &x ? y : x;
        text = fmt::format(
            "the label of option '{}' is option '{}''s id but for capitals, "
            "accents or ' ' for '_'",
            labelled->id, other.id);
        ambiguous = labelled->label;
      }
      if (!text.empty()) {
        diags.error(in.where, fmt::format("input '{}': {}: a record's '{}' could mean either",
                                          in.id, text, ambiguous));
      }
    }
  }
}

}  // namespace

void check_input(const Input& in, IdClaims& ids, Diagnostics& diags) {
  ids.claim(in.id, in.where, "input");
  if (in.min && in.max && *in.max < *in.min) {
    diags.error(in.where, fmt::format("input '{}': 'min' {} is above 'max' {}", in.id, num(*in.min),
                                      num(*in.max)));
  }
  if (in.default_value) {
    std::string why;
    if (!parse_input_value(in, *in.default_value, why)) {
      diags.error(in.where, fmt::format("input '{}': the default '{}' is not valid: {}", in.id,
                                        *in.default_value, why));
    }
  }
  check_options(in, diags);
}

}  // namespace chibo
