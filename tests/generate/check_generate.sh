#!/bin/bash
# chibo-gen end to end: the same seed gives byte-identical files (whatever the
# number of threads), and `chibo score` rejects exactly the records chibo-gen
# reports as spoilt on purpose, and scores every other one.
# Usage: check_generate.sh CHIBO_GEN CHIBO RULESET
set -euo pipefail
gen=$1 chibo=$2 ruleset=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

run() {  # NAME ARGS...: units and records into $dir/NAME.{units,records}.csv, summary in .err
  local name=$1; shift
  "$gen" --ruleset "$ruleset" "$@" --units "$dir/$name.units.csv" \
    --records "$dir/$name.records.csv" 2>"$dir/$name.err" || fail "chibo-gen $* (see below)"$'\n'"$(cat "$dir/$name.err")"
}

# 1. Same seed twice, district scale: byte-identical.
run a --scale district --seed 42
run b --scale district --seed 42
cmp "$dir/a.units.csv" "$dir/b.units.csv" || fail "units differ between two runs with seed 42"
cmp "$dir/a.records.csv" "$dir/b.records.csv" || fail "records differ between two runs with seed 42"
run c --scale district --seed 43
cmp -s "$dir/a.records.csv" "$dir/c.records.csv" && fail "seeds 42 and 43 gave the same records"
# A seed written with a leading zero is the same number (CLI11 read 042 as octal 34).
run z --scale district --seed 042
cmp "$dir/a.records.csv" "$dir/z.records.csv" || fail "seeds 042 and 42 gave different records"

# 2. The split between threads does not change the output (several blocks of cells).
run t1 --scale province --cells 5000 --seed 5 --threads 1
run t3 --scale province --cells 5000 --seed 5 --threads 3
cmp "$dir/t1.units.csv" "$dir/t3.units.csv" || fail "units depend on --threads"
cmp "$dir/t1.records.csv" "$dir/t3.records.csv" || fail "records depend on --threads"

# 3. Units: the header of chibo/units.h, 192 meeting cells, unique ids.
[[ $(head -1 "$dir/a.units.csv") == "id,name,level,type,parent,members" ]] || fail "units header"
cells=$(grep -c ',chi_bo\(_co_so\)\?,' "$dir/a.units.csv" || true)
[[ $cells == 192 ]] || fail "district scale has $cells meeting cells, not 192"
dups=$(cut -d, -f1 "$dir/t1.units.csv" | sort | uniq -d | head -3)
[[ -z $dups ]] || fail "duplicate unit ids: $dups"

# 4. chibo score rejects exactly the reported invalid records.
check_invalid() {  # NAME
  local name=$1 reported written line read scored rejected
  # chibo-gen's line, counts as chibo writes them (2.990):
  # "chibo-gen: bản ghi: 2.990 đã ghi (2.302 thường kỳ, 688 chuyên đề), trong đó 7 cố ý làm sai (...)"
  line=$(grep '^chibo-gen: bản ghi: ' "$dir/$name.err" || true)
  [[ $line =~ ^chibo-gen:\ bản\ ghi:\ ([0-9.]+)\ đã\ ghi\ \(.*\),\ trong\ đó\ ([0-9.]+)\ cố\ ý\ làm\ sai\ \( ]] ||
    fail "no record counts in chibo-gen's summary: '$line'"
  written=${BASH_REMATCH[1]//./} reported=${BASH_REMATCH[2]//./}
  "$chibo" score --ruleset "$ruleset" --format csv "$dir/$name.records.csv" \
    >"$dir/$name.scores.csv" 2>"$dir/$name.score.err" || true
  line=$(grep '^chibo: ' "$dir/$name.score.err" | tail -1)
  # Counts as Vietnamese writes them: 2.990 is two thousand nine hundred and ninety.
  [[ $line =~ ^chibo:\ ([0-9.]+)\ bản\ ghi\ đã\ đọc,\ ([0-9.]+)\ đã\ chấm\ điểm,\ ([0-9.]+)\ bị\ loại$ ]] ||
    fail "no accounting line from chibo score: '$line'"
  read=${BASH_REMATCH[1]//./} scored=${BASH_REMATCH[2]//./} rejected=${BASH_REMATCH[3]//./}
  [[ $read == "$written" ]] || fail "$name: chibo read $read records, chibo-gen wrote $written"
  [[ $rejected == "$reported" ]] ||
    fail "$name: chibo rejected $rejected records, chibo-gen spoilt $reported"
  [[ $scored == $((written - reported)) ]] || fail "$name: $scored scored of $written - $reported"
  echo "$name: $written records, $reported invalid, $rejected rejected by chibo score"
}
check_invalid a

# 5. --missing-rate is the share of months missing, at any rate (0.5 missed
# 40% and 1 missed 64%: a cell's chance, its rate times a factor up to 4, was cut to 1).
missing() {  # NAME: the months chibo-gen left without a regular meeting ("2.304" read as 2304)
  local n
  n=$(sed -n 's/^chibo-gen: không ghi: \([0-9.][0-9.]*\) tháng thiếu sinh hoạt,.*/\1/p' "$dir/$1.err")
  [[ -n $n ]] || fail "$1: no missing months in chibo-gen's summary"$'\n'"$(cat "$dir/$1.err")"
  echo "${n//./}"
}
# (Assigned first: a summary without the count stops the script, set -e.)
run all --scale district --seed 3 --missing-rate 1
months=$(missing all)
[[ $months == 2304 ]] || fail "--missing-rate 1 left $months of 2304 months missing"
run half --scale district --seed 3 --missing-rate 0.5
months=$(missing half)
(( months >= 1037 && months <= 1267 )) ||
  fail "--missing-rate 0.5 left $months of 2304 months missing, not 45-55%"
run hi --scale district --seed 9 --invalid-rate 0.1
check_invalid hi
echo "OK"
