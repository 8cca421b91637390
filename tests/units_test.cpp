#include "chibo/units.h"

#include <filesystem>
#include <fstream>
#include <random>

#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "chibo/limits.h"
#include "csv_fixture.h"
#include "units_fixture.h"
#include "xlsx_fixture.h"

using chibo::Diagnostics;
using chibo::Unit;
using chibo::UnitLevel;
using chibo::Units;
using chibo::UnitType;

using chibo::testing::data_file;
using chibo::testing::kBase;
using chibo::testing::kHeader;
using chibo::testing::load_path;
using chibo::testing::load_text;
using chibo::testing::Loaded;
namespace fs = std::filesystem;

TEST_CASE("rows with problems are left out, and so are the cells of a base committee left out") {
  Loaded got = load_text("units.csv", kHeader + kBase +
                                          "E;Đảng bộ E;dang_bo_co_so;agenc;;\n"
                                          "E-1;Chi bộ E1;chi_bo;agency;E;5\n"
                                          "D-02;Chi bộ xóm 2;chi_bo;residental;D;9\n"
                                          "D-03;Chi bộ xóm 3;chi_bo;residential;D;7\n");
  CHECK(got.messages.size() == 2);
  CHECK(got.ids() == std::vector<std::string>{"D", "D-01", "D-03"});
  REQUIRE(got.units);
  CHECK(got.units->find("E-1") == nullptr);
  CHECK(got.units->position("D-03") == std::optional<std::size_t>(2));
}

// A sheet kept by hand ends in a totals row: said, and no unit, where its
// empty level and type were three errors; a unit forgotten its level is not one.
TEST_CASE("a units sheet's totals row is no unit, said in a warning") {
  const Loaded got = load_text("units.csv", "STT;" + kHeader.substr(0, kHeader.size() - 1) +
                                                "\n1;" + kBase.substr(0, kBase.find('\n')) +
                                                "\n2;D-01;Chi bộ xóm 1;chi_bo;residential;D;10\n"
                                                "Tổng cộng;;;;;;10\n;Cộng:;;;;;10\n"
                                                "3;CT;Công ty;;;;3\n");
  CHECK(got.ids() == std::vector<std::string>{"D", "D-01"});
  CHECK(got.messages ==
        std::vector<std::string>{
            "units.csv:1: warning: cột 'STT' không phải cột của danh sách đơn vị, bỏ qua (các cột "
            "là id, name, level, type, parent, members, hoặc Mã, Tên, Cấp, Loại hình, Trực "
            "thuộc, Số đảng viên)",
            "units.csv:4: warning: dòng tổng cộng (không có cấp, loại hình: không phải một đơn "
            "vị), không đọc",
            "units.csv:5: warning: dòng tổng cộng (không có cấp, loại hình: không phải một đơn "
            "vị), không đọc",
            "units.csv:6: error: cột 'level' để trống", "units.csv:6: error: cột 'type' để trống"});
}

// The index probes slots kept at most two thirds full; every id is found at
// its place, ids not listed are not, and an index never built finds nothing.
TEST_CASE("the units index finds every id of a list and nothing else") {
  chibo::HugeVector<chibo::Unit> units;
  for (int i = 0; i < 5000; ++i) units.push_back({"U-" + std::to_string(i), "", {}, {}, "", 1, i});
  chibo::UnitIndex index;
  CHECK(index.find("U-0", units) == std::nullopt);
  index.build(units);
  std::size_t wrong = 0;
  for (std::size_t i = 0; i < units.size(); ++i) {
    wrong += index.find(units[i].id, units) == std::optional<std::size_t>(i) ? 0 : 1;
  }
  CHECK(wrong == 0);
  for (const char* id : {"U-5000", "", "U-", "u-1", "U-00"}) {
    INFO(id);
    CHECK(index.find(id, units) == std::nullopt);
  }
  chibo::HugeVector<chibo::Unit> none;
  index.build(none);
  CHECK(index.find("U-1", units) == std::nullopt);
}

