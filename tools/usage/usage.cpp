#include "usage.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "chibo/did_you_mean.h"

namespace chibo::cli {
namespace {

// from_zero's message to said_again, before the value: not shown.
constexpr std::string_view kBelowZero = "below zero: ";
// And of a number past the largest an unsigned option holds.
constexpr std::string_view kTooLarge = "too large: ";

// The text after prefix in s, or nullopt.
std::optional<std::string_view> after(std::string_view s, std::string_view prefix) {
  if (s.substr(0, prefix.size()) != prefix) return std::nullopt;
  return s.substr(prefix.size());
}

// The text before suffix in s, or nullopt.
std::optional<std::string_view> before(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size() || s.substr(s.size() - suffix.size()) != suffix) {
    return std::nullopt;
  }
  return s.substr(0, s.size() - suffix.size());
}

// The command being parsed when the error came: the last one named, or chibo.
const CLI::App& command_of(const CLI::App& app) {
  const std::vector<CLI::App*> named = app.get_subcommands();
  return named.empty() ? app : *named.back();
}

// The program's name ("chibo", "chibo-gen"), and the command's after it.
std::string who(const CLI::App& app, const CLI::App& command) {
  return &command == &app ? app.get_name() : app.get_name() + " " + command.get_name();
}

const CLI::Option* option_named(const CLI::App& app, const CLI::App& command,
                                std::string_view name) {
  if (const CLI::Option* o = command.get_option_no_throw(std::string(name))) return o;
  return app.get_option_no_throw(std::string(name));
}

std::string description_of(const CLI::App& app, const CLI::App& command, std::string_view name) {
  const CLI::Option* o = option_named(app, command, name);
  return o ? o->get_description() : "";
}

// "--ruleset: Tệp bộ tiêu chí (YAML)", or the name CLI11 gave alone.
std::string described(const CLI::App& app, const CLI::App& command, std::string_view name) {
  const std::string description = description_of(app, command, name);
  if (description.empty()) return std::string(name);
  return fmt::format("{}: {}", name, description);
}

// Every name of every option command takes: "--ruleset", "-r", ...
std::vector<std::string> option_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::Option* o : command.get_options()) {
    for (const std::string& l : o->get_lnames()) names.push_back("--" + l);
    for (const std::string& s : o->get_snames()) names.push_back("-" + s);
  }
  return names;
}

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* c : app.get_subcommands({})) names.push_back(c->get_name());
  return names;
}

// A bound as CLI11 wrote a fraction's ("1.000000", "0.500000"): "1", "0.5".
std::string without_zeros(std::string bound) {
  if (bound.find('.') == std::string::npos) return bound;
  while (bound.back() == '0') bound.pop_back();
  if (bound.back() == '.') bound.pop_back();
  return bound;
}

std::vector<std::string> split(std::string_view list, char by) {
  std::vector<std::string> out;
  for (std::size_t at = 0;;) {
    const std::size_t end = list.find(by, at);
    out.emplace_back(list.substr(at, end - at));
    if (end == std::string_view::npos) return out;
    at = end + 1;
  }
}

// "-x" or "--ouput" is no option of command's; a name of one letter or two
// is told nothing (every other one is one letter from it).
// A command that writes only to standard output (explain, resolve), given
// -o or --output as the others take it, is told how to save what it prints.
std::string unknown_option(const CLI::App& command, const std::string& given) {
  const std::string name = given.substr(0, given.find('='));
  const std::vector<std::string> names = option_names(command);
  if ((name == "-o" || name == "--output") && command.get_parent() != nullptr) {
    return fmt::format(
        "không có tùy chọn '{}' (lệnh {} in kết quả ra màn hình; muốn lưu vào tệp thì ghi '> "
        "TỆP' ở cuối lệnh)",
        given, command.get_name());
  }
  return fmt::format("không có tùy chọn '{}'{}", given,
                     name.size() > 2 ? co_phai_la(name, names) : "");
}

// No command named: the first word that is no option (nor --limit's value),
// if any, is a command misspelt; an option before it that chibo has not, a
// command's option put first.
std::string no_command(const CLI::App& app, const std::vector<std::string>& args) {
  const std::vector<std::string> commands = command_names(app);
  const std::vector<std::string> options = option_names(app);
  const std::string list = fmt::format("các lệnh: {}", fmt::join(commands, ", "));
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--limit") {
      ++i;
    } else if (arg.size() > 1 && arg[0] == '-') {
      const std::string name = arg.substr(0, arg.find('='));
      if (std::find(options.begin(), options.end(), name) == options.end()) {
        return fmt::format("{} ({})", unknown_option(app, arg), list);
      }
    } else if (!args[i].empty() && args[i][0] != '-') {
      return fmt::format("'{}' không phải là một lệnh{} ({})", args[i],
                         co_phai_la(args[i], commands), list);
    }
  }
  return fmt::format("hãy ghi một lệnh ({})", list);
}

