#include "chibo/record_template.h"

#include <fstream>
#include <iterator>
#include <sstream>

#include <catch2/catch.hpp>

#include "scoring_fixture.h"
#include "temp_dir.h"
#include "xlsx_fixture.h"
#include "xlsx_reader.h"

namespace {

// The workbook template of r, as its bytes (written to a file and read back).
std::string xlsx_template_bytes(const chibo::CompiledRuleset& r) {
  chibo::testing::TempDir dir;
  const std::string path = dir.path("mau.xlsx");
  REQUIRE(chibo::write_xlsx_template(path, r) == "");
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("templates list every input with its label, type and range") {
  auto r = chibo::testing::compile_text(
      "id: t\ntitle: T\nsource: {document: QĐ 1}\nversion: 2\neffective: {from: 2019-01-01}\n"
      "scale: 100\ninputs:\n"
      "  members: {type: integer, min: 1, max: 60, label: Tổng số đảng viên}\n"
      "  level: {type: choice, label: Mức, options: {tot: Tốt, kha: Khá}, default: kha}\n"
      "  note_date: {type: date, label: Ngày nộp, required: no}\n"
      "criteria:\n  - {id: a, label: A, max: 100, formula: members}\n"
      "grades:\n  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(r);
  std::ostringstream yaml, csv;
  chibo::write_yaml_template(yaml, *r);
  chibo::write_csv_template(csv, *r);
  CHECK(yaml.str() ==
        "# Bản ghi một cuộc sinh hoạt theo bộ tiêu chí t (QĐ 1), phiên bản 2\n"
        "# Điền giá trị sau dấu hai chấm; dòng bắt đầu bằng # là chú thích.\n"
        "cell_id:                # mã chi bộ\n"
        "date:                   # ngày sinh hoạt, YYYY-MM-DD\n"
        // Without 'kinds', a ruleset scores regular meetings only: thematic
        // was offered, then refused.
        "kind: thường kỳ         # thường kỳ (hoặc viết regular); bỏ trống = thường kỳ\n"
        "members:                # Tổng số đảng viên — số nguyên, từ 1 đến 60\n"
        "level:                  # Mức — một trong: tot (Tốt), kha (Khá); bỏ trống = kha\n"
        "note_date:              # Ngày nộp — ngày YYYY-MM-DD; không bắt buộc\n"
        // Last, the totals `chibo audit` compares with the computed score.
        "self_total:             # Tổng điểm chi bộ tự chấm — số, từ 0 đến 100; không bắt buộc; "
        "huyện so điểm này với điểm tính theo các tiêu chí và với điểm cấp trên chấm\n"
        "reviewer_total:         # Tổng điểm cấp trên chấm — số, từ 0 đến 100; không bắt buộc; "
        "do cấp ủy cấp trên chấm; huyện so điểm chi bộ tự chấm với điểm này\n");
  CHECK(csv.str() == "cell_id,date,kind,members,level,note_date,self_total,reviewer_total\n");
}

TEST_CASE("a template offers the kinds the ruleset scores") {
  auto r = chibo::testing::compile_text(
      "id: t\ntitle: T\nsource: {document: QĐ 1}\nversion: 2\neffective: {from: 2019-01-01}\n"
      "scale: 100\nkinds: [regular, thematic]\ninputs:\n"
      "  members: {type: integer, min: 1, label: \"Tổng số\"}\n"
      "criteria:\n  - {id: a, label: A, max: 100, formula: members}\n"
      "grades:\n  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(r);
  std::ostringstream yaml;
  chibo::write_yaml_template(yaml, *r);
  CHECK(yaml.str().find(
            "kind: thường kỳ         # thường kỳ hoặc chuyên đề (hoặc viết regular, "
            "thematic); bỏ trống = thường kỳ\nmembers:                # Tổng số — số nguyên, "
            "từ 1\n") != std::string::npos);
}

// With a form for each kind, an input only one form reads says which kind needs it.
TEST_CASE("a template says which kind of meeting needs an input only one form reads") {
  auto r = chibo::testing::compile_text(
      "id: t\ntitle: T\nsource: {document: QĐ 1}\nversion: 2\neffective: {from: 2019-01-01}\n"
      "scale: 100\nkinds: [regular, thematic]\ninputs:\n"
      "  members: {type: integer, min: 1, label: \"Tổng số\"}\n"
      "  report: {type: yesno, label: \"Báo cáo\"}\n"
      "forms:\n"
      "  - id: thuong_ky\n    kinds: [regular]\n    criteria:\n"
      "      - {id: a, label: A, max: 100, formula: members}\n"
      "  - id: chuyen_de\n    kinds: [thematic]\n    criteria:\n"
      "      - {id: b, label: B, max: 100, when: report and members > 0}\n"
      "grades:\n  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(r);
  std::ostringstream yaml;
  chibo::write_yaml_template(yaml, *r);
  CHECK(yaml.str().find("members:                # Tổng số — số nguyên, từ 1\n"
                        "report:                 # Báo cáo — có/không; chỉ cần cho sinh hoạt "
                        "chuyên đề\n") != std::string::npos);
}

TEST_CASE("a template says a unit, and a yes/no default in the records' words") {
  auto r = chibo::testing::compile_text(
      "id: t\ntitle: T\nsource: {document: QĐ 1}\nversion: 2\neffective: {from: 2019-01-01}\n"
      "scale: 100\ninputs:\n"
      "  share: {type: percent, min: 0.5, max: 99.5, label: Phần}\n"
      "  budget: {type: number, min: 0, max: 1000, unit: \" triệu đồng\", label: Kinh phí}\n"
      "  notice: {type: integer, min: 0, unit: \" ngày\", label: Báo trước}\n"
      "  rate: {type: percent, label: Tỷ lệ}\n"
      "  posted: {type: yesno, default: no, label: Đã đăng}\n"
      "  invited: {type: yesno, default: true, label: Có mời}\n"
      "criteria:\n  - {id: a, label: A, max: 100, formula: rate}\n"
      "grades:\n  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(r);
  std::ostringstream yaml;
  chibo::write_yaml_template(yaml, *r);
  // A bound with a decimal comma, as the records' messages say it ("99.5" reads as 995).
  CHECK(yaml.str().find("share:                  # Phần — phần trăm (%), từ 0,5 đến 99,5\n"
                        "budget:                 # Kinh phí — số (triệu đồng), từ 0 đến 1000\n"
                        "notice:                 # Báo trước — số nguyên (ngày), từ 0\n"
                        "rate:                   # Tỷ lệ — phần trăm (%), từ 0 đến 100\n"
                        "posted:                 # Đã đăng — có/không; bỏ trống = không\n"
                        "invited:                # Có mời — có/không; bỏ trống = có\n") !=
        std::string::npos);
}

// The workbook to fill in: read back as records are, its first row is the
// CSV template's header (the guide, on its second sheet, is not read); each
// column checks what is typed in it.
TEST_CASE("the workbook template has the CSV header and checks each column") {
  auto r = chibo::testing::compile_text(
      "id: t\ntitle: T\nsource: {document: QĐ 1}\nversion: 2\neffective: {from: 2019-01-01}\n"
      "scale: 100\ninputs:\n"
      "  members: {type: integer, min: 1, max: 60, label: Tổng số đảng viên}\n"
      "  level: {type: choice, label: Mức, options: {tot: Tốt, kha: Khá}, default: kha}\n"
      "  done: {type: percent, label: Tỷ lệ, min: 50}\n  ok: {type: yesno, label: Đạt}\n"
      "  note_date: {type: date, label: Ngày nộp, required: no}\n"
      "  mix: {type: choice, label: M, options: {a: \"Tốt, đủ\", b: Khá}, required: no}\n"
      "criteria:\n  - {id: a, label: A, max: 100, formula: members}\n"
      "grades:\n  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(r);
  const std::string book = xlsx_template_bytes(*r);
  std::string why;
  auto rows = chibo::read_xlsx_rows(book, std::size_t{1} << 24, why);
  REQUIRE(rows);
  REQUIRE(rows->size() == 1);
  CHECK(rows->front().cells == std::vector<std::string>{"cell_id", "date", "kind", "members",
                                                        "level", "done", "ok", "note_date", "mix",
                                                        "self_total", "reviewer_total"});
  const std::string sheet = chibo::testing::unzip_part(book, "xl/worksheets/sheet1.xml");
  for (const char* check :
       {"sqref=\"B2:B1000\"><formula1>43466</formula1><formula2>2958465</formula2>",
        "<formula1>\"thường kỳ\"</formula1>", "type=\"whole\" allowBlank=\"1\"",
        "<formula1>1</formula1><formula2>60</formula2>", "<formula1>\"Tốt,Khá\"</formula1>",
        "type=\"decimal\"", "<formula1>0</formula1><formula2>100</formula2>",
        "<formula1>\"có,không\"</formula1>", "sqref=\"H2:H1000\"",
        // The totals: a number from 0 to the scale.
        "sqref=\"J2:J1000\"><formula1>0</formula1><formula2>100</formula2>",
        "sqref=\"K2:K1000\"><formula1>0</formula1><formula2>100</formula2>"}) {
    INFO(check);
    CHECK(sheet.find(check) != std::string::npos);
  }
  // A percent takes 0 to 100 whatever its minimum ("93,5%" typed is 0.935);
  // a label with a comma would be cut in two: the ids listed instead (the
  // records read them; the comment says each one's label).
  CHECK(sheet.find("sqref=\"F2:F1000\"><formula1>0</formula1><formula2>100</formula2>") !=
        std::string::npos);
  CHECK(sheet.find("sqref=\"I2:I1000\"><formula1>\"a,b\"</formula1>") != std::string::npos);
  CHECK(chibo::testing::unzip_part(book, "xl/comments1.xml")
            .find("Tổng số đảng viên — số "
                  "nguyên, từ 1 đến 60") != std::string::npos);
  chibo::testing::TempDir dir;
  CHECK(chibo::write_xlsx_template(dir.path("no/such/folder/mau.xlsx"), *r) != "");
}

// A label with a quote: libxlsxwriter writes the list undoubled, `"Tốt
// "lắm",Khá"`, a formula Excel refuses (the workbook to be repaired): the
// ids listed instead, as for a comma.
TEST_CASE("the workbook template lists a choice's ids when a label has a quote") {
  auto r = chibo::testing::compile_text(
      "id: t\ntitle: T\nsource: {document: QĐ 1}\nversion: 2\neffective: {from: 2019-01-01}\n"
      "scale: 100\ninputs:\n"
      "  q: {type: choice, label: Q, options: {tot: \"Tốt \\\"lắm\\\"\", kha: Khá}}\n"
      "criteria:\n  - {id: a, label: A, max: 100, formula: 1}\n"
      "grades:\n  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(r);
  const std::string sheet =
      chibo::testing::unzip_part(xlsx_template_bytes(*r), "xl/worksheets/sheet1.xml");
  CHECK(sheet.find("sqref=\"D2:D1000\"><formula1>\"tot,kha\"</formula1>") != std::string::npos);
  CHECK(sheet.find("<formula1>\"Tốt") == std::string::npos);
  // The label is said in the check's message, its quotes escaped.
  CHECK(sheet.find("error=\"Cột q: Q — một trong: tot (Tốt &quot;lắm&quot;), kha (Khá)\"") !=
        std::string::npos);
}

// Excel refuses a value with the column's own words, not its English ones;
// the guide says the checks across columns a row is rejected by, and how a
// value they name that is no column is made.
TEST_CASE("the workbook template says its checks in Vietnamese") {
  const std::string long_label(300, 'x');
  auto r = chibo::testing::compile_text(
      "id: t\ntitle: T\nsource: {document: QĐ 1}\nversion: 2\neffective: {from: 2019-01-01}\n"
      "scale: 100\ninputs:\n"
      "  members: {type: integer, min: 1, max: 60, label: Tổng số đảng viên}\n"
      "  exempt: {type: integer, min: 0, label: Miễn}\n"
      "  present: {type: integer, min: 0, label: " +
      long_label +
      "}\n"
      "derived:\n  on_duty: {expr: exempt, label: Đi công tác}\n"
      "  must_attend: {expr: members - on_duty, label: Phải sinh hoạt}\n"
      "  present_rate: {expr: present * 100 / members}\n"
      "checks:\n  - {id: present_ok, require: present <= must_attend, message: Có mặt quá nhiều}\n"
      "criteria:\n  - {id: a, label: A, max: 100, formula: members}\n"
      "grades:\n  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(r);
  const std::string book = xlsx_template_bytes(*r);
  const std::string sheet = chibo::testing::unzip_part(book, "xl/worksheets/sheet1.xml");
  CHECK(sheet.find("error=\"Cột date: Ngày sinh hoạt, từ ngày 01/01/2019 (ngày bộ tiêu chí có hiệu "
                   "lực)\"") != std::string::npos);
  CHECK(sheet.find("error=\"Cột kind: Loại sinh hoạt: thường kỳ; bỏ trống = thường kỳ\"") !=
        std::string::npos);
  CHECK(sheet.find("errorTitle=\"Giá trị không hợp lệ\" error=\"Cột members: Tổng số đảng viên — "
                   "số nguyên, từ 1 đến 60\"") != std::string::npos);
  // A message past Excel's 255 characters is cut, its column still checked.
  const std::string cut = "error=\"Cột present: " + std::string(255 - 14, 'x') + "…\"";
  CHECK(sheet.find(cut) != std::string::npos);
  CHECK(sheet.find("sqref=\"F2:F1000\"") != std::string::npos);
  const std::string strings = chibo::testing::unzip_part(book, "xl/sharedStrings.xml");
  for (const char* text :
       {"Kiểm tra giữa các cột", "present_ok", "Có mặt quá nhiều", "present ≤ must_attend",
        "must_attend", "Phải sinh hoạt (không phải cột: tính từ các cột)",
        "tính bằng: members - on_duty",
        // Named through must_attend: listed too.
        "on_duty", "Đi công tác (không phải cột: tính từ các cột)", "tính bằng: exempt"}) {
    INFO(text);
    CHECK(strings.find(text) != std::string::npos);
  }
  // A derived value no condition names is not listed.
  CHECK(strings.find("present_rate") == std::string::npos);
}

// A ruleset whose input is named as a total: its column is the input's, not
// written twice (the records' check would refuse the second).
TEST_CASE("a template leaves out a total the ruleset has as an input") {
  auto r = chibo::testing::compile_text(
      "id: t\ntitle: T\nsource: {document: QĐ 1}\nversion: 2\neffective: {from: 2019-01-01}\n"
      "scale: 10\ninputs:\n"
      "  self_total: {type: integer, min: 0, max: 10, label: Tự đánh giá}\n"
      "criteria:\n  - {id: a, label: A, max: 10, formula: self_total}\n"
      "grades:\n  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(r);
  std::ostringstream yaml, csv;
  chibo::write_yaml_template(yaml, *r);
  chibo::write_csv_template(csv, *r);
  CHECK(csv.str() == "cell_id,date,kind,self_total,reviewer_total\n");
  CHECK(yaml.str().find("self_total:             # Tự đánh giá — số nguyên, từ 0 đến 10\n"
                        "reviewer_total:         # Tổng điểm cấp trên chấm — số, từ 0 đến 10; "
                        "không bắt buộc; do cấp ủy cấp trên chấm; huyện so điểm chi bộ tự "
                        "chấm với điểm này\n") != std::string::npos);
}

// An input labelled as a total takes a header of that name: the template
// leaves that total out too, rather than offer two columns of one name.
TEST_CASE("a template leaves out a total an input is labelled as") {
  auto r = chibo::testing::compile_text(
      "id: t\ntitle: T\nsource: {document: QĐ 1}\nversion: 2\neffective: {from: 2019-01-01}\n"
      "scale: 10\ninputs:\n"
      "  tu_cham: {type: integer, min: 0, max: 10, label: Tổng điểm chi bộ tự chấm}\n"
      "  cap_tren: {type: integer, min: 0, max: 10, label: CẤP TRÊN CHẤM}\n"
      "criteria:\n  - {id: a, label: A, max: 10, formula: tu_cham}\n"
      "grades:\n  - {id: kem, label: Kém, from: 0}\n");
  REQUIRE(r);
  std::ostringstream csv;
  chibo::write_csv_template(csv, *r);
  CHECK(csv.str() == "cell_id,date,kind,tu_cham,cap_tren\n");
}
