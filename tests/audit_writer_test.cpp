// An audit written in the formats of `chibo audit` (audit_writer.cpp): the
// title, the ruleset's stamp and the totals, then the tables of audit_rows.h
// for people (table, markdown), the flagged meetings' rows for machines
// (csv), or all of it as JSON.
#include "chibo/audit_writer.h"

#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "audit_fixture.h"

using namespace chibo;
using chibo::testing::audit;
using chibo::testing::Audited;

namespace {

// A over its computed score and its reviewer's, and over on criterion a;
// B over on criterion b alone (no total over: no largest excess).
Audited flagged() {
  return audit({
      {"A",
       {{"pa", "50"},
        {"pb", "30"},
        {"self_total", "85"},
        {"reviewer_total", "82"},
        {"self.a", "55"}}},
      {"B", {{"pa", "10"}, {"pb", "10"}, {"self.b", "11"}}},
  });
}

// The JSON's first line: the period, the ruleset and its tolerances.
const std::string kJsonHead =
    "{\"period\": \"2024-Q1\", \"ruleset\": \"t\", \"version\": \"1\", \"ruleset_sha256\": "
    "\"6a13fa0b918786f786eefc5243957aa984737b2af3b152c82ea4c98a545fa8a5\", \"tolerance\": 1.0, "
    "\"criterion_tolerance\": 0.0,\n";

// Markdown's table of base organisations, its heading and header.
const std::string kMarkdownBases =
    "### Theo tổ chức cơ sở đảng\n"
    "\n"
    "| Tổ chức cơ sở đảng | Tên | Số cuộc có tự chấm | Số cuộc tự chấm cao hơn | Số chi bộ tự "
    "chấm cao hơn | Tổng điểm tự chấm cao hơn nhiều nhất |\n"
    "|---|---|---|---|---|---|\n";

std::string written(const Audited& a, AuditFormat format) {
  std::ostringstream out;
  write_audit(out, format, *a.r, *a.units, Period{2024, 1}, a.result);
  return out.str();
}

}  // namespace

TEST_CASE("audit table: title, stamp, totals, then the meetings, cells and bases") {
  CHECK(
      written(flagged(), AuditFormat::Table) ==
      "Kiểm tra tự chấm quý I/2024 (bộ tiêu chí t; mức chênh lệch cho phép: tổng điểm 1,0; mỗi "
      "tiêu chí 0,0)\n"
      "bộ tiêu chí t phiên bản 1, sha256 6a13fa0b9187\n"
      "2 cuộc sinh hoạt; 2 cuộc có điểm tự chấm; 2 cuộc tự chấm cao hơn mức cho phép, ở 2 chi bộ\n"
      "\n"
      "Cuộc sinh hoạt tự chấm cao hơn:\n"
      "Chi bộ  Tên       Đảng bộ cơ sở   Ngày sinh hoạt  Loại       Tự chấm  Điểm theo tiêu chí  "
      "Cấp trên chấm  Cao hơn điểm theo tiêu chí  Cao hơn điểm cấp trên  Tiêu chí tự chấm cao hơn  "
      "                        Bản ghi\n"
      "A       Chi bộ A  Đảng bộ xã Một  15/03/2024      thường kỳ     85,0                80,0    "
      "       82,0                         5,0                    3,0  Tiêu chí A (a): tự chấm "
      "55,0, theo tiêu chí 50,0  m.csv:2\n"
      "B       Chi bộ B  Đảng bộ xã Một  15/03/2024      thường kỳ                                 "
      "                                                                Tiêu chí B (b): tự chấm "
      "11,0, theo tiêu chí 10,0  m.csv:3\n"
      "\n"
      "Theo chi bộ:\n"
      "Chi bộ  Tên       Đảng bộ cơ sở   Số cuộc có tự chấm  Số cuộc tự chấm cao hơn  Tổng điểm tự "
      "chấm cao hơn nhiều nhất\n"
      "A       Chi bộ A  Đảng bộ xã Một                   1                        1               "
      "                    5,0\n"
      "B       Chi bộ B  Đảng bộ xã Một                   1                        1\n"
      "\n"
      "Theo tổ chức cơ sở đảng:\n"
      "Tổ chức cơ sở đảng  Tên             Số cuộc có tự chấm  Số cuộc tự chấm cao hơn  Số chi bộ "
      "tự chấm cao hơn  Tổng điểm tự chấm cao hơn nhiều nhất\n"
      "DB1                 Đảng bộ xã Một                   2                        2             "
      "             2                                   5,0\n");
}

