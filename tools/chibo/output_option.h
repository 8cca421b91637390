// The command-line options that say where a command's result goes and in
// what form: --output/-o and --format/-f (what is written there: output_file.h).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace chibo::cli {

// --output/-o FILE: the file instead of standard output ("-" is standard
// output); an empty name is refused (it wrote to standard output unasked).
void add_output_option(CLI::App& app, std::string& output);
// --format FORMAT, one of formats (the first is the default), and when it
// is not given, the format --output's extension names (-o bao-cao.xlsx:
// xlsx; .csv, .json, .html or .htm, .md, .yaml or .yml, .txt for text). A
// member of the command's options: CLI11 writes into it.
class FormatOption {
 public:
  void add(CLI::App& app, const std::string& help, std::vector<std::string> formats);
  // The format to write output in; an extension that names another format
  // than the one given is warned of on err ("chibo COMMAND: cảnh báo: ...").
  std::string settle(const std::string& output, const std::string& command,
                     std::ostream& err) const;

 private:
  CLI::Option* option_ = nullptr;
  std::string value_;
  std::vector<std::string> formats_;
};

// "--output=" with nothing after it (an unset variable in --output=$OUT):
// CLI11 takes the next argument as the file, and a record file named there
// was overwritten with the result. The message for it (command: the one it
// was given to), or "" when not given.
std::string empty_output_named(int argc, char** argv, std::string& command);

}  // namespace chibo::cli
