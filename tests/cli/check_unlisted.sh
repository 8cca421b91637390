#!/usr/bin/env bash
# Records of a cell the units list does not have: every line is said as its
# record is read, from the first such record on too (which listed cell it may
# be is known only at the end, and said once, in the note after the
# accounting lines), so nothing waits in memory and an interrupted run has
# said every line up to then; and the report's list of rejected records gives
# each such record its cell's hint.
# Usage: check_unlisted.sh CHIBO
chibo=$1
source "$(dirname "$0")/script_setup.sh"
units=tests/cli/data/district_units_no_tt04.csv
h1=tests/cli/data/district_h1.csv

# 1. Records through a pipe left open: one of CP-TT-04 (not in the list),
#    then 20,000 of a listed cell's month (the first kept, each other refused
#    as a second one), then nothing. The lines come while the run waits (a
#    line held for the end was a line's memory a record, and lost to Ctrl+C).
mkfifo "$dir/records.csv"
set -m
"$chibo" rank -r "$ruleset" -u "$units" -p 2024-Q1 -o "$dir/rank.txt" "$dir/records.csv" \
  2>"$dir/err" &
pid=$!
set +m
exec 3>"$dir/records.csv"
(
  sed -n '1p;5p' "$h1"
  line=$(sed -n 2p "$h1")
  for _ in $(seq 20000); do echo "$line"; done
) >&3 || fail "chibo stopped reading: $(cat "$dir/err")"
for _ in $(seq 100); do
  grep -q ':1000: error: ' "$dir/err" && break
  sleep 0.1
done
kill -INT "$pid"
status=0
wait "$pid" || status=$?
exec 3>&-
[[ $status == 130 ]] || fail "interrupted run exited $status, expected 130 (SIGINT)"
[[ $(head -n 1 "$dir/err") == "$dir/records.csv:2: error: chi bộ 'CP-TT-04' không có trong danh sách đơn vị $units" ]] ||
  fail "the unlisted record's line is not the first said: $(head -n 1 "$dir/err")"
grep -q "^$dir/records.csv:1000: error: chi bộ 'CP-TT-01' đã có bản ghi" "$dir/err" ||
  fail "the lines after the unlisted record were not said before the interrupt"
[[ ! -e $dir/rank.txt ]] || fail "the interrupted run wrote its output"

# 2. The report's list of rejected records: each record of an unlisted cell
#    with its cell's hint (8 of CP-TT-04, new beside CP-TT-01; one of
#    CP-TT-50, a slip for CP-TT-05).
"$chibo" report -r "$ruleset" -u "$units" -p 2024-Q1 -f html -o "$dir/report.html" "$h1" \
  tests/cli/data/district_h1_typo.csv 2>/dev/null || true
near=$(grep -o "CP-TT-04&#39; không có trong danh sách đơn vị [^<]*; mã gần giống &#39;CP-TT-01&#39; nhưng chi bộ đó đã có bản ghi [^<]*: có lẽ là chi bộ chưa có trong danh sách<" \
  "$dir/report.html" | wc -l)
[[ $near == 8 ]] || fail "the report gives $near of CP-TT-04's 8 records its hint"
grep -q "CP-TT-50&#39; không có trong danh sách đơn vị [^<]*; có phải là &#39;CP-TT-05&#39;?<" \
  "$dir/report.html" || fail "the report's CP-TT-50 record is not offered CP-TT-05"
echo "check_unlisted: lines said as read, none lost to an interrupt; the report's hints"
