#include "chibo/units.h"

#include <filesystem>
#include <fstream>
#include <random>

#include <catch2/catch.hpp>

#include "chibo/limits.h"

using chibo::Diagnostics;
using chibo::Unit;
using chibo::UnitLevel;
using chibo::Units;
using chibo::UnitType;

namespace {

namespace fs = std::filesystem;

struct Loaded {
  std::optional<Units> units;
  std::vector<std::string> messages;  // formatted, with the file shown by its name only
  std::vector<std::string> ids() const {
    std::vector<std::string> out;
    if (units) {
      for (const Unit& u : units->units) out.push_back(u.id);
    }
    return out;
  }
};

Loaded load_path(const std::string& path, const std::string& shown) {
  Diagnostics diags;
  Loaded out;
  out.units = chibo::load_units(path, diags);
  for (chibo::Diagnostic d : diags.items()) {
    if (d.where.file == path) d.where.file = shown;
    out.messages.push_back(chibo::format_diagnostic(d));
  }
  return out;
}

// Writes text to a fresh file called name and loads it.
Loaded load_text(const std::string& name, const std::string& text) {
  fs::path dir =
      fs::temp_directory_path() / ("chibo_units_test_" + std::to_string(std::random_device{}()));
  fs::create_directories(dir);
  fs::path path = dir / name;
  std::ofstream(path, std::ios::binary) << text;
  Loaded out = load_path(path.string(), name);
  fs::remove_all(dir);
  return out;
}

const std::string kHeader = "id;name;level;type;parent;members\n";
// A base committee with one cell, so that no warning is due.
const std::string kBase =
    "D;Đảng bộ xã;dang_bo_co_so;residential;;\n"
    "D-01;Chi bộ xóm 1;chi_bo;residential;D;10\n";

std::string data_file(const char* name) {
  return std::string(CHIBO_SOURCE_DIR) + "/tests/cli/data/" + name;
}

}  // namespace

