#!/usr/bin/env bash
# A units list of another province (every id's letters shifted: CP-TT-01 is
# DQ-UU-01) against a generated province's year (about 4,000 cells, 62,000
# records): every cell is unlisted, and the near listed ids are looked for
# in one pass over the list, not by comparing each unlisted cell with each
# listed one (3.5 s of CPU on 5 December, against 0.1 s with the right
# list). The run must stay within a few times the right list's, and say
# the list looks wrong.
# Usage: check_unlisted_speed.sh CHIBO CHIBO_GEN
chibo=$(realpath "$1")
gen=$(realpath "$2")
source "$(dirname "$0")/script_setup.sh"
"$gen" --ruleset "$ruleset" --scale province --year 2024 --seed 5 --units "$dir/units.csv" \
  --records "$dir/records.csv" 2>/dev/null
tr 'A-Z' 'B-ZA' <"$dir/units.csv" >"$dir/other.csv"
# The CPU seconds of a rank with list $1 (user and system: the machine's
# load stretches the wall clock's many times over).
seconds() {
  local TIMEFORMAT='%U %S'
  { time "$chibo" rank -r "$ruleset" -u "$1" -p 2024 -f csv -o /dev/null "$dir/records.csv" \
    2>"$dir/err" || true; } 2>"$dir/time"
  awk '{ printf "%.2f", $1 + $2 }' "$dir/time"
}
right=$(seconds "$dir/units.csv")
other=$(seconds "$dir/other.csv")
# Printing 62,000 lines of refusal costs a little; the old search took 3.5 s
# of CPU (0.1 s with the right list).
awk -v r="$right" -v o="$other" 'BEGIN { exit !(o <= 3 * r + 1) }' ||
  fail "another province's list took $other s, the right list $right s"
grep -q "^chibo: cảnh báo: danh sách đơn vị $dir/other.csv không có chi bộ nào trong " "$dir/err" ||
  fail "no warning that the list looks wrong: $(tail -n 3 "$dir/err")"
echo "check_unlisted_speed: another province's list $other s of CPU, the right list $right s"
