#include "units_header.h"

#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>
#include <vector>

namespace chibo {
namespace {

struct Read {
  bool ok = false;
  UnitColumns columns;
  std::vector<std::string> messages;
};

Read read(const std::vector<std::string_view>& fields, std::string error = "") {
  CsvRecord header;
  header.line = 3;
  for (std::string_view f : fields) header.fields.add(f);
  header.error = std::move(error);
  Diagnostics diags;
  Read out;
  out.ok = read_unit_header(header, "dv.csv", out.columns, diags);
  for (const Diagnostic& d : diags.items()) out.messages.push_back(format_diagnostic(d));
  return out;
}

constexpr int kId = static_cast<int>(UnitKey::Id);
constexpr int kName = static_cast<int>(UnitKey::Name);
constexpr int kLevel = static_cast<int>(UnitKey::Level);
constexpr int kType = static_cast<int>(UnitKey::Type);
constexpr int kParent = static_cast<int>(UnitKey::Parent);
constexpr int kMembers = static_cast<int>(UnitKey::Members);

TEST_CASE("a units header by its ids reads each column's field in any capitals") {
  Read r = read({"members", "ID", " name ", "Level", "type", "parent"});
  CHECK(r.ok);
  CHECK(r.messages.empty());
  CHECK(r.columns.key == std::vector<int>{kMembers, kId, kName, kLevel, kType, kParent});
  CHECK(r.columns.have == std::vector<bool>(kUnitKeyCount, true));
  CHECK(r.columns.names[kId] == "ID");
  CHECK(r.columns.names[kName] == "name");
}

TEST_CASE("a units header in Vietnamese reads with or without accents") {
  Read r = read({"Mã đơn vị", "Tên", "CẤP", "Loai hinh", "Trực thuộc", "So dang vien"});
  CHECK(r.ok);
  CHECK(r.messages.empty());
  CHECK(r.columns.key == std::vector<int>{kId, kName, kLevel, kType, kParent, kMembers});
  CHECK(r.columns.names[kLevel] == "CẤP");
}

TEST_CASE("a missing column is named in the header's own language") {
  Read words = read({"Mã", "Tên", "Loại hình", "Trực thuộc"});
  CHECK(words.ok);  // the rows are read; each needs its level
  CHECK(words.messages == std::vector<std::string>{"dv.csv:3: error: thiếu cột 'Cấp'"});
  CHECK(words.columns.names[kMembers] == "Số đảng viên");
  Read ids = read({"id", "name", "type", "parent", "members"});
  CHECK(ids.messages == std::vector<std::string>{"dv.csv:3: error: thiếu cột 'level'"});
}

TEST_CASE("a column named twice is read once and both are said") {
  Read same = read({"id", "name", "level", "type", "parent", "id"});
  CHECK(same.columns.key.back() == kUnitColumnIgnored);
  CHECK(same.messages == std::vector<std::string>{
                             "dv.csv:3: error: cột 'id' xuất hiện hai lần (cột thứ 1 và thứ 6)"});
  Read two_names = read({"Mã", "Tên", "Cấp", "Loại hình", "Mã đơn vị"});
  CHECK(two_names.columns.key.back() == kUnitColumnIgnored);
  CHECK(two_names.messages ==
        std::vector<std::string>{
            "dv.csv:3: error: cột 'Mã' và cột 'Mã đơn vị' cùng là cột 'id' (cột thứ 1 và thứ 5): "
            "đọc cột 'Mã', bỏ qua cột 'Mã đơn vị'; hãy xóa một trong hai cột"});
}

TEST_CASE("unknown columns are said once with a near name and read past") {
  Read r = read({"id", "name", "levle", "type", "STT", ""});
  CHECK(r.columns.key == std::vector<int>{kId, kName, kUnitColumnIgnored, kType, kUnitColumnIgnored,
                                          kUnitColumnUnnamed});
  CHECK(r.messages ==
        std::vector<std::string>{
            "dv.csv:3: warning: các cột 'levle' (có phải là 'level'?), 'STT' không phải cột của "
            "danh sách đơn vị, bỏ qua (các cột là id, name, level, type, parent, members, hoặc Mã, "
            "Tên, Cấp, Loại hình, Trực thuộc, Số đảng viên)",
            "dv.csv:3: error: thiếu cột 'level'"});
  Read many = read(
      {"id", "name", "level", "type", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10"});
  REQUIRE(many.messages.size() == 1);
  CHECK(many.messages[0].find("'a8' và 2 cột khác không phải cột") != std::string::npos);
  std::vector<std::string> extra;
  for (int i = 1; i <= 1'010; ++i) extra.push_back("a" + std::to_string(i));
  std::vector<std::string_view> names = {"id", "name", "level", "type"};
  names.insert(names.end(), extra.begin(), extra.end());
  Read thousand = read(names);
  REQUIRE(thousand.messages.size() == 1);
  CHECK(thousand.messages[0].find("'a8' và 1.002 cột khác không phải cột") != std::string::npos);
}

TEST_CASE("a column named in other words is told the list's word") {
  Read one = read({"Mã ĐV", "Tên", "Cấp", "Loại hình"});
  CHECK(one.messages.back() ==
        "dv.csv:3: error: thiếu cột 'Mã': hãy đổi tiêu đề cột 'Mã ĐV' thành 'Mã'");
  Read two = read({"Mã", "Tên bí thư", "Tên chi bộ", "Cấp", "Loại hình"});
  CHECK(two.messages.back() ==
        "dv.csv:3: error: thiếu cột 'Tên': trong các cột 'Tên bí thư', 'Tên chi bộ', hãy đổi "
        "tiêu đề của cột đúng thành 'Tên'");
}

TEST_CASE("a header that cannot be read stops the list") {
  Read broken = read({"id"}, "dấu ngoặc kép không đóng");
  CHECK_FALSE(broken.ok);
  CHECK(broken.messages ==
        std::vector<std::string>{
            "dv.csv:3: error: dòng tiêu đề (dòng 3) hỏng: dấu ngoặc kép không đóng"});
  Read latin1 = read({"id", "T\xEAn"});
  CHECK_FALSE(latin1.ok);
  CHECK(latin1.messages == std::vector<std::string>{
                               "dv.csv:3: error: tiêu đề cột thứ 2 không phải văn bản UTF-8 (byte "
                               "thứ 2); hãy lưu tệp dạng CSV UTF-8"});
  Read utf16 = read({std::string_view("i\0d", 3)});
  CHECK_FALSE(utf16.ok);
  CHECK(utf16.messages ==
        std::vector<std::string>{std::string("dv.csv:3: error: ") + kUtf16WithoutMark});
}

TEST_CASE("the key column and the others are found folded and without accents") {
  const std::vector<std::string>& key = unit_key_column();
  CHECK(std::find(key.begin(), key.end(), "mã đơn vị") != key.end());
  CHECK(std::find(key.begin(), key.end(), "ma") != key.end());
  const std::vector<std::string>& other = unit_other_columns();
  for (const char* name : {"name", "tên", "trực thuộc", "so dang vien", "ten don vi"}) {
    INFO(name);
    CHECK(std::find(other.begin(), other.end(), name) != other.end());
  }
}

}  // namespace
}  // namespace chibo