TEST_CASE("every problem of a units CSV is reported with its line and column") {
  struct Case {
    const char* what;
    std::string text;
    std::vector<std::string> messages;
  } cases[] = {
      {"unknown column",
       "id;name;level;type;parent;membres\n" + kBase,
       {"units.csv:1: error: cột 'membres' không phải cột của danh sách đơn vị (các cột là id, "
        "name, level, type, parent, members, hoặc Mã, Tên, Cấp, Loại hình, Trực thuộc, Số đảng "
        "viên); có phải là 'members'?",
        "units.csv:3: error: thiếu cột 'members': chi bộ cần ghi số đảng viên"}},
      {"missing required column, once",
       "id;name;type;parent;members\nA;A;residential;;\nB;B;agency;;\n",
       {"units.csv:1: error: thiếu cột 'level'"}},
      {"column twice",
       "id;name;level;type;parent;members;id\n" + kBase,
       {"units.csv:1: error: cột 'id' xuất hiện hai lần (cột thứ 1 và thứ 7)"}},
      {"duplicate id",
       kHeader + kBase + "D-01;Chi bộ xóm 2;chi_bo;residential;D;12\n",
       {"units.csv:4: error: id 'D-01' trùng với dòng 3"}},
      {"empty id and name",
       kHeader + kBase + ";;chi_bo;residential;D;12\n",
       {"units.csv:4: error: cột 'id' để trống", "units.csv:4: error: cột 'name' để trống"}},
      {"unknown level",
       kHeader + kBase + "C;C;chi_bo_cs;residential;;12\n",
       {"units.csv:4: error: cột 'level' phải là một trong dang_bo_co_so, chi_bo_co_so, chi_bo "
        "(hoặc Đảng bộ cơ sở, Chi bộ cơ sở, Chi bộ), không phải 'chi_bo_cs'; có phải là "
        "'chi_bo_co_so'?"}},
      {"unknown type",
       kHeader + kBase + "C;C;chi_bo;school_;D;12\n",
       {"units.csv:4: error: cột 'type' phải là một trong residential, agency, service, school, "
        "enterprise, armed_forces (hoặc Khu dân cư, Cơ quan hành chính, Đơn vị sự nghiệp, Trường "
        "học, Doanh nghiệp, Lực lượng vũ trang), không phải 'school_'; có phải là 'school'?"}},
      {"members of cells",
       kHeader + kBase +
           "C1;C;chi_bo;residential;D;0\nC2;C;chi_bo;residential;D;\nC3;C;chi_bo_co_so;agency;;-3\n"
           "C4;C;chi_bo;residential;D;12,5\nC5;C;chi_bo;residential;D;mười\n",
       {"units.csv:4: error: cột 'members' phải là số nguyên từ 1 trở lên (tối đa 9 chữ số), không "
        "phải '0'",
        "units.csv:5: error: cột 'members' để trống: chi bộ cần ghi số đảng viên",
        "units.csv:6: error: cột 'members' phải là số nguyên từ 1 trở lên (tối đa 9 chữ số), không "
        "phải '-3'",
        "units.csv:7: error: cột 'members' phải là số nguyên từ 1 trở lên (tối đa 9 chữ số), không "
        "phải '12,5'",
        "units.csv:8: error: cột 'members' phải là số nguyên từ 1 trở lên (tối đa 9 chữ số), không "
        "phải 'mười'"}},
      {"members of base committees",
       kHeader + kBase +
           "E;E;dang_bo_co_so;agency;;0\nE-1;E1;chi_bo;agency;E;5\n"
           "F;F;dang_bo_co_so;agency;;nhiều\nF-1;F1;chi_bo;agency;F;5\n",
       {"units.csv:6: error: cột 'members' phải là số nguyên (tối đa 9 chữ số), không phải "
        "'nhiều'"}},
      {"chi_bo without parent",
       kHeader + kBase + "C;C;chi_bo;residential;;12\n",
       {"units.csv:4: error: cột 'parent' để trống: chi bộ trực thuộc (chi_bo) cần ghi id của "
        "đảng bộ cơ sở (dang_bo_co_so) quản lý nó"}},
      {"parent that names no unit",
       kHeader + kBase + "C;C;chi_bo;residential;DD;12\n",
       {"units.csv:4: error: cột 'parent': không có đơn vị nào có id 'DD'; có phải là 'D'?"}},
      {"chi_bo under a chi_bo",
       kHeader + kBase + "C;C;chi_bo;residential;D-01;12\n",
       {"units.csv:4: error: cột 'parent': 'D-01' là chi_bo, nhưng đơn vị cấp trên của chi_bo phải "
        "là dang_bo_co_so"}},
      {"chi_bo under a chi_bo_co_so",
       kHeader + kBase + "B;B;chi_bo_co_so;school;;20\n" + "C;C;chi_bo;school;B;12\n",
       {"units.csv:5: error: cột 'parent': 'B' là chi_bo_co_so, nhưng đơn vị cấp trên của chi_bo "
        "phải là dang_bo_co_so"}},
      {"chi_bo its own parent",
       kHeader + kBase + "C;C;chi_bo;residential;C;12\n",
       {"units.csv:4: error: cột 'parent': một chi_bo không thể là đơn vị cấp trên của chính nó"}},
      {"base organisations with a parent",
       kHeader + kBase +
           "B;B;chi_bo_co_so;school;D;20\nB2;B2;chi_bo_co_so;school;B2;20\n"
           "E;E;dang_bo_co_so;agency;D;\nE-1;E1;chi_bo;agency;E;5\n",
       {"units.csv:4: error: cột 'parent' của một chi_bo_co_so phải để trống hoặc là id của chính "
        "nó, không phải 'D'",
        "units.csv:6: error: cột 'parent' của một dang_bo_co_so phải để trống hoặc là id của chính "
        "nó, không phải 'D'"}},
      {"base committee with no cells",
       kHeader + kBase + "E;Đảng bộ E;dang_bo_co_so;agency;;\n",
       {"units.csv:4: warning: dang_bo_co_so 'E' không có chi bộ trực thuộc nào (không chi_bo nào "
        "có parent là nó)"}},
      {"ids that differ only in case",
       kHeader + kBase +
           "d-01;Chi bộ xóm 1b;chi_bo;residential;D;10\nD-02;C;chi_bo;residential;D;5\n",
       {"units.csv:4: warning: id 'd-01' chỉ khác id 'D-01' (dòng 3) ở chữ hoa, chữ thường: đó là "
        "hai đơn vị; nếu là một, hãy xóa dòng thừa"}},
      {"an exact duplicate and empty ids are no case twins",
       kHeader + kBase +
           "D-01;Chi bộ xóm 1b;chi_bo;residential;D;10\n;E;chi_bo;residential;D;5\n"
           ";F;chi_bo;residential;D;5\nx-9;X;chi_bo;residential;D;5\n",  // x-9: the check runs
       {"units.csv:4: error: id 'D-01' trùng với dòng 3", "units.csv:5: error: cột 'id' để trống",
        "units.csv:6: error: cột 'id' để trống"}},
      {"cycle of cells",
       kHeader + kBase + "A;A;chi_bo;residential;B;5\nB;B;chi_bo;residential;A;5\n",
       {"units.csv:4: error: cột 'parent': 'B' là chi_bo, nhưng đơn vị cấp trên của chi_bo phải là "
        "dang_bo_co_so",
        "units.csv:4: error: các đơn vị tạo thành vòng lặp: A -> B -> A",
        "units.csv:5: error: cột 'parent': 'A' là chi_bo, nhưng đơn vị cấp trên của chi_bo phải là "
        "dang_bo_co_so"}},
      {"cycle of base committees, reported once",
       kHeader +
           "X;X;dang_bo_co_so;agency;Z;\nY;Y;dang_bo_co_so;agency;X;\nZ;Z;dang_bo_co_so;agency;Y;\n"
           "Y-1;Y1;chi_bo;agency;Y;5\n",
       {"units.csv:2: error: cột 'parent' của một dang_bo_co_so phải để trống hoặc là id của chính "
        "nó, không phải 'Z'",
        "units.csv:2: error: các đơn vị tạo thành vòng lặp: X -> Z -> Y -> X",
        "units.csv:3: error: cột 'parent' của một dang_bo_co_so phải để trống hoặc là id của chính "
        "nó, không phải 'X'",
        "units.csv:4: error: cột 'parent' của một dang_bo_co_so phải để trống hoặc là id của chính "
        "nó, không phải 'Y'"}},
      {"empty file", "", {"units.csv: error: danh sách đơn vị không có đơn vị nào"}},
      {"header only", kHeader, {"units.csv: error: danh sách đơn vị không có đơn vị nào"}},
      {"invalid UTF-8",
       kHeader + kBase + "C;Chi b\xF4;chi_bo;residential;D;5\n",
       {"units.csv:4: error: cột 'name' không phải văn bản UTF-8; hãy lưu tệp dạng CSV UTF-8"}},
      {"malformed row",
       kHeader + kBase + "C;\"Chi bộ\" x;chi_bo;residential;D;5\n",
       {"units.csv:4: error: dòng CSV hỏng: có ký tự ' ' ngay sau dấu ngoặc kép đóng"}},
      {"a tab in an id, a line break in a name",
       kHeader + kBase + "\"D-0\t2\";\"Chi bộ\nhai\";chi_bo;residential;D;5\n",
       {"units.csv:4: error: cột 'id' có ký tự điều khiển (byte thứ 4)",
        "units.csv:4: error: cột 'name' có ký tự điều khiển (byte thứ 9)"}},
      {"a next-line (U+0085) in an id, a line separator (U+2028) in a name",
       kHeader + kBase + "D-0\u00852;Chi bộ\u2028hai;chi_bo;residential;D;5\n",
       {"units.csv:4: error: cột 'id' có ký tự điều khiển (byte thứ 4)",
        "units.csv:4: error: cột 'name' có ký tự điều khiển (byte thứ 9)"}},
      {"value in an unnamed column",
       kHeader + kBase + "C;C;chi_bo;residential;D;5;thừa\n",
       {"units.csv:4: error: cột thứ 7 có giá trị ('thừa') nhưng không có tên trong dòng tiêu đề"}},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    Loaded got = load_text("units.csv", c.text);
    REQUIRE(got.units);
    CHECK(got.messages == c.messages);
  }
}

