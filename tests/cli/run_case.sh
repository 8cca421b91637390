#!/usr/bin/env bash
# Runs one end-to-end case against the built chibo and compares stdout,
# stderr and the exit code with the case's expected files, exactly.
#   run_case.sh CHIBO CASE_DIR        (UPDATE=1 rewrites the expected files)
# CHIBO is a path from where the script is started (build/bin/chibo from the
# repository's folder); CASE_DIR is cases/NAME, in tests/cli. A case folder
# holds: args (the command line after 'chibo', one line), optional stdin, and
# the expected stdout, stderr and rc. Commands run in tests/cli, so paths in
# args and in messages are short (data/...). chibo-gen's cases are in
# gen_cases/NAME, run the same way with build/bin/chibo-gen for CHIBO.
set -u
# Resolved before the cd below: a relative path read from tests/cli named no
# program, and UPDATE=1 wrote "No such file or directory" into the case.
chibo=$(realpath -e "$1") || { echo "run_case.sh: no program '$1'" >&2; exit 2; }
case_dir=$2
cd "$(dirname "$0")" || exit 2
[ -f "$case_dir/args" ] || { echo "run_case.sh: no case '$case_dir' in tests/cli (give cases/NAME or gen_cases/NAME)" >&2; exit 2; }
actual=$(mktemp -d)
trap 'rm -rf "$actual"' EXIT
input=/dev/null
[ -f "$case_dir/stdin" ] && input="$case_dir/stdin"
# shellcheck disable=SC2046  # args are split like a shell command line on purpose
eval "\"$chibo\" $(cat "$case_dir/args")" <"$input" >"$actual/stdout" 2>"$actual/stderr"
echo $? >"$actual/rc"
if [ "${UPDATE:-0}" = 1 ]; then
  cp "$actual/stdout" "$actual/stderr" "$actual/rc" "$case_dir/"
  exit 0
fi
status=0
for f in rc stdout stderr; do
  if ! diff -u "$case_dir/$f" "$actual/$f" --label "expected $f" --label "actual $f"; then
    status=1
  fi
done
exit $status