// A row that could not be split (a quote left open in its name) is left
// out by its id, read before the fault: its records are told the unit was
// left out for that line, not that it is missing from the list (the advice
// to add it, a second time).
TEST_CASE("a row broken after its id is left out by its id") {
  const Loaded got = load_text("units.csv", kHeader + kBase +
                                                "D-02;\"Chi bộ 2;chi_bo;residential;D;9\n"
                                                "D-03;Chi bộ 3;chi_bo;residential;D;7\n");
  CHECK(got.messages == std::vector<std::string>{
                            "units.csv:4: error: dòng CSV hỏng: dấu ngoặc kép mở ở dòng 4 không "
                            "có dấu đóng cho đến hết tệp"});
  CHECK(got.ids() == std::vector<std::string>{"D", "D-01", "D-03"});
  REQUIRE(got.units);
  CHECK(got.units->left_out_line("D-02") == std::optional<int>(4));
  // Broken in its id's own cell: no id, nothing to tell.
  const Loaded in_id = load_text("units.csv", kHeader + kBase + "\"D-02;Chi bộ 2;chi_bo\n");
  REQUIRE(in_id.units);
  CHECK(in_id.units->left_out.empty());
}

// A list without problems takes its rows' index (every row a unit, in
// place); one with a row left out builds its own. Both find every unit.
TEST_CASE("a units list's index finds each unit, whether rows were left out or not") {
  std::string rows;
  for (int i = 2; i <= 40; ++i)
    rows += fmt::format("D-{:02};Chi bộ {};chi_bo;residential;D;9\n", i, i);
  for (const bool left_out : {false, true}) {
    INFO(left_out);
    const Loaded got = load_text(
        "units.csv", kHeader + kBase + (left_out ? "X;;chi_bo;residential;D;9\n" : "") + rows);
    REQUIRE(got.units);
    CHECK(got.messages.size() == (left_out ? 1 : 0));
    REQUIRE(got.units->units.size() == 41);
    std::size_t wrong = 0;
    for (std::size_t i = 0; i < got.units->units.size(); ++i) {
      wrong += got.units->position(got.units->units[i].id) == std::optional<std::size_t>(i) ? 0 : 1;
    }
    CHECK(wrong == 0);
    CHECK(got.units->position("D-41") == std::nullopt);
    CHECK(got.units->position("X") == std::nullopt);
  }
}

// Unit::name views the list's own text: it outlives the rows read (freed
// when load_units returns) and the file, and moves with the list.
TEST_CASE("a units list keeps its names: they outlive the file read and move with the list") {
  Loaded loaded = load_text(
      "u.csv",
      kHeader + kBase + "D-02;Chi bộ xóm 2 (tên dài hơn mười lăm byte);chi_bo;residential;D;12\n");
  REQUIRE(loaded.units);
  Units moved = std::move(*loaded.units);
  loaded.units.reset();
  REQUIRE(moved.units.size() == 3);
  CHECK(moved.units[0].name == "Đảng bộ xã");
  CHECK(moved.units[1].name == "Chi bộ xóm 1");
  CHECK(moved.units[2].name == "Chi bộ xóm 2 (tên dài hơn mười lăm byte)");
  // keep() copies: the kept text does not change with what it was made from.
  std::string made = "Chi bộ xóm 3";
  const std::string_view kept = moved.keep(made);
  made = "something else entirely, long enough to move";
  CHECK(kept == "Chi bộ xóm 3");
  CHECK(moved.keep("").empty());
  // Kept beyond the room made for the file's names: the kept texts grow.
  std::vector<std::string_view> more;
  for (int i = 0; i < 2000; ++i) more.push_back(moved.keep("Chi bộ số " + std::to_string(i)));
  CHECK(more[0] == "Chi bộ số 0");
  CHECK(more[1999] == "Chi bộ số 1999");
  CHECK(moved.units[2].name == "Chi bộ xóm 2 (tên dài hơn mười lăm byte)");
}

