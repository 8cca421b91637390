#include "near_ids.h"

#include <catch2/catch.hpp>

#include "rollup_fixture.h"

using namespace chibo;
using namespace chibo::testing;

namespace {

using Ids = std::vector<std::string>;

// The listed ids near each of ids, looked for anywhere (own_committee_only
// false) unless the id is given with a '!' before it.
std::vector<Ids> near(const Units& units, const Ids& ids) {
  std::vector<NearQuery> queries;
  for (const std::string& id : ids) {
    const bool own = !id.empty() && id[0] == '!';
    queries.push_back({std::string_view(id).substr(own ? 1 : 0), own});
  }
  std::vector<Ids> out;
  for (const auto& positions : find_near_ids(units, queries)) {
    Ids found;
    for (std::size_t at : positions) found.push_back(units.units[at].id);
    out.push_back(found);
  }
  return out;
}

Units district() {
  return make_units({{"CP-TN-01", UnitType::Residential},
                     {"CP-TN-02", UnitType::Residential},
                     {"CP-TT-01", UnitType::Residential},
                     {"CP-TT-05", UnitType::Residential},
                     {"CP-TT-10", UnitType::Residential},
                     {"CP-DT-01", UnitType::Residential},
                     {"A12", UnitType::Residential}});
}

}  // namespace

TEST_CASE("id_key drops what a typist gets wrong without meaning another id") {
  CHECK(id_key("CP-TT-01") == "CPTT01");
  CHECK(id_key("cp-tt-01") == "CPTT01");
  CHECK(id_key(" CP-TT-O1 ") == "CPTT01");  // O for 0, spaces around
  CHECK(id_key("CP.TT_01/") == "CPTT01");
  CHECK(id_key("Chi bộ 1") ==
        "CHIB\xe1\xbb\x99"
        "1");  // other bytes as they are
  // Dashes and spaces that only look like '-' and ' ' (Word's, Excel's).
  for (const char* typed :
       {"CP\u2013TT\u201301", "CP\u2010TT\u201101", "CP\u2212TT-01", "CP\u00a0TT\u201401"}) {
    INFO(typed);
    CHECK(id_key(typed) == "CPTT01");
    CHECK(chibo::has_typed_separator(typed));
  }
  // Other characters of those lead bytes stay: "…" (U+2026), "→" (U+2192).
  CHECK(id_key("CP\u2026TT\u219201") == "CP\u2026TT\u219201");
  CHECK_FALSE(chibo::has_typed_separator("CP-TT 01\u2026"));
  CHECK(id_committee_key("CP-TN-01") == "CPTN");
  CHECK(id_committee_key("cp-tn-01 ") == "CPTN");
  CHECK(id_committee_key("CP-TN-01-") == "CPTN");
  CHECK(id_committee_key("HB-CP-TN-01") == "HBCPTN");
  CHECK(id_committee_key("CPTN01") == "");
}

TEST_CASE("within_one_slip takes one character dropped added changed or two swapped") {
  CHECK(within_one_slip("CPTT01", "CPTT01"));
  CHECK(within_one_slip("CPTT01", "CPTT1"));    // dropped
  CHECK(within_one_slip("CPTT01", "CPTT011"));  // added
  CHECK(within_one_slip("CPTT01", "CPTT02"));   // changed
  CHECK(within_one_slip("CPTT50", "CPTT05"));   // swapped
  CHECK(within_one_slip("XCPTT01", "CPTT01"));  // added first
  CHECK_FALSE(within_one_slip("CPBP01", "CPTN01"));
  CHECK_FALSE(within_one_slip("CPTT01", "CPTT0123"));
  CHECK_FALSE(within_one_slip("ABC", "BCA"));
  CHECK_FALSE(within_one_slip("CPTT51", "CPTT05"));  // swapped and changed
}

TEST_CASE("plausible typos of a listed id are found") {
  const Units units = district();
  CHECK(near(units, {"CP-TN-1", "CP-TN-011", "!CP-TN-10", "cp-tn-01", "CPTN-01", "CP-TN-O1",
                     "CP-TN-01 ", "CP-TN-00"}) == std::vector<Ids>{{"CP-TN-01"},
                                                                   {"CP-TN-01"},
                                                                   {"CP-TN-01"},
                                                                   {"CP-TN-01"},
                                                                   {"CP-TN-01"},
                                                                   {"CP-TN-01"},
                                                                   {"CP-TN-01"},
                                                                   {"CP-TN-01", "CP-TN-02"}});
  // Written the same is nearer than one slip: CP-TN-02 is one slip from
  // "cp tn 01" too.
  CHECK(near(units, {"cp tn 01", "CP-TT-50"}) ==
        std::vector<Ids>{{"CP-TN-01"}, {"CP-TT-05", "CP-TT-10"}});
}

TEST_CASE("other units ids are not near") {
  const Units units = district();
  // Two slips (the old rule took up to a third of the length).
  CHECK(near(units, {"CP-BP-01", "CP-BIP-01", "CP-XY-77", "CP-TN-0123"}) ==
        std::vector<Ids>{{}, {}, {}, {}});
  // Short ids: written the same only.
  CHECK(near(units, {"A13", "a12", "A-12", "A2"}) == std::vector<Ids>{{}, {"A12"}, {"A12"}, {}});
}

TEST_CASE("a committee of its own is looked in alone") {
  const Units units = district();
  // CP-DT-01 is one slip from CP-TT-01 (and CP-TN-01 from CP-TT-01), but
  // CP-DT is a committee of its own: its cell CP-DT-02 is new, not CP-TT-01.
  CHECK(near(units, {"!CP-DT-02", "CP-DT-02"}) == std::vector<Ids>{{"CP-DT-01"}, {"CP-DT-01"}});
  CHECK(near(units, {"!CP-DP-01", "CP-DP-01", "!CP-TY-01", "CP-TY-01"}) ==
        std::vector<Ids>{{}, {"CP-DT-01"}, {}, {"CP-TN-01", "CP-TT-01"}});
  // Written the same is near whatever the committee.
  CHECK(near(units, {"!CP-TT-O1", "!CPTT-01"}) == std::vector<Ids>{{"CP-TT-01"}, {"CP-TT-01"}});
}

TEST_CASE("base committees are never near and an empty list finds nothing") {
  Units units = district();
  CHECK(near(units, {"DB1", "DB-1", "db1x"}) == std::vector<Ids>{{}, {}, {}});
  CHECK(near(make_units({}), {"CP-TT-01"}) == std::vector<Ids>{{}});
  CHECK(near(units, {"", " - "}) == std::vector<Ids>{{}, {}});
}