TEST_CASE("rows with problems are left out, and so are the cells of a base committee left out") {
  Loaded got = load_text("units.csv", kHeader + kBase +
                                          "E;Đảng bộ E;dang_bo_co_so;agenc;;\n"
                                          "E-1;Chi bộ E1;chi_bo;agency;E;5\n"
                                          "D-02;Chi bộ xóm 2;chi_bo;residential;D;0\n"
                                          "D-03;Chi bộ xóm 3;chi_bo;residential;D;7\n");
  CHECK(got.messages.size() == 2);
  CHECK(got.ids() == std::vector<std::string>{"D", "D-01", "D-03"});
  REQUIRE(got.units);
  CHECK(got.units->find("E-1") == nullptr);
  CHECK(got.units->position("D-03") == std::optional<std::size_t>(2));
}

// The index probes slots kept at most half full; every id is found at its
// place, ids not listed are not, and an index never built finds nothing.
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

TEST_CASE("rows left out for their problems are kept by id, with their lines") {
  Loaded u = load_text("units.csv",
                       "id,name,level,type,parent,members\n"
                       "DB,Đảng bộ A,dang_bo_co_so,school,,0\n"
                       "A-01,Chi bộ 1,chi_bo,school,DB,20\n"
                       "A-02,Chi bộ 2,chi_bo,school,A-01,20\n"
                       "NEG,Chi bộ âm,chi_bo_co_so,school,,-5\n"
                       "X,Đảng bộ X,dang_bo_co_so,bogus,,0\n"
                       "X-01,Chi bộ X1,chi_bo,school,X,10\n");
  REQUIRE(u.units);
  CHECK(u.ids() == std::vector<std::string>{"DB", "A-01"});
  // Sorted by id; X-01 is left out with its base X, whose line says why.
  CHECK(u.units->left_out ==
        std::vector<std::pair<std::string, int>>{{"A-02", 4}, {"NEG", 5}, {"X", 6}, {"X-01", 6}});
  CHECK(u.units->left_out_line("NEG") == 5);
  CHECK_FALSE(u.units->left_out_line("A-01"));
  CHECK_FALSE(u.units->left_out_line("ZZ"));
}