TEST_CASE("Excel's CSV (BOM, CRLF, semicolons, quotes) loads, fields trimmed and NFC") {
  std::string text =
      "\xEF\xBB\xBF"
      "ID ; Name;LEVEL;type;parent;members\r\n"
      " D ;Đảng bộ xã Tân Phong;dang_bo_co_so;residential;;\r\n"
      "D-01;\"Chi bộ xóm \"\"Hòa\"\"; Bình\";chi_bo; residential ;D; 12 \r\n"
      "B;Chi bộ Trường THCS Ho\xCC\x80"
      "a Bình;chi_bo_co_so;school;B;40\r\n";
  Loaded got = load_text("units.csv", text);
  CHECK(got.messages.empty());
  REQUIRE(got.units);
  const Units& u = *got.units;
  REQUIRE(u.units.size() == 3);
  CHECK(u.units[0].id == "D");
  CHECK(u.units[0].members == 0);
  CHECK(u.units[1].name == "Chi bộ xóm \"Hòa\"; Bình");
  CHECK(u.units[1].members == 12);
  CHECK(u.units[1].line == 3);
  CHECK(u.units[2].name == "Chi bộ Trường THCS Hòa Bình");  // precomposed ò
  CHECK(u.units[2].parent == "B");
}

// UTF-16 without a mark (a "Unicode" export without one), told by its start:
// the same list as in UTF-8, a large one too (read whole: not cut in halves
// within a unit, which LF line ends alone would let); a header holding NUL
// bytes (UTF-16 whose start is not told, "Đơn vị" first) says what the file
// seems to be.
TEST_CASE("a units CSV in UTF-16 without a mark loads as the same list in UTF-8") {
  std::u16string text16 = u"id;name;level;type;parent;members\n";
  std::string text8 = "id;name;level;type;parent;members\n";
  auto add = [&](const std::string& ascii) {
    text8 += ascii;
    text16.append(ascii.begin(), ascii.end());
  };
  for (int b = 0; b < 2500; ++b) {
    const std::string base = "DB-" + std::to_string(b);
    add(base + ";");
    text8 += "Đảng bộ xã Thượng Cốc";
    text16 += u"Đảng bộ xã Thượng Cốc";
    add(";dang_bo_co_so;residential;;\n");
    for (int c = 1; c <= 4; ++c) {
      add(base + "-" + std::to_string(c) + ";Chi bo " + std::to_string(c) + ";chi_bo;residential;" +
          base + ";12\n");
    }
  }
  for (bool little : {true, false}) {
    INFO("little endian " << little);
    const std::string bytes = chibo::testing::utf16(text16, little).substr(2);
    REQUIRE(bytes.size() >= std::size_t{1} << 20);
    const Loaded got = load_text("units.csv", bytes);
    const Loaded want = load_text("units.csv", text8);
    REQUIRE(got.units);
    REQUIRE(want.units);
    CHECK(got.ids() == want.ids());
    CHECK(got.units->units.size() == 12500);
    CHECK(got.units->units[5].name == "Đảng bộ xã Thượng Cốc");
    CHECK(got.units->units[5].line == 7);
    CHECK(got.messages == want.messages);
  }
  const std::string untold =
      chibo::testing::utf16(u"Đơn vị;name;level;type;parent;members\r\n", true).substr(2);
  const Loaded said = load_text("units.csv", untold);
  REQUIRE(said.messages.size() >= 1);
  CHECK(said.messages[0] ==
        "units.csv:1: error: tệp có vẻ là UTF-16 không có BOM (dòng tiêu đề có byte NUL): hãy lưu "
        "tệp dạng CSV UTF-8");
}