TEST_CASE("audit markdown: the same as pipe tables under headings") {
  CHECK(
      written(flagged(), AuditFormat::Markdown) ==
      "## Kiểm tra tự chấm quý I/2024 (bộ tiêu chí t; mức chênh lệch cho phép: tổng điểm 1,0; mỗi "
      "tiêu chí 0,0)\n"
      "\n"
      "bộ tiêu chí t phiên bản 1, sha256 6a13fa0b9187\n"
      "\n"
      "2 cuộc sinh hoạt; 2 cuộc có điểm tự chấm; 2 cuộc tự chấm cao hơn mức cho phép, ở 2 chi bộ\n"
      "\n"
      "### Cuộc sinh hoạt tự chấm cao hơn\n"
      "\n"
      "| Chi bộ | Tên | Đảng bộ cơ sở | Ngày sinh hoạt | Loại | Tự chấm | Điểm theo tiêu chí | Cấp "
      "trên chấm | Cao hơn điểm theo tiêu chí | Cao hơn điểm cấp trên | Tiêu chí tự chấm cao hơn | "
      "Bản ghi |\n"
      "|---|---|---|---|---|---|---|---|---|---|---|---|\n"
      "| A | Chi bộ A | Đảng bộ xã Một | 15/03/2024 | thường kỳ | 85,0 | 80,0 | 82,0 | 5,0 | 3,0 | "
      "Tiêu chí A (a): tự chấm 55,0, theo tiêu chí 50,0 | m.csv:2 |\n"
      "| B | Chi bộ B | Đảng bộ xã Một | 15/03/2024 | thường kỳ |  |  |  |  |  | Tiêu chí B (b): "
      "tự chấm 11,0, theo tiêu chí 10,0 | m.csv:3 |\n"
      "\n"
      "### Theo chi bộ\n"
      "\n"
      "| Chi bộ | Tên | Đảng bộ cơ sở | Số cuộc có tự chấm | Số cuộc tự chấm cao hơn | Tổng điểm "
      "tự chấm cao hơn nhiều nhất |\n"
      "|---|---|---|---|---|---|\n"
      "| A | Chi bộ A | Đảng bộ xã Một | 1 | 1 | 5,0 |\n"
      "| B | Chi bộ B | Đảng bộ xã Một | 1 | 1 |  |\n"
      "\n" +
          kMarkdownBases + "| DB1 | Đảng bộ xã Một | 2 | 2 | 2 | 5,0 |\n");
}

TEST_CASE("audit csv: the flagged meetings' rows, '.' decimals") {
  CHECK(written(flagged(), AuditFormat::Csv) ==
        "cell_id,name,parent,date,kind,self_total,computed_total,reviewer_total,over_computed_by,"
        "over_reviewer_by,criteria,file,line\n"
        "A,Chi bộ A,DB1,2024-03-15,regular,85.0,80.0,82.0,5.0,3.0,a=55.0/50.0,m.csv,2\n"
        "B,Chi bộ B,DB1,2024-03-15,regular,,,,,,b=11.0/10.0,m.csv,3\n");
}

