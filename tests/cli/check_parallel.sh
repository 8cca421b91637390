#!/usr/bin/env bash
# Threads change nothing but speed: score and rank with --threads 1, 2 and 3 give
# byte-identical standard output and standard error, on the sample district's
# year and on a generated province of 6,000 cells (93,425 records: 128 batches
# of 512, then batches of 2,048: kScoreBatchGrowth in score_run.h).
# Usage: check_parallel.sh CHIBO CHIBO_GEN
chibo=$1 gen=$2
source "$(dirname "$0")/script_setup.sh"

# same NAME ARGS...: runs chibo ARGS with -j 1, 2, 3; all outputs must agree.
same() {
  local name=$1
  shift
  for j in 1 2 3; do
    status=0
    "$chibo" "$@" --threads "$j" >"$dir/$name.$j.out" 2>"$dir/$name.$j.err" || status=$?
    echo "$status" >"$dir/$name.$j.rc"
  done
  [[ -s $dir/$name.1.out ]] || fail "$name: no output"
  for j in 2 3; do
    for part in out err rc; do
      cmp -s "$dir/$name.1.$part" "$dir/$name.$j.$part" ||
        fail "$name: --threads $j gives a different $part than --threads 1"
    done
  done
  echo "ok: $name ($(wc -l <"$dir/$name.1.out") lines, exit $(cat "$dir/$name.1.rc"))"
}

district=rulesets/hoa-binh/samples/district
for format in table csv json; do
  same "district-score-$format" score -r "$ruleset" -f "$format" "$district/nam-2024.csv"
done
same district-rank-q1 rank -r "$ruleset" -u "$district/units.csv" -p 2024-Q1 \
  "$district/nam-2024.csv"
same district-rank-year-json rank -r "$ruleset" -u "$district/units.csv" -p 2024 -f json \
  "$district/nam-2024.csv"
same district-audit audit -r "$ruleset" -u "$district/units.csv" -p 2024 -f csv \
  "$district/nam-2024.csv"

# A workbook of a tab a month: its rows named by their tabs (the runner's
# file changes between batches), ranked as the same records in one CSV are.
h1=tests/cli/data/district_h1
same district-rank-tabs rank -r "$ruleset" -u tests/cli/data/district_units_vi.xlsx -p 2024-Q2 \
  -f csv "${h1}_by_month.xlsx"
"$chibo" rank -r "$ruleset" -u tests/cli/data/district_units_vi.xlsx -p 2024-Q2 -f csv \
  "$h1.csv" >"$dir/h1.csv" 2>/dev/null || true
cmp -s "$dir/h1.csv" "$dir/district-rank-tabs.1.out" ||
  fail "a workbook of a tab a month ranks otherwise than its records in one CSV"
grep -q "by_month.xlsx\[Tháng 4\]:19: error: cột 'praise_criticism'" "$dir/district-rank-tabs.1.err" ||
  fail "a rejected row is not named by its tab"

"$gen" --ruleset "$ruleset" --scale province --cells 6000 --year 2024 --seed 7 \
  --units "$dir/units.csv" --records "$dir/province.csv" 2>/dev/null
same province-score-csv score -r "$ruleset" -f csv "$dir/province.csv"
same province-rank-year rank -r "$ruleset" -u "$dir/units.csv" -p 2024 -f csv "$dir/province.csv"
# A quarter whose previous one is in the file too: with threads, the two
# rankings are made at once (ranking.cpp), each sorting its 6,000 cells alone.
same province-rank-q2 rank -r "$ruleset" -u "$dir/units.csv" -p 2024-Q2 -f csv "$dir/province.csv"
grep -Eq ',[0-9.]+,[-+0-9.]+,[0-9]+,[-+0-9]+$' "$dir/province-rank-q2.1.out" ||
  fail "province-rank-q2: no cell has a previous rank"

# Meetings the store refuses, among many batches: a record written twice (a
# second regular meeting in its month) and cells not in the units list (the
# generated file's line 1499 is line 1500 here). Each refusal names its own
# line, in input order, whatever the threads.
awk -F, -v OFS=, 'NR > 1 && NR % 997 == 0 { print; print; next }
  NR > 1 && NR % 1499 == 0 { $1 = "KHONG-CO-" $1 } { print }' \
  "$dir/province.csv" >"$dir/refused.csv"
same province-rank-refused rank -r "$ruleset" -u "$dir/units.csv" -p 2024 -f csv "$dir/refused.csv"
grep -q "refused.csv:998: error: chi bộ '.*' đã có bản ghi sinh hoạt thường kỳ tháng .*refused.csv:997)" \
  "$dir/province-rank-refused.1.err" || fail "no second meeting refused at line 998"
grep -q "refused.csv:1500: error: chi bộ 'KHONG-CO-.*' không có trong danh sách đơn vị" \
  "$dir/province-rank-refused.1.err" || fail "no unknown cell refused at line 1500"

# The threads are real: with --threads 3, once a first batch is read, the process
# has its main thread and 3 workers (input from a pipe kept open meanwhile);
# CHIBO_EXTRA_THREADS more when a sanitizer runs one of its own (ThreadSanitizer:
# tools/tsan.sh sets it to 1).
expected=$((4 + ${CHIBO_EXTRA_THREADS:-0}))
mkfifo "$dir/pipe.csv"
"$chibo" score -r "$ruleset" -f csv --threads 3 "$dir/pipe.csv" >/dev/null 2>&1 &
pid=$!
exec 3>"$dir/pipe.csv"
head -n 6000 "$dir/province.csv" >&3
threads=0
for _ in $(seq 100); do
  threads=$(ls "/proc/$pid/task" | wc -l)
  ((threads >= expected)) && break
  sleep 0.1
done
exec 3>&-
wait "$pid" || true
((threads == expected)) || fail "--threads 3 ran $threads threads, expected $expected (main and 3 workers)"
echo "ok: --threads 3 runs 3 worker threads"