// A word before the command that is not chibo's own (--limit, --help,
// --version): one of the command's options put first (CLI11 then said the
// command lacked it, or that a word was not expected, and named the
// command), an unknown option or a misspelt command. "" when there is none;
// who is set to whom the message is about.
std::string before_command(const CLI::App& app, const CLI::App& command,
                           const std::vector<std::string>& args, std::string& who) {
  const std::vector<std::string> own = option_names(app);
  const std::vector<std::string> theirs = option_names(command);
  for (std::size_t i = 0; i < args.size() && args[i] != command.get_name(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--limit") {
      ++i;
      continue;
    }
    const std::string name = arg.substr(0, arg.find('='));
    if (arg.size() > 1 && arg[0] == '-') {
      if (std::find(own.begin(), own.end(), name) != own.end()) continue;
      if (std::find(theirs.begin(), theirs.end(), name) != theirs.end()) {
        who = chibo::cli::who(app, command);
        return fmt::format("'{}' là tùy chọn của lệnh {}: hãy ghi nó sau '{}'", name,
                           command.get_name(), command.get_name());
      }
      who = app.get_name();
      return unknown_option(app, arg);
    }
    if (!arg.empty()) {
      who = app.get_name();
      return fmt::format("'{}' không phải là một lệnh{}", arg, co_phai_la(arg, command_names(app)));
    }
  }
  return "";
}

bool is_option_word(std::string_view arg) { return arg.size() > 1 && arg[0] == '-'; }

// Which of remaining's words are left over only because an option the
// command has not was given a value: the word typed after it (explain's "-o
// x.txt meeting.yaml") was meant as its value, but CLI11 took it for the
// command's file, and the file after it was left over, said as "thừa tham số
// 'meeting.yaml'" when the fault is '-o'. For each unknown option followed by
// a word, the first word left over after it is let go (the word itself, when
// it was left over: "template -x foo"). args is the whole command line.
std::vector<bool> value_of_unknown(const CLI::App& app, const CLI::App& command,
                                   const std::vector<std::string>& remaining,
                                   const std::vector<std::string>& args) {
  const std::vector<std::string> own = option_names(app);
  std::vector<bool> let_go(remaining.size(), false);
  // remaining is args' words in their order, from the command's name on.
  std::size_t i = 0;
  if (&command != &app) {
    while (i < args.size() && args[i] != command.get_name()) ++i;
  }
  std::vector<std::size_t> at(remaining.size(), args.size());
  for (std::size_t j = 0; i < args.size() && j < remaining.size(); ++i) {
    if (args[i] == remaining[j]) at[j++] = i;
  }
  for (std::size_t j = 0; j < remaining.size(); ++j) {
    const std::string& extra = remaining[j];
    const bool unknown = is_option_word(extra) && extra.find('=') == std::string::npos &&
                         std::find(own.begin(), own.end(), extra) == own.end();
    if (!unknown || at[j] + 1 >= args.size() || is_option_word(args[at[j] + 1])) continue;
    for (std::size_t k = j + 1; k < remaining.size(); ++k) {
      if (!is_option_word(remaining[k]) && !let_go[k]) {
        let_go[k] = true;
        break;
      }
    }
  }
  return let_go;
}

// A line for each word command was given and did not take (CLI11's
// remaining()): chibo's own option put after the command, an option the
// command has not, and (with words) any other word but an unknown option's
// value (value_of_unknown).
std::vector<std::string> extras_said(const CLI::App& app, const CLI::App& command, bool words,
                                     const std::vector<std::string>& args) {
  const std::vector<std::string> own = option_names(app);
  const std::vector<std::string> remaining = command.remaining();
  const std::vector<bool> let_go = value_of_unknown(app, command, remaining, args);
  std::vector<std::string> lines;
  for (std::size_t j = 0; j < remaining.size(); ++j) {
    const std::string& extra = remaining[j];
    const std::string name = extra.substr(0, extra.find('='));
    if (&command != &app && std::find(own.begin(), own.end(), name) != own.end()) {
      lines.push_back(fmt::format("'{}' là tùy chọn của chibo: hãy ghi nó trước lệnh {}", name,
                                  command.get_name()));
    } else if (is_option_word(extra)) {
      lines.push_back(unknown_option(command, extra));
    } else if (words && !let_go[j]) {
      lines.push_back(fmt::format("thừa tham số '{}'", extra));
    }
  }
  return lines;
}

