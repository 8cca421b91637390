#!/usr/bin/env bash
# The progress line: drawn on standard error only when it is a terminal, only
# for runs longer than a second, and erased before any other message.
# Usage: check_progress.sh CHIBO CHIBO_GEN
chibo=$1 gen=$2
source "$(dirname "$0")/script_setup.sh"

"$gen" --ruleset "$ruleset" --scale province --year 2024 --seed 3 --units "$dir/units.csv" \
  --records "$dir/province.csv" 2>/dev/null
head -n 20001 "$dir/province.csv" >"$dir/records.csv"
# Records that arrive slowly: 3,000, a pause of 1.5 s, then the rest.
cat >"$dir/slow.sh" <<SLOW
{ head -n 3001 "$dir/records.csv"; sleep 1.5; tail -n +3002 "$dir/records.csv"; } |
  "$chibo" score -r "$ruleset" -f csv -o /dev/null --threads 1 -
SLOW

# 1. Standard error is a file: no progress line, no control characters.
bash "$dir/slow.sh" 2>"$dir/err" || true
grep -q $'\r\|\e' "$dir/err" && fail "control characters in standard error that is a file"
grep -q 'bản ghi đã đọc' "$dir/err" || fail "no accounting line"

# 2. Standard error is a terminal (script gives the run a pseudo-terminal).
script -qec "bash $dir/slow.sh" /dev/null >"$dir/tty" || true
grep -q $'\rchibo: - ([0-9.]* bản ghi)\e\[K' "$dir/tty" || fail "no progress line on a terminal"
# Erased before the next message (here, the first rejection or the stamp).
grep -q $'bản ghi)\e\[K\r\e\[Kchibo: \|bản ghi)\e\[K\r\e\[K-:' "$dir/tty" ||
  fail "the progress line is not erased before the next message"
grep -q 'bản ghi đã đọc, ' "$dir/tty" || fail "no accounting line on the terminal"

# 3. The progress line changes nothing else: a ranking is the same whether
# standard error is a terminal or a file (every call reaches the ranking,
# e.g. a rejected record's month, named in the notes).
district=rulesets/hoa-binh/samples/district
rank="$chibo rank -r $ruleset -u $district/units.csv -p 2024-Q1 $district/nam-2024.csv"
$rank >"$dir/rank.file" 2>/dev/null || true
script -qec "$rank >$dir/rank.tty" /dev/null >/dev/null || true
grep -q 'tháng 1 có bản ghi nhưng bị loại' "$dir/rank.file" || fail "no rejected month in the notes"
cmp -s "$dir/rank.file" "$dir/rank.tty" || fail "a ranking differs when standard error is a terminal"
echo "ok: progress line on a terminal only, erased before messages, nothing else changed"
