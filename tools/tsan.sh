#!/usr/bin/env bash
# The threaded paths built with ThreadSanitizer (clang, -O1 -g, into
# build-tsan/, apart from the normal build; -DCHIBO_TSAN=ON): the unit tests
# of the worker pool, the score run, the meeting store, the roll-up, the
# ranking and the units list (read, and its units made, in two halves on
# two threads), the CLI's check that threads change nothing
# (tests/cli/check_parallel.sh), then score, rank, audit and report with
# -j 2 and -j 3 on the sample district and on a generated province of
# 25,000 cells (past the sizes where a ranking is sorted and written on two
# threads). A data race or lock-order inversion stops the program
# (halt_on_error), so a clean run means no finding. Too slow for CI: about
# 25 minutes of building and 5 of running on two cores.
#   tools/tsan.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ${1:-} != --no-build ]]; then
  bash tools/install_deps.sh
  CXX=clang++ cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g -DNDEBUG" -DCHIBO_TSAN=ON >/dev/null
  cmake --build build-tsan -j2 --target chibo chibo-gen chibo_tests
fi
export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 history_size=4"
bin=build-tsan/bin
ruleset=rulesets/hoa-binh/qd31-2018.yaml
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

echo "tsan: unit tests" >&2
tests=(worker_pool score_run score_run_rejected meeting_store rollup ranking rank_writer units units_maker)
"$bin/chibo_tests" -# "$(printf '[#%s_test],' "${tests[@]}" | sed 's/,$//')"

echo "tsan: tests/cli/check_parallel.sh" >&2
CHIBO_EXTRA_THREADS=1 bash tests/cli/check_parallel.sh "$bin/chibo" "$bin/chibo-gen"  # TSan's own thread

"$bin/chibo-gen" --ruleset "$ruleset" --cells 25000 --year 2024 --seed 3 \
  --units "$dir/units.csv" --records "$dir/records.csv" 2>/dev/null
# run ARGS...: chibo ARGS, whose exit code may say the records had faults
# (1), never a finding (66) or a crash.
run() {
  local rc=0
  "$bin/chibo" "$@" >/dev/null 2>"$dir/err" || rc=$?
  if ((rc != 0 && rc != 1)); then
    cat "$dir/err" >&2
    echo "tsan: FAIL (exit $rc): chibo $*" >&2
    exit 1
  fi
}
for data in rulesets/hoa-binh/samples/district "$dir"; do
  records=$data/nam-2024.csv
  [[ -f $records ]] || records=$data/records.csv
  units=$data/units.csv
  for j in 2 3; do
    echo "tsan: $data -j $j" >&2
    run score -r "$ruleset" -j "$j" -f csv -o /dev/null "$records"
    run rank -r "$ruleset" -u "$units" -p 2024-Q3 -j "$j" -f csv "$records"
    run rank -r "$ruleset" -u "$units" -p 2024 -j "$j" --by parent "$records"
    run rank -r "$ruleset" -u "$units" -p 2024 -j "$j" -f json "$records"
    run audit -r "$ruleset" -u "$units" -p 2024 -j "$j" -f csv "$records"
    for f in text html xlsx; do
      run report -r "$ruleset" -u "$units" -p 2024 -j "$j" -f "$f" -o "$dir/report.$f" "$records"
    done
  done
done
echo "tsan: clean" >&2
