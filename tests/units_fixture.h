// What the units list's tests share: a list loaded from a file or a text,
// its messages formatted with the file by its name only.
#pragma once

#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "chibo/units.h"

namespace chibo::testing {

namespace fs = std::filesystem;

struct Loaded {
  std::optional<chibo::Units> units;
  std::vector<std::string> messages;  // formatted, with the file shown by its name only
  std::vector<std::string> ids() const {
    std::vector<std::string> out;
    if (units) {
      for (const chibo::Unit& u : units->units) out.push_back(u.id);
    }
    return out;
  }
};

inline Loaded load_path(const std::string& path, const std::string& shown) {
  chibo::Diagnostics diags;
  Loaded out;
  out.units = chibo::load_units(path, diags);
  for (chibo::Diagnostic d : diags.items()) {
    if (d.where.file == path) d.where.file = shown;
    out.messages.push_back(chibo::format_diagnostic(d));
  }
  return out;
}

// Writes text to a fresh file called name and loads it.
inline Loaded load_text(const std::string& name, const std::string& text) {
  fs::path dir =
      fs::temp_directory_path() / ("chibo_units_test_" + std::to_string(std::random_device{}()));
  fs::create_directories(dir);
  fs::path path = dir / name;
  std::ofstream(path, std::ios::binary) << text;
  Loaded out = load_path(path.string(), name);
  fs::remove_all(dir);
  return out;
}

inline const std::string kHeader = "id;name;level;type;parent;members\n";
// A base committee with one cell, so that no warning is due.
inline const std::string kBase =
    "D;Đảng bộ xã;dang_bo_co_so;residential;;\n"
    "D-01;Chi bộ xóm 1;chi_bo;residential;D;10\n";

inline std::string data_file(const char* name) {
  return std::string(CHIBO_SOURCE_DIR) + "/tests/cli/data/" + name;
}

}  // namespace chibo::testing