// A list saved from a sheet with its title above the table: read from the
// header (the row naming the id), the title said; a large one still read
// in two halves, with the same units and lines as without the title.
TEST_CASE("a units CSV with a title above its table is read from its header") {
  Loaded got = load_text("units.csv",
                         "DANH SÁCH CHI BỘ;;;;;\n"
                         "Năm 2024;;;;;\n"
                         "\n" +
                             kHeader + kBase);
  CHECK(got.messages ==
        std::vector<std::string>{"units.csv:4: warning: dòng tiêu đề là dòng 4: 2 dòng có chữ ở "
                                 "trên nó (tên bảng...) không phải đơn vị, không đọc"});
  REQUIRE(got.units);
  CHECK(got.ids() == std::vector<std::string>{"D", "D-01"});
  CHECK(got.units->units[1].line == 6);

  std::string rows;
  for (int i = 0; i < 20000; ++i) {
    rows += "D-" + std::to_string(1000 + i) + ";Chi bộ thôn Bãi Nai số " + std::to_string(i) +
            ";chi_bo;residential;D;" + std::to_string(10 + i % 30) + "\n";
  }
  const std::string untitled = kHeader + kBase + rows;
  REQUIRE(untitled.size() >= std::size_t{1} << 20);  // read in two halves
  const Loaded plain = load_text("units.csv", untitled);
  const Loaded titled = load_text("units.csv", "DANH SÁCH CHI BỘ;;;;;\n" + untitled);
  REQUIRE(plain.units);
  REQUIRE(titled.units);
  CHECK(titled.units->units.size() == 20002);
  CHECK(titled.units->units.size() == plain.units->units.size());
  CHECK(titled.units->units.back().line == plain.units->units.back().line + 1);
  CHECK(titled.messages.size() == plain.messages.size() + 1);
}

TEST_CASE("rows left out for their problems are kept by id, with their lines") {
  Loaded u = load_text("units.csv",
                       "id,name,level,type,parent,members\n"
                       "DB,Đảng bộ A,dang_bo_co_so,school,,0\n"
                       "A-01,Chi bộ 1,chi_bo,school,DB,20\n"
                       "A-02,Chi bộ 2,chi_bo,school,A-01,20\n"
                       "CS,Chi bộ cơ sở,chi_bo_co_so,school,DB,5\n"
                       "X,Đảng bộ X,dang_bo_co_so,bogus,,0\n"
                       "X-01,Chi bộ X1,chi_bo,school,X,10\n");
  REQUIRE(u.units);
  CHECK(u.ids() == std::vector<std::string>{"DB", "A-01"});
  // Sorted by id; X-01 is left out with its base X, whose line says why.
  CHECK(u.units->left_out ==
        std::vector<std::pair<std::string, int>>{{"A-02", 4}, {"CS", 5}, {"X", 6}, {"X-01", 6}});
  CHECK(u.units->left_out_line("CS") == 5);
  CHECK_FALSE(u.units->left_out_line("A-01"));
  CHECK_FALSE(u.units->left_out_line("ZZ"));
  // The units missing from the list, in the order of their lines.
  CHECK(u.units->units_left_out() ==
        std::vector<std::pair<std::string, int>>{{"A-02", 4}, {"CS", 5}, {"X", 6}, {"X-01", 6}});
}

// A second row of a listed id is no unit missing, and an id left out twice
// is one unit, named at its first line.
TEST_CASE("the units left out are those the list lacks, each once") {
  Loaded u = load_text("units.csv",
                       "id,name,level,type,parent,members\n"
                       "DB,Đảng bộ A,dang_bo_co_so,school,,0\n"
                       "A-01,Chi bộ 1,chi_bo,school,DB,20\n"
                       "A-01,Chi bộ 1,chi_bo,school,DB,20\n"
                       "B-02,Chi bộ 2,chi_bo,bogus,DB,20\n"
                       "A-03,Chi bộ 3,chi_bo,bogus,DB,20\n"
                       "B-02,Chi bộ 2,chi_bo,wrong,DB,20\n");
  REQUIRE(u.units);
  CHECK(u.ids() == std::vector<std::string>{"DB", "A-01"});
  CHECK(u.units->units_left_out() ==
        std::vector<std::pair<std::string, int>>{{"B-02", 5}, {"A-03", 6}});
}

TEST_CASE("a file that cannot be read gives nullopt") {
  Loaded got = load_path("/nonexistent/units.csv", "units.csv");
  CHECK_FALSE(got.units);
  CHECK(got.messages ==
        std::vector<std::string>{
            "units.csv: error: không mở được tệp (tệp có tồn tại, và có quyền đọc không?)"});
}