// Whether a value positional name refused (a file's name left empty) is the
// word typed right after an option command has not: in "explain -o ''
// meeting.yaml" the record file was given '' and refused it, when '' was
// meant as -o's value, and '-o' is the fault (said as of "-o x.txt").
bool refused_value_of_unknown(const CLI::App& app, const CLI::App& command, std::string_view name,
                              const std::vector<std::string>& args) {
  const CLI::Option* positional = command.get_option_no_throw(std::string(name));
  if (!positional || !positional->get_positional()) return false;
  const CLI::results_t& values = positional->results();
  const std::vector<std::string> own = option_names(app);
  const std::vector<std::string> theirs = option_names(command);
  auto known = [&](const std::string& word) {
    return std::find(own.begin(), own.end(), word) != own.end() ||
           std::find(theirs.begin(), theirs.end(), word) != theirs.end();
  };
  std::size_t i = 0;
  while (i < args.size() && args[i] != command.get_name()) ++i;
  for (; i + 1 < args.size(); ++i) {
    const std::string& word = args[i];
    if (!is_option_word(word) || word.find('=') != std::string::npos || known(word)) continue;
    const std::string& value = args[i + 1];
    if (!is_option_word(value) && std::find(values.begin(), values.end(), value) != values.end()) {
      return true;
    }
  }
  return false;
}

// lines, each after the first said as of command too ("chibo explain: ").
std::string joined(const CLI::App& app, const CLI::App& command,
                   const std::vector<std::string>& lines) {
  return fmt::format("{}", fmt::join(lines, fmt::format("\n{}: ", who(app, command))));
}

// CLI11's "Could not convert: --seed = abc", of a number option with no
// range to check it first; "" for another option.
std::string not_a_number(const CLI::App& app, const CLI::App& command, std::string_view text) {
  const auto name_value = after(text, "Could not convert: ");
  const std::size_t eq = name_value ? name_value->find(" = ") : std::string_view::npos;
  if (eq == std::string_view::npos) return "";
  const std::string_view name = name_value->substr(0, eq);
  const CLI::Option* o = option_named(app, command, name);
  const std::string type = o ? o->get_type_name() : "";
  const char* number = type.rfind("UINT", 0) == 0    ? "một số nguyên từ 0 trở lên"
                       : type.rfind("INT", 0) == 0   ? "một số nguyên"
                       : type.rfind("FLOAT", 0) == 0 ? "một số"
                                                     : nullptr;
  if (!number) return "";
  return fmt::format("{} phải là {}, không phải '{}'", name, number, name_value->substr(eq + 3));
}

