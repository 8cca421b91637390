#!/usr/bin/env bash
# End-to-end benchmark: generates a district, a province and the nation once
# (chibo-gen, seed 1, year 2024; kept in $CHIBO_BENCH_DATA, default
# build/bench-data), then times, RUNS times each (default 3): the baseline
# (read and split the CSV: chibo-bench-split), `chibo score` (CSV out to
# /dev/null) and `chibo rank` by quarter (2024-Q2: its previous quarter is in
# the file too, so the change in rank is worked out) and by year, with peak memory.
# Prints a Markdown table (min / median / max seconds; records per second and
# the ratio to the baseline from the medians).
#   tools/bench/run.sh [RUNS] [SCALE...]      SCALE: district province nation
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

# RUNS timings of a command: "min median max peak_rss_mb"
measure() {
  local times=() rss=0 line out
  out=$(mktemp)
  for _ in $(seq "$runs"); do
    # Exit code 1 (some records rejected, on purpose in the data) is a normal run.
    /usr/bin/time -f "%e %M" -o "$out" "$@" >/dev/null 2>/dev/null || true
    line=$(tail -1 "$out")
    times+=("${line% *}")
    (( ${line#* } > rss )) && rss=${line#* }
  done
  rm -f "$out"
  printf '%s\n' "${times[@]}" | sort -g | awk -v rss="$rss" '
    { t[NR] = $1 } END { printf "%s %s %s %d\n", t[1], t[int((NR + 1) / 2)], t[NR], rss / 1024 }'
}

echo "| scale | records | split (baseline) | score | score rec/s | score / split | score peak MB | rank quarter | rank year | rank peak MB |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for scale in "${scales[@]}"; do
  units=$data/$scale-units.csv records=$data/$scale-2024.csv
  if [ ! -s "$records" ]; then
    build/bin/chibo-gen --ruleset "$ruleset" --scale "$scale" --year 2024 --seed 1 \
      --units "$units" --records "$records" 2>/dev/null
  fi
  n=$(( $(wc -l <"$records") - 1 ))
  read -r s1 s2 s3 _ < <(measure build/bin/chibo-bench-split "$records")
  read -r c1 c2 c3 crss < <(measure build/bin/chibo score -r "$ruleset" -f csv -o /dev/null "$records")
  read -r q1 q2 q3 qrss < <(measure build/bin/chibo rank -r "$ruleset" -u "$units" -p 2024-Q2 -f csv -o /dev/null "$records")
  read -r y1 y2 y3 yrss < <(measure build/bin/chibo rank -r "$ruleset" -u "$units" -p 2024 -f csv -o /dev/null "$records")
  rate=$(awk -v n="$n" -v t="$c2" 'BEGIN { printf "%.0f", (t > 0 ? n / t : 0) }')
  # /usr/bin/time counts in hundredths: a baseline under 0.01 s gives no ratio.
  ratio=$(awk -v a="$c2" -v b="$s2" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else printf "–" }')
  rrss=$(( qrss > yrss ? qrss : yrss ))
  echo "| $scale | $n | $s1 / $s2 / $s3 s | $c1 / $c2 / $c3 s | $rate | ${ratio} | $crss | $q1 / $q2 / $q3 s | $y1 / $y2 / $y3 s | $rrss |"
done
