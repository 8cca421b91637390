// The help's words in Vietnamese (usage.h): its headings, and each option's
// value in its left column.
#include "usage.h"

#include <algorithm>
#include <memory>
#include <string>

namespace chibo::cli {
namespace {

// The help's words for an option's value, in Vietnamese: CLI11's own are
// its C++ types and its validators' English ("TEXT", "INT:INT in [1 - 64]").
class VietnameseFormatter : public CLI::Formatter {
 public:
  // CLI11's layout, its left column padded by letters, not bytes ("TỆP" is
  // three letters in five bytes: the descriptions after it were out of line).
  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    const std::string left = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
    const std::string desc = make_option_desc(opt);
    const std::size_t width = get_column_width();
    const std::size_t letters =
        static_cast<std::size_t>(std::count_if(left.begin(), left.end(), [](char c) {
          return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        }));
    std::string out = left;
    if (!desc.empty()) {
      // At least two spaces between the columns, else the description on the next line.
      out +=
          letters + 2 > width ? "\n" + std::string(width, ' ') : std::string(width - letters, ' ');
      for (const char c : desc) {
        out += c;
        if (c == '\n') out += std::string(width, ' ');
      }
    }
    return out + "\n";
  }

  std::string make_option_opts(const CLI::Option* opt) const override {
    if (opt->get_type_name().empty()) return "";  // a flag: no value
    std::string out;
    if (std::string word = value_word(*opt); !word.empty()) out += " " + word;
    if (opt->get_expected_max() == CLI::detail::expected_max_vector_size) out += " ...";
    if (opt->get_required()) out += " " + get_label("REQUIRED");
    return out;
  }

 private:
  // The choices as they are, a number, a file's name (CLI11's TEXT: every
  // other text option names a file), or the word an option set itself with
  // type_name() (KỲ, TÊN=SỐ).
  static std::string value_word(const CLI::Option& opt) {
    if (opt.get_positional()) return "";  // its name says what it is (TỆP_BẢN_GHI)
    std::string type = opt.get_type_name();
    if (const std::size_t brace = type.find('{'); brace != std::string::npos) {
      return type.substr(brace);  // {table,csv,json}
    }
    if (type == "TEXT") return "TỆP";
    if (type.rfind("INT", 0) == 0 || type.rfind("UINT", 0) == 0 || type.rfind("FLOAT", 0) == 0) {
      // CLI::Range's "INT:INT in [1 - 64]": "SỐ (1-64)"; a fraction's "FLOAT:FLOAT in [0 - 1]".
      const std::size_t from = type.find(" in [");
      const std::size_t dash = type.find(" - ", from);
      const std::size_t end = type.find(']', from);
      if (from == std::string::npos || dash == std::string::npos || end == std::string::npos) {
        return "SỐ";
      }
      return "SỐ (" + type.substr(from + 5, dash - from - 5) + "-" +
             type.substr(dash + 3, end - dash - 3) + ")";
    }
    return type;
  }
};

}  // namespace

void use_vietnamese(CLI::App& app) {
  app.formatter(std::make_shared<VietnameseFormatter>());
  CLI::FormatterBase& f = *app.get_formatter();
  f.label("Usage", "Cách dùng");
  f.label("OPTIONS", "TÙY CHỌN");
  f.label("SUBCOMMAND", "LỆNH");
  f.label("SUBCOMMANDS", "LỆNH");
  f.label("Positionals", "Tệp");
  f.label("REQUIRED", "(bắt buộc)");
  app.option_defaults()->group("Tùy chọn");
  app.set_help_flag("-h,--help", "In hướng dẫn này rồi thoát");
}

void list_as_command(CLI::App& command) {
  command.group("Lệnh");
  // Its help flag was made before it took its parent's option defaults.
  command.get_help_ptr()->group("Tùy chọn");
}

}  // namespace chibo::cli