// CLI11's message for e, in Vietnamese; "" when it is not one this knows.
std::string said_again(const CLI::App& app, const CLI::App& command, const CLI::ParseError& e,
                       const std::vector<std::string>& args) {
  const std::string_view text = e.what();
  if (dynamic_cast<const CLI::RequiredError*>(&e)) {
    if (text == "A subcommand is required") return no_command(app, args);
    if (auto name = before(text, " is required")) {
      // A required option misspelt (--peroid) is missing because it was not
      // known: the word typed is said first, with the name meant ("thiếu
      // --period" alone read as if it had not been typed at all).
      std::vector<std::string> lines = extras_said(app, command, false, args);
      lines.push_back(fmt::format("thiếu {}", described(app, command, *name)));
      return joined(app, command, lines);
    }
    return "";
  }
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    const std::vector<std::string> lines = extras_said(app, command, true, args);
    if (lines.empty()) return "";
    return joined(app, command, lines);
  }
  if (dynamic_cast<const CLI::ConversionError*>(&e)) return not_a_number(app, command, text);
  // The rest name their option first: "--format: ...".
  const std::size_t colon = text.find(": ");
  if (colon == std::string_view::npos) return "";
  const std::string_view name = text.substr(0, colon);
  const std::string_view rest = text.substr(colon + 2);
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
    if (before(rest, " missing")) {
      const std::string description = description_of(app, command, name);
      return fmt::format("{} cần một giá trị ghi sau nó{}", name,
                         description.empty() ? "" : fmt::format(": {}", description));
    }
    if (auto count = after(rest, "At Most 1 required but received ")) {
      return fmt::format("{} chỉ được ghi một lần (đã ghi {} lần)", name, *count);
    }
    return "";
  }
  if (dynamic_cast<const CLI::ValidationError*>(&e)) {
    // CLI11 checks the values before it says the words left over, and an
    // option missing: the unknown option whose value was refused is said
    // instead, and the first option missing after it, as of "-o x.txt".
    if (refused_value_of_unknown(app, command, name, args)) {
      const auto options = command.get_options();
      const auto missing = std::find_if(options.begin(), options.end(), [](const CLI::Option* o) {
        return o->get_required() && o->count() == 0;
      });
      std::vector<std::string> lines = extras_said(app, command, missing == options.end(), args);
      if (missing != options.end()) {
        lines.push_back(fmt::format("thiếu {}", described(app, command, (*missing)->get_name())));
      }
      if (!lines.empty()) return joined(app, command, lines);
    }
    // CLI::IsMember's "xml not in {table,csv,json}".
    const std::size_t in = rest.rfind(" not in {");
    if (in != std::string_view::npos && rest.back() == '}') {
      const std::string_view value = rest.substr(0, in);
      const std::string_view list = rest.substr(in + 9, rest.size() - in - 10);
      const std::vector<std::string> allowed = split(list, ',');
      return fmt::format("{} phải là một trong: {}; không phải '{}'{}", name,
                         fmt::join(allowed, ", "), value, co_phai_la(value, allowed));
    }
    // CLI::Range's "Value abc not in range 1 to 64", and of a fraction's
    // range "Value 2 not in range 0.000000 to 1.000000" (chibo-gen's rates).
    if (auto value_range = after(rest, "Value ")) {
      const std::size_t at = value_range->find(" not in range ");
      if (at != std::string_view::npos) {
        const std::vector<std::string> bounds = split(value_range->substr(at + 14), ' ');
        if (bounds.size() == 3 && bounds[1] == "to") {
          const bool fraction = bounds[0].find('.') != std::string::npos;
          return fmt::format("{} phải là một {} từ {} đến {}, không phải '{}'", name,
                             fraction ? "số" : "số nguyên", without_zeros(bounds[0]),
                             without_zeros(bounds[2]), value_range->substr(0, at));
        }
      }
    }
    // from_zero's, said as a value that is no number is.
    if (auto value = after(rest, kBelowZero)) {
      return fmt::format("{} phải là một số nguyên từ 0 trở lên, không phải '{}'", name, *value);
    }
    if (auto value = after(rest, kTooLarge)) {
      return fmt::format("{} phải là một số nguyên từ 0 đến 18446744073709551615, không phải '{}'",
                         name, *value);
    }
    // Our own checks' words (--period, --output) are Vietnamese already.
    return fmt::format("{}: {}", name, rest);
  }
  return "";
}

}  // namespace

std::string usage_error(const CLI::App& app, const CLI::ParseError& e,
                        const std::vector<std::string>& args) {
  const CLI::App& command = command_of(app);
  std::string whom = who(app, command);
  std::string message;
  if (&command != &app) message = before_command(app, command, args, whom);
  if (message.empty()) message = said_again(app, command, e, args);
  if (message.empty()) message = e.what();
  return usage_lines(whom, message);
}

CLI::Validator from_zero() {
  return CLI::Validator(
      [](std::string& value) {
        // Decimal digits alone, their leading zeros let go: CLI11 read '010'
        // as 8 (octal), '0x10' as 16, '' as 0, and a number past the largest
        // as the largest, as it read '-1'.
        const bool digits =
            !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
        if (!digits) return std::string(kBelowZero) + value;
        const std::size_t first = std::min(value.find_first_not_of('0'), value.size() - 1);
        const std::string_view number = std::string_view(value).substr(first);
        constexpr std::string_view kLargest = "18446744073709551615";
        if (number.size() > kLargest.size() ||
            (number.size() == kLargest.size() && number > kLargest)) {
          return std::string(kTooLarge) + value;
        }
        value = std::string(number);
        return std::string();
      },
      "");
}

CLI::Validator decimal_in(long long lo, long long hi) {
  // Refused in CLI::Range's words ("Value 4x not in range 1 to 64"), which
  // said_again says in Vietnamese; the description is CLI::Range's too, which
  // the help shows as "SỐ (1-64)".
  return CLI::Validator(
      [lo, hi](std::string& value) {
        // Not const, so that each return moves it.
        std::string refused = fmt::format("Value {} not in range {} to {}", value, lo, hi);
        if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos) {
          return refused;
        }
        const std::size_t first = std::min(value.find_first_not_of('0'), value.size() - 1);
        const std::string number = value.substr(first);
        // Past 18 digits it is past any range (and past long long).
        if (number.size() > 18) return refused;
        const long long n = std::stoll(number);
        if (n < lo || n > hi) return refused;
        value = number;
        return std::string();
      },
      fmt::format("INT in [{} - {}]", lo, hi));
}

std::string usage_lines(const std::string& who, const std::string& message) {
  return fmt::format("{}: {}\nXem cách dùng: {} --help\n", who, message, who);
}

}  // namespace chibo::cli
