// The checks of a units list's rows (units_validator.cpp): every problem
// said at its line and column, in Vietnamese, and the words of a list kept
// in Vietnamese read as the ids.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "chibo/units.h"
#include "units_fixture.h"

using chibo::Unit;
using chibo::testing::data_file;
using chibo::testing::kBase;
using chibo::testing::kHeader;
using chibo::testing::load_path;
using chibo::testing::load_text;
using chibo::testing::Loaded;

namespace {

// What a cell's count that does not read is told after why: kept all the same.
const std::string kKept = " (bỏ qua: số đảng viên không dùng để chấm điểm, xếp hạng)";

// got's units are expected's, each read the same.
void check_same_units(const Loaded& got, const Loaded& expected) {
  REQUIRE(got.units);
  REQUIRE(expected.units);
  REQUIRE(got.units->units.size() == expected.units->units.size());
  for (std::size_t i = 0; i < expected.units->units.size(); ++i) {
    const Unit& a = expected.units->units[i];
    const Unit& b = got.units->units[i];
    CHECK(b.id == a.id);
    CHECK(b.name == a.name);
    CHECK(b.level == a.level);
    CHECK(b.type == a.type);
    CHECK(b.parent == a.parent);
    CHECK(b.members == a.members);
  }
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
       {"units.csv:1: warning: cột 'membres' (có phải là 'members'?) không phải cột của danh sách "
        "đơn vị, bỏ qua (các cột là id, name, level, type, parent, members, hoặc Mã, Tên, Cấp, "
        "Loại hình, Trực thuộc, Số đảng viên)",
        "units.csv:3: warning: thiếu cột 'members'" + kKept}},
      {"missing required column, once",
       "id;name;type;parent;members\nA;A;residential;;\nB;B;agency;;\n",
       {"units.csv:1: error: thiếu cột 'level'"}},
      {"an office's own columns (STT, Ghi chú), as written, and a row of separators alone",
       "STT;id;name;level;type;parent;members;Ghi chú\n1;D;Đảng bộ "
       "xã;dang_bo_co_so;residential;;;\n"
       "2;D-01;Chi bộ xóm 1;chi_bo;residential;D;10;mới\n;;;;;;;\n",
       {"units.csv:1: warning: các cột 'STT', 'Ghi chú' không phải cột của danh sách đơn vị, bỏ "
        "qua (các cột là id, name, level, type, parent, members, hoặc Mã, Tên, Cấp, Loại hình, "
        "Trực thuộc, Số đảng viên)"}},
      {"many columns read past, in one line, a suggestion with the one misspelt",
       "id;name;level;type;parent;membres;cot1;cot2;cot3;cot4;cot5;cot6;cot7;cot8;cot9\n" + kBase,
       {"units.csv:1: warning: các cột 'membres' (có phải là 'members'?), 'cot1', 'cot2', 'cot3', "
        "'cot4', 'cot5', 'cot6', 'cot7' và 2 cột khác không phải cột của danh sách đơn vị, bỏ qua "
        "(các cột là id, name, level, type, parent, members, hoặc Mã, Tên, Cấp, Loại hình, Trực "
        "thuộc, Số đảng viên)",
        "units.csv:3: warning: thiếu cột 'members'" + kKept}},
      {"column twice",
       "id;name;level;type;parent;members;id\n" + kBase,
       {"units.csv:1: error: cột 'id' xuất hiện hai lần (cột thứ 1 và thứ 7)"}},
      {"one column under two names: both named, and which is read",
       "Mã;name;level;type;parent;members;Mã đơn vị\n" + kBase,
       {"units.csv:1: error: cột 'Mã' và cột 'Mã đơn vị' cùng là cột 'id' (cột thứ 1 và thứ 7): "
        "đọc cột 'Mã', bỏ qua cột 'Mã đơn vị'; hãy xóa một trong hai cột"}},
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
      // A cell's count that does not read, or left empty, is a warning (it
      // was an error, and the cell left out of the ranking).
      {"members of cells",
       kHeader + kBase +
           "C1;C;chi_bo;residential;D;0\nC2;C;chi_bo;residential;D;\nC3;C;chi_bo_co_so;agency;;-3\n"
           "C4;C;chi_bo;residential;D;12,5\nC5;C;chi_bo;residential;D;mười\n",
       {"units.csv:4: warning: cột 'members' phải là số nguyên từ 1 trở lên (tối đa 9 chữ số), "
        "không phải '0'" +
            kKept,
        "units.csv:5: warning: cột 'members' để trống" + kKept,
        "units.csv:6: warning: cột 'members' phải là số nguyên từ 1 trở lên (tối đa 9 chữ số), "
        "không phải '-3'" +
            kKept,
        "units.csv:7: warning: cột 'members' phải là số nguyên từ 1 trở lên (tối đa 9 chữ số), "
        "không phải '12,5'" +
            kKept,
        "units.csv:8: warning: cột 'members' phải là số nguyên từ 1 trở lên (tối đa 9 chữ số), "
        "không phải 'mười'" +
            kKept}},
      {"members of base committees",
       kHeader + kBase +
           "E;E;dang_bo_co_so;agency;;0\nE-1;E1;chi_bo;agency;E;5\n"
           "F;F;dang_bo_co_so;agency;;nhiều\nF-1;F1;chi_bo;agency;F;5\n",
       {"units.csv:6: warning: cột 'members' không đọc được ('nhiều'), bỏ qua: số đảng viên của "
        "đảng bộ cơ sở không bắt buộc; nếu ghi, hãy ghi một số nguyên (1250 hoặc 1.250)"}},
      {"members in thousands, as a Vietnamese sheet shows them, and with a word after them",
       kHeader +
           "E;E;dang_bo_co_so;agency;;1.250\nE-1;E1;chi_bo;agency;E;5\n"
           "F;F;dang_bo_co_so;agency;;1 250 đv\nF-1;F1;chi_bo;agency;F;1 005\n"
           "F-2;F2;chi_bo;agency;F;18 đv\nF-3;F3;chi_bo;agency;F;18đảng viên\n"
           "F-4;F4;chi_bo;agency;F;1.25\nF-5;F5;chi_bo;agency;F;12.\nF-6;F6;chi_bo;agency;F;.125\n"
           "F-7;F7;chi_bo;agency;F;1250.000\n",
       {"units.csv:4: warning: cột 'members' không đọc được ('1 250 đv'), bỏ qua: số đảng viên của "
        "đảng bộ cơ sở không bắt buộc; nếu ghi, hãy ghi một số nguyên (1250 hoặc 1.250)",
        "units.csv:6: warning: cột 'members' phải là số nguyên từ 1 trở lên (tối đa 9 chữ số), "
        "không phải '18 đv'; hãy chỉ ghi con số: '18'" +
            kKept,
        "units.csv:7: warning: cột 'members' phải là số nguyên từ 1 trở lên (tối đa 9 chữ số), "
        "không phải '18đảng viên'; hãy chỉ ghi con số: '18'" +
            kKept,
        "units.csv:8: warning: cột 'members' phải là số nguyên từ 1 trở lên (tối đa 9 chữ số), "
        "không phải '1.25'" +
            kKept,
        "units.csv:9: warning: cột 'members' phải là số nguyên từ 1 trở lên (tối đa 9 chữ số), "
        "không phải '12.'" +
            kKept,
        "units.csv:10: warning: cột 'members' phải là số nguyên từ 1 trở lên (tối đa 9 chữ số), "
        "không phải '.125'" +
            kKept,
        "units.csv:11: warning: cột 'members' phải là số nguyên từ 1 trở lên (tối đa 9 chữ số), "
        "không phải '1250.000'" +
            kKept}},
      {"chi_bo without parent",
       kHeader + kBase + "C;C;chi_bo;residential;;12\n",
       {"units.csv:4: error: cột 'parent' để trống: chi bộ trực thuộc cần ghi id của đảng bộ cơ "
        "sở quản lý nó"}},
      {"parent that names no unit",
       kHeader + kBase + "C;C;chi_bo;residential;DD;12\n",
       {"units.csv:4: error: cột 'parent': không có đơn vị nào có id 'DD'; có phải là 'D'?"}},
      // A parent is a base committee: the nearest of those is offered, not a
      // nearer cell's id (which would be refused as a parent in its turn).
      {"parent that names no unit, nearer a cell than a committee",
       kHeader + "CP-TT;T;dang_bo_co_so;residential;;\nCP-TT-01;T1;chi_bo;residential;CP-TT;9\n" +
           "C;C;chi_bo;residential;CP-TT-0;12\nE;E;chi_bo;residential;CP-TT-0;12\n",
       {"units.csv:4: error: cột 'parent': không có đơn vị nào có id 'CP-TT-0'; có phải là "
        "'CP-TT'?",
        "units.csv:5: error: cột 'parent': không có đơn vị nào có id 'CP-TT-0'; có phải là "
        "'CP-TT'?"}},
      {"chi_bo under a chi_bo: that chi_bo's base committee is offered",
       kHeader + kBase + "C;C;chi_bo;residential;D-01;12\n",
       {"units.csv:4: error: cột 'parent': 'D-01' là chi bộ trực thuộc, nhưng đơn vị cấp trên của "
        "chi bộ trực thuộc phải là đảng bộ cơ sở; có phải là 'D' (đảng bộ cơ sở của 'D-01')?"}},
      {"parent written as the base committee's name, in other capitals too",
       kHeader + kBase +
           "C;C;chi_bo;residential;Đảng bộ xã;12\nE;E;chi_bo;residential;ĐẢNG BỘ XÃ;12\n"
           "F;F;chi_bo;residential;Đảng bộ xã X;12\n",
       {"units.csv:4: error: cột 'parent': không có đơn vị nào có id 'Đảng bộ xã'; đó là tên của "
        "đơn vị 'D' (dòng 2): hãy ghi id 'D'",
        "units.csv:5: error: cột 'parent': không có đơn vị nào có id 'ĐẢNG BỘ XÃ'; đó là tên của "
        "đơn vị 'D' (dòng 2): hãy ghi id 'D'",
        "units.csv:6: error: cột 'parent': không có đơn vị nào có id 'Đảng bộ xã X'"}},
      {"chi_bo under a chi_bo_co_so",
       kHeader + kBase + "B;B;chi_bo_co_so;school;;20\n" + "C;C;chi_bo;school;B;12\n",
       {"units.csv:5: error: cột 'parent': 'B' là chi bộ cơ sở, nhưng đơn vị cấp trên của chi bộ "
        "trực thuộc phải là đảng bộ cơ sở"}},
      {"chi_bo its own parent",
       kHeader + kBase + "C;C;chi_bo;residential;C;12\n",
       {"units.csv:4: error: cột 'parent': một chi bộ trực thuộc không thể là đơn vị cấp trên của "
        "chính nó"}},
      {"base organisations with a parent",
       kHeader + kBase +
           "B;B;chi_bo_co_so;school;D;20\nB2;B2;chi_bo_co_so;school;B2;20\n"
           "E;E;dang_bo_co_so;agency;D;\nE-1;E1;chi_bo;agency;E;5\n",
       {"units.csv:4: error: cột 'parent' của một chi bộ cơ sở phải để trống hoặc là id của chính "
        "nó, không phải 'D'",
        "units.csv:6: error: cột 'parent' của một đảng bộ cơ sở phải để trống hoặc là id của chính "
        "nó, không phải 'D'"}},
      {"base committee with no cells",
       kHeader + kBase + "E;Đảng bộ E;dang_bo_co_so;agency;;\n",
       {"units.csv:4: warning: đảng bộ cơ sở 'E' không có chi bộ trực thuộc nào (không đơn vị nào "
        "có cột 'parent' là 'E')"}},
      {"a list kept in Vietnamese: its column and levels in its words",
       "Mã;Tên;Cấp;Loại hình;Trực thuộc;Số đảng viên\n"
       "D;Đảng bộ xã;Đảng bộ cơ sở;Khu dân cư;;\nD-01;Chi bộ 1;Chi bộ;Khu dân cư;D;10\n"
       "C;C;Chi bộ;Khu dân cư;D-01;12\nB;B;Chi bộ cơ sở;Trường học;D;20\n"
       "E;Đảng bộ E;Đảng bộ cơ sở;Cơ quan hành chính;;\n",
       {"units.csv:4: error: cột 'Trực thuộc': 'D-01' là chi bộ trực thuộc, nhưng đơn vị cấp trên "
        "của chi bộ trực thuộc phải là đảng bộ cơ sở; có phải là 'D' (đảng bộ cơ sở của 'D-01')?",
        "units.csv:5: error: cột 'Trực thuộc' của một chi bộ cơ sở phải để trống hoặc là id của "
        "chính nó, không phải 'D'",
        "units.csv:6: warning: đảng bộ cơ sở 'E' không có chi bộ trực thuộc nào (không đơn vị nào "
        "có cột 'Trực thuộc' là 'E')"}},
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
       {"units.csv:4: error: cột 'parent': 'B' là chi bộ trực thuộc, nhưng đơn vị cấp trên "
        "của chi bộ trực thuộc phải là đảng bộ cơ sở",
        "units.csv:4: error: các đơn vị tạo thành vòng lặp: A -> B -> A",
        "units.csv:5: error: cột 'parent': 'A' là chi bộ trực thuộc, nhưng đơn vị cấp trên "
        "của chi bộ trực thuộc phải là đảng bộ cơ sở"}},
      {"cycle of base committees, reported once",
       kHeader +
           "X;X;dang_bo_co_so;agency;Z;\nY;Y;dang_bo_co_so;agency;X;\nZ;Z;dang_bo_co_so;agency;Y;\n"
           "Y-1;Y1;chi_bo;agency;Y;5\n",
       {"units.csv:2: error: cột 'parent' của một đảng bộ cơ sở phải để trống hoặc là id của chính "
        "nó, không phải 'Z'",
        "units.csv:2: error: các đơn vị tạo thành vòng lặp: X -> Z -> Y -> X",
        "units.csv:3: error: cột 'parent' của một đảng bộ cơ sở phải để trống hoặc là id của chính "
        "nó, không phải 'X'",
        "units.csv:4: error: cột 'parent' của một đảng bộ cơ sở phải để trống hoặc là id của chính "
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

// A base committee's count is optional and used by nothing: one that does
// not read leaves neither it nor its cells out; thousands read as a number.
TEST_CASE("a base committee whose member count does not read is kept, with its cells") {
  const Loaded got = load_text("units.csv", kHeader +
                                                "E;E;dang_bo_co_so;agency;;1.250\n"
                                                "E-1;E1;chi_bo;agency;E;1 005\n"
                                                "F;F;dang_bo_co_so;agency;;khoảng 900\n"
                                                "F-1;F1;chi_bo;agency;F;12\n");
  REQUIRE(got.units);
  CHECK(got.ids() == std::vector<std::string>{"E", "E-1", "F", "F-1"});
  CHECK(got.units->units[0].members == 1250);
  CHECK(got.units->units[1].members == 1005);
  CHECK(got.units->units[2].members == 0);
  CHECK(got.messages.size() == 1);
}

// Nor is a cell's: a count typed '22 đv' left the cell out of the ranking,
// its records refused, though nothing scores or ranks by it. Kept, its count
// unknown (0, as a base committee's), and said in a warning.
TEST_CASE("a cell whose member count does not read is kept, its count unknown") {
  const Loaded got = load_text("units.csv", kHeader + kBase +
                                                "D-02;Chi bộ xóm 2;chi_bo;residential;D;22 đv\n"
                                                "CA;Công an;chi_bo_co_so;armed_forces;;0\n");
  REQUIRE(got.units);
  CHECK(got.ids() == std::vector<std::string>{"D", "D-01", "D-02", "CA"});
  CHECK(got.units->units[2].members == 0);
  CHECK(got.units->units[3].members == 0);
  CHECK(got.units->left_out.empty());
  CHECK(got.messages ==
        std::vector<std::string>{
            "units.csv:4: warning: cột 'members' phải là số nguyên từ 1 trở lên (tối đa 9 chữ "
            "số), không phải '22 đv'; hãy chỉ ghi con số: '22'" +
                kKept,
            "units.csv:5: warning: cột 'members' phải là số nguyên từ 1 trở lên (tối đa 9 chữ "
            "số), không phải '0'" +
                kKept});
}

// Nor one left empty, or a list with no count column at all (said once, in
// its header's words): the cells were left out, every record refused.
TEST_CASE("a cell whose member count is empty or whose list has no count column is kept") {
  const Loaded empty = load_text("units.csv", kHeader + kBase +
                                                  "D-02;Chi bộ xóm 2;chi_bo;residential;D;\n"
                                                  "CA;Công an;chi_bo_co_so;armed_forces;;\n");
  REQUIRE(empty.units);
  CHECK(empty.ids() == std::vector<std::string>{"D", "D-01", "D-02", "CA"});
  CHECK(empty.units->units[2].members == 0);
  CHECK(empty.units->left_out.empty());
  CHECK(empty.messages ==
        std::vector<std::string>{"units.csv:4: warning: cột 'members' để trống" + kKept,
                                 "units.csv:5: warning: cột 'members' để trống" + kKept});
  const Loaded no_column = load_text("units.csv",
                                     "Mã;Tên;Cấp;Loại hình;Trực thuộc\n"
                                     "D;Đảng bộ xã;Đảng bộ cơ sở;Khu dân cư;\n"
                                     "D-01;Chi bộ xóm 1;Chi bộ;Khu dân cư;D\n"
                                     "D-02;Chi bộ xóm 2;Chi bộ;Khu dân cư;D\n");
  REQUIRE(no_column.units);
  CHECK(no_column.ids() == std::vector<std::string>{"D", "D-01", "D-02"});
  CHECK(no_column.units->left_out.empty());
  CHECK(no_column.messages ==
        std::vector<std::string>{"units.csv:3: warning: thiếu cột 'Số đảng viên'" + kKept});
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
  check_same_units(words, ids);
  // "Tên đơn vị" names the column too; a word of no level is still said,
  // its column named as the header names it.
  const Loaded wrong = load_text("units.csv",
                                 "Mã;Tên đơn vị;CẤP;Loại hình;Trực thuộc;Số đảng viên\n"
                                 "A;A;Chi bộ xã;Khu dân cư;;5\n"
                                 "B;;Chi bộ;Khu dân cư;A;5\n");
  CHECK(wrong.messages ==
        std::vector<std::string>{
            "units.csv:2: error: cột 'CẤP' phải là một trong dang_bo_co_so, chi_bo_co_so, chi_bo "
            "(hoặc Đảng bộ cơ sở, Chi bộ cơ sở, Chi bộ), không phải 'Chi bộ xã'",
            "units.csv:3: error: cột 'Tên đơn vị' để trống"});
  // A column it lacks is named in its words too; in a header of ids, by its id.
  const Loaded lacking = load_text("units.csv",
                                   "Mã;Tên;Loại hình;Trực thuộc\n"
                                   "A;Đảng bộ A;Khu dân cư;\n");
  CHECK(lacking.messages == std::vector<std::string>{"units.csv:1: error: thiếu cột 'Cấp'"});
  const Loaded lacking_id = load_text("units.csv", "id;name;type\nA;Đảng bộ A;residential\n");
  CHECK(lacking_id.messages == std::vector<std::string>{"units.csv:1: error: thiếu cột 'level'"});
}

// Typed on a keyboard without Vietnamese input, with two spaces for one, or
// in the regulation's words ("Chi bộ trực thuộc", "Thôn"): the same list.
TEST_CASE("a units CSV typed without accents, or in other words, reads as the one with ids") {
  const Loaded ids = load_text("units.csv", kHeader + kBase +
                                                "CA;Cong an;chi_bo_co_so;armed_forces;;30\n"
                                                "D-02;Truong;chi_bo;school;D;9\n");
  const Loaded loose = load_text("units.csv",
                                 "Ma;Ten;Cap;Loai  hinh;Truc thuoc;So dang vien\n"
                                 "D;Đảng bộ xã;Dang bo co so;Thôn;;\n"
                                 "D-01;Chi bộ xóm 1;Chi bộ trực thuộc;khu dan cu;D;10\n"
                                 "CA;Cong an;chi bo co so;Luc luong  vu trang;;30\n"
                                 "D-02;Truong;Chi  bo;truong hoc;D;9\n");
  REQUIRE(ids.messages.empty());
  CHECK(loose.messages.empty());
  check_same_units(loose, ids);
}

// A header in other words than the list's is not read as the column (a
// "Tên bí thư" begins as "Tên chi bộ" does), but told which it is near, and
// how to mend the header; a level that begins a word is told the word.
TEST_CASE("a units CSV with columns and values in other words is told the list's words") {
  const Loaded got = load_text("units.csv",
                               "STT;Mã ĐV;Tên chi bộ;Cấp;Loại hình chi bộ;Đơn vị cấp trên;Số "
                               "lượng đảng viên\n1;D;Đảng bộ xã;Đảng bộ;Khu dân cư;;\n");
  CHECK(got.messages ==
        std::vector<std::string>{
            "units.csv:1: warning: các cột 'STT', 'Mã ĐV' (có phải là 'Mã'?), 'Tên chi bộ' (có "
            "phải là 'Tên'?), 'Loại hình chi bộ' (có phải là 'Loại hình'?), 'Đơn vị cấp trên' (có "
            "phải là 'Trực thuộc'?), 'Số lượng đảng viên' (có phải là 'Số đảng viên'?) không phải "
            "cột của danh sách đơn vị, bỏ qua (các cột là id, name, level, type, parent, members, "
            "hoặc Mã, Tên, Cấp, Loại hình, Trực thuộc, Số đảng viên)",
            "units.csv:1: error: thiếu cột 'Mã': hãy đổi tiêu đề cột 'Mã ĐV' thành 'Mã'",
            "units.csv:1: error: thiếu cột 'Tên': hãy đổi tiêu đề cột 'Tên chi bộ' thành 'Tên'",
            "units.csv:1: error: thiếu cột 'Loại hình': hãy đổi tiêu đề cột 'Loại hình chi bộ' "
            "thành 'Loại hình'",
            "units.csv:2: error: cột 'Cấp' phải là một trong dang_bo_co_so, chi_bo_co_so, chi_bo "
            "(hoặc Đảng bộ cơ sở, Chi bộ cơ sở, Chi bộ), không phải 'Đảng bộ'; có phải là 'Đảng "
            "bộ cơ sở'?"});
  // Two columns near one: which is meant is not guessed.
  const Loaded two = load_text("units.csv",
                               "STT;Mã;Tên bí thư;Tên chi bộ;Cấp;Loại hình;Trực thuộc\n"
                               "1;D;Bà A;Đảng bộ xã;Đảng bộ cơ sở;Khu dân cư;\n");
  CHECK(two.messages ==
        std::vector<std::string>{
            "units.csv:1: warning: các cột 'STT', 'Tên bí thư' (có phải là 'Tên'?), 'Tên chi bộ' "
            "(có phải là 'Tên'?) không phải cột của danh sách đơn vị, bỏ qua (các cột là id, name, "
            "level, type, parent, members, hoặc Mã, Tên, Cấp, Loại hình, Trực thuộc, Số đảng viên)",
            "units.csv:1: error: thiếu cột 'Tên': trong các cột 'Tên bí thư', 'Tên chi bộ', hãy "
            "đổi tiêu đề của cột đúng thành 'Tên'"});
  const Loaded level = load_text("units.csv",
                                 "Mã;Tên;Cấp;Loại hình;Trực thuộc\n"
                                 "D;Đảng bộ xã;Đảng bộ;Cơ quan;\n");
  CHECK(level.messages ==
        std::vector<std::string>{
            "units.csv:2: error: cột 'Cấp' phải là một trong dang_bo_co_so, chi_bo_co_so, chi_bo "
            "(hoặc Đảng bộ cơ sở, Chi bộ cơ sở, Chi bộ), không phải 'Đảng bộ'; có phải là 'Đảng "
            "bộ cơ sở'?",
            "units.csv:2: error: cột 'Loại hình' phải là một trong residential, agency, service, "
            "school, enterprise, armed_forces (hoặc Khu dân cư, Cơ quan hành chính, Đơn vị sự "
            "nghiệp, Trường học, Doanh nghiệp, Lực lượng vũ trang), không phải 'Cơ quan'; có phải "
            "là 'Cơ quan hành chính'?"});
}

TEST_CASE("the problems of tests/cli/data/units_bad.csv, all in one run") {
  Loaded got = load_path(data_file("units_bad.csv"), "units_bad.csv");
  const char* chi_bo_parent =
      "là chi bộ trực thuộc, nhưng đơn vị cấp trên của chi bộ trực thuộc phải là đảng bộ cơ sở";
  CHECK(got.messages ==
        std::vector<std::string>{
            "units_bad.csv:1: warning: cột 'ghi_chu' không phải cột của danh sách đơn vị, bỏ qua "
            "(các cột là id, name, level, type, parent, members, hoặc Mã, Tên, Cấp, Loại hình, "
            "Trực thuộc, Số đảng viên)",
            "units_bad.csv:4: error: id 'CP-TN-01' trùng với dòng 3",
            "units_bad.csv:5: error: cột 'type' phải là một trong residential, agency, service, "
            "school, enterprise, armed_forces (hoặc Khu dân cư, Cơ quan hành chính, Đơn vị sự "
            "nghiệp, Trường học, Doanh nghiệp, Lực lượng vũ trang), không phải 'residental'; có "
            "phải là 'residential'?",
            "units_bad.csv:5: warning: cột 'members' phải là số nguyên từ 1 trở lên (tối đa 9 "
            "chữ số), không phải '0'" +
                kKept,
            "units_bad.csv:6: error: cột 'level' phải là một trong dang_bo_co_so, chi_bo_co_so, "
            "chi_bo (hoặc Đảng bộ cơ sở, Chi bộ cơ sở, Chi bộ), không phải 'chibo'; có phải là "
            "'chi_bo'?",
            "units_bad.csv:7: error: cột 'parent': không có đơn vị nào có id 'CP-TM'; có phải là "
            "'CP-TN'?",
            std::string("units_bad.csv:8: error: cột 'parent': 'CP-TN-01' ") + chi_bo_parent +
                "; có phải là 'CP-TN' (đảng bộ cơ sở của 'CP-TN-01')?",
            "units_bad.csv:9: error: cột 'parent' để trống: chi bộ trực thuộc cần ghi id của "
            "đảng bộ cơ sở quản lý nó",
            "units_bad.csv:10: error: cột 'parent' của một chi bộ cơ sở phải để trống hoặc là id "
            "của chính nó, không phải 'CP-TN'",
            "units_bad.csv:11: warning: đảng bộ cơ sở 'CP-BP' không có chi bộ trực thuộc nào "
            "(không đơn vị nào có cột 'parent' là 'CP-BP')",
            std::string("units_bad.csv:12: error: cột 'parent': 'CP-XP-02' ") + chi_bo_parent,
            "units_bad.csv:12: error: các đơn vị tạo thành vòng lặp: CP-XP-01 -> CP-XP-02 -> "
            "CP-XP-01",
            std::string("units_bad.csv:13: error: cột 'parent': 'CP-XP-01' ") + chi_bo_parent,
            "units_bad.csv:14: warning: cột 'members' phải là số nguyên từ 1 trở lên (tối đa 9 "
            "chữ số), không phải '12,5'" +
                kKept,
            "units_bad.csv:15: error: cột 'id' để trống",
        });
  CHECK(got.ids() == std::vector<std::string>{"CP-TN", "CP-TN-01", "CP-BP", "CP-DN-01"});
}