TEST_CASE("audit json: every meeting flagged with its lines, the cells and bases") {
  CHECK(
      written(flagged(), AuditFormat::Json) ==
      kJsonHead +
          " \"meetings_audited\": 2, \"meetings_claimed\": 2, \"meetings_claim_unreadable\": 0, "
          "\"meetings_flagged\": 2,\n"
          " \"meetings\": [\n"
          "  {\"cell_id\": \"A\", \"parent\": \"DB1\", \"date\": \"2024-03-15\", \"kind\": "
          "\"regular\", \"file\": \"m.csv\", \"line\": 2, \"lines\": [{\"criterion\": null, "
          "\"self\": 85.0, \"computed\": 80.0, \"reviewer\": 82.0, \"over_computed\": true, "
          "\"over_reviewer\": true, \"off_sheet\": false}, {\"criterion\": \"a\", \"self\": 55.0, "
          "\"computed\": 50.0, \"reviewer\": null, \"over_computed\": true, \"over_reviewer\": "
          "false, \"off_sheet\": false}]},\n"
          "  {\"cell_id\": \"B\", \"parent\": \"DB1\", \"date\": \"2024-03-15\", \"kind\": "
          "\"regular\", \"file\": \"m.csv\", \"line\": 3, \"lines\": [{\"criterion\": \"b\", "
          "\"self\": 11.0, \"computed\": 10.0, \"reviewer\": null, \"over_computed\": true, "
          "\"over_reviewer\": false, \"off_sheet\": false}]}],\n"
          " \"cells\": [\n"
          "  {\"cell_id\": \"A\", \"claimed\": 1, \"flagged\": 1, \"largest_excess\": 5.0},\n"
          "  {\"cell_id\": \"B\", \"claimed\": 1, \"flagged\": 1, \"largest_excess\": null}],\n"
          " \"bases\": [\n"
          "  {\"id\": \"DB1\", \"claimed\": 2, \"flagged\": 2, \"cells_flagged\": 2, "
          "\"largest_excess\": 5.0}]}\n");
}

// Claimed but none over: no meeting or cell listed in any format, the bases
// still (JSON: an empty list, csv: its header alone).
TEST_CASE("audit: none flagged, no meeting or cell listed, the bases still") {
  const Audited a = audit({{"A", {{"pa", "50"}, {"pb", "30"}, {"self_total", "80"}}}});
  CHECK(written(a, AuditFormat::Table) ==
        "Kiểm tra tự chấm quý I/2024 (bộ tiêu chí t; mức chênh lệch cho phép: tổng điểm 1,0; mỗi "
        "tiêu chí 0,0)\n"
        "bộ tiêu chí t phiên bản 1, sha256 6a13fa0b9187\n"
        "1 cuộc sinh hoạt; 1 cuộc có điểm tự chấm; không cuộc nào tự chấm cao hơn mức cho phép\n"
        "\n"
        "Theo tổ chức cơ sở đảng:\n"
        "Tổ chức cơ sở đảng  Tên             Số cuộc có tự chấm  Số cuộc tự chấm cao hơn  Số chi "
        "bộ tự chấm cao hơn  Tổng điểm tự chấm cao hơn nhiều nhất\n"
        "DB1                 Đảng bộ xã Một                   1                        0           "
        "               0\n");
  CHECK(written(a, AuditFormat::Markdown) ==
        "## Kiểm tra tự chấm quý I/2024 (bộ tiêu chí t; mức chênh lệch cho phép: tổng điểm 1,0; "
        "mỗi tiêu chí 0,0)\n"
        "\n"
        "bộ tiêu chí t phiên bản 1, sha256 6a13fa0b9187\n"
        "\n"
        "1 cuộc sinh hoạt; 1 cuộc có điểm tự chấm; không cuộc nào tự chấm cao hơn mức cho phép\n"
        "\n" +
            kMarkdownBases + "| DB1 | Đảng bộ xã Một | 1 | 0 | 0 |  |\n");
  CHECK(written(a, AuditFormat::Csv) ==
        "cell_id,name,parent,date,kind,self_total,computed_total,reviewer_total,over_computed_by,"
        "over_reviewer_by,criteria,file,line\n");
  CHECK(written(a, AuditFormat::Json) ==
        kJsonHead +
            " \"meetings_audited\": 1, \"meetings_claimed\": 1, \"meetings_claim_unreadable\": 0, "
            "\"meetings_flagged\": 0,\n"
            " \"meetings\": [],\n"
            " \"cells\": [],\n"
            " \"bases\": [\n"
            "  {\"id\": \"DB1\", \"claimed\": 1, \"flagged\": 0, \"cells_flagged\": 0, "
            "\"largest_excess\": null}]}\n");
}
