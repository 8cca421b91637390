// The JSON layout of a ranking (rank_json_writer.cpp): each cell's rank,
// score, grade, months and notes, then the summary's tallies.
#include "rank_writers.h"

#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "chibo/district_summary.h"
#include "date.h"
#include "rollup_fixture.h"

using namespace chibo;
using namespace chibo::testing;

// The JSON names the missing months and short quarters a rejected record
// was for (of missing_months and thematic_short_quarters), as the notes do,
// and the summary counts the cells with such a month; the CSV keeps its columns.
TEST_CASE("a ranking's JSON lists the months and quarters a record was rejected for") {
  auto d = district("", {{"A", UnitType::Residential}, {"B", UnitType::Residential}});
  d.r = compile_text(
      points_ruleset("  missing_month: zero\n  thematic_per_quarter: 1\n  quarter: {by: mean}\n"));
  REQUIRE(d.r);
  d.store = std::make_unique<MeetingStore>(*d.r, d.units, rank_value_slots(rank_keys(*d.r)));
  quarter(*d.r, *d.store, "A", 2024, 1, {"90", "90", "90"});
  keep(*d.r, *d.store, "A", "2024-02-20", "100", "thematic");
  quarter(*d.r, *d.store, "B", 2024, 1, {"90", "", ""});
  d.store->note_rejected("B", days_from_civil({2024, 3, 5}), MeetingKind::Regular);
  d.store->note_rejected("B", days_from_civil({2024, 2, 5}), MeetingKind::Thematic);
  const Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::None);
  const DistrictSummary summary = summarize(ranking, d.units, ruleset_of(*d.r).grades.size());
  std::ostringstream json;
  write_ranking(json, RankFormat::Json, *d.r, ranking, summary);
  const std::string text = json.str();
  INFO(text);
  CHECK(text.find("\"cell_id\": \"A\", ") != std::string::npos);
  CHECK(text.find("\"missing_months\": [], \"rejected_months\": [], \"thematic_only_months\": [], "
                  "\"thematic_short_quarters\": [], \"rejected_thematic_quarters\": [], "
                  "\"months_met_outside_force\": [], \"quarters_met_outside_force\": [], "
                  "\"notes\": \"\"") != std::string::npos);
  CHECK(text.find("\"missing_months\": [2, 3], \"rejected_months\": [3], "
                  "\"thematic_only_months\": [], \"thematic_short_quarters\": [1], "
                  "\"rejected_thematic_quarters\": [1], \"months_met_outside_force\": [], "
                  "\"quarters_met_outside_force\": [], \"notes\": \"thiếu tháng 2, 3 (tính 0 điểm; "
                  "tháng 3 có bản ghi nhưng bị loại); "
                  "quý I thiếu sinh hoạt chuyên đề (có bản ghi nhưng bị loại") !=
        std::string::npos);
  CHECK(text.find("\n  \"cells_with_missing_months\": 1, \"cells_with_rejected_months\": 1, "
                  "\"cells_short_of_thematic\": 1, \"cells_not_graded\": 0,\n  \"by_type\": ") !=
        std::string::npos);
  std::ostringstream csv;
  write_ranking(csv, RankFormat::Csv, *d.r, ranking, summary);
  CHECK(csv.str().find("rejected") == std::string::npos);
}

