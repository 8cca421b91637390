#!/usr/bin/env bash
# The README's examples that print a whole output are what the program
# prints: the lint example (its 12th error, of a check since changed, stayed
# after the program's output had 11), the resolve example (its full sha256
# once went stale), the sample ranking's last lines and the year's report
# sentence.
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
# The resolve example: its first 12 lines, the sha256 of the whole among them.
awk '/^\$ chibo resolve rulesets\/hoa-binh\/qd31-2018.yaml \| head -12/ { on = 1; next } on && /^```/ { exit } on' \
  README.md >"$dir/readme-resolve"
"$chibo" resolve rulesets/hoa-binh/qd31-2018.yaml >"$dir/resolved"
head -12 "$dir/resolved" >"$dir/resolve"
diff -u "$dir/readme-resolve" "$dir/resolve" || fail "README's resolve example is not what chibo resolve prints"
# The first command's ranking: its stamp and accounting lines, as the README shows them.
"$chibo" rank -r "$ruleset" -u "$d/units.csv" -p 2024-Q1 "$d/nam-2024.csv" 2>"$dir/rank-err" >/dev/null || true
while IFS= read -r line; do
  grep -qxF "$line" README.md || fail "README does not show the sample ranking's line: $line"
done < <(tail -3 "$dir/rank-err")
echo "check_readme: the lint and resolve examples, the sample ranking's accounting and the report sentence are the program's"
