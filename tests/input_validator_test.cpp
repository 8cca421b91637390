// The checks of one input (input_validator.cpp), with the exact message
// `chibo lint` prints: a choice's ids and labels each name one option.
#include <catch2/catch.hpp>

#include "ruleset_fixture.h"

using namespace chibo;
using namespace chibo::lint_testing;

TEST_CASE("a choice's texts each name one option", "[validator]") {
  // A record names an option by id or label: the first listed took a text
  // that named two.
  check_cases({
      {"two options with one label",
       {{"  prepared: {type: yesno, label: Prepared}\n",
         "  prepared: {type: yesno, label: Prepared}\n"
         "  level: {type: choice, label: L, options: {tot: Tốt, kha: Tốt}}\n"}},
       {"ruleset.yaml:12:3: error: input 'level': options 'tot' and 'kha' have the same label: "
        "a record's 'Tốt' could mean either"}},
      {"a label that is another option's id",
       {{"  prepared: {type: yesno, label: Prepared}\n",
         "  prepared: {type: yesno, label: Prepared}\n"
         "  level: {type: choice, label: L, options: {kha: tot, tot: Tốt}}\n"}},
       {"ruleset.yaml:12:3: error: input 'level': the label of option 'kha' is another option's "
        "id: a record's 'tot' could mean either"}},
      // 'Tot' (Tốt typed without accents, as the README allows) was read as
      // kem, whose label it is: 78 points in place of 98, unsaid.
      {"a label that is another option's id but for capitals or accents",
       {{"  prepared: {type: yesno, label: Prepared}\n",
         "  prepared: {type: yesno, label: Prepared}\n"
         "  level: {type: choice, label: L, options: {tot: Tốt, kem: Tot}}\n"
         "  muc: {type: choice, label: M, options: {kem: Trung bình, trung_binh: TB}}\n"}},
       {"ruleset.yaml:12:3: error: input 'level': the label of option 'kem' is option 'tot''s "
        "id but for capitals, accents or ' ' for '_': a record's 'Tot' could mean either",
        "ruleset.yaml:13:3: error: input 'muc': the label of option 'kem' is option "
        "'trung_binh''s id but for capitals, accents or ' ' for '_': a record's 'Trung bình' "
        "could mean either"}},
      {"two labels alike but for capitals: a record's value is read in any",
       {{"  prepared: {type: yesno, label: Prepared}\n",
         "  prepared: {type: yesno, label: Prepared}\n"
         "  level: {type: choice, label: L, options: {tot: Tốt, kha: TỐT}}\n"}},
       {"ruleset.yaml:12:3: error: input 'level': options 'tot' and 'kha' have the same label "
        "but for capitals: a record's 'tốt' could mean either"}},
      {"two ids alike but for accents or '-' for '_': an id is read with its word's accents",
       {{"  prepared: {type: yesno, label: Prepared}\n",
         "  prepared: {type: yesno, label: Prepared}\n"
         "  level: {type: choice, label: L, options: {trung_binh: Vừa, trung-binh: Trung}}\n"}},
       {"ruleset.yaml:12:3: error: input 'level': options 'trung_binh' and 'trung-binh' differ "
        "only in capitals, accents or '-' for '_': a record's 'trung binh' could mean either"}},
      {"options listed without labels",
       {{"  prepared: {type: yesno, label: Prepared}\n",
         "  prepared: {type: yesno, label: Prepared}\n"
         "  level: {type: choice, label: L, options: [tot, kha], default: kha}\n"}},
       {}},
  });
}
