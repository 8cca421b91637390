// chibo-gen: a seeded, deterministic generator of realistic data for chibo:
// a units file (the organisation tree) and a year of meeting records scored
// by a given ruleset. Same arguments, byte-identical files.
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "chibo/compiled_ruleset.h"
#include "chibo/number_format.h"
#include "chibo/units.h"
#include "org_generator.h"
#include "ruleset_path.h"
#include "usage.h"
#include "year_writer.h"

namespace {

using namespace chibo;
using namespace chibo::gen;

// Whether standard output is the regular file at path ('--records - > u.csv'
// with '--units u.csv': the records were written over the units list).
bool stdout_is(const std::string& path) {
  struct stat out {
  }, file{};
  return fstat(STDOUT_FILENO, &out) == 0 && S_ISREG(out.st_mode) &&
         stat(path.c_str(), &file) == 0 && out.st_dev == file.st_dev && out.st_ino == file.st_ino;
}

// Whether output would be written over the file at path, an input that
// exists: a regular file (or a name not made yet) that is the same file;
// either may be "-", standard output, when it is such a file. Devices
// (/dev/null) and a terminal or pipe are written through, nothing lost.
bool writes_over(const std::string& output, const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (output == "-" && path == "-") return false;
  if (output == "-") return stdout_is(path);
  if (path == "-") return stdout_is(output);
  if (fs::exists(output, ec) && !fs::is_regular_file(output, ec)) return false;
  if (fs::equivalent(output, path, ec)) return true;
  // Neither made yet ("mau.csv" and "./mau.csv"): their paths, as they would be.
  const fs::path a = fs::weakly_canonical(fs::absolute(output, ec), ec);
  if (ec) return false;
  const fs::path b = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return !ec && a == b;
}

// The summary on standard error, in Vietnamese as chibo's accounting lines
// are (counts "2.981", shares "64,1%"); tests/generate/check_generate.sh
// reads the records written, spoilt and missing from it.
void report(const OrgStats& s, const YearCounts& c, const Ruleset& r) {
  Presentation one_decimal;
  one_decimal.decimals = 1;
  auto count = [](long n) { return format_count(n); };
  auto share = [&](long part, long whole) { return format_share(part, whole, one_decimal); };
  std::cerr << fmt::format(
      "chibo-gen: đơn vị: {} tỉnh, {} huyện, {} đảng bộ cơ sở; {} chi bộ ({} chi bộ cơ sở, {} chi "
      "bộ trực thuộc đảng bộ cơ sở), {} đảng viên\n",
      count(s.provinces), count(s.districts), count(s.committees),
      count(s.base_cells + s.sub_cells), count(s.base_cells), count(s.sub_cells), count(s.members));
  std::string by_type, attendance;
  for (std::size_t t = 0; t < s.cells_by_type.size(); ++t) {
    const char* name = unit_type_label(static_cast<UnitType>(t));
    by_type += fmt::format("{}{} {}", by_type.empty() ? "" : ", ", name, count(s.cells_by_type[t]));
    if (c.must[t] > 0) {
      attendance += fmt::format("{}{} {}", attendance.empty() ? "" : ", ", name,
                                share(c.present[t], c.must[t]));
    }
  }
  std::cerr << "chibo-gen: chi bộ theo loại hình: " << by_type << '\n';
  std::string spoilt;
  for (std::size_t k = 0; k < c.invalid.size(); ++k) {
    spoilt += fmt::format("{}{} {}", k ? ", " : "", count(c.invalid[k]),
                          spoil_label(static_cast<Spoil>(k)));
  }
  std::cerr << fmt::format(
      "chibo-gen: bản ghi: {} đã ghi ({} thường kỳ, {} chuyên đề), trong đó {} cố ý làm sai ({})\n",
      count(c.regular + c.thematic), count(c.regular), count(c.thematic), count(c.invalid_total()),
      spoilt);
  std::cerr << fmt::format(
      "chibo-gen: không ghi: {} tháng thiếu sinh hoạt, {} quý không có sinh hoạt chuyên đề, {} "
      "cuộc sinh hoạt không tạo được bản ghi hợp lệ sau {} lần thử ({} lần bản ghi tạo ra bị loại "
      "và được tạo lại)\n",
      count(c.missing_months), count(c.skipped_quarters), count(c.unverifiable),
      count(RecordGenerator::kTries), count(c.retries));
  long valid = 0, bands = 0;
  for (long g : c.grades) valid += g;
  for (long b : c.task_bands) bands += b;
  std::string grades;
  for (std::size_t g = 0; g < c.grades.size() && g < r.grades.size(); ++g) {
    const Grade& grade = r.grades[g];
    grades += fmt::format("{}{} {}", g ? ", " : "", grade.label.empty() ? grade.id : grade.label,
                          share(c.grades[g], valid));
  }
  std::cerr << "chibo-gen: bản ghi hợp lệ theo xếp loại: " << grades << '\n';
  if (!attendance.empty()) std::cerr << "chibo-gen: tỷ lệ đảng viên dự: " << attendance << '\n';
  if (bands > 0) {
    auto band = [&](std::size_t i) { return share(c.task_bands[i], bands); };
    std::cerr << fmt::format(
        "chibo-gen: bản ghi theo mức hoàn thành nhiệm vụ: 100%: {}; từ 90% đến dưới 100%: {}; từ "
        "80% đến dưới 90%: {}; dưới 80%: {}\n",
        band(0), band(1), band(2), band(3));
  }
}

}  // namespace

