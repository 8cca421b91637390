#!/usr/bin/env bash
# End-to-end benchmark: generates a district, a province and the nation once
# (chibo-gen, seed 1, year 2024; kept in $CHIBO_BENCH_DATA, default
# build/bench-data), then times, in RUNS rounds (default 3) of the four one
# after another: the baseline (read and split the CSV: chibo-bench-split),
# `chibo score` (CSV out to /dev/null) and `chibo rank` by quarter (2024-Q2:
# its previous quarter is in the file too, so the change in rank is worked
# out) and by year, with peak memory.
# Prints a Markdown table (min / median / max seconds; records per second and
# the ratio to the baseline from the medians).
# The scale "office" is the nation's records written as an office types them
# in Excel: yes/no capitalised ("Có", "Không": AutoCorrect), dates DD/MM/YYYY,
# shares with their sign and a decimal comma, quoted in a file of commas
# ("93,33%"), choices by their labels ("Khá"); the same meetings and scores,
# read the longer ways chibo-gen's files do not take.
#   tools/bench/run.sh [RUNS] [SCALE...]      SCALE: district province nation office
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
shift || true
scales=("$@")
[ ${#scales[@]} -eq 0 ] && scales=(district province nation)
data=${CHIBO_BENCH_DATA:-build/bench-data}
ruleset=rulesets/hoa-binh/qd31-2018.yaml
bash tools/build.sh >/dev/null
mkdir -p "$data"

# One timing of a command: "seconds peak_rss_kb".
time_once() {
  local out line
  out=$(mktemp)
  # Exit code 1 (some records rejected, on purpose in the data) is a normal run.
  /usr/bin/time -f "%e %M" -o "$out" "$@" >/dev/null 2>/dev/null || true
  line=$(tail -1 "$out")
  rm -f "$out"
  echo "$line"
}

# "min median max peak_rss_mb" of the timings in the named file (one "seconds kb" a line).
summary() {
  sort -g "$1" | awk '
    { t[NR] = $1; if ($2 > rss) rss = $2 }
    END { printf "%s %s %s %d\n", t[1], t[int((NR + 1) / 2)], t[NR], rss / 1024 }'
}

echo "| scale | records | split (baseline) | score | score rec/s | score / split | score peak MB | rank quarter | rank year | rank peak MB |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for scale in "${scales[@]}"; do
  units=$data/$scale-units.csv records=$data/$scale-2024.csv
  if [ "$scale" = office ]; then
    units=$data/nation-units.csv
    if [ ! -s "$data/nation-2024.csv" ] || [ ! -s "$units" ]; then
      build/bin/chibo-gen --ruleset "$ruleset" --scale nation --year 2024 --seed 1 \
        --units "$units" --records "$data/nation-2024.csv" 2>/dev/null
    fi
    if [ ! -s "$records" ] || [ "$records" -ot "$data/nation-2024.csv" ] ||
      [ "$records" -ot tools/bench/run.sh ]; then
      # Columns found by their header; a field holds no comma or quote (chibo-gen's).
      awk -F, -v OFS=, '
        NR == 1 {
          for (i = 1; i <= NF; i++) col[$i] = i
          if (!("date" in col) || !("task_completion" in col) || !("character" in col)) {
            print "office: the national file lacks a column it rewrites" >"/dev/stderr"
            exit 1
          }
          print
          next
        }
        {
          for (i = 1; i <= NF; i++) {
            if ($i == "có") $i = "Có"; else if ($i == "không") $i = "Không"
          }
          d = col["date"]; split($d, p, "-"); if (p[3] != "") $d = p[3] "/" p[2] "/" p[1]
          # A decimal comma, the field quoted as the separator is a comma ("93,33%").
          t = col["task_completion"]
          if ($t != "") { v = $t "%"; if (sub(/\./, ",", v)) v = "\"" v "\""; $t = v }
          c = col["character"]
          if ($c == "tot") $c = "Tốt"; else if ($c == "kha") $c = "Khá"
          else if ($c == "trung_binh") $c = "Trung bình"; else if ($c == "kem") $c = "Kém"
          print
        }' "$data/nation-2024.csv" >"$records.tmp"
      mv "$records.tmp" "$records"
    fi
  fi
  if [ ! -s "$records" ]; then
    build/bin/chibo-gen --ruleset "$ruleset" --scale "$scale" --year 2024 --seed 1 \
      --units "$units" --records "$records" 2>/dev/null
  fi
  n=$(( $(wc -l <"$records") - 1 ))
  # Round by round, the four commands one after another: the machine's speed
  # moves within minutes, and so each ratio compares runs of the same minutes.
  times=$(mktemp -d)
  for _ in $(seq "$runs"); do
    time_once build/bin/chibo-bench-split "$records" >>"$times/split"
    time_once build/bin/chibo score -r "$ruleset" -f csv -o /dev/null "$records" >>"$times/score"
    time_once build/bin/chibo rank -r "$ruleset" -u "$units" -p 2024-Q2 -f csv -o /dev/null \
      "$records" >>"$times/quarter"
    time_once build/bin/chibo rank -r "$ruleset" -u "$units" -p 2024 -f csv -o /dev/null \
      "$records" >>"$times/year"
  done
  read -r s1 s2 s3 _ < <(summary "$times/split")
  read -r c1 c2 c3 crss < <(summary "$times/score")
  read -r q1 q2 q3 qrss < <(summary "$times/quarter")
  read -r y1 y2 y3 yrss < <(summary "$times/year")
  rm -rf "$times"
  rate=$(awk -v n="$n" -v t="$c2" 'BEGIN { printf "%.0f", (t > 0 ? n / t : 0) }')
  # /usr/bin/time counts in hundredths: a baseline under 0.01 s gives no ratio.
  ratio=$(awk -v a="$c2" -v b="$s2" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else printf "–" }')
  rrss=$(( qrss > yrss ? qrss : yrss ))
  echo "| $scale | $n | $s1 / $s2 / $s3 s | $c1 / $c2 / $c3 s | $rate | ${ratio} | $crss | $q1 / $q2 / $q3 s | $y1 / $y2 / $y3 s | $rrss |"
done
