#!/usr/bin/env bash
# The README's examples that print a whole output are what the program
# prints: the lint example (its 12th error, of a check since changed, stayed
# after the program's output had 11) and the year's report sentence.
# Usage: check_readme.sh CHIBO
chibo=$(realpath "$1")
source "$(dirname "$0")/script_setup.sh"
# The lines after "$ chibo lint data/bad.yaml" up to the fence, against the program run there.
awk '/^\$ chibo lint data\/bad.yaml/ { on = 1; next } on && /^```/ { exit } on' README.md \
  >"$dir/readme-lint"
(cd tests/cli && "$chibo" lint data/bad.yaml >"$dir/lint" 2>&1) || true
diff -u "$dir/readme-lint" "$dir/lint" || fail "README's lint example is not what chibo lint prints"
# The report's first sentence for the sample district's year, quoted in the README.
d=rulesets/hoa-binh/samples/district
sentence=$("$chibo" report -r "$ruleset" -u "$d/units.csv" -p 2024 "$d/nam-2024.csv" 2>/dev/null |
  grep -o 'Qua đánh giá, trong năm 2024 có [^,]*,[^,]*' || true)
[[ -n $sentence ]] || fail "the report has no 'Qua đánh giá' sentence"
grep -qF "$sentence" README.md || fail "README does not quote the report's sentence: $sentence"
echo "check_readme: the lint example and the report sentence are the program's"