TEST_CASE("a units YAML file: a list of maps with the same keys") {
  Loaded good = load_text("units.yaml",
                          "- {id: D, name: Đảng bộ xã, level: dang_bo_co_so, type: residential}\n"
                          "- id: D-01\n  name: Chi bộ xóm 1\n  level: chi_bo\n  type: residential\n"
                          "  parent: D\n  members: 10\n"
                          "- {id: CA, name: Chi bộ Công an, level: chi_bo_co_so, type: "
                          "armed_forces, parent: ~, members: 31}\n");
  CHECK(good.messages.empty());
  CHECK(good.ids() == std::vector<std::string>{"D", "D-01", "CA"});
  REQUIRE(good.units);
  CHECK(good.units->units[1].line == 2);
  CHECK(good.units->units[2].parent == "CA");

  Loaded bad = load_text(
      "units.yaml",
      "- {id: D, name: Đảng bộ xã, level: dang_bo_co_so, type: residential}\n"
      "- id: D-01\n  nane: Chi bộ xóm 1\n  level: chi_bo\n  type: [residential]\n"
      "  parent: D\n  members: 0\n"
      "- Chi bộ xóm 2\n"
      "- {id: D-03, name: '', level: chi_bo, type: residential, parent: DD, members: 5}\n");
  CHECK(bad.messages ==
        std::vector<std::string>{
            "units.yaml:2:3: error: đơn vị thiếu khóa 'name'",
            "units.yaml:3:3: error: khóa 'nane' không phải khóa của đơn vị (các khóa là id, name, "
            "level, type, parent, members); có phải là 'name'?",
            "units.yaml:5:9: error: 'type' phải là một giá trị đơn, nhưng đây là một danh sách",
            "units.yaml:7:12: error: 'members' phải là số nguyên từ 1 trở lên (tối đa 9 chữ số), "
            "không phải '0'",
            "units.yaml:8:3: error: mỗi đơn vị phải là một bảng khóa: giá trị (id: ..., name: "
            "...), nhưng đây là một giá trị đơn",
            "units.yaml:9:20: error: 'name' để trống",
            "units.yaml:9:66: error: 'parent': không có đơn vị nào có id 'DD'; có phải là 'D'?",
        });
  CHECK(bad.ids() == std::vector<std::string>{"D"});
  // A key written twice is that unit's fault: it is left out, the others read.
  Loaded twice = load_text(
      "units.yaml",
      "- {id: D, name: Đảng bộ xã, level: dang_bo_co_so, type: residential}\n"
      "- {id: D-01, name: Chi bộ 1, name: Chi bộ 2, level: chi_bo, type: residential, parent: "
      "D, members: 9}\n"
      "- {id: D-02, name: Chi bộ 3, level: chi_bo, type: residential, parent: D, members: 9}\n");
  CHECK(twice.messages == std::vector<std::string>{"units.yaml:2:30: error: khóa 'name' xuất hiện "
                                                   "hai lần (lần đầu ở dòng 2)"});
  CHECK(twice.ids() == std::vector<std::string>{"D", "D-02"});

  CHECK(load_text("units.yaml", "id: D\n").messages ==
        std::vector<std::string>{"units.yaml:1:1: error: tệp danh sách đơn vị phải liệt kê các đơn "
                                 "vị (- id: ..., name: ...), nhưng đây là một bảng khóa: giá trị"});
  // Read, but with no unit: every record is then said to lack its cell, as
  // with a CSV list of no rows (not a file that cannot be read).
  Loaded map = load_text("units.yaml", "id: D\n");
  REQUIRE(map.units);
  CHECK(map.units->units.empty());
  CHECK(load_text("units.yaml", "").messages ==
        std::vector<std::string>{"units.yaml: error: danh sách đơn vị không có đơn vị nào"});
  CHECK_FALSE(load_text("units.yaml", "- [unclosed\n").units);
}

