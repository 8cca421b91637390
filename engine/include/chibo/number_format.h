// Number presentation: how scores and shares are written for people.
//
// District reports write "93,50" and "52,17%" with a decimal comma; practice
// on rounding differs (half-up, or truncation as in "30,76%" for 8/26), so
// every choice is a ruleset setting, applied only at output: scoring itself
// is exact (see rational.h).
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "chibo/rational.h"

namespace chibo {

struct Presentation {
  enum class Rounding { HalfUp, Truncate };
  int decimals = 2;                      // digits after the separator, 0..6
  Rounding rounding = Rounding::HalfUp;  // half-up rounds halves away from zero
  std::string decimal_separator = ",";
  bool trim_zeros = false;  // true: "93,5" instead of "93,50"; "90" instead of "90,00"
};

// 1865/20 with 2 decimals and "," -> "93,25"; -5/2 half-up with 0 -> "-3".
std::string format_number(Rational value, const Presentation& p);
// The same, appended to out (no string of its own: writers of large outputs).
void append_number(std::string& out, Rational value, const Presentation& p);

// The same with thousands set off by dots, as a sum in a Vietnamese
// sentence is written beside its counts ("6.784,00"), when the decimal
// separator is a comma; else as format_number ("6784.00": a comma or dot
// there would read as the other's).
std::string format_amount(Rational value, const Presentation& p);

// The value as format_number shows it, exactly: 183/2 with 0 decimals
// half-up -> 92. The audit compares self-scores, written as people see the
// total, with this.
Rational presented_value(Rational value, const Presentation& p);

// value as format_number shows it, unless rounding carries it across one of
// edges (a band's bounds, a grade's threshold): a value below an edge shown
// at or above it, or one at or above an edge shown below it, as 89.995 shown
// "90" in a band up to 90. Then with the fewest more decimals, up to 6, that
// keep it on its side of every edge, without trailing zeros ("89,995"); cut
// at 6 when none does (89.9999999 -> "89,999999").
std::string format_number_beside(Rational value, const Presentation& p,
                                 std::span<const Rational> edges);

// value as format_number shows it, unless it is above edge and would be
// shown at or below it: a formula's 20.004 cut to its maximum of 20 shown
// "20" reads as not cut. Then with the fewest more decimals, up to 6, that
// show it above, without trailing zeros ("20,004"); rounded up at 6 when
// none does (20.0000001 -> "20,000001"). (format_number_beside keeps such a
// value at the edge: for a band's lower bound, at it and above it are one
// side.)
std::string format_number_above(Rational value, const Presentation& p, Rational edge);

// numerator/denominator as a percentage: 8/26 -> "30,77%" (half-up) or
// "30,76%" (truncate). denominator 0 gives "0%" formatted likewise.
std::string format_share(std::int64_t numerator, std::int64_t denominator, const Presentation& p);
// The same number without its '%' ("30,77"): the rank JSON's share, with
// the ruleset's machine presentation ("30.77").
std::string format_percent(std::int64_t numerator, std::int64_t denominator, const Presentation& p);

// The value exactly, as Rational::to_string writes it, with separator for
// its '.': 199/2 -> "99,5", 1/3 -> "1/3". A bound or a value in a
// Vietnamese sentence, where "99.5" reads as 995.
std::string format_exact(Rational value, char separator = ',');

// A count as Vietnamese writes it, thousands set off with dots: 4093069 ->
// "4.093.069" (the accounting lines, the progress bar).
std::string format_count(std::int64_t n);

}  // namespace chibo
