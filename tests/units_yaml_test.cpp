// A units list written in YAML (units_yaml.cpp).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "chibo/limits.h"
#include "chibo/units.h"
#include "units_fixture.h"

using chibo::Unit;
using chibo::UnitLevel;
using chibo::testing::load_text;
using chibo::testing::Loaded;

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
            "units.yaml:3:3: warning: khóa 'nane' không phải khóa của đơn vị, bỏ qua (các khóa là "
            "id, name, level, type, parent, members, hoặc Mã, Tên, Cấp, Loại hình, Trực thuộc, "
            "Số đảng viên); có phải là 'name'?",
            "units.yaml:5:9: error: 'type' phải là một giá trị đơn, nhưng đây là một danh sách",
            "units.yaml:7:12: warning: 'members' phải là số nguyên từ 1 trở lên (tối đa 9 chữ "
            "số), không phải '0' (bỏ qua: số đảng viên không dùng để chấm điểm, xếp hạng)",
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

// A list kept in Vietnamese may be YAML too: its keys as a CSV header's.
TEST_CASE("a units YAML list takes the keys' Vietnamese words too") {
  const Loaded got = load_text(
      "units.yaml",
      "- {Mã: D, Tên: Đảng bộ xã, Cấp: Đảng bộ cơ sở, Loại hình: Khu dân cư}\n"
      "- {mã đơn vị: D-01, Tên: Chi bộ xóm 1, cấp: chi bộ, loại hình: khu dân cư, trực thuộc: D,\n"
      "   Số đảng viên: 10}\n"
      "- {id: D-02, Mã: D-03, name: Chi bộ xóm 2, level: chi_bo, type: residential, parent: D,\n"
      "   members: 9, ghi chú: x}\n");
  CHECK(got.ids() == std::vector<std::string>{"D", "D-01"});
  CHECK(got.messages ==
        std::vector<std::string>{
            "units.yaml:4:14: error: khóa 'Mã' là 'id' lần thứ hai (lần đầu: 'id' ở dòng 4)",
            "units.yaml:5:16: warning: khóa 'ghi chú' không phải khóa của đơn vị, bỏ qua (các "
            "khóa là id, name, level, type, parent, members, hoặc Mã, Tên, Cấp, Loại hình, Trực "
            "thuộc, Số đảng viên)"});
}

// A key of its own (a note) is read past, as a CSV list's column is, and
// said once, at its first unit: an error gave the run exit 1, the unit kept.
TEST_CASE("a units YAML list's key of no unit is said once and read past") {
  const Loaded got = load_text(
      "units.yaml",
      "- {id: D, name: Đảng bộ xã, level: dang_bo_co_so, type: residential, ghi_chu: a}\n"
      "- {id: D-01, name: Chi bộ 1, level: chi_bo, type: residential, parent: D, members: 9,\n"
      "   ghi_chu: b}\n");
  CHECK(got.ids() == std::vector<std::string>{"D", "D-01"});
  CHECK(got.messages ==
        std::vector<std::string>{
            "units.yaml:1:70: warning: khóa 'ghi_chu' không phải khóa của đơn vị, bỏ qua (các "
            "khóa là id, name, level, type, parent, members, hoặc Mã, Tên, Cấp, Loại hình, Trực "
            "thuộc, Số đảng viên)"});
}

TEST_CASE("a units YAML unit that merges another's keys is told at its own line") {
  // `<<: *b` copies the keys of the unit anchored b: a fault in a value it
  // copied is the merging unit's, said at its `<<` (as a meeting's is), not
  // at the anchor's line, which named the first unit as its own duplicate.
  const Loaded got =
      load_text("units.yaml",
                "- &b {id: D-01, name: Chi bộ 1, level: chi_bo_co_so, type: school, members: 12}\n"
                "- {<<: *b, name: Chi bộ 2}\n"
                "- {<<: *b, id: D-03, type: schol}\n"
                "- {<<: *b, id: D-04, members: 9}\n");
  CHECK(got.ids() == std::vector<std::string>{"D-01", "D-04"});
  CHECK(got.messages ==
        std::vector<std::string>{
            "units.yaml:2:4: error: id 'D-01' trùng với dòng 1",
            "units.yaml:3:28: error: 'type' phải là một trong residential, agency, service, "
            "school, enterprise, armed_forces (hoặc Khu dân cư, Cơ quan hành chính, Đơn vị sự "
            "nghiệp, Trường học, Doanh nghiệp, Lực lượng vũ trang), không phải 'schol'; có phải "
            "là 'school'?"});
}
