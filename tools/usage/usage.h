// The command line's own words in Vietnamese, for the office staff who type
// it: the help's headings, and the usage errors CLI11 throws (in English:
// CLI11 2.1 has no hook for their words, so each kind is said again here from
// what the error and the command it came from name). Shared by chibo and
// chibo-gen: messages name the program as its CLI::App is named.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace chibo::cli {

// Headings and the help and version flags in Vietnamese; called before the
// commands are added (each takes its parent's formatter, flags and option
// defaults when made).
void use_vietnamese(CLI::App& app);

// Puts a command under the help's "Lệnh:" heading (after it is added).
void list_as_command(CLI::App& command);

// What to print for a usage error CLI11 threw while parsing args (argv
// without the program's name), ending with how to see the help:
//   chibo score: thiếu --ruleset (tệp bộ tiêu chí, YAML)
//   Xem cách dùng: chibo score --help
// An error this does not know keeps CLI11's words after "chibo: ".
// (chibo-gen, an App with no commands: "chibo-gen: thiếu --ruleset: ...")
std::string usage_error(const CLI::App& app, const CLI::ParseError& e,
                        const std::vector<std::string>& args);

// The transform of an unsigned option's value (->transform, not ->check: it
// lets go of leading zeros): decimal digits alone, within the largest value.
// CLI11 reads "-1" and a number past the largest into one as its largest
// value, "010" as 8 (octal), "0x10" as 16 and "" as 0. Refused as a value
// that is no number is, in usage_error's words: "--seed phải là một số
// nguyên từ 0 trở lên, không phải '-1'" (past the largest: "từ 0 đến
// 18446744073709551615").
CLI::Validator from_zero();

// The check of a whole-number option with a range, in place of CLI::Range
// (->transform, as from_zero: it lets go of leading zeros): decimal digits
// alone, from lo to hi. CLI11 read "010" as 8 (octal), "0x10" as 16, and
// refused "08" as no number from 1 to 64. Refused in usage_error's words for
// a value out of range: "--threads phải là một số nguyên từ 1 đến 64, không
// phải '4x'"; the help shows the range as CLI::Range's did ("SỐ (1-64)").
CLI::Validator decimal_in(long long lo, long long hi);

// "who: message" and the line naming who's help, for a usage error found
// outside CLI11 (who: "chibo score").
std::string usage_lines(const std::string& who, const std::string& message);

}  // namespace chibo::cli