// The whole layout: ranked within each type (group_rank), the previous
// quarter's score and rank beside the changes (a rise is positive), a cell
// whose base is its parent, and the tallies with each grade's count and
// share, for all, by type and by base.
TEST_CASE("a ranking's JSON: cells with their changes, then the summary") {
  auto d = district("", {{"A", UnitType::Residential}, {"B", UnitType::School}});
  quarter(*d.r, *d.store, "A", 2023, 4, {"70", "70", "70"});
  quarter(*d.r, *d.store, "B", 2023, 4, {"80", "80", "80"});
  quarter(*d.r, *d.store, "A", 2024, 1, {"95", "95", "95"});
  quarter(*d.r, *d.store, "B", 2024, 1, {"60", "", "75"});
  const Ranking ranking = rank_cells(*d.r, d.units, *d.store, {2024, 1}, GroupBy::Type);
  REQUIRE(ranking.has_previous);
  const DistrictSummary summary = summarize(ranking, d.units, ruleset_of(*d.r).grades.size());
  std::ostringstream out;
  write_ranking_json(out, *d.r, ranking, summary);
  CHECK(out.str() ==
        "{\"period\": \"2024-Q1\", \"ruleset\": \"t\", \"version\": \"1\", \"ruleset_sha256\": "
        "\"99bd64e698b2fe579f9b1abe9fba98079fa7f3cf0ffad6d99c26355e37febece\",\n"
        " \"cells\": [\n"
        "  {\"rank\": 1, \"cell_id\": \"A\", \"name\": \"Chi bộ A\", \"type\": \"residential\", "
        "\"parent\": \"DB1\", \"score\": 95.00, \"grade\": \"tot\", \"months_counted\": 3, "
        "\"missing_months\": [], \"rejected_months\": [], \"thematic_only_months\": [], "
        "\"thematic_short_quarters\": [], \"rejected_thematic_quarters\": [], "
        "\"months_met_outside_force\": [], \"quarters_met_outside_force\": [], \"notes\": \"\", "
        "\"group_rank\": 1, \"previous_score\": 70.00, \"score_change\": 25.00, \"previous_rank\": "
        "2, \"rank_change\": 1},\n"
        "  {\"rank\": 2, \"cell_id\": \"B\", \"name\": \"Chi bộ B\", \"type\": \"school\", "
        "\"parent\": \"DB1\", \"score\": 45.00, \"grade\": \"kem\", \"months_counted\": 3, "
        "\"missing_months\": [2], \"rejected_months\": [], \"thematic_only_months\": [], "
        "\"thematic_short_quarters\": [], \"rejected_thematic_quarters\": [], "
        "\"months_met_outside_force\": [], \"quarters_met_outside_force\": [], \"notes\": \"thiếu "
        "tháng 2 (tính 0 điểm)\", \"group_rank\": 1, \"previous_score\": 80.00, \"score_change\": "
        "-35.00, \"previous_rank\": 1, \"rank_change\": -1}],\n"
        " \"summary\": {\"all\": {\"cells\": 2, \"grades\": {\"tot\": {\"count\": 1, \"share\": "
        "50.00}, \"kha\": {\"count\": 0, \"share\": 0.00}, \"tb\": {\"count\": 0, \"share\": "
        "0.00}, \"kem\": {\"count\": 1, \"share\": 50.00}}},\n"
        "  \"cells_with_missing_months\": 1, \"cells_with_rejected_months\": 0, "
        "\"cells_short_of_thematic\": 0, \"cells_not_graded\": 0,\n"
        "  \"by_type\": {\n"
        "   \"residential\": {\"cells\": 1, \"grades\": {\"tot\": {\"count\": 1, \"share\": "
        "100.00}, \"kha\": {\"count\": 0, \"share\": 0.00}, \"tb\": {\"count\": 0, \"share\": "
        "0.00}, \"kem\": {\"count\": 0, \"share\": 0.00}}},\n"
        "   \"school\": {\"cells\": 1, \"grades\": {\"tot\": {\"count\": 0, \"share\": 0.00}, "
        "\"kha\": {\"count\": 0, \"share\": 0.00}, \"tb\": {\"count\": 0, \"share\": 0.00}, "
        "\"kem\": {\"count\": 1, \"share\": 100.00}}}},\n"
        "  \"by_base\": {\n"
        "   \"DB1\": {\"cells\": 2, \"grades\": {\"tot\": {\"count\": 1, \"share\": 50.00}, "
        "\"kha\": {\"count\": 0, \"share\": 0.00}, \"tb\": {\"count\": 0, \"share\": 0.00}, "
        "\"kem\": {\"count\": 1, \"share\": 50.00}}}}}}\n");
}