TEST_CASE("the district of tests/cli/data/units_good.csv: base_of and cells") {
  Loaded got = load_path(data_file("units_good.csv"), "units_good.csv");
  CHECK(got.messages.empty());
  REQUIRE(got.units);
  const Units& u = *got.units;
  CHECK(u.units.size() == 10);
  std::vector<std::string> cells;
  for (const Unit* c : u.cells()) cells.push_back(c->id);
  CHECK(cells == std::vector<std::string>{"CP-TN-01", "CP-TN-02", "CP-TN-03", "CP-CQ-01",
                                          "CP-CQ-02", "CP-CQ-03", "CP-CA-01", "CP-DN-01"});
  const Unit* cell = u.find("CP-CQ-02");
  REQUIRE(cell);
  CHECK(cell->name == "Chi bộ Trung tâm Y tế huyện");
  CHECK(cell->type == UnitType::Service);
  CHECK(cell->members == 40);
  REQUIRE(u.base_of(*cell));
  CHECK(u.base_of(*cell)->id == "CP-CQ");
  const Unit* base_cell = u.find("CP-CA-01");
  REQUIRE(base_cell);
  CHECK(base_cell->level == UnitLevel::BaseCell);
  CHECK(base_cell->parent == "CP-CA-01");
  CHECK(u.base_of(*base_cell) == base_cell);
  CHECK(u.find("CP-DN-01")->name == "Chi bộ Hợp tác xã \"Cam Cao Phong\"");
  const Unit* committee = u.find("CP-TN");
  REQUIRE(committee);
  CHECK_FALSE(committee->holds_meetings());
  CHECK(u.base_of(*committee) == committee);
  CHECK(u.find("CP-XX") == nullptr);
}

TEST_CASE("unit ids and labels") {
  CHECK(std::string(chibo::unit_level_id(UnitLevel::BaseCommittee)) == "dang_bo_co_so");
  CHECK(std::string(chibo::unit_level_id(UnitLevel::BaseCell)) == "chi_bo_co_so");
  CHECK(std::string(chibo::unit_level_id(UnitLevel::Cell)) == "chi_bo");
  CHECK(std::string(chibo::unit_type_id(UnitType::ArmedForces)) == "armed_forces");
  std::vector<std::string> labels;
  for (UnitType t : {UnitType::Residential, UnitType::Agency, UnitType::Service, UnitType::School,
                     UnitType::Enterprise, UnitType::ArmedForces}) {
    labels.push_back(chibo::unit_type_label(t));
  }
  CHECK(labels == std::vector<std::string>{"Khu dân cư", "Cơ quan hành chính", "Đơn vị sự nghiệp",
                                           "Trường học", "Doanh nghiệp", "Lực lượng vũ trang"});
}

