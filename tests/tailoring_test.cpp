// Tailoring (tailoring.cpp): what one file's override does to its base that
// is told at the override. The rest of tailoring is tested through lint in
// ruleset_extends_test.cpp and ruleset_extends_names_test.cpp.
#include <string>

#include <catch2/catch.hpp>

#include "ruleset_fixture.h"

using namespace chibo;
using namespace chibo::lint_testing;

// An override of a choice input's options that drops one the base still
// uses: said at the override that dropped it (it was said at the base's
// line alone, as if the base were wrong), with the use's place.
TEST_CASE("an option an override drops is said at the override, with its use", "[extends]") {
  std::string base = kBase;
  base.replace(base.find("derived:"), 0,
               "  level: {type: choice, label: Level, default: tot, options: {tot: Tốt, kha: Khá, "
               "kem: Kém}}\n");
  base.replace(base.find("when: prepared"), 14, "when: prepared and level != \"kem\"");
  Tailored t(kHead + "override:\n  inputs.level:\n    options: {tot: Tốt, kha: Khá}\n", base);
  CHECK(t.lint() ==
        Lines{"tinh/child.yaml:5:5: error: 'kem' is not an option of 'level' (options: tot, kha): "
              "the override of 'inputs.level' dropped it, but item 'prep' still uses it: keep the "
              "option, or override 'criteria.prep' too (used at base/hd12.yaml:25:37)"});
  // Its label changed, its options kept: nothing to say.
  Tailored label(kHead + "override:\n  inputs.level: {label: Mức}\n", base);
  CHECK(label.lint() == Lines{});
  // An option the base never had is the base's mistake, said there as before.
  std::string typo = base;
  typo.replace(typo.find("\"kem\""), 5, "\"kme\"");
  Tailored base_typo(kHead + "override:\n  inputs.level:\n    options: {tot: Tốt, kha: Khá}\n",
                     typo);
  CHECK(
      base_typo.lint() ==
      Lines{"base/hd12.yaml:25:37: error: 'kme' is not an option of 'level' (options: tot, kha)"});
}

// A band table overridden to change a tier, its rows written again without
// its 'of': the base's went with the table replaced, said with the 'of' to
// write (it was "a band table needs 'of'" alone), and said once.
TEST_CASE("a band table overridden without its 'of' is told the base's", "[extends]") {
  Tailored t(kHead +
                 "override:\n  criteria.tham_du:\n    bands:\n      rows:\n"
                 "        - {from: 85, points: 30}\n        - {from: 0, points: 0}\n",
             kBase);
  CHECK(t.lint() ==
        Lines{"tinh/child.yaml:5:5: error: a band table needs 'of' (an expression): an override's "
              "'bands' replaces the base's whole, its 'of' too; write it again: 'of: attendance'"});
  // Written with its 'of' (the same or another): nothing to say.
  Tailored with_of(kHead +
                       "override:\n  criteria.tham_du:\n    bands:\n      of: attendance\n"
                       "      rows:\n        - {from: 85, points: 30}\n"
                       "        - {from: 0, points: 0}\n",
                   kBase);
  CHECK(with_of.lint() == Lines{});
}