TEST_CASE("a units YAML list is read a unit at a time: more units than max_yaml_nodes holds") {
  // 40 units (279 values) under a limit of 60: each is handed on
  // as it is read, and none is held with the rest.
  chibo::Limits l = chibo::limits();
  REQUIRE_FALSE(chibo::set_limit("max_yaml_nodes=60", l));
  chibo::set_limits(l);
  std::string text = "- {id: D, name: Đảng bộ xã, level: dang_bo_co_so, type: residential}\n";
  for (int i = 1; i < 40; ++i) {
    text += "- {id: D-" + std::to_string(i) +
            ", name: Chi bộ, level: chi_bo, type: residential, "
            "parent: D, members: 10}\n";
  }
  Loaded many = load_text("units.yaml", text);
  // A syntax error at the end: said alone, not with the units' own faults before it.
  Loaded broken = load_text("units.yaml", "- {id: D}\n- {id: E, name: [x\n");
  chibo::set_limits(chibo::Limits{});
  CHECK(many.messages.empty());
  CHECK(many.ids().size() == 40);
  CHECK(broken.messages ==
        std::vector<std::string>{"units.yaml:3:1: error: lỗi cú pháp YAML: thiếu dấu ']' để "
                                 "đóng danh sách mở bằng '[' trước đó"});
  CHECK_FALSE(broken.units);
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

// A list kept in Vietnamese: its columns headed so, and levels and types in
// words, in any capitals; read as the same list with the ids.
TEST_CASE("a units CSV headed and filled in Vietnamese reads as the one with ids") {
  const Loaded ids = load_text("units.csv", kHeader + kBase +
                                                "CA;Công an;chi_bo_co_so;armed_forces;;30\n"
                                                "D-02;Trường;chi_bo;school;D;9\n");
  const Loaded words = load_text("units.csv",
                                 "MÃ ĐƠN VỊ;Tên;Cấp;loại hình;Trực Thuộc;Số đảng viên\n"
                                 "D;Đảng bộ xã;Đảng bộ cơ sở;Khu dân cư;;\n"
                                 "D-01;Chi bộ xóm 1;chi bộ;KHU DÂN CƯ;D;10\n"
                                 "CA;Công an;Chi bộ cơ sở;Lực lượng vũ trang;;30\n"
                                 "D-02;Trường;Chi bộ;trường học;D;9\n");
  REQUIRE(ids.messages.empty());
  CHECK(words.messages.empty());
  REQUIRE(words.units);
  REQUIRE(words.units->units.size() == ids.units->units.size());
  for (std::size_t i = 0; i < ids.units->units.size(); ++i) {
    const Unit& a = ids.units->units[i];
    const Unit& b = words.units->units[i];
    CHECK(b.id == a.id);
    CHECK(b.name == a.name);
    CHECK(b.level == a.level);
    CHECK(b.type == a.type);
    CHECK(b.parent == a.parent);
    CHECK(b.members == a.members);
  }
  // "Tên đơn vị" names the column too; a word of no level is still said.
  const Loaded wrong = load_text("units.csv",
                                 "Mã;Tên đơn vị;Cấp;Loại hình;Trực thuộc;Số đảng viên\n"
                                 "A;A;Chi bộ xã;Khu dân cư;;5\n");
  CHECK(wrong.messages ==
        std::vector<std::string>{
            "units.csv:2: error: cột 'level' phải là một trong dang_bo_co_so, chi_bo_co_so, chi_bo "
            "(hoặc Đảng bộ cơ sở, Chi bộ cơ sở, Chi bộ), không phải 'Chi bộ xã'"});
}

TEST_CASE("the problems of tests/cli/data/units_bad.csv, all in one run") {
  Loaded got = load_path(data_file("units_bad.csv"), "units_bad.csv");
  const char* chi_bo_parent = "là chi_bo, nhưng đơn vị cấp trên của chi_bo phải là dang_bo_co_so";
  CHECK(got.messages ==
        std::vector<std::string>{
            "units_bad.csv:1: error: cột 'ghi_chu' không phải cột của danh sách đơn vị (các cột là "
            "id, name, level, type, parent, members, hoặc Mã, Tên, Cấp, Loại hình, Trực thuộc, "
            "Số đảng viên)",
            "units_bad.csv:4: error: id 'CP-TN-01' trùng với dòng 3",
            "units_bad.csv:5: error: cột 'type' phải là một trong residential, agency, service, "
            "school, enterprise, armed_forces (hoặc Khu dân cư, Cơ quan hành chính, Đơn vị sự "
            "nghiệp, Trường học, Doanh nghiệp, Lực lượng vũ trang), không phải 'residental'; có "
            "phải là 'residential'?",
            "units_bad.csv:5: error: cột 'members' phải là số nguyên từ 1 trở lên (tối đa 9 chữ "
            "số), không phải '0'",
            "units_bad.csv:6: error: cột 'level' phải là một trong dang_bo_co_so, chi_bo_co_so, "
            "chi_bo (hoặc Đảng bộ cơ sở, Chi bộ cơ sở, Chi bộ), không phải 'chibo'; có phải là "
            "'chi_bo'?",
            "units_bad.csv:7: error: cột 'parent': không có đơn vị nào có id 'CP-TM'; có phải là "
            "'CP-TN'?",
            std::string("units_bad.csv:8: error: cột 'parent': 'CP-TN-01' ") + chi_bo_parent,
            "units_bad.csv:9: error: cột 'parent' để trống: chi bộ trực thuộc (chi_bo) cần ghi id "
            "của đảng bộ cơ sở (dang_bo_co_so) quản lý nó",
            "units_bad.csv:10: error: cột 'parent' của một chi_bo_co_so phải để trống hoặc là id "
            "của chính nó, không phải 'CP-TN'",
            "units_bad.csv:11: warning: dang_bo_co_so 'CP-BP' không có chi bộ trực thuộc nào "
            "(không chi_bo nào có parent là nó)",
            std::string("units_bad.csv:12: error: cột 'parent': 'CP-XP-02' ") + chi_bo_parent,
            "units_bad.csv:12: error: các đơn vị tạo thành vòng lặp: CP-XP-01 -> CP-XP-02 -> "
            "CP-XP-01",
            std::string("units_bad.csv:13: error: cột 'parent': 'CP-XP-01' ") + chi_bo_parent,
            "units_bad.csv:14: error: cột 'members' phải là số nguyên từ 1 trở lên (tối đa 9 chữ "
            "số), không phải '12,5'",
            "units_bad.csv:15: error: cột 'id' để trống",
        });
  CHECK(got.ids() == std::vector<std::string>{"CP-TN", "CP-TN-01", "CP-BP"});
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