// A units CSV of a megabyte or more is read in two halves on two threads;
// the same list with one name quoted (so that a record might span lines) is
// read whole, on one. Both give the same units, lines and messages, problems
// in either half (a duplicate of a first-half id, an unknown parent, a bad
// level, a value without a column, text not UTF-8, a member count of 0) and
// CRLF line ends and blank lines counted as before.
TEST_CASE("a large units CSV read in two halves gives what it gives read whole") {
  std::string text = "id,name,level,type,parent,members\r\n";
  std::vector<std::size_t> name_at;  // where each base committee's name starts
  for (int b = 0; b < 2000; ++b) {
    const std::string base = "DB-" + std::to_string(b);
    name_at.push_back(text.size() + base.size() + 1);
    text +=
        base + ",Đảng bộ xã Thượng Cốc " + std::to_string(b) + ",dang_bo_co_so,residential,,\r\n";
    for (int c = 1; c <= 8; ++c) {
      const std::string id = base + "-" + std::to_string(c);
      std::string parent = base, level = "chi_bo", members = std::to_string(10 + c), extra;
      const int n = b * 8 + c;
      if (n % 997 == 0) parent = "KHONG-CO";
      if (n % 1499 == 0) level = "chi_bo_xx";
      if (n % 1777 == 0) members = "0";
      if (n % 1901 == 0) extra = ",thừa";
      std::string name = "Chi bộ xóm Bãi Nai " + std::to_string(c);
      if (n % 2503 == 0) name = "Chi b\xff";
      text += (n % 1303 == 0 ? "DB-3-1" : id) + "," + name + "," + level + ",residential," +
              parent + "," + members + extra + "\r\n";
    }
    if (b % 100 == 0) text += "\r\n";
  }
  REQUIRE(text.size() >= std::size_t{1} << 20);
  std::string quoted = text;
  quoted.insert(name_at[1], "\"");  // "Đảng bộ xã Thượng Cốc 1": one field, unquoted the same
  quoted.insert(quoted.find(",dang_bo_co_so", name_at[1]), "\"");

  const Loaded halves = load_text("nation.csv", text);
  const Loaded whole = load_text("nation.csv", quoted);
  REQUIRE(halves.units);
  REQUIRE(whole.units);
  auto described = [](const Units& units) {
    std::vector<std::string> out;
    for (const Unit& u : units.units) {
      out.push_back(u.id + "|" + std::string(u.name) + "|" + chibo::unit_level_id(u.level) + "|" +
                    u.parent + "|" + std::to_string(u.members) + "|" + std::to_string(u.line));
    }
    return out;
  };
  CHECK(described(*halves.units) == described(*whole.units));
  CHECK(halves.messages == whole.messages);
  CHECK(halves.units->units.size() > 17000);
  // Problems from both halves, at their lines (cell n, from 1, of base
  // committee b is on line 1 + (b + 1) + n + the blank lines before it).
  auto has = [&](const std::string& part) {
    return std::any_of(halves.messages.begin(), halves.messages.end(),
                       [&](const std::string& m) { return m.find(part) != std::string::npos; });
  };
  CHECK(has("nation.csv:1125: error: cột 'parent': không có đơn vị nào có id 'KHONG-CO'"));
  CHECK(has("nation.csv:16845: error: cột 'parent': không có đơn vị nào có id 'KHONG-CO'"));
  CHECK(has("nation.csv:16144: error: id 'DB-3-1' trùng với dòng 31"));
  CHECK(
      has("phải là một trong dang_bo_co_so, chi_bo_co_so, chi_bo (hoặc Đảng bộ cơ sở, Chi bộ "
          "cơ sở, Chi bộ), không phải 'chi_bo_xx'"));
  CHECK(has("có giá trị ('thừa') nhưng không có tên trong dòng tiêu đề"));
  CHECK(has("không phải văn bản UTF-8"));
}

