#!/usr/bin/env bash
# The README's examples that print a whole output are what the program
# prints: every "$ chibo ..." example, run as written (the lint example's
# 12th error, of a check since changed, stayed after the program's output had
# 11; the resolve example's full sha256 once went stale), the Commands table's
# options, the first command's table and ranking and the numbers said of them,
# the audit excerpt, the ranking's CSV lines, the report's sentences,
# chibo-gen's summary and defaults and the exit codes table. An example's "..." line
# stands for lines left out.
# Usage: check_readme.sh CHIBO
chibo=$(realpath "$1")
source "$(dirname "$0")/script_setup.sh"
root=$PWD
# So that the README's command lines run as written.
chibo() { "$chibo" "$@"; }
# shown START: the lines README shows after its line START, up to the next "$ " line or the fence.
shown() {
  awk -v start="$1" '!on && $0 == start { on = 1; next } on && (/^```/ || /^\$ /) { exit } on' README.md
}
# fenced HEADING N: the Nth fenced block after README's line HEADING.
fenced() {
  awk -v heading="$1" -v n="$2" '$0 == heading { after = 1; next }
    after && /^```/ { if (inside) { if (++seen == n) exit; inside = 0 } else inside = 1; next }
    after && inside && seen == n - 1' README.md
}
# excerpt WHAT SHOWN OUTPUT: SHOWN's runs of lines between "..." lines are runs of OUTPUT's
# lines, in that order; SHOWN begins (ends) where OUTPUT does unless its first (last) line is "...".
excerpt() {
  local what=$1 n m i=0 at=0 anchored=1 j k l len found
  local -a want have
  mapfile -t want <"$2"
  mapfile -t have <"$3"
  n=${#want[@]} m=${#have[@]}
  ((n > 0)) || fail "README shows nothing for $what"
  while ((i < n)); do
    if [[ ${want[i]} == ... ]]; then
      anchored=0 i=$((i + 1))
      continue
    fi
    j=$i
    while ((j < n)) && [[ ${want[j]} != ... ]]; do j=$((j + 1)); done
    len=$((j - i)) found=-1
    for ((k = at; k + len <= m; k++)); do
      # A run after no "..." starts where the output (or the run before) ends; the last run,
      # unless README ends with "...", ends where the output does.
      ((anchored && k > at)) && break
      ((j == n && k + len != m)) && continue
      for ((l = 0; l < len; l++)); do [[ ${want[i + l]} == "${have[k + l]}" ]] || break; done
      ((l == len)) && { found=$k; break; }
    done
    if ((found < 0)); then
      diff -u --label "README: $what" --label "chibo" <(printf '%s\n' "${want[@]:i:len}") \
        <(printf '%s\n' "${have[@]:at:len}") || true
      fail "README's example of $what is not what chibo prints (from README's line '${want[i]}')"
    fi
    at=$((found + len)) anchored=1 i=$j
  done
}
checked=0
# Every "$ chibo ..." example, run as written (the lint example in tests/cli, as its comment
# says), against what README shows under it.
while IFS= read -r line; do
  where=$root
  [[ $line == *'# tests/cli/'* ]] && where=$root/tests/cli
  shown "$line" >"$dir/shown"
  (cd "$where" && eval "${line#\$ }") >"$dir/out" 2>&1 || true
  excerpt "'$line'" "$dir/shown" "$dir/out"
  checked=$((checked + 1))
done < <(grep '^\$ chibo ' README.md)
((checked >= 8)) || fail "README has only $checked '\$ chibo' examples, where it had 9"
# The mistyped command lines exit with 2, as README says under them.
grep -qF 'and exits with 2:' README.md || fail "README no longer says a mistyped command line exits with 2"
while IFS= read -r line; do
  rc=0
  eval "${line#\$ }" >/dev/null 2>&1 || rc=$?
  ((rc == 2)) || fail "'$line' exits with $rc, where README says 2"
done < <(grep -E '^\$ chibo (scor |score -r qd31-2018.yaml --ouput|rank -r qd31-2018.yaml -u units.csv --peroid)' README.md)
# The Commands table: a row for every command chibo --help lists, and in each row only the
# options that command's --help lists, with the same choices (`--format table\|csv` is
# `--format {table,csv}`).
rows=$(grep '^| `chibo [a-z]* ' README.md)
for cmd in $(chibo --help | awk '/^Lệnh:/ { on = 1; next } on && NF { print $1 }'); do
  row=$(grep "^| \`chibo $cmd " <<<"$rows" | cut -d'`' -f2) || fail "README's Commands table has no row for chibo $cmd"
  usage=$(chibo "$cmd" --help)
  for opt in $(grep -oE -- '--[a-z]+' <<<"$row"); do
    grep -qE -- "(^|[ ,])$opt( |$)" <<<"$usage" || fail "README's row for chibo $cmd has $opt, which chibo $cmd --help does not list"
  done
  while read -r opt choices; do
    grep -qF -- "$opt {${choices//\\|/,}}" <<<"$usage" ||
      fail "README's row for chibo $cmd gives $opt ${choices//\\|/|}, not what chibo $cmd --help lists"
  done < <(grep -oE -- '--[a-z]+ [a-z]+(\\\|[a-z]+)+' <<<"$row")
done
# The units list's example: lines of the sample district's list, as README says.
awk '/^Lines of the sample district.s list/ { after = 1; next } after && /^```/ { if (on) exit; on = 1; next } on' \
  README.md >"$dir/shown"
[[ -s $dir/shown ]] || fail "README shows no lines of the sample district's units list"
while IFS= read -r line; do
  grep -qxF -- "$line" rulesets/hoa-binh/samples/district/units.csv ||
    fail "README shows a line the sample district's units.csv does not have: $line"
done <"$dir/shown"
# The first command (tools/demo.sh): the sample month's table, then the district's ranking
# (standard output, then standard error, as README shows them).
d=rulesets/hoa-binh/samples/district
chibo score --ruleset "$ruleset" rulesets/hoa-binh/samples/thang-03-2024.csv >"$dir/out" 2>"$dir/err" || true
cat "$dir/err" >>"$dir/out"
fenced '## What the first command prints' 1 >"$dir/shown"
excerpt "the sample month's table" "$dir/shown" "$dir/out"
chibo rank --ruleset "$ruleset" --units "$d/units.csv" --period 2024-Q1 "$d/nam-2024.csv" >"$dir/out" 2>"$dir/err" || true
cat "$dir/err" >>"$dir/out"
fenced '## What the first command prints' 2 >"$dir/shown"
excerpt "the sample district's ranking" "$dir/shown" "$dir/out"
# The prose around them: the sample month's meetings and cells, the district's records and
# those spoilt (README writes 2,981 where chibo's accounting line writes 2.981).
joined=$(tr '\n' ' ' <README.md | sed 's/  */ /g')
month=rulesets/hoa-binh/samples/thang-03-2024.csv
said="holds $(($(wc -l <"$month") - 1)) meetings of $(tail -n +2 "$month" | cut -d';' -f1 | sort -u | wc -l) cells"
[[ $joined == *"$said"* ]] || fail "README does not say the sample month $said"
said=$(sed -n 's/^chibo: \([0-9.]*\) bản ghi đã đọc, [0-9.]* đã chấm điểm, \([0-9.]*\) bị loại$/\1 records, \2 spoilt/p' "$dir/err" | tr . ,)
[[ -n $said && $joined == *"$said on purpose"* ]] || fail "README does not say the sample district's '$said on purpose'"
# The audit of the sample district's quarter: its table, as README shows it after the command.
chibo audit -r "$ruleset" -u "$d/units.csv" -p 2024-Q1 "$d/nam-2024.csv" >"$dir/out" 2>/dev/null || true
awk '/^Kiểm tra tự chấm quý I\/2024 / { on = 1 } on && /^```/ { exit } on' README.md >"$dir/shown"
excerpt "the sample district's audit" "$dir/shown" "$dir/out"
# The ranking's CSV: its header ([group_rank,] only with --by) and the year's first row.
chibo rank -r "$ruleset" -u "$d/units.csv" -p 2024 --format csv "$d/nam-2024.csv" 2>/dev/null | head -2 >"$dir/out" || true
awk '/^rank,\[group_rank,\]cell_id,/ { on = 1 } on && /^```/ { exit } on' README.md |
  sed 's/\[group_rank,\]//' >"$dir/shown"
excerpt "the ranking's CSV" "$dir/shown" "$dir/out"
# The report of the sample district's year: its first sentence and its leading cell, quoted.
chibo report -r "$ruleset" -u "$d/units.csv" -p 2024 "$d/nam-2024.csv" >"$dir/report" 2>/dev/null || true
sentence=$(grep -o 'Qua đánh giá, trong năm 2024 có [^,]*,[^,]*' "$dir/report" || true)
[[ -n $sentence ]] || fail "the report has no 'Qua đánh giá' sentence"
grep -qF "$sentence" README.md || fail "README does not quote the report's sentence: $sentence"
leader=$(grep -o 'Chi bộ dẫn đầu: [^;]*' "$dir/report" | sed 's/^Chi bộ dẫn đầu: //' || true)
[[ -n $leader ]] || fail "the report names no leading cell"
[[ $joined == *"\"$leader\" in the sample's year"* ]] ||
  fail "README does not quote the report's leading cell: $leader"
# chibo-gen's summary for 100 cells is the one its CLI case gen_summary expects.
shown '$ chibo-gen --ruleset qd31-2018.yaml --cells 100 --seed 1 --invalid-rate 0.02 --units u.csv --records r.csv' \
  >"$dir/shown"
excerpt "chibo-gen's summary" "$dir/shown" tests/cli/gen_cases/gen_summary/stderr
# chibo-gen's defaults as README gives them ("`--year` (default 2024)") are its --help's
# (CLI case gen_help): "(mặc định: 2024)", or "district (...; mặc định)".
awk '/^## Sample data/ { on = 1; next } /^## / { on = 0 } on' README.md | tr '\n' ' ' |
  grep -oE '`--[a-z-]+[^`]*` \(default [^)]+\)' | sed -E 's/^`(--[a-z-]+)[^`]*` \(default ([^)]+)\)$/\1 \2/' \
  >"$dir/defaults"
(($(wc -l <"$dir/defaults") >= 4)) || fail "README gives fewer than 4 of chibo-gen's defaults"
while read -r opt value; do
  awk -v opt="$opt" '$1 == opt || index($1, opt " ") == 1 { on = 1; print; next } on && /^  -/ { exit } on' \
    tests/cli/gen_cases/gen_help/stdout | tr '\n' ' ' |
    grep -qE "mặc định: $value\)|$value \([^)]*mặc định\)" ||
    fail "README gives chibo-gen's $opt the default $value, not what chibo-gen --help says"
done <"$dir/defaults"
# The exit codes table: the code of the row saying WORDS is what COMMAND... exits with.
exit_code() {
  local words=$1 rc=0 code
  shift
  code=$(awk -v words="$words" '/^## Exit codes/ { on = 1 } on && /^\| [0-9]/ && index($0, words) {
    split($0, cell, "|"); gsub(/ /, "", cell[2]); print cell[2]; exit }' README.md)
  [[ -n $code ]] || fail "README's exit codes table has no row saying '$words'"
  (cd tests/cli && "$@") >/dev/null 2>&1 || rc=$?
  [[ $rc == "$code" ]] || fail "chibo $2 exits with $rc, where README's exit codes table says $code ($words)"
}
exit_code 'all good' chibo score -r ../../"$ruleset" ../../rulesets/hoa-binh/samples/meeting.yaml
exit_code 'some input was invalid or rejected' chibo score -r ../../"$ruleset" ../../rulesets/hoa-binh/samples/thang-03-2024.csv
exit_code 'for `lint`: problems found' chibo lint data/bad.yaml
exit_code 'for `lint`: problems found' chibo lint data/khong-co.yaml
exit_code 'for `test`: examples failed' chibo test data/example_wrong.yaml data/sample.yaml
exit_code 'usage error (unknown option' chibo score -r data/sample.yaml --ouput x.csv data/month.csv
exit_code 'a ruleset that cannot be read or has errors' chibo score -r data/bad.yaml data/month.csv
exit_code 'a ruleset that cannot be read or has errors' chibo test data/bad.yaml data/sample.yaml
exit_code 'a units file that cannot be read' chibo rank -r data/sample.yaml -u data/khong-co.csv -p 2024-Q1 data/month.csv
exit_code 'a records file that cannot be opened' chibo rank -r ../../"$ruleset" -u ../../$d/units.csv -p 2024-Q1 data/khong-co.csv
exit_code 'or output that cannot be written' chibo score -r data/sample.yaml -o data/sample.yaml data/month.csv
echo "check_readme: README's $checked '\$ chibo' examples, the Commands table, the first command's table and ranking, the audit, the ranking's CSV, the report's sentences, chibo-gen's summary and defaults and the exit codes are the program's"