// No catch-all, unlike chibo's main: what can throw here is CLI11's
// construction errors (a mistake in the option tables), bad_alloc or a
// broken invariant in a generator, for which std::terminate's abort will do.
// NOLINTNEXTLINE(bugprone-exception-escape)
int main(int argc, char** argv) {
  // Named, so the help and its errors say "chibo-gen", not the path it was started by.
  CLI::App app{
      "chibo-gen: tạo dữ liệu mẫu cho chibo (danh sách đơn vị và bản ghi sinh hoạt chi bộ một "
      "năm); cùng seed và tham số thì cùng tệp",
      "chibo-gen"};
  chibo::cli::use_vietnamese(app);
  std::string ruleset_path, units_path, records_path, scale_text = "district";
  long cells = 0;
  YearOptions o;
  o.threads = static_cast<int>(std::min(8u, std::max(1u, std::thread::hardware_concurrency())));
  app.add_option("--ruleset", ruleset_path, "Tệp bộ tiêu chí (YAML) mà các bản ghi được tạo theo")
      ->required();
  app.add_option("--scale", scale_text,
                 "Quy mô: district (huyện như Cao Phong, 192 chi bộ; mặc định), province (tỉnh, "
                 "khoảng 4.000), nation (cả nước, 262.894)")
      ->check(CLI::IsMember({"district", "province", "nation"}));
  app.add_option("--cells", cells, "Số chi bộ sinh hoạt (thay cho số của quy mô)")
      ->transform(chibo::cli::decimal_in(1, 10000000));
  app.add_option("--year", o.year, "Năm của các cuộc sinh hoạt (mặc định: 2024)")
      ->transform(chibo::cli::decimal_in(1900, 9999));
  app.add_option("--seed", o.seed,
                 "Số khởi tạo ngẫu nhiên: cùng seed và tham số thì cùng tệp (mặc định: 42)")
      ->transform(chibo::cli::from_zero());
  app.add_option("--invalid-rate", o.invalid_rate, "Tỷ lệ bản ghi cố ý ghi sai (mặc định: 0.002)")
      ->check(CLI::Range(0.0, 1.0));
  app.add_option("--missing-rate", o.missing_rate,
                 "Tỷ lệ tháng không có sinh hoạt thường kỳ (mặc định: 0.02)")
      ->check(CLI::Range(0.0, 1.0));
  app.add_option("--threads", o.threads,
                 "Số luồng (mặc định: số luồng của máy, tối đa 8); tệp như nhau với mọi số luồng")
      ->transform(chibo::cli::decimal_in(1, 64));
  app.add_option("--units", units_path, "Tệp danh sách đơn vị sẽ ghi (CSV)")->required();
  app.add_option("--records", records_path, "Tệp bản ghi sẽ ghi (CSV; '-' là đầu ra chuẩn)")
      ->required();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() != 0) {
      std::cerr << chibo::cli::usage_error(app, e, std::vector<std::string>(argv + 1, argv + argc));
      return 2;
    }
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (units_path == "-" && records_path == "-") {
    std::cerr << chibo::cli::usage_lines(
        "chibo-gen", "--units và --records không thể cùng là đầu ra chuẩn ('-')");
    return 2;
  }
  // The records were written over the units list just made (it was lost,
  // exit 0).
  if (writes_over(records_path, units_path)) {
    std::cerr << chibo::cli::usage_lines(
        "chibo-gen",
        fmt::format(
            "--units và --records không thể cùng là một tệp ('{}'{})",
            one_line(units_path == "-" ? records_path : units_path),
            units_path == "-" || records_path == "-" ? ", đầu ra chuẩn '-' là tệp đó" : ""));
    return 2;
  }
  Scale scale = scale_text == "nation"     ? Scale::Nation
                : scale_text == "province" ? Scale::Province
                                           : Scale::District;
  if (cells == 0) cells = default_cells(scale);

  // As chibo says it, in Vietnamese: the engine's "cannot open the file"
  // is for the ruleset's author.
  if (const std::string why = chibo::cli::ruleset_path_problem(ruleset_path); !why.empty()) {
    std::cerr << fmt::format("chibo-gen: không mở được tệp bộ tiêu chí '{}' ({})\n",
                             one_line(ruleset_path), why);
    return 2;
  }
  Diagnostics diags;
  auto ruleset = load_compiled_ruleset(ruleset_path, diags);
  // In the file's order, as chibo prints them.
  std::vector<Diagnostic> items = diags.items();
  std::stable_sort(items.begin(), items.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.file, a.where.line, a.where.column) <
           std::tie(b.where.file, b.where.line, b.where.column);
  });
  for (const Diagnostic& d : items) std::cerr << format_diagnostic(d) << '\n';
  if (!ruleset) {
    // As chibo says it: the errors above are the ruleset author's, in English.
    std::cerr << fmt::format(
        "chibo-gen: bộ tiêu chí {0} có lỗi nên không dùng được (các lỗi trên, bằng tiếng Anh, "
        "dành cho người soạn bộ tiêu chí; xem đủ bằng 'chibo lint {0}')\n",
        ruleset_path);
    return 2;
  }

  // The ruleset (and the files it extends) is an input: '--units r.yaml'
  // wrote the units list over it.
  std::vector<std::string> inputs = ruleset_of(*ruleset).bases;
  inputs.insert(inputs.begin(), ruleset_path);
  for (const std::string& in : inputs) {
    for (const std::string* out : {&units_path, &records_path}) {
      if (writes_over(*out, in)) {
        std::cerr << fmt::format(
            "chibo-gen: không ghi đè lên tệp bộ tiêu chí '{}': hãy ghi tên tệp khác cho {}\n",
            one_line(in), out == &units_path ? "--units" : "--records");
        return 2;
      }
    }
  }
  CsvOut units(units_path);
  if (!units.ok()) {
    std::cerr << fmt::format(
        "chibo-gen: không ghi được tệp '{}' (thư mục có tồn tại, và có quyền ghi không?)\n",
        units_path);
    return 2;
  }
  OrgStats stats;
  std::vector<CellInfo> cell_list = generate_org(scale, cells, o.seed, units, stats);
  if (!units.close()) {
    std::cerr << fmt::format("chibo-gen: không ghi được hết tệp '{}' (ổ đĩa đầy?)\n", units_path);
    return 2;
  }
  CsvOut records(records_path);
  if (!records.ok()) {
    std::cerr << fmt::format(
        "chibo-gen: không ghi được tệp '{}' (thư mục có tồn tại, và có quyền ghi không?)\n",
        records_path);
    return 2;
  }
  YearCounts counts = write_year(*ruleset, cell_list, o, records);
  if (!records.close()) {
    std::cerr << fmt::format("chibo-gen: không ghi được hết tệp '{}' (ổ đĩa đầy?)\n", records_path);
    return 2;
  }
  report(stats, counts, ruleset_of(*ruleset));
  return counts.unverifiable > 0 ? 1 : 0;
}