// A list kept as a workbook: its first sheet read as the CSV is, each
// message at the row's number; a workbook renamed .csv is one still.
TEST_CASE("a units list in an Excel workbook reads as the CSV of it") {
  auto cell = [](const char* ref, const char* text) {
    return fmt::format("<c r=\"{}\" t=\"inlineStr\"><is><t>{}</t></is></c>", ref, text);
  };
  const std::string book = chibo::testing::workbook(
      "<row r=\"1\">" + cell("A1", "Mã") + cell("B1", "Tên") + cell("C1", "Cấp") +
      cell("D1", "Loại hình") + cell("E1", "Trực thuộc") + cell("F1", "Số đảng viên") +
      "</row><row r=\"2\">" + cell("A2", "D") + cell("B2", "Đảng bộ xã") +
      cell("C2", "Đảng bộ cơ sở") + cell("D2", "Khu dân cư") + "</row><row r=\"3\">" +
      cell("A3", "D-01") + cell("B3", "Chi bộ xóm 1") + cell("C3", "Chi bộ") +
      cell("D3", "Khu dân cư") + cell("E3", "D") + "<c r=\"F3\"><v>10</v></c></row>" +
      "<row r=\"6\">" + cell("A6", "D-02") + cell("B6", "Chi bộ xóm 2") + cell("C6", "chi_bo") +
      cell("D6", "residential") + cell("E6", "D") + "<c r=\"F6\"><v>0</v></c></row>");
  for (const char* name : {"units.xlsx", "units.csv"}) {
    INFO(name);
    const Loaded got = load_text(name, book);
    CHECK(got.ids() == std::vector<std::string>{"D", "D-01", "D-02"});
    CHECK(got.messages ==
          std::vector<std::string>{std::string(name) +
                                   ":6: warning: cột 'Số đảng viên' phải là số nguyên từ 1 trở lên "
                                   "(tối đa 9 chữ số), không phải '0' (bỏ qua: số đảng viên không "
                                   "dùng để chấm điểm, xếp hạng)"});
  }
  // A title above the table: said, and the table read.
  const Loaded titled = load_text(
      "units.xlsx",
      chibo::testing::workbook(
          "<row r=\"1\">" + cell("A1", "DANH SÁCH ĐƠN VỊ") + "</row><row r=\"3\">" +
          cell("A3", "id") + cell("B3", "name") + cell("C3", "level") + cell("D3", "type") +
          cell("E3", "members") + "</row><row r=\"4\">" + cell("A4", "X") + cell("B4", "X") +
          cell("C4", "chi_bo_co_so") + cell("D4", "school") + "<c r=\"E4\"><v>3</v></c></row>"));
  CHECK(titled.ids() == std::vector<std::string>{"X"});
  CHECK(titled.messages ==
        std::vector<std::string>{"units.xlsx:3: warning: dòng tiêu đề là dòng 3: 1 dòng có chữ ở "
                                 "trên nó (tên bảng...) không phải đơn vị, không đọc"});
  const Loaded broken = load_text("units.xlsx", book.substr(0, 100));
  CHECK(broken.messages ==
        std::vector<std::string>{"units.xlsx: error: không đọc được tệp Excel: tệp không phải tệp "
                                 "nén .xlsx, hoặc đã hỏng hay bị cắt ngắn; hãy mở tệp bằng Excel "
                                 "và lưu lại (.xlsx, hoặc CSV UTF-8)"});
  const Loaded old = load_text("units.xls", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
  CHECK(old.messages.size() == 1);
  CHECK(old.messages[0].find("units.xls: error: đây là tệp Excel 97-2003 (.xls)") == 0);
}

TEST_CASE("an empty units .xlsx is an empty list, and a CSV named .xlsx is read as CSV") {
  for (const char* name : {"units.xlsx", "units.csv"}) {
    INFO(name);
    CHECK(load_text(name, "").messages ==
          std::vector<std::string>{std::string(name) +
                                   ": error: danh sách đơn vị không có đơn vị nào"});
  }
  const Loaded renamed = load_text("units.xlsx", kHeader + kBase);
  CHECK(renamed.ids() == std::vector<std::string>{"D", "D-01"});
  CHECK(renamed.messages ==
        std::vector<std::string>{"units.xlsx: warning: tệp mang đuôi .xlsx nhưng không phải sổ "
                                 "tính Excel mà là tệp văn bản (CSV): đã đọc như tệp CSV; hãy đổi "
                                 "đuôi tên tệp thành .csv"});
}

// A cover sheet before the list's: the list is read, and its sheet said.
TEST_CASE("a units list on a sheet after a cover sheet is read, and the sheet said") {
  using chibo::testing::text_row;
  const std::string list = text_row(1, {"Mã", "Tên", "Cấp", "Loại hình", "Số đảng viên"}) +
                           text_row(2, {"X", "Chi bộ X", "Chi bộ cơ sở", "Trường học", "3"});
  const Loaded got = load_text(
      "units.xlsx",
      chibo::testing::workbook_of({{"Bìa", text_row(1, {"DANH SÁCH ĐƠN VỊ"})}, {"Đơn vị", list}}));
  CHECK(got.ids() == std::vector<std::string>{"X"});
  CHECK(got.messages ==
        std::vector<std::string>{"units.xlsx: warning: đọc trang 'Đơn vị' (trang đầu 'Bìa' không "
                                 "có dòng tiêu đề của bảng đơn vị: cột 'id', 'Mã' hay 'Mã đơn "
                                 "vị')"});
}
